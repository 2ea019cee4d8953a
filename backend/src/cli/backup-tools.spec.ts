import { describe, expect, it } from 'vitest';
import { libpqEnvironment, majorOf } from './backup-tools.js';

describe('majorOf', () => {
  it('should read the major version from a client tool banner and from server_version_num', () => {
    expect(majorOf('pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n')).toBe(15);
    expect(majorOf('pg_restore (PostgreSQL) 18.4')).toBe(18);
    expect(majorOf('150018')).toBe(15);
    expect(majorOf('180004')).toBe(18);
  });

  it('should refuse text without a version', () => {
    expect(() => majorOf('pg_dump')).toThrow('Unrecognised PostgreSQL version');
  });
});

describe('libpqEnvironment', () => {
  it('should pass the password through the environment, decoded, never in the URL', () => {
    const env = libpqEnvironment('postgres://portal:p%40ss@db.example.internal/portal?sslmode=require');
    expect(env).toMatchObject({
      PGHOST: 'db.example.internal',
      PGPORT: '5432',
      PGUSER: 'portal',
      PGPASSWORD: 'p@ss',
      PGDATABASE: 'portal',
      PGSSLMODE: 'require',
    });
  });
});
