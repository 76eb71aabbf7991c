import * as migration_20261123_210910_initial from './20261123_210910_initial';

export const migrations = [
  {
    up: migration_20261123_210910_initial.up,
    down: migration_20261123_210910_initial.down,
    name: '20261123_210910_initial'
  },
];
