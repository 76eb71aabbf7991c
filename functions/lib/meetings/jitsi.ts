import { createHmac } from 'node:crypto';
import type { MeetingAccess } from '../../../supabase/src/meetings.ts';
import { type MeetingProvider, nameShown } from './provider.ts';

/*
 * A self-hosted Jitsi Meet (meet.jit.si itself can no longer be embedded): https://<domain>/<room>.
 * The room name is the database's 128 random bits, so it cannot be guessed. With an app id and
 * secret (Jitsi's token authentication, prosody's mod_auth_token with a shared secret) each join
 * carries a JWT signed HS256: aud (accepted audience, "jitsi" unless set), iss = app id, sub =
 * the domain, room, exp, and the person's name in context.user; moderator true for staff, at the
 * top level and in context.user, the two places Jitsi deployments read it. A webinar's citizens
 * join under their first name only (nameShown: the others would learn who is treated). Without token
 * authentication, anyone holding the address can enter and the first one in moderates: the README
 * says to configure it.
 */

export type JitsiSettings = {
  /** Host name (and port), no scheme: meet.kommune.dk */
  domain: string;
  jwt?: { appId: string; secret: string; audience: string };
};

export const jitsiRoomName = (room: string) => `sundhed-${room}`;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

export function hs256Jwt(payload: Record<string, unknown>, secret: string): string {
  const signingInput = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${signingInput}.${base64url(createHmac('sha256', secret).update(signingInput).digest())}`;
}

/** A token good until the meeting ends, and at least ten minutes, so a late moderator still gets in. */
export function jitsiClaims(settings: Required<JitsiSettings>, access: MeetingAccess, now: Date) {
  const seconds = (time: number) => Math.floor(time / 1000);
  const moderator = access.role === 'moderator';
  return {
    aud: settings.jwt.audience,
    iss: settings.jwt.appId,
    sub: settings.domain.replace(/:\d+$/, ''),
    room: jitsiRoomName(access.room),
    iat: seconds(now.getTime()),
    nbf: seconds(now.getTime()) - 60,
    exp: seconds(Math.max(access.endsAt.getTime(), now.getTime() + 10 * 60_000)),
    moderator,
    context: { user: { name: nameShown(access), moderator } },
  };
}

export function jitsi(settings: JitsiSettings): MeetingProvider {
  return {
    name: 'jitsi',
    async joinUrl(access, now = new Date()) {
      const address = `https://${settings.domain}/${jitsiRoomName(access.room)}`;
      if (settings.jwt) {
        const token = hs256Jwt(jitsiClaims({ ...settings, jwt: settings.jwt }, access, now), settings.jwt.secret);
        return `${address}?jwt=${token}`;
      }
      // Without a token the name comes from the address's fragment (Jitsi's config overrides); it never reaches the server.
      return `${address}#userInfo.displayName=${encodeURIComponent(JSON.stringify(nameShown(access)))}`;
    },
  };
}
