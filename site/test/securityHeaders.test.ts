import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { netlifyHeaders } from '../src/integrations/netlifyHeaders.ts';
import { pageHeaders } from '../src/integrations/securityHeaders.ts';
import { localSupabaseUrl, supabaseSettings } from '../src/integrations/supabaseSettings.ts';

/*
 * The security headers Netlify sends with every page: netlify.toml's, and the Content-Security-Policy
 * the build writes for the Supabase project it is built for. That the built site works under them
 * is shown in a browser by site/e2e/securityHeaders.spec.ts.
 */

/** A Content-Security-Policy as directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

const project = { url: 'https://abcdefgh.supabase.co', anonKey: 'anon' };

describe('the security headers of every page', () => {
  const headers = pageHeaders(project);
  const policy = directives(headers['Content-Security-Policy'] ?? '');

  it('keep the ones the site had', () => {
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
  });

  it('forbid framing, also for browsers without frame-ancestors, and ask for HTTPS for a year or more', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['X-Frame-Options']).toBe('DENY');
    const maxAge = Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  });

  it('let the browser connect to the site and to its own Supabase project only (API and Realtime)', () => {
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://abcdefgh.supabase.co', 'wss://abcdefgh.supabase.co']);
    const local = directives(pageHeaders({ url: localSupabaseUrl, anonKey: 'anon' })['Content-Security-Policy'] ?? '');
    expect(local.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:54321', 'ws://127.0.0.1:54321']);
  });

  it('set a Content-Security-Policy that allows the site itself and nothing else', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // Pagefind runs WebAssembly; no inline script and no eval of text.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    // Pictures come from the site only (the search page draws no data: icons).
    expect(policy.get('img-src')).toEqual(["'self'"]);
    // The web app manifest, and the service worker that keeps the app's pages, come from the site.
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain('*');
      expect(
        sources.filter((source) => /^(https?:|wss?:)$/.test(source)),
        name,
      ).toEqual([]);
    }
  });

  it('are each one line, as an HTTP header must be', () => {
    for (const [name, value] of Object.entries(headers)) expect(value, name).not.toMatch(/[\r\n]/);
  });

  it('leave the policy out of netlify.toml, where it would override the one the build writes', () => {
    expect(netlifyHeaders('/*')['Content-Security-Policy']).toBeUndefined();
  });

  it('keep the service worker out of the HTTP cache', () => {
    expect(netlifyHeaders('/sw.js')).toEqual({ 'Cache-Control': 'no-cache' });
  });

  it('are read with a clear error when the file lacks a rule or is malformed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netlify-headers-'));
    const file = join(dir, 'netlify.toml');
    writeFileSync(file, '[[headers]]\nfor = "/*"\n[headers.values]\nX-Frame-Options = "DENY"\n');
    expect(() => netlifyHeaders('/other', file)).toThrow(`${file}: no [[headers]] rule for "/other"`);
    writeFileSync(file, '[[headers]]\nfor = "/*"\n[headers.values]\nX-Frame-Options = 1\n');
    expect(() => netlifyHeaders('/*', file)).toThrow('string values');
  });
});

/** A JWT-style API key with this role (unsigned: only its claims are read here). */
const jwtKey = (role: string) => `x.${Buffer.from(JSON.stringify({ role })).toString('base64url')}.x`;

describe('the Supabase project a build is for', () => {
  it('is the local stack when nothing is set, and a real project when both URL and anon key are', () => {
    expect(supabaseSettings({}).url).toBe(localSupabaseUrl);
    expect(supabaseSettings({ SUPABASE_URL: 'https://x.supabase.co/', SUPABASE_ANON_KEY: jwtKey('anon') })).toEqual({
      url: 'https://x.supabase.co',
      anonKey: jwtKey('anon'),
    });
  });

  it('takes the MitID provider only as a Supabase custom provider name', () => {
    expect(supabaseSettings({ MITID_PROVIDER: 'custom:mitid' }).mitidProvider).toBe('custom:mitid');
    expect(supabaseSettings({}).mitidProvider).toBeUndefined();
    expect(() => supabaseSettings({ MITID_PROVIDER: 'mitid' })).toThrow(/custom provider/);
    expect(() => supabaseSettings({ MITID_PROVIDER: 'custom:MitID"><script>' })).toThrow(/custom provider/);
  });

  it('refuses a Netlify build without a project: a deployed site never points at a local stack', () => {
    expect(() => supabaseSettings({ NETLIFY: 'true' })).toThrow(/Netlify site’s environment/);
  });

  it('refuses half a configuration, a bad address, and the service-role key in the browser', () => {
    expect(() => supabaseSettings({ SUPABASE_URL: 'https://x.supabase.co' })).toThrow(
      /both SUPABASE_URL and SUPABASE_ANON_KEY/,
    );
    expect(() => supabaseSettings({ SUPABASE_URL: 'ftp://x', SUPABASE_ANON_KEY: 'k' })).toThrow(/http\(s\) address/);
    const project = 'https://x.supabase.co';
    for (const wrongKey of [jwtKey('service_role'), 'sb_secret_abc', 'not-a-key']) {
      expect(() => supabaseSettings({ SUPABASE_URL: project, SUPABASE_ANON_KEY: wrongKey }), wrongKey).toThrow(
        /anon \(publishable\) key/,
      );
    }
    expect(supabaseSettings({ SUPABASE_URL: project, SUPABASE_ANON_KEY: 'sb_publishable_abc' }).anonKey).toBe(
      'sb_publishable_abc',
    );
  });
});
