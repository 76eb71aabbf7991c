import { fileURLToPath } from 'node:url';

/** The cms/ folder, so relative paths mean the same from Next.js, scripts and tests. */
export const cmsDir = fileURLToPath(new URL('..', import.meta.url));
/** Local, git-ignored state: the embedded SQLite database, the dev secret, the demo log-in. */
export const cmsDataDir = `${cmsDir}data`;
export const defaultDatabaseUri = `file:${cmsDataDir}/sundhedscenter.db`;
