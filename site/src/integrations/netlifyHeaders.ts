import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

/*
 * The response headers netlify.toml gives a path, read from the file itself: the one source of
 * truth for the security headers, used by the local preview server (securityHeaders.ts) and by the
 * tests that check the built site works under them. Fails with the file named when it is malformed.
 */

export const netlifyToml = fileURLToPath(new URL('../../../netlify.toml', import.meta.url));

type HeaderRule = { for: string; values: Record<string, string> };

function isHeaderRule(value: unknown): value is HeaderRule {
  if (typeof value !== 'object' || value === null) return false;
  const { for: path, values } = value as Record<string, unknown>;
  return (
    typeof path === 'string' &&
    typeof values === 'object' &&
    values !== null &&
    Object.values(values).every((header) => typeof header === 'string')
  );
}

/** The headers of the `[[headers]]` rule written for exactly this path (e.g. "/*"). */
export function netlifyHeaders(forPath: string, file = netlifyToml): Record<string, string> {
  const rules: unknown = parse(readFileSync(file, 'utf8')).headers ?? [];
  if (!Array.isArray(rules) || !rules.every(isHeaderRule)) {
    throw new Error(`${file}: every [[headers]] needs a "for" path and string values in [headers.values]`);
  }
  const rule = rules.find((candidate) => candidate.for === forPath);
  if (!rule) throw new Error(`${file}: no [[headers]] rule for "${forPath}"`);
  return rule.values;
}
