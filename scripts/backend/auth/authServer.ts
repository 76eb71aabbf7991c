import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { AuthError, sendAuthError, validationFailed } from './authErrors.ts';
import type { AuthSettings } from './authSettings.ts';
import { bearerUser } from './bearerUser.ts';
import type { CodeMailer } from './codeMail.ts';
import { type AuthContext, checkCode, refresh, requestCode } from './endpoints.ts';
import { rateLimiter } from './ipRateLimiter.ts';
import { readJsonBody, sendJson } from './requests.ts';
import { endSessions } from './sessions.ts';
import { userJson } from './users.ts';

/*
 * The local stand-in for Supabase Auth: the five endpoints supabase-js uses here (request a code,
 * check it, refresh, current user, sign out), served under `/auth/v1` by the gateway. Its state
 * lives in the database's `auth` schema (authTables.sql), so sessions outlive a restart.
 */

export type AuthServerOptions = {
  db: pg.Pool;
  settings: AuthSettings;
  jwtSecret: string;
  /** The public address of `/auth/v1`, the tokens' `iss`. */
  issuer: string;
  mailer: CodeMailer;
};

export type AuthRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  query: URLSearchParams,
) => void;

const tables = readFileSync(new URL('./authTables.sql', import.meta.url), 'utf8');
const fiveMinutes = 5 * 60 * 1000;
const logoutScopes = new Set(['global', 'local', 'others']);

/** Creates the stand-in's tables if need be and returns the handler for paths under `/auth/v1`. */
export async function authServer({ db, settings, jwtSecret, issuer, mailer }: AuthServerOptions): Promise<AuthRoute> {
  await db.query(tables);
  const context: AuthContext = {
    db,
    settings,
    mailer,
    tokens: { jwtSecret, issuer, jwtExpiry: settings.jwtExpiry, reuseInterval: settings.refreshTokenReuseInterval },
    limits: {
      signIns: rateLimiter(settings.rateLimits.signIns, fiveMinutes),
      verifications: rateLimiter(settings.rateLimits.verifications, fiveMinutes),
      refreshes: rateLimiter(settings.rateLimits.refreshes, fiveMinutes),
      mails: rateLimiter(settings.rateLimits.mailsPerHour, 12 * fiveMinutes),
    },
  };

  async function route(request: IncomingMessage, response: ServerResponse, path: string, query: URLSearchParams) {
    const post = (work: (body: Record<string, unknown>) => Promise<unknown>) => {
      if (request.method !== 'POST') throw new AuthError(405, 'method_not_allowed', `${path} takes POST`);
      return readJsonBody(request).then(work);
    };
    switch (path) {
      case '/otp':
        return sendJson(response, 200, await post((body) => requestCode(context, request, body)));
      case '/verify':
        return sendJson(response, 200, await post((body) => checkCode(context, request, body)));
      case '/token':
        if (query.get('grant_type') !== 'refresh_token') {
          throw new AuthError(400, 'invalid_credentials', 'unsupported_grant_type');
        }
        return sendJson(response, 200, await post((body) => refresh(context, request, body)));
      case '/user': {
        if (request.method !== 'GET') throw new AuthError(405, 'method_not_allowed', '/user takes GET here');
        const { user } = await bearerUser(request, db, jwtSecret);
        return sendJson(response, 200, userJson(user));
      }
      case '/logout': {
        if (request.method !== 'POST') throw new AuthError(405, 'method_not_allowed', '/logout takes POST');
        const scope = query.get('scope') ?? 'global';
        if (!logoutScopes.has(scope)) throw validationFailed(`Unsupported logout scope "${scope}"`);
        const { user, sessionId } = await bearerUser(request, db, jwtSecret);
        await endSessions(db, user.id, sessionId, scope as 'global' | 'local' | 'others');
        response.writeHead(204).end();
        return;
      }
      case '/health':
        return sendJson(response, 200, { name: 'GoTrue (local stand-in)', description: 'Sign-in by e-mail code' });
      default:
        throw new AuthError(404, 'not_found', `No sign-in endpoint at /auth/v1${path}`);
    }
  }

  return (request, response, path, query) => {
    route(request, response, path, query).catch((error: unknown) => {
      if (!(error instanceof AuthError)) console.error('[auth] unexpected failure:', error);
      const refusal =
        error instanceof AuthError
          ? error
          : new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs');
      if (!response.headersSent) sendAuthError(response, refusal);
    });
  };
}
