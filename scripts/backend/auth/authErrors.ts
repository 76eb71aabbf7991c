import type { ServerResponse } from 'node:http';

/*
 * Errors as Supabase Auth answers a client that sends `X-Supabase-Api-Version: 2024-01-01` (as
 * supabase-js always does): that header back, `x-sb-error-code`, and `{code, message}`. auth-js
 * reads `code` only when the header is there, and turns `session_not_found` into a sign-out.
 */

export const apiVersion = '2024-01-01';

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidCode = () => new AuthError(403, 'otp_expired', 'Token has expired or is invalid');
export const overRequestLimit = () => new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
export const validationFailed = (message: string) => new AuthError(400, 'validation_failed', message);

export function sendAuthError(response: ServerResponse, error: AuthError): void {
  response
    .writeHead(error.status, {
      'Content-Type': 'application/json',
      'X-Supabase-Api-Version': apiVersion,
      'x-sb-error-code': error.code,
    })
    .end(JSON.stringify({ code: error.code, message: error.message }));
}
