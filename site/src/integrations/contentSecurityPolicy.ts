import { type SupabaseSettings, supabaseOrigins } from './supabaseSettings.ts';

/*
 * The Content-Security-Policy of every page. It allows the site's own files and, for connections,
 * the Supabase project the site was built for, and nothing else. Astro writes no inline script or
 * style (securityHeaders.ts keeps it so). Pagefind needs 'wasm-unsafe-eval' for its WebAssembly.
 * It lives here, not in netlify.toml, because connect-src depends on the build's SUPABASE_URL:
 * the build writes it into dist/_headers, and the preview server sends the same value.
 */

export function contentSecurityPolicy(supabase: SupabaseSettings): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'media-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...supabaseOrigins(supabase)],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
