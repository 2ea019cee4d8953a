import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { romeDay } from '../../src/common/italian/rome-day.js';
import type { PracticeType } from '../../src/permits/domain/practice-type.js';
import type { TestIdentity } from './factories.js';
import type { TestSession } from './session.js';

/** A party of a practice as the registration body names it. */
export interface PracticePartyInput {
  role: 'applicant' | 'co_applicant' | 'technician';
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

/** `who` as a party of a practice, with the address the office writes to (none by default). */
export function practiceParty(
  role: PracticePartyInput['role'],
  who: TestIdentity,
  email: string | null = null,
): PracticePartyInput {
  return { role, fiscalCode: who.fiscalCode, givenName: who.givenName, familyName: who.familyName, email };
}

export interface PracticeRegistration {
  type?: PracticeType;
  description?: string;
  address?: string;
  /** The protocol day, 'YYYY-MM-DD'; today in Rome by default. */
  protocolDate?: string;
  parties: PracticePartyInput[];
}

/**
 * Registers a practice from the protocol as the permits office does (`POST /api/staff/permits`) with a
 * protocol number of its own, failing the test with the answer unless it is created. Gives the staff view.
 */
export async function registerPractice<T = { id: string; version: number; protocolNumber: string }>(
  staff: TestSession,
  registration: PracticeRegistration,
): Promise<T> {
  const protocolDate = registration.protocolDate ?? romeDay(new Date());
  const response = await staff.fetch('/api/staff/permits', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: registration.type ?? 'CILA',
      protocolNumber: `${randomInt(1, 1e9)}/${protocolDate.slice(0, 4)}`,
      protocolDate,
      address: registration.address ?? 'Via Roma 1',
      cadastral: { sheet: '5', parcel: '120', subaltern: '3' },
      description: registration.description ?? 'Manutenzione straordinaria',
      parties: registration.parties,
    }),
  });
  const text = await response.text();
  expect(response.status, `POST /api/staff/permits: ${text}`).toBe(201);
  return JSON.parse(text) as T;
}
