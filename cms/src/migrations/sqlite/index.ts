import * as migration_20261123_210916_initial from './20261123_210916_initial';

export const migrations = [
  {
    up: migration_20261123_210916_initial.up,
    down: migration_20261123_210916_initial.down,
    name: '20261123_210916_initial'
  },
];
