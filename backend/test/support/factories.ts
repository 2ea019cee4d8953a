import { randomInt } from 'node:crypto';
import { computeFiscalCode } from '../../src/common/italian/fiscal-code.js';

const SYLLABLES = ['BA', 'CO', 'DI', 'FE', 'GA', 'LU', 'MA', 'NO', 'PI', 'RO', 'SA', 'TE', 'VI', 'ZE'];

function randomName(parts: number): string {
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[randomInt(SYLLABLES.length)];
  return name.charAt(0) + name.slice(1).toLowerCase();
}

export interface TestIdentity {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  sex: 'M' | 'F';
  birthDate: string;
  birthPlaceCode: string;
}

/** A fresh, valid and (practically) unique identity, so tests never collide on shared data. */
export function newIdentity(overrides: Partial<Omit<TestIdentity, 'fiscalCode'>> = {}): TestIdentity {
  const sex = overrides.sex ?? (randomInt(2) === 0 ? 'M' : 'F');
  const year = 1940 + randomInt(65);
  const month = 1 + randomInt(12);
  const day = 1 + randomInt(28);
  const identity = {
    givenName: overrides.givenName ?? randomName(3),
    familyName: overrides.familyName ?? randomName(4),
    sex,
    birthDate:
      overrides.birthDate ?? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    birthPlaceCode: overrides.birthPlaceCode ?? 'I914',
  };
  return { ...identity, fiscalCode: computeFiscalCode(identity) };
}
