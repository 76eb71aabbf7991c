import config from '@sundhed/cms/config';
import { getPayload } from 'payload';
import { describeSummary, exportContent } from './exportContent.ts';

/**
 * `npm run export`: published CMS content → content/. A document that fails a check is left out
 * and named; the rest is published, so one organisation's mistake never stops another's work.
 */
const payload = await getPayload({ config });
try {
  console.log(describeSummary(await exportContent(payload)));
} finally {
  await payload.destroy();
}
process.exit(0);
