import { da } from '@payloadcms/translations/languages/da';
import { en } from '@payloadcms/translations/languages/en';
import type { Config, DatabaseAdapterObj } from 'payload';
import sharp from 'sharp';
import { Adoptions } from './collections/Adoptions.ts';
import { Articles } from './collections/Articles.ts';
import { Glossary } from './collections/Glossary.ts';
import { Lessons } from './collections/Lessons.ts';
import { mediaCollection } from './collections/Media.ts';
import { Modules } from './collections/Modules.ts';
import { Organisations } from './collections/Organisations.ts';
import { Programs } from './collections/Programs.ts';
import { Users } from './collections/Users.ts';
import { textEditor } from './editor.ts';
import { ExportReport } from './globals/ExportReport.ts';
import { maxUploadBytes } from './media/mediaTypes.ts';
import { cmsDir, defaultMediaDir } from './paths.ts';

export type CmsConfigOptions = {
  secret: string;
  db: DatabaseAdapterObj;
  /** Where uploaded files are kept; tests give each CMS its own folder. */
  mediaDir?: string;
};

/** The whole CMS but its secret and database, so tests can run it on a throwaway SQLite file. */
export function cmsConfig({ secret, db, mediaDir = defaultMediaDir }: CmsConfigOptions): Config {
  return {
    secret,
    db,
    editor: textEditor,
    sharp,
    collections: [
      Users,
      Organisations,
      Programs,
      Modules,
      Lessons,
      Articles,
      Glossary,
      Adoptions,
      mediaCollection(mediaDir),
    ],
    globals: [ExportReport],
    upload: { limits: { fileSize: maxUploadBytes } },
    // No Gravatar: it would send a hash of every staff e-mail address to a third party.
    admin: {
      user: Users.slug,
      avatar: 'default',
      importMap: { baseDir: `${cmsDir}src` },
      components: {
        afterDashboard: [
          '/components/OverdueReviews.tsx#OverdueReviews',
          '/components/ExportProblems.tsx#ExportProblems',
        ],
      },
    },
    i18n: { supportedLanguages: { da, en }, fallbackLanguage: 'da' },
    localization: {
      locales: [
        { code: 'da', label: 'Dansk' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'da',
      fallback: true,
    },
    // Runs due jobs (scheduled publishing) every minute in a long-running CMS process.
    jobs: { autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }] },
    typescript: { outputFile: `${cmsDir}src/payload-types.ts` },
    telemetry: false,
  };
}
