import { isObject } from './protocol.ts';
import { type Claims, checkToken } from './tokens.ts';

/*
 * What a `phx_join` asks for, or why it is refused, read as Supabase Realtime reads it
 * (`realtime_channel.ex` `join`, `assign_access_token`, `pg_change_params`): a topic name after
 * `realtime:`, `config.postgres_changes` as a list of objects (null entries dropped), and the
 * claims of the `access_token` — or of the socket's apikey when there is none or it is an
 * `sb_…` key. A refusal's `code` and `message` make the reply's reason "<code>: <message>".
 */

export type JoinRequest =
  | { ok: true; entries: Record<string, unknown>[]; token: string; claims: Claims }
  | { ok: false; code: string; message: string };

const maxBindingsPerChannel = 100;
export const topicPrefix = 'realtime:';

export function readJoin(
  topic: string,
  payload: Record<string, unknown>,
  apikey: string,
  jwtSecret: string,
): JoinRequest {
  const refuse = (code: string, message: string): JoinRequest => ({ ok: false, code, message });
  if (topic === topicPrefix) return refuse('TopicNameRequired', 'You must provide a topic name');
  const config = payload.config ?? {};
  const changes = isObject(config) ? (config.postgres_changes ?? []) : null;
  if (!Array.isArray(changes) || !changes.every((entry) => entry === null || isObject(entry))) {
    return refuse('InvalidJoinPayload', '`config.postgres_changes` must be a list of objects');
  }
  if (changes.length > maxBindingsPerChannel) {
    return refuse('InvalidJoinPayload', `at most ${maxBindingsPerChannel} postgres_changes per channel`);
  }
  if (isObject(config) && config.private === true) {
    return refuse('PrivateChannel', 'the local stand-in has no private channels (Realtime Authorization)');
  }
  const given = payload.access_token;
  const token = typeof given === 'string' && given !== '' && !given.startsWith('sb_') ? given : apikey;
  const check = checkToken(token, jwtSecret);
  if (!check.ok) return refuse(check.code, check.message);
  return { ok: true, entries: changes.filter(isObject), token, claims: check.claims };
}
