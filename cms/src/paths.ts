import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cms/ folder, so relative paths mean the same from Next.js, scripts and tests. */
// (Not `new URL('..', import.meta.url)`: Turbopack takes that for an asset import.)
export const cmsDir = `${resolve(dirname(fileURLToPath(import.meta.url)), '..')}/`;
/** Local, git-ignored state: the embedded SQLite database, the dev secret, the demo log-in. */
export const cmsDataDir = `${cmsDir}data`;
export const defaultDatabaseUri = `file:${cmsDataDir}/sundhedscenter.db`;
/** Uploaded media of the local CMS (git-ignored; the export copies published files to content/). */
export const defaultMediaDir = `${cmsDataDir}/media`;
