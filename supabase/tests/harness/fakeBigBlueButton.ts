import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { freePort } from '../../../scripts/testdb/freePort.ts';

/*
 * A BigBlueButton API stand-in on loopback, checking calls as the documentation says a server
 * does: the checksum is SHA-256 of the call name, the query string as received without its
 * checksum, and the shared secret; a wrong one gets BigBlueButton's FAILED/checksumError answer.
 * `create` answers SUCCESS the first time and SUCCESS with a duplicateWarning after, with the same
 * createTime, as BigBlueButton does for a meeting that already exists. Written from the docs, not
 * from the code under test.
 */

export type BbbCall = { call: string; query: string; params: URLSearchParams };

const xml = (fields: Record<string, string>) =>
  `<response>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</response>`;

export async function fakeBigBlueButton(secret: string) {
  const port = await freePort();
  const calls: BbbCall[] = [];
  const meetings = new Map<string, string>();
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const [path = '', rawQuery = ''] = url.split('?');
    const call = path.replace(/^\/bigbluebutton\/api\//, '');
    const at = rawQuery.lastIndexOf('&checksum=');
    const query = at < 0 ? '' : rawQuery.slice(0, at);
    const given = at < 0 ? '' : rawQuery.slice(at + '&checksum='.length);
    const params = new URLSearchParams(query);
    calls.push({ call, query, params });
    response.setHeader('content-type', 'text/xml');
    if (createHash('sha256').update(`${call}${query}${secret}`).digest('hex') !== given) {
      response.end(
        xml({
          returncode: 'FAILED',
          messageKey: 'checksumError',
          message: 'Checksums do not match',
        }),
      );
      return;
    }
    if (call !== 'create') {
      response.statusCode = 404;
      response.end();
      return;
    }
    const meetingID = params.get('meetingID') ?? '';
    const existing = meetings.get(meetingID);
    const createTime = existing ?? String(Date.now());
    meetings.set(meetingID, createTime);
    response.end(
      xml({
        returncode: 'SUCCESS',
        meetingID,
        internalMeetingID: `${meetingID}-${createTime}`,
        createTime,
        hasBeenForciblyEnded: 'false',
        ...(existing
          ? {
              messageKey: 'duplicateWarning',
              message: 'This conference was already in existence and may currently be in progress.',
            }
          : { messageKey: '', message: '' }),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${port}/bigbluebutton/api`,
    calls,
    meetings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
