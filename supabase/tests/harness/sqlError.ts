import { expect } from 'vitest';

/** Expects a database call to fail with this SQLSTATE and a message containing `message`. */
export async function expectSqlError(call: Promise<unknown>, code: string, message: string | RegExp) {
  const error = (await call.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { code?: string; message?: string } | undefined;
  expect(error, 'the call should have failed').toBeDefined();
  expect({ code: error?.code, message: error?.message }).toMatchObject({
    code,
    message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  });
}
