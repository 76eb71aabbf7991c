import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNpm, stopAll, waitForHttp } from '../dev/children.ts';

/*
 * `npm run audit`: Lighthouse (mobile, its default) on the built site's home, program, lesson and
 * search pages, printing the four category scores of each. The goal is 100 everywhere; the run
 * fails only when Lighthouse cannot run, since scores are figures to read, not a timed test.
 */

const port = 4321; // the address a local build writes into its hreflang links
const origin = `http://127.0.0.1:${port}`;
const pages = {
  home: '/',
  program: '/forloeb/lev-livet-med-type-2-diabetes/',
  lesson: '/forloeb/lev-livet-med-type-2-diabetes/forstaa-din-diabetes/maal-dit-blodsukker/',
  search: '/soeg/',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  startNpm('preview', ['run', 'preview', '-w', 'site', '--', '--port', String(port)], process.env);
  await waitForHttp(`${origin}/`, 60_000);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows: string[][] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      const { categories: scored } = result.lhr;
      const failed = Object.values(result.lhr.audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      );
      rows.push([name, ...categories.map((category) => String(Math.round((scored[category]?.score ?? 0) * 100)))]);
      for (const audit of failed) console.log(`  ${name}: ${audit.id} – ${audit.title}`);
    }
  } finally {
    chrome.kill();
    stopAll();
  }
  const header = ['page', ...categories];
  console.log([header, ...rows].map((row) => row.map((cell) => cell.padEnd(16)).join('')).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  stopAll();
  process.exit(1);
});
