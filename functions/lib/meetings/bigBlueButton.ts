import { createHash } from 'node:crypto';
import type { MeetingAccess } from '../../../supabase/src/meetings.ts';
import { type MeetingProvider, nameShown, ProviderFailed } from './provider.ts';

/*
 * BigBlueButton through its API (docs.bigbluebutton.org, "API Reference"): every call is
 * <api>/<call>?<query>&checksum=<hex>, where checksum = SHA(call name + query string + shared
 * secret) over the query string exactly as sent, without the checksum. The secret stays in the
 * function's environment; a join address carries only the checksum, which is good for that one
 * call and its parameters. `create` is idempotent for the same meetingID (a second call answers
 * SUCCESS with a duplicateWarning), so every join first makes sure the meeting exists. Roles are
 * given at join (`role=MODERATOR|VIEWER`, BigBlueButton 3.0; the attendeePW/moderatorPW of older
 * servers are not used). Nothing is recorded: these are health conversations. A webinar's citizens
 * do not see who else takes part (taking part tells what they are treated for): the meeting is
 * created with the user list hidden from viewers, viewers' webcams shown to moderators only and no
 * private chat between them (the create call's lockSettingsHideUserList, webcamsOnlyForModerator,
 * lockSettingsDisablePrivateChat; lock settings apply at join by default), and viewers join under
 * their first name (nameShown).
 */

/** What a webinar's meeting is created with, so its citizens stay unknown to each other. */
export const webinarPrivacy: [string, string][] = [
  ['lockSettingsHideUserList', 'true'],
  ['webcamsOnlyForModerator', 'true'],
  ['lockSettingsDisablePrivateChat', 'true'],
];

export const checksumAlgorithms = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
export type ChecksumAlgorithm = (typeof checksumAlgorithms)[number];

export type BigBlueButtonSettings = {
  /** e.g. https://bbb.kommune.dk/bigbluebutton/api, no trailing slash. */
  apiUrl: string;
  secret: string;
  algorithm: ChecksumAlgorithm;
};

/** RFC 3986 percent-encoding: encodeURIComponent leaves !'()* as they are; BigBlueButton's own libraries encode them. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const bigBlueButtonQuery = (params: [string, string][]): string =>
  params.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');

export const bigBlueButtonChecksum = (call: string, query: string, secret: string, algorithm: ChecksumAlgorithm) =>
  createHash(algorithm).update(`${call}${query}${secret}`).digest('hex');

export function bigBlueButtonCallUrl(
  settings: BigBlueButtonSettings,
  call: string,
  params: [string, string][],
): string {
  const query = bigBlueButtonQuery(params);
  const checksum = bigBlueButtonChecksum(call, query, settings.secret, settings.algorithm);
  return `${settings.apiUrl}/${call}?${query}${query ? '&' : ''}checksum=${checksum}`;
}

/** One element's text of BigBlueButton's flat XML answer (no attributes, no nesting needed here). */
const element = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/** Makes sure the meeting exists; its createTime, which the join passes on so a join cannot reach a later meeting of the same ID. */
async function ensureMeeting(settings: BigBlueButtonSettings, access: MeetingAccess, fetchImpl: typeof fetch) {
  const url = bigBlueButtonCallUrl(settings, 'create', [
    ['name', access.meetingName],
    ['meetingID', access.room],
    ['record', 'false'],
    ...(access.kind === 'webinar' ? webinarPrivacy : []),
  ]);
  let xml: string;
  try {
    const answer = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
    xml = await answer.text();
  } catch {
    throw new ProviderFailed('BigBlueButton did not answer');
  }
  if (element(xml, 'returncode') !== 'SUCCESS')
    throw new ProviderFailed(`BigBlueButton refused create: ${element(xml, 'messageKey') ?? 'no messageKey'}`);
  return element(xml, 'createTime');
}

export function bigBlueButton(settings: BigBlueButtonSettings, fetchImpl: typeof fetch = fetch): MeetingProvider {
  return {
    name: 'bigbluebutton',
    async joinUrl(access) {
      const createTime = await ensureMeeting(settings, access, fetchImpl);
      return bigBlueButtonCallUrl(settings, 'join', [
        ['fullName', nameShown(access)],
        ['meetingID', access.room],
        ['role', access.role === 'moderator' ? 'MODERATOR' : 'VIEWER'],
        ...(createTime ? ([['createTime', createTime]] as [string, string][]) : []),
        ['redirect', 'true'],
      ]);
    },
  };
}
