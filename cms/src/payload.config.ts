import { buildConfig } from 'payload';
import { cmsConfig } from './config.ts';
import { databaseAdapter } from './db/adapter.ts';
import { resolvePayloadSecret } from './env.ts';

/* Secret and database come from the environment and are checked here, at start-up. */
export default buildConfig(cmsConfig({ secret: resolvePayloadSecret(), db: databaseAdapter() }));
