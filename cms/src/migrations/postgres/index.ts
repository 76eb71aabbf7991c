import * as migration_20261123_210910_initial from './20261123_210910_initial';
import * as migration_20261123_212548_scheduled_publish from './20261123_212548_scheduled_publish';
import * as migration_20261123_212920_adoptions from './20261123_212920_adoptions';
import * as migration_20261123_214328_articles_glossary_easy_read from './20261123_214328_articles_glossary_easy_read';
import * as migration_20261123_223002_media from './20261123_223002_media';
import * as migration_20261127_134137_trust_boundaries from './20261127_134137_trust_boundaries';

export const migrations = [
  {
    up: migration_20261123_210910_initial.up,
    down: migration_20261123_210910_initial.down,
    name: '20261123_210910_initial',
  },
  {
    up: migration_20261123_212548_scheduled_publish.up,
    down: migration_20261123_212548_scheduled_publish.down,
    name: '20261123_212548_scheduled_publish',
  },
  {
    up: migration_20261123_212920_adoptions.up,
    down: migration_20261123_212920_adoptions.down,
    name: '20261123_212920_adoptions',
  },
  {
    up: migration_20261123_214328_articles_glossary_easy_read.up,
    down: migration_20261123_214328_articles_glossary_easy_read.down,
    name: '20261123_214328_articles_glossary_easy_read',
  },
  {
    up: migration_20261123_223002_media.up,
    down: migration_20261123_223002_media.down,
    name: '20261123_223002_media',
  },
  {
    up: migration_20261127_134137_trust_boundaries.up,
    down: migration_20261127_134137_trust_boundaries.down,
    name: '20261127_134137_trust_boundaries'
  },
];
