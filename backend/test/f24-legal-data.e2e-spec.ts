import { beforeAll, describe, expect, inject, it } from 'vitest';
import { romeDay } from '../src/common/italian/rome-day.js';
import { legalInterestRateToEnter } from '../src/f24/domain/legal-interest-rate-reminder.js';
import { createProperty, postProperty, problemOf, putBaseRates, uniqueParcel } from './f24-fixtures.js';
import { grantRoles, testDb } from './support/db.js';
import { newIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

// Yearly legal data entered by the taxes office, and the IMU rules of L. 160/2019 art. 1 cc. 751, 758, 760.

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

interface LegalRate {
  year: number;
  ratePercent: string;
  source: string;
  updatedBy: string | null;
  updatedAt: string;
}

interface ImuYear {
  annual: { taxCode: string; amount: string }[];
  properties: { explanation: { key: string; text: string }[] }[];
}

const DECREE = 'decreto MEF (Gazzetta Ufficiale)';
// As in f24.e2e-spec: the bulk tests work on later years and count only their own taxpayers.
const UNTIL = '2026-12-31';

let clerk: TestSession;
let clerkFiscalCode: string;

beforeAll(async () => {
  const identity = newIdentity();
  await grantRoles(identity.fiscalCode, ['taxes']);
  clerk = await loginAs(identity);
  clerkFiscalCode = identity.fiscalCode;
  for (const year of [2024, 2025, 2026]) await putBaseRates(clerk, year);
});

async function auditRows(
  year: number,
): Promise<{ actor_fiscal_code: string; details: Record<string, unknown> }[]> {
  const result = await testDb().query(
    `SELECT actor_fiscal_code, details FROM audit_event
      WHERE action = 'f24.legalInterestRate.put' AND resource_id = $1 ORDER BY id`,
    [String(year)],
  );
  return result.rows;
}

describe('legal interest rates (taxes office)', () => {
  it('should list the years already known as initial data, with their decree, newest first', async () => {
    const response = await clerk.fetch('/api/staff/taxes/legal-interest-rates');
    expect(response.status).toBe(200);
    const list = (await response.json()) as LegalRate[];
    const years = list.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const known = Object.fromEntries(list.map((r) => [r.year, r]));
    expect(known[2026]).toMatchObject({
      ratePercent: '1.60',
      source: 'D.M. 10/12/2025 (Gazzetta Ufficiale)',
    });
    expect(known[2025]).toMatchObject({ ratePercent: '2.00', updatedBy: null });
    expect(known[2021].ratePercent).toBe('0.01');
    expect(known[2023].ratePercent).toBe('5.00');
  });

  it('should store a year as sent, audit it, and audit a correction with the previous value', async () => {
    const first = await clerk.fetch(
      '/api/staff/taxes/legal-interest-rates/2095',
      json('PUT', { ratePercent: '1.60', source: `  ${DECREE}  ` }),
    );
    expect(first.status, await first.clone().text()).toBe(200);
    expect(await first.json()).toMatchObject({
      year: 2095,
      ratePercent: '1.60',
      source: DECREE,
      updatedBy: clerkFiscalCode,
    });
    const second = await clerk.fetch(
      '/api/staff/taxes/legal-interest-rates/2095',
      json('PUT', { ratePercent: '1.625', source: 'rettifica: D.M. in Gazzetta Ufficiale' }),
    );
    expect(second.status).toBe(200);
    const list = (await (await clerk.fetch('/api/staff/taxes/legal-interest-rates')).json()) as LegalRate[];
    expect(list.find((r) => r.year === 2095)).toMatchObject({
      ratePercent: '1.625',
      source: 'rettifica: D.M. in Gazzetta Ufficiale',
    });
    const audit = await auditRows(2095);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor_fiscal_code: clerkFiscalCode,
      details: { before: null, after: { ratePercent: '1.6', source: DECREE } },
    });
    expect(audit[1].details).toEqual({
      before: { ratePercent: '1.6', source: DECREE },
      after: { ratePercent: '1.625', source: 'rettifica: D.M. in Gazzetta Ufficiale' },
    });
  });

  it('should refuse a malformed rate, year or source in Italian, naming the field, and store nothing', async () => {
    const rate = 'INVALID_LEGAL_INTEREST_RATE';
    const year = 'INVALID_LEGAL_INTEREST_YEAR';
    const cases: [string, unknown, string, string][] = [
      ['2093', { ratePercent: '1,60', source: DECREE }, 'ratePercent', rate],
      ['2093', { ratePercent: '100', source: DECREE }, 'ratePercent', rate],
      ['2093', { ratePercent: '1.6000', source: DECREE }, 'ratePercent', rate],
      ['2093', { ratePercent: '1.60', source: '   ' }, 'source', 'REQUIRED_FIELD_MISSING'],
      ['1999', { ratePercent: '1.60', source: DECREE }, 'year', year],
      ['20x7', { ratePercent: '1.60', source: DECREE }, 'year', year],
    ];
    for (const [path, body, field, code] of cases) {
      const response = await clerk.fetch(`/api/staff/taxes/legal-interest-rates/${path}`, json('PUT', body));
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(422);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ code, field });
      expect(problem.detail).toMatch(/^(Tasso|Anno|Indicare) /);
    }
    const stored = await testDb().query(
      'SELECT count(*) FROM legal_interest_rate WHERE year IN (1999, 2093)',
    );
    expect(Number(stored.rows[0].count)).toBe(0);
    expect(await auditRows(2093)).toHaveLength(0);
  });

  it('should let an admin in and keep out a clerk of another office and a resident (403)', async () => {
    const admin = newIdentity();
    await grantRoles(admin.fiscalCode, ['admin']);
    const adminSession = await loginAs(admin);
    expect((await adminSession.fetch('/api/staff/taxes/legal-interest-rates')).status).toBe(200);
    const put = await adminSession.fetch(
      '/api/staff/taxes/legal-interest-rates/2094',
      json('PUT', { ratePercent: '0.05', source: DECREE }),
    );
    expect(put.status).toBe(200);
    expect(((await put.json()) as LegalRate).ratePercent).toBe('0.05');

    const registryClerk = newIdentity();
    await grantRoles(registryClerk.fiscalCode, ['registry']);
    for (const session of [await loginAs(registryClerk), await loginAs(newIdentity())]) {
      const list = await session.fetch('/api/staff/taxes/legal-interest-rates');
      expect(list.status).toBe(403);
      expect((await problemOf(list)).code).toBe('FORBIDDEN');
      const change = await session.fetch(
        '/api/staff/taxes/legal-interest-rates/2092',
        json('PUT', { ratePercent: '9.99', source: DECREE }),
      );
      expect(change.status).toBe(403);
    }
    const stored = await testDb().query('SELECT count(*) FROM legal_interest_rate WHERE year = 2092');
    expect(Number(stored.rows[0].count)).toBe(0);
  });
});

describe('taxes office home', () => {
  it('should warn of the legal rate to enter now, as the rule says for today in Rome', async () => {
    const listed = (await (await clerk.fetch('/api/staff/taxes/legal-interest-rates')).json()) as LegalRate[];
    const home = (await (await clerk.fetch('/api/staff/home')).json()) as {
      taxes?: { missingLegalInterestRateYear: number | null };
    };
    const expected = legalInterestRateToEnter(
      romeDay(new Date()),
      listed.map((r) => r.year),
    );
    expect(home.taxes?.missingLegalInterestRateYear).toBe(expected);
  });
});

describe('ravvedimento reaching a year without a legal rate', () => {
  it('should answer 422 until the office enters the year, then settle it', async () => {
    const owner = newIdentity();
    // 500 × 1,05 × 160 × 0,86% = 722,40 a year: saldo 2026 = 722 − 361 = € 361, due Wednesday 16/12/2026.
    await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '500.00',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: UNTIL }],
    });
    const session = await loginAs(owner);
    const request = json('POST', { instalment: 'saldo', paymentDate: '2027-01-11' });

    const refused = await session.fetch('/api/f24/imu/2026/late-payment', request);
    expect(refused.status).toBe(422);
    const problem = await problemOf(refused);
    expect(problem).toMatchObject({ code: 'LEGAL_INTEREST_RATE_MISSING', field: 'paymentDate' });
    expect(problem.detail).toContain('2027');
    expect(problem.detail).toContain("non è ancora stato inserito dall'ufficio tributi");
    const pdf = await session.fetch(
      '/api/f24/imu/2026/late-payment.pdf?instalment=saldo&paymentDate=2027-01-11',
    );
    expect(pdf.status).toBe(422);
    expect((await problemOf(pdf)).code).toBe('LEGAL_INTEREST_RATE_MISSING');

    const entered = await clerk.fetch(
      '/api/staff/taxes/legal-interest-rates/2027',
      json('PUT', { ratePercent: '1.60', source: DECREE }),
    );
    expect(entered.status).toBe(200);
    const settled = await session.fetch('/api/f24/imu/2026/late-payment', request);
    expect(settled.status, await settled.clone().text()).toBe(200);
    const body = (await settled.json()) as {
      daysLate: number;
      lines: { tax: string; interest: string; explanation: { text: string }[] }[];
    };
    // Interest 361 × 1,6% × (15 + 11)/365 = 0,41.
    expect(body.daysLate).toBe(26);
    expect(body.lines[0]).toMatchObject({ tax: '361.00', interest: '0.41' });
    expect(body.lines[0].explanation.map((e) => e.text).join(' ')).toContain('Interessi 2027');
  });
});

describe('IMU rules of the statute', () => {
  it('should exempt the share of a coltivatore diretto and tax the co-owner who is not one (c. 758)', async () => {
    const farmer = newIdentity();
    const heir = newIdentity();
    // Reddito dominicale 96 × 1,25 × 135 = 16.200 × 0,76% = 123,12 a year.
    await createProperty(clerk, {
      kind: 'land',
      dominicalIncome: '96.00',
      owners: [
        {
          fiscalCode: farmer.fiscalCode,
          sharePercent: '40',
          from: '2015-01-01',
          to: UNTIL,
          professionalFarmer: true,
        },
        { fiscalCode: heir.fiscalCode, sharePercent: '60', from: '2015-01-01', to: UNTIL },
      ],
    });
    const farmerYear = (await (await (await loginAs(farmer)).fetch('/api/f24/imu/2025')).json()) as ImuYear;
    expect(farmerYear.annual).toEqual([]);
    const explained = farmerYear.properties[0].explanation.map((e) => e.text).join(' ');
    expect(explained).toContain('coltivatore diretto');
    expect(explained).toContain('c. 758');

    const heirYear = (await (await (await loginAs(heir)).fetch('/api/f24/imu/2025')).json()) as ImuYear;
    expect(heirYear.annual.map(({ taxCode, amount }) => ({ taxCode, amount }))).toEqual([
      { taxCode: '3914', amount: '73.87' },
    ]);

    const listed = (await (
      await clerk.fetch(`/api/staff/taxes/properties?owner=${farmer.fiscalCode}`)
    ).json()) as { owners: { fiscalCode: string; professionalFarmer: boolean }[] }[];
    expect(listed[0].owners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fiscalCode: farmer.fiscalCode, professionalFarmer: true }),
        expect.objectContaining({ fiscalCode: heir.fiscalCode, professionalFarmer: false }),
      ]),
    );
  });

  it('should exempt a building its builder holds for sale from 2022 (c. 751)', async () => {
    const builder = newIdentity();
    await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '800.00',
      owners: [
        {
          fiscalCode: builder.fiscalCode,
          sharePercent: '100',
          from: '2023-05-10',
          to: UNTIL,
          heldForSaleByBuilder: true,
        },
      ],
    });
    const year = (await (await (await loginAs(builder)).fetch('/api/f24/imu/2025')).json()) as ImuYear;
    expect(year.annual).toEqual([]);
    expect(year.properties[0].explanation.map((e) => e.text).join(' ')).toContain('c. 751');
  });

  it('should refuse the agreed-rent reduction on an office A/10, naming the reduction, and store nothing', async () => {
    const parcel = uniqueParcel();
    const response = await postProperty(clerk, {
      ...parcel,
      kind: 'building',
      cadastralCategory: 'A/10',
      cadastralIncome: '900.00',
      reductions: [{ kind: 'historic' }, { kind: 'agreedRent' }],
      owners: [{ fiscalCode: newIdentity().fiscalCode, sharePercent: '100', from: '2020-01-01' }],
    });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'REDUCTION_NOT_APPLICABLE', field: 'reductions.1' });
    expect(problem.detail).toContain('c. 760');
    const stored = await testDb().query(
      'SELECT count(*) FROM imu_property WHERE foglio = $1 AND particella = $2',
      [parcel.foglio, parcel.particella],
    );
    expect(Number(stored.rows[0].count)).toBe(0);
  });

  it('should refuse the farmer exemption on a building, naming the owner', async () => {
    const response = await postProperty(clerk, {
      ...uniqueParcel(),
      kind: 'building',
      cadastralCategory: 'A/3',
      cadastralIncome: '400.00',
      owners: [
        { fiscalCode: newIdentity().fiscalCode, sharePercent: '50', from: '2020-01-01' },
        {
          fiscalCode: newIdentity().fiscalCode,
          sharePercent: '50',
          from: '2020-01-01',
          professionalFarmer: true,
        },
      ],
    });
    expect(response.status).toBe(422);
    expect(await problemOf(response)).toMatchObject({
      code: 'EXEMPTION_NOT_APPLICABLE',
      field: 'owners.1.professionalFarmer',
    });
  });
});

describe('OpenAPI', () => {
  it('should describe the legal interest rate routes', async () => {
    const document = (await (await fetch(`${inject('stack').backendUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.paths['/api/staff/taxes/legal-interest-rates']?.get).toBeDefined();
    expect(document.paths['/api/staff/taxes/legal-interest-rates/{year}']?.put).toBeDefined();
  });
});
