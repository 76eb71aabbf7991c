import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionSettings } from '../../functions/lib/settings.ts';
import { type FunctionsServer, startFunctions } from '../../scripts/backend/functionsServer.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { authStandIn } from './standIns/authHarness.ts';

/*
 * The functions under functions/ as `npm start` serves them: through Netlify's own local emulation,
 * with their settings from the environment, against the local stack.
 */

const stack = authStandIn();
let functions: FunctionsServer;
const saved = { ...process.env };

beforeAll(async () => {
  functions = await startFunctions({
    port: await freePort(),
    env: { SUPABASE_URL: stack.context.url, SUPABASE_ANON_KEY: stack.anonKey },
  });
}, 120_000);
afterAll(async () => {
  await functions?.stop();
  process.env = saved;
});

describe('functions through Netlify’s local emulation', () => {
  it('GET /api/health: configured and Supabase reachable', async () => {
    const response = await fetch(`${functions.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, supabase: 'reachable' });
  });

  it('refuses other methods, and answers 404 where no function is', async () => {
    const post = await fetch(`${functions.url}/api/health`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await fetch(`${functions.url}/api/findes-ikke`)).status).toBe(404);
  });

  it('says which setting is missing, never a value', async () => {
    const key = process.env.SUPABASE_ANON_KEY;
    delete process.env.SUPABASE_ANON_KEY;
    try {
      const response = await fetch(`${functions.url}/api/health`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ ok: false, error: 'Missing environment variables: SUPABASE_ANON_KEY' });
    } finally {
      process.env.SUPABASE_ANON_KEY = key;
    }
  });
});

describe('function settings', () => {
  it('need the Supabase address and anon key, as an http(s) address', () => {
    expect(() => functionSettings({})).toThrow('Missing environment variables: SUPABASE_URL, SUPABASE_ANON_KEY');
    expect(() => functionSettings({ SUPABASE_URL: 'supabase', SUPABASE_ANON_KEY: 'k' })).toThrow(/http\(s\)/);
    expect(functionSettings({ SUPABASE_URL: 'https://x.supabase.co', SUPABASE_ANON_KEY: 'k' })).toEqual({
      supabaseUrl: 'https://x.supabase.co',
      anonKey: 'k',
    });
  });
});
