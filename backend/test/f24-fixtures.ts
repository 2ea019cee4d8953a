import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { perImuRateCategory } from '../src/f24/domain/imu-rate-categories.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

/** A clerk of the taxes office, logged in. */
export async function taxesClerk(): Promise<TestSession> {
  const clerk = newIdentity();
  await grantRoles(clerk.fiscalCode, ['taxes']);
  return loginAs(clerk);
}

/** The legal base rates (L. 160/2019), as the office would enter them; the same values in every test file. */
export async function putBaseRates(clerk: TestSession, year: number): Promise<void> {
  const response = await clerk.fetch(`/api/staff/taxes/imu-rates/${year}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      label: 'demo',
      rates: perImuRateCategory((category) => category.base),
      mainResidenceDeduction: '200.00',
      minimumAmount: '12.00',
    }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

let parcel = randomInt(1, 900_000);

/** A cadastral reference no other test uses. */
export function uniqueParcel(): { foglio: string; particella: string } {
  parcel += 1;
  return { foglio: String(900 + (parcel % 99)), particella: String(parcel) };
}

export function postProperty(clerk: TestSession, body: Record<string, unknown>): Promise<Response> {
  return clerk.fetch('/api/staff/taxes/properties', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function createProperty(clerk: TestSession, body: Record<string, unknown>): Promise<string> {
  const response = await postProperty(clerk, { ...uniqueParcel(), ...body });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The person as the anagrafe holds them: the F24's contributor block comes from here. */
export async function insertRegistryPerson(person: TestIdentity): Promise<void> {
  await testDb().query(
    `INSERT INTO registry_person (fiscal_code, family_name, given_name, sex, birth_date, birth_place_code,
                                  birth_place_name, citizenship, marital_status, status)
     VALUES ($1, $2, $3, $4, $5, 'I914', 'Spino d''Adda', 'IT', 'single', 'resident')`,
    [person.fiscalCode, person.familyName, person.givenName, person.sex, person.birthDate],
  );
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  field?: string;
}

export async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await response.json()) as Problem;
}

/** The text of a PDF, by poppler's pdftotext: a missing tool fails with the command to install it. */
export function pdfText(pdf: Buffer, ...args: string[]): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', ...args, '-', '-'], { input: pdf });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils)');
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr.toString()}`);
  return result.stdout.toString('utf8');
}

/** "1825.00" → "1.825,00", as the F24 prints it. */
export function italianAmount(amount: string): string {
  const [euros, cents] = amount.split('.');
  return `${euros.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
}
