import type { MigrationInterface } from 'typeorm';
import { Foundation1764140000000 } from './1764140000000-foundation.js';
import { Auth1764140100000 } from './1764140100000-auth.js';

/** Every migration, in order. A new migration is appended here. */
export const migrations: (new () => MigrationInterface)[] = [
  Foundation1764140000000,
  Auth1764140100000,
];
