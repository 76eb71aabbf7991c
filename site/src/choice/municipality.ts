/* The reader's chosen municipality, kept in this browser so program pages can show its local offer. */

const key = 'sundhedscenter.municipality.v1';

export function chosenMunicipality(): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function chooseMunicipality(slug: string): boolean {
  try {
    localStorage.setItem(key, slug);
    return true;
  } catch {
    return false;
  }
}
