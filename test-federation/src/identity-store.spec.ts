import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdentityStore, normalizeFiscalCode } from './identity-store.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'identity-store-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('normalizeFiscalCode', () => {
  it('should accept lower case, spaces, the TINIT- prefix and omocodia letters', () => {
    expect(normalizeFiscalCode(' tinit-rssmra80a01h501u ')).toBe('RSSMRA80A01H501U');
    expect(normalizeFiscalCode('RSSMRA80A01H50MU')).toBe('RSSMRA80A01H50MU');
  });

  it('should refuse strings that are not shaped like a personal fiscal code', () => {
    for (const input of ['', 'RSSMRA80A01H501', 'RSSMRA80Z01H501U', '12345678901', 'RSSMRA80A01H501U1']) {
      expect(normalizeFiscalCode(input)).toBeUndefined();
    }
  });
});

describe('IdentityStore', () => {
  it('should re-read the file on every call and let in-memory identities win', async () => {
    const file = join(dir, 'identities.json');
    const store = new IdentityStore(file);
    expect(await store.list()).toEqual([]);

    await writeFile(
      file,
      JSON.stringify([{ fiscalNumber: 'rssmra80a01h501u', givenName: 'Mario', familyName: 'Rossi' }]),
    );
    expect((await store.find('RSSMRA80A01H501U'))?.givenName).toBe('Mario');

    store.add({ fiscalNumber: 'RSSMRA80A01H501U', givenName: 'Mariolino', familyName: 'Rossi' });
    expect(await store.list()).toHaveLength(1);
    expect((await store.find('RSSMRA80A01H501U'))?.givenName).toBe('Mariolino');
  });

  it('should refuse to add an identity with an invalid fiscal code', () => {
    expect(() => new IdentityStore().add({ fiscalNumber: 'nope', givenName: 'A', familyName: 'B' })).toThrow(
      TypeError,
    );
  });
});
