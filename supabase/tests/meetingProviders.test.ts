import { createHash, createHmac } from 'node:crypto';
import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bigBlueButton,
  bigBlueButtonCallUrl,
  bigBlueButtonChecksum,
} from '../../functions/lib/meetings/bigBlueButton.ts';
import { fixedLink } from '../../functions/lib/meetings/fixed.ts';
import { jitsi } from '../../functions/lib/meetings/jitsi.ts';
import { NoMeetingLink, ProviderFailed } from '../../functions/lib/meetings/provider.ts';
import { meetingProvider } from '../../functions/lib/meetings/settings.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import type { MeetingAccess } from '../src/index.ts';
import { fakeBigBlueButton } from './harness/fakeBigBlueButton.ts';

/*
 * Each video meeting provider against its documented request format, without the database: the
 * BigBlueButton checksum against the example in its API docs and against a stand-in server, the
 * Jitsi token verified by an independent JWT library (jose), and the settings' all-or-none rules.
 */

// A one-to-one session unless told: there the citizen's full name is for their professional.
const access = (over: Partial<MeetingAccess> = {}): MeetingAccess => ({
  kind: 'appointment',
  role: 'viewer',
  displayName: 'Søren Ø. (Åbenrå)',
  meetingName: 'Sundhedscenter: startsamtale',
  fixedUrl: null,
  room: '0123456789abcdef0123456789abcdef',
  startsAt: new Date('2027-02-03T16:00:00Z'),
  endsAt: new Date('2027-02-03T17:00:00Z'),
  ...over,
});

describe('BigBlueButton', () => {
  const secret = 's'.repeat(40);
  let server: Awaited<ReturnType<typeof fakeBigBlueButton>>;
  beforeAll(async () => {
    server = await fakeBigBlueButton(secret);
  });
  afterAll(() => server?.close());

  it('computes the checksum of the API docs’ own example (sha1 of call name + query + secret)', () => {
    expect(
      bigBlueButtonChecksum(
        'create',
        'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444',
        '639259d4-9dd8-4b25-bf01-95f9567eaf4b',
        'sha1',
      ),
    ).toBe('1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17');
  });

  it('signs the query exactly as sent, percent-encoded (spaces, Danish letters, RFC 3986 reserved)', () => {
    const settings = { apiUrl: 'https://bbb.kommune.example/bigbluebutton/api', secret, algorithm: 'sha256' as const };
    const url = bigBlueButtonCallUrl(settings, 'join', [
      ['fullName', "Søren (O'Neil)!"],
      ['meetingID', 'abc'],
    ]);
    expect(url).toBe(
      `https://bbb.kommune.example/bigbluebutton/api/join?fullName=S%C3%B8ren%20%28O%27Neil%29%21&meetingID=abc&checksum=${createHash(
        'sha256',
      )
        .update(`joinfullName=S%C3%B8ren%20%28O%27Neil%29%21&meetingID=abc${secret}`)
        .digest('hex')}`,
    );
    expect(new URL(url).searchParams.get('fullName')).toBe("Søren (O'Neil)!");
  });

  it('creates at the server (which checks the checksum), then joins with the createTime it answered', async () => {
    const provider = bigBlueButton({ apiUrl: server.apiUrl, secret, algorithm: 'sha256' });
    const url = new URL(await provider.joinUrl(access({ role: 'moderator' })));
    const [create] = server.calls;
    expect(create?.call).toBe('create');
    expect(Object.fromEntries(create?.params ?? [])).toEqual({
      name: 'Sundhedscenter: startsamtale',
      meetingID: '0123456789abcdef0123456789abcdef',
      record: 'false',
    });
    expect(url.searchParams.get('role')).toBe('MODERATOR');
    expect(url.searchParams.get('createTime')).toBe(server.meetings.get('0123456789abcdef0123456789abcdef'));
  });

  it("keeps a webinar's citizens unknown to each other: no user list, webcams or private chat between viewers, first names only", async () => {
    const provider = bigBlueButton({ apiUrl: server.apiUrl, secret, algorithm: 'sha256' });
    const webinar = { kind: 'webinar', meetingName: 'Sundhedscenter: webinar', room: 'f'.repeat(32) } as const;
    const before = server.calls.length;
    const viewer = new URL(await provider.joinUrl(access(webinar)));
    const moderator = new URL(await provider.joinUrl(access({ ...webinar, role: 'moderator' })));
    const create = server.calls.slice(before).find(({ call }) => call === 'create');
    expect(Object.fromEntries(create?.params ?? [])).toEqual({
      name: 'Sundhedscenter: webinar',
      meetingID: 'f'.repeat(32),
      record: 'false',
      lockSettingsHideUserList: 'true',
      webcamsOnlyForModerator: 'true',
      lockSettingsDisablePrivateChat: 'true',
    });
    expect(viewer.searchParams.get('fullName')).toBe('Søren');
    expect(viewer.searchParams.get('role')).toBe('VIEWER');
    expect(moderator.searchParams.get('fullName')).toBe('Søren Ø. (Åbenrå)');
    // A one-to-one session: the citizen's full name, nothing locked.
    const session = new URL(await provider.joinUrl(access({ room: 'e'.repeat(32) })));
    expect(session.searchParams.get('fullName')).toBe('Søren Ø. (Åbenrå)');
    const sessionCreate = server.calls.filter(({ call }) => call === 'create').at(-1);
    expect(Object.keys(Object.fromEntries(sessionCreate?.params ?? []))).toEqual(['name', 'meetingID', 'record']);
  });

  it('reports a server that refuses or does not answer as ProviderFailed, with BigBlueButton’s messageKey only', async () => {
    const wrong = bigBlueButton({ apiUrl: server.apiUrl, secret: 'x'.repeat(40), algorithm: 'sha256' });
    await expect(wrong.joinUrl(access())).rejects.toThrow(
      new ProviderFailed('BigBlueButton refused create: checksumError'),
    );
    const gone = bigBlueButton({
      apiUrl: `http://127.0.0.1:${await freePort()}/bigbluebutton/api`,
      secret,
      algorithm: 'sha256',
    });
    await expect(gone.joinUrl(access())).rejects.toThrow(new ProviderFailed('BigBlueButton did not answer'));
  });
});

describe('Jitsi', () => {
  const secret = 'k'.repeat(40);
  const settings = { domain: 'meet.kommune.example', jwt: { appId: 'sundhedscenter', secret, audience: 'jitsi' } };
  const now = new Date('2027-02-03T15:50:00Z');

  it('signs an HS256 token that an independent library verifies, with the claims Jitsi reads', async () => {
    const url = new URL(await jitsi(settings).joinUrl(access({ role: 'moderator' }), now));
    expect(url.pathname).toBe('/sundhed-0123456789abcdef0123456789abcdef');
    const token = url.searchParams.get('jwt') ?? '';
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ['HS256'],
      audience: 'jitsi',
      issuer: 'sundhedscenter',
      subject: 'meet.kommune.example',
      currentDate: now,
    });
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toEqual({
      aud: 'jitsi',
      iss: 'sundhedscenter',
      sub: 'meet.kommune.example',
      room: 'sundhed-0123456789abcdef0123456789abcdef',
      iat: now.getTime() / 1000,
      nbf: now.getTime() / 1000 - 60,
      exp: new Date('2027-02-03T17:00:00Z').getTime() / 1000,
      moderator: true,
      context: { user: { name: 'Søren Ø. (Åbenrå)', moderator: true } },
    });
    // And by hand, from RFC 7515: HMAC-SHA256 over "header.payload", base64url.
    const [header, body, signature] = token.split('.');
    expect(signature).toBe(createHmac('sha256', secret).update(`${header}.${body}`).digest('base64url'));
  });

  it('gives citizens no moderator claim, and a late moderator ten more minutes', async () => {
    const late = new Date('2027-02-03T17:30:00Z');
    const token = new URL(await jitsi(settings).joinUrl(access(), late)).searchParams.get('jwt') ?? '';
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { currentDate: late });
    expect(payload).toMatchObject({ moderator: false, context: { user: { moderator: false } } });
    expect(payload.exp).toBe(late.getTime() / 1000 + 600);
    await expect(jwtVerify(token, new TextEncoder().encode('y'.repeat(40)), { currentDate: late })).rejects.toThrow();
  });

  it('without tokens: the room, and the name in the fragment (never sent to the server)', async () => {
    const url = new URL(await jitsi({ domain: 'meet.kommune.example' }).joinUrl(access(), now));
    expect(url.href.split('#')[0]).toBe('https://meet.kommune.example/sundhed-0123456789abcdef0123456789abcdef');
    expect(decodeURIComponent(url.hash)).toBe('#userInfo.displayName="Søren Ø. (Åbenrå)"');
  });

  it("a webinar's citizens join under their first name only, with or without tokens; staff under their full name", async () => {
    const webinar = access({ kind: 'webinar', meetingName: 'Sundhedscenter: webinar' });
    const token = new URL(await jitsi(settings).joinUrl(webinar, now)).searchParams.get('jwt') ?? '';
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { currentDate: now });
    expect(payload).toMatchObject({ moderator: false, context: { user: { name: 'Søren', moderator: false } } });
    const plain = new URL(await jitsi({ domain: 'meet.kommune.example' }).joinUrl(webinar, now));
    expect(decodeURIComponent(plain.hash)).toBe('#userInfo.displayName="Søren"');
    const staff = new URL(await jitsi(settings).joinUrl({ ...webinar, role: 'moderator' }, now)).searchParams.get(
      'jwt',
    );
    const { payload: staffClaims } = await jwtVerify(staff ?? '', new TextEncoder().encode(secret), {
      currentDate: now,
    });
    expect(staffClaims).toMatchObject({ context: { user: { name: 'Søren Ø. (Åbenrå)', moderator: true } } });
  });
});

describe('fixed links', () => {
  it('hands on the stored link, and says when there is none', async () => {
    await expect(fixedLink().joinUrl(access({ fixedUrl: 'https://vdx.medcom.example/m/1' }))).resolves.toBe(
      'https://vdx.medcom.example/m/1',
    );
    await expect(fixedLink().joinUrl(access())).rejects.toThrow(NoMeetingLink);
  });
});

describe('meeting provider settings', () => {
  const bbbSecret = 'q'.repeat(40);
  const bbb = {
    MEETING_PROVIDER: 'bigbluebutton',
    BBB_URL: 'https://bbb.kommune.example/bigbluebutton/api/',
    BBB_SECRET: bbbSecret,
  };

  it('choose fixed links when nothing is set, and the provider named', () => {
    expect(meetingProvider({}).name).toBe('fixed');
    expect(meetingProvider({ MEETING_PROVIDER: ' ' }).name).toBe('fixed');
    expect(meetingProvider(bbb).name).toBe('bigbluebutton');
    expect(meetingProvider({ MEETING_PROVIDER: 'jitsi', JITSI_DOMAIN: 'meet.kommune.example' }).name).toBe('jitsi');
  });

  it('refuse unusable values with the variable’s name, never the value', () => {
    const cases: [Record<string, string>, string][] = [
      [{ ...bbb, BBB_URL: 'http://bbb.kommune.example/bigbluebutton/api' }, 'BBB_URL must be an https address'],
      [{ ...bbb, BBB_URL: 'https://bbb.kommune.example/' }, 'BBB_URL must be the API address, ending in /api'],
      [{ ...bbb, BBB_URL: 'https://bbb.kommune.example/api?x=1' }, 'BBB_URL must have no user name, query or fragment'],
      [{ ...bbb, BBB_SECRET: 'kort' }, 'BBB_SECRET must be at least 32 characters'],
      [{ ...bbb, BBB_CHECKSUM_ALGORITHM: 'md5' }, 'BBB_CHECKSUM_ALGORITHM must be one of sha1, sha256, sha384, sha512'],
      [{ MEETING_PROVIDER: 'jitsi', JITSI_DOMAIN: 'https://meet.kommune.example' }, 'JITSI_DOMAIN must be a host name'],
      [
        { MEETING_PROVIDER: 'jitsi', JITSI_DOMAIN: 'meet.kommune.example', JITSI_APP_SECRET: bbbSecret },
        'Missing environment variables: JITSI_APP_ID',
      ],
      [
        { MEETING_PROVIDER: 'jitsi', JITSI_DOMAIN: 'meet.kommune.example', JITSI_JWT_AUDIENCE: 'jitsi' },
        'JITSI_JWT_AUDIENCE is set, but JITSI_APP_ID and JITSI_APP_SECRET are not',
      ],
      [{ ...bbb, JITSI_DOMAIN: 'meet.kommune.example' }, 'MEETING_PROVIDER is bigbluebutton, but JITSI_DOMAIN is set'],
    ];
    for (const [env, message] of cases) {
      expect(() => meetingProvider(env), message).toThrow(message);
      try {
        meetingProvider(env);
      } catch (error) {
        expect((error as Error).message).not.toContain(bbbSecret);
        expect((error as Error).message).not.toContain('kort');
      }
    }
  });

  it('keep the API address without its trailing slash, and sha256 unless told', async () => {
    let called = '';
    const provider = meetingProvider(bbb, async (url) => {
      called = String(url);
      return new Response('<response><returncode>SUCCESS</returncode><createTime>1</createTime></response>');
    });
    await provider.joinUrl(access());
    const [query = '', checksum] = called.split('?')[1]?.split('&checksum=') ?? [];
    expect(called.startsWith('https://bbb.kommune.example/bigbluebutton/api/create?')).toBe(true);
    expect(checksum).toBe(createHash('sha256').update(`create${query}${bbbSecret}`).digest('hex'));
  });
});
