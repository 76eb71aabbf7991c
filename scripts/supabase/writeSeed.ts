import { writeFileSync } from 'node:fs';
import { lessonSeedSql } from './lessonCatalogue.ts';

/* `npm run supabase:seed`: rewrites supabase/seed.sql from content/. */
const target = new URL('../../supabase/seed.sql', import.meta.url);
writeFileSync(target, lessonSeedSql());
console.log(`wrote ${target.pathname}`);
