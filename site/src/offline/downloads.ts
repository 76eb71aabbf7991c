/* Which programs were downloaded to this browser, and when: so the program page can say so. */

const key = 'sundhedscenter.downloads.v1';

function read(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberDownload(programPath: string, when: Date): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...read(), [programPath]: when.toISOString() }));
  } catch {
    // Storage full or blocked: the pages are downloaded all the same; only the note is missing.
  }
}

export function downloadedOn(programPath: string): Date | undefined {
  const value = read()[programPath];
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
