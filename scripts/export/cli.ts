import config from '@sundhed/cms/config';
import { getPayload } from 'payload';
import { ExportError } from './ExportError.ts';
import { describeSummary, exportContent } from './exportContent.ts';

/** `npm run export`: published CMS content → content/. */
const payload = await getPayload({ config });
let exitCode = 0;
try {
  console.log(describeSummary(await exportContent(payload)));
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`Eksporten stoppede, intet er skrevet: ${error.message}`);
  exitCode = 1;
} finally {
  await payload.destroy();
}
process.exit(exitCode);
