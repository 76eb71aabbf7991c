import * as migration_20261123_210916_initial from './20261123_210916_initial';
import * as migration_20261123_212559_scheduled_publish from './20261123_212559_scheduled_publish';
import * as migration_20261123_212910_adoptions from './20261123_212910_adoptions';
import * as migration_20261123_214317_articles_glossary_easy_read from './20261123_214317_articles_glossary_easy_read';
import * as migration_20261123_222952_media from './20261123_222952_media';
import * as migration_20261127_134126_trust_boundaries from './20261127_134126_trust_boundaries';

export const migrations = [
  {
    up: migration_20261123_210916_initial.up,
    down: migration_20261123_210916_initial.down,
    name: '20261123_210916_initial',
  },
  {
    up: migration_20261123_212559_scheduled_publish.up,
    down: migration_20261123_212559_scheduled_publish.down,
    name: '20261123_212559_scheduled_publish',
  },
  {
    up: migration_20261123_212910_adoptions.up,
    down: migration_20261123_212910_adoptions.down,
    name: '20261123_212910_adoptions',
  },
  {
    up: migration_20261123_214317_articles_glossary_easy_read.up,
    down: migration_20261123_214317_articles_glossary_easy_read.down,
    name: '20261123_214317_articles_glossary_easy_read',
  },
  {
    up: migration_20261123_222952_media.up,
    down: migration_20261123_222952_media.down,
    name: '20261123_222952_media',
  },
  {
    up: migration_20261127_134126_trust_boundaries.up,
    down: migration_20261127_134126_trust_boundaries.down,
    name: '20261127_134126_trust_boundaries'
  },
];
