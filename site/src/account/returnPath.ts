/*
 * Where to go after signing in: the page the reader came from, given as ?tilbage=<path>. Only a
 * path on this site is followed, never another site's address (an open redirect would let a
 * phishing mail send a fresh sign-in to a look-alike page).
 */

export const returnParameter = 'tilbage';

export function safeReturnPath(search: string, origin: string): string | undefined {
  const value = new URLSearchParams(search).get(returnParameter);
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  try {
    const url = new URL(value, origin);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Check what is returned, not what was given: "/.//evil.example" resolves to "//evil.example",
    // which a browser reads as another site.
    return url.origin === origin && !/^\/[/\\]/.test(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
