import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createProperty,
  insertRegistryPerson,
  italianAmount,
  pdfText,
  postProperty,
  problemOf,
  putBaseRates,
  taxesClerk,
  uniqueParcel,
} from './f24-fixtures.js';
import { testDb } from './support/db.js';
import { newIdentity, type TestIdentity } from './support/factories.js';
import { loginAs, type TestSession } from './support/session.js';

const { backendUrl } = inject('stack');

// Every ownership here ends by 2026: the bulk tests work on later years and count only their own taxpayers.
const UNTIL = '2026-12-31';

interface Line {
  taxCode: string;
  amount: string;
}
interface Instalment {
  dueDate: string;
  lines: Line[];
  total: string;
  pdf: string | null;
}
interface ImuYear {
  year: number;
  properties: {
    id: string;
    base: string;
    months: number;
    annual: string;
    explanation: { key: string; text: string }[];
  }[];
  annual: Line[];
  acconto: Instalment;
  saldo: Instalment;
  unica: Instalment;
}

const json = (body: unknown): RequestInit => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

let clerk: TestSession;

beforeAll(async () => {
  clerk = await taxesClerk();
  for (const year of [2023, 2024, 2025]) await putBaseRates(clerk, year);
});

describe('IMU of a resident', () => {
  let owner: TestIdentity;
  let session: TestSession;
  let flatId: string;

  beforeAll(async () => {
    owner = newIdentity({ sex: 'F', birthDate: '1971-04-23' });
    await insertRegistryPerson(owner);
    const coOwner = newIdentity();
    // A rented flat (3918), half a warehouse D/1 (3925 + 3930), the home with its garage (exempt), land (3914).
    flatId = await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '750.00',
      address: 'Via Roma 12',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: UNTIL }],
    });
    await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'D/1',
      cadastralIncome: '2000.00',
      owners: [
        { fiscalCode: owner.fiscalCode, sharePercent: '50', from: '2022-03-15', to: UNTIL },
        { fiscalCode: coOwner.fiscalCode, sharePercent: '50', from: '2022-03-15', to: UNTIL },
      ],
    });
    for (const [category, income] of [
      ['A/3', '600.00'],
      ['C/6', '90.00'],
    ]) {
      await createProperty(clerk, {
        kind: 'building',
        cadastralCategory: category,
        cadastralIncome: income,
        owners: [
          {
            fiscalCode: owner.fiscalCode,
            sharePercent: '100',
            from: '2015-06-01',
            to: UNTIL,
            mainResidence: true,
          },
        ],
      });
    }
    await createProperty(clerk, {
      kind: 'land',
      dominicalIncome: '120.00',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2010-01-01', to: UNTIL }],
    });
    session = await loginAs(owner);
  });

  it('should compute each code, the instalments and their due dates from the caller’s properties', async () => {
    const response = await session.fetch('/api/f24/imu/2025');
    expect(response.status).toBe(200);
    const imu = (await response.json()) as ImuYear;
    expect(imu.properties).toHaveLength(5);
    // Flat: 750 × 1,05 × 160 = 126.000 × 0,86% = 1.083,60; warehouse: 2.000 × 1,05 × 65 = 136.500 × 50%,
    // 0,76% to the State and 0,10% to the comune; land: 120 × 1,25 × 135 = 20.250 × 0,76% = 153,90.
    expect(imu.annual.map(({ taxCode, amount }) => ({ taxCode, amount }))).toEqual([
      { taxCode: '3914', amount: '153.90' },
      { taxCode: '3918', amount: '1083.60' },
      { taxCode: '3925', amount: '518.70' },
      { taxCode: '3930', amount: '68.25' },
    ]);
    const lines = (instalment: Instalment) =>
      instalment.lines.map(({ taxCode, amount }) => ({ taxCode, amount }));
    expect(imu.acconto).toMatchObject({
      dueDate: '2025-06-16',
      total: '912.00',
      pdf: '/api/f24/imu/2025/acconto.pdf',
    });
    expect(lines(imu.acconto)).toEqual([
      { taxCode: '3914', amount: '77.00' },
      { taxCode: '3918', amount: '542.00' },
      { taxCode: '3925', amount: '259.00' },
      { taxCode: '3930', amount: '34.00' },
    ]);
    expect(imu.saldo).toMatchObject({ dueDate: '2025-12-16', total: '913.00' });
    expect(lines(imu.saldo)).toEqual([
      { taxCode: '3914', amount: '77.00' },
      { taxCode: '3918', amount: '542.00' },
      { taxCode: '3925', amount: '260.00' },
      { taxCode: '3930', amount: '34.00' },
    ]);
    expect(imu.unica).toMatchObject({ dueDate: '2025-06-16', total: '1825.00' });
  });

  it('should explain the base, the months and the rate of each property', async () => {
    const imu = (await (await session.fetch('/api/f24/imu/2025')).json()) as ImuYear;
    const flat = imu.properties.find((p) => p.id === flatId)!;
    expect(flat).toMatchObject({ base: '126000.00', months: 12, annual: '1083.60' });
    const texts = flat.explanation.map((e) => e.text).join('\n');
    expect(texts).toContain('rendita catastale € 750,00 × 1,05');
    expect(texts).toContain('× 160');
    expect(texts).toContain('aliquota 0,86%');
    expect(flat.explanation.map((e) => e.key)).toContain('imu.months');
    const exempt = imu.properties.filter((p) => p.annual === '0.00');
    expect(exempt).toHaveLength(2);
    expect(exempt[0].explanation.map((e) => e.text).join(' ')).toMatch(/esente/);
  });

  it('should print in the PDF the same lines, totals and contributor data as the JSON', async () => {
    const imu = (await (await session.fetch('/api/f24/imu/2025')).json()) as ImuYear;
    for (const name of ['acconto', 'saldo', 'unica'] as const) {
      const instalment = imu[name];
      const response = await session.fetch(instalment.pdf!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await response.arrayBuffer()), '-layout');
      const compact = text.replace(/\s+/g, '');
      expect(compact).toContain(owner.fiscalCode);
      expect(text).toContain(owner.familyName.toUpperCase());
      expect(text).toContain(owner.givenName.toUpperCase());
      expect(compact).toContain('23041971F');
      expect(text).toContain("SPINO D'ADDA");
      for (const line of instalment.lines) {
        expect(text).toMatch(new RegExp(`EL\\s+${line.taxCode}\\s+I914.*\\s${italianAmount(line.amount)}`));
      }
      // Both copies of the form carry the saldo finale.
      expect(text.split(italianAmount(instalment.total)).length - 1).toBeGreaterThanOrEqual(2);
    }
  });

  it('should show a resident with no property nothing of anyone else’s', async () => {
    const stranger = await loginAs(newIdentity());
    const response = await stranger.fetch(`/api/f24/imu/2025?owner=${owner.fiscalCode}`);
    expect(response.status).toBe(200);
    const imu = (await response.json()) as ImuYear;
    expect(imu.properties).toEqual([]);
    expect(imu.annual).toEqual([]);
    expect(imu.acconto).toMatchObject({ total: '0.00', lines: [], pdf: null });
    const pdf = await stranger.fetch('/api/f24/imu/2025/acconto.pdf');
    expect(pdf.status).toBe(422);
    expect((await problemOf(pdf)).code).toBe('IMU_NOTHING_DUE');
  });

  it('should say in Italian that a year has no rates', async () => {
    const response = await session.fetch('/api/f24/imu/2090');
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'IMU_RATES_NOT_AVAILABLE', field: 'year' });
    expect(problem.detail).toContain('aliquote IMU del 2090');
  });

  it('should refuse an unauthenticated caller', async () => {
    const response = await fetch(`${backendUrl}/api/f24/imu/2025`);
    expect(response.status).toBe(401);
  });
});

describe('late payment (ravvedimento operoso)', () => {
  let session: TestSession;

  beforeAll(async () => {
    const owner = newIdentity();
    // 500 × 1,05 × 160 × 0,86% = 722,40 a year: saldo 2024 = 722 − 361 = € 361, due Monday 16/12/2024.
    await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '500.00',
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '100', from: '2020-01-01', to: UNTIL }],
    });
    session = await loginAs(owner);
  });

  // Penalty and interest worked out by hand (interest: 2,5% in 2024, 2% in 2025, 1,6% in 2026, on 365 days).
  const tiers = [
    {
      paymentDate: '2024-12-21',
      tier: 'within14Days',
      days: 5,
      penalty: '1.50',
      interest: '0.12',
      total: '363.00',
    },
    {
      paymentDate: '2025-01-05',
      tier: 'within30Days',
      days: 20,
      penalty: '4.51',
      interest: '0.47',
      total: '366.00',
    },
    {
      paymentDate: '2025-02-14',
      tier: 'within90Days',
      days: 60,
      penalty: '5.01',
      interest: '1.26',
      total: '367.00',
    },
    {
      paymentDate: '2025-07-04',
      tier: 'withinOneYear',
      days: 200,
      penalty: '11.28',
      interest: '4.03',
      total: '376.00',
    },
    {
      paymentDate: '2026-04-30',
      tier: 'withinTwoYears',
      days: 500,
      penalty: '12.89',
      interest: '9.49',
      total: '383.00',
    },
    {
      paymentDate: '2026-12-20',
      tier: 'beyondTwoYears',
      days: 734,
      penalty: '15.04',
      interest: '13.19',
      total: '389.00',
    },
  ];

  for (const expected of tiers) {
    it(`should settle the saldo paid ${expected.days} days late (${expected.tier})`, async () => {
      const response = await session.fetch('/api/f24/imu/2024/late-payment', {
        method: 'POST',
        ...json({ instalment: 'saldo', paymentDate: expected.paymentDate }),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const body = (await response.json()) as {
        dueDate: string;
        daysLate: number;
        tier: string;
        lines: { taxCode: string; tax: string; penalty: string; interest: string; total: string }[];
        total: string;
        pdf: string;
      };
      expect(body).toMatchObject({ dueDate: '2024-12-16', daysLate: expected.days, tier: expected.tier });
      expect(body.lines).toEqual([
        expect.objectContaining({
          taxCode: '3918',
          tax: '361.00',
          penalty: expected.penalty,
          interest: expected.interest,
          total: expected.total,
        }),
      ]);
      expect(body.total).toBe(expected.total);
      const pdf = await session.fetch(body.pdf);
      expect(pdf.status).toBe(200);
      const text = pdfText(Buffer.from(await pdf.arrayBuffer()), '-layout');
      // One line, "Ravv." and "saldo" ticked, year 2024, tax + penalty + interest.
      expect(text).toMatch(
        new RegExp(`EL\\s+3918\\s+I914\\s+X\\s+X\\s+001\\s+2024\\s+${italianAmount(expected.total)}`),
      );
    });
  }

  it('should use the penalties before 1 September 2024 for the acconto 2024 (due Monday 17/06/2024)', async () => {
    const response = await session.fetch('/api/f24/imu/2024/late-payment', {
      method: 'POST',
      ...json({ instalment: 'acconto', paymentDate: '2024-06-27' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      dueDate: string;
      lines: { penalty: string; interest: string; total: string }[];
    };
    expect(body.dueDate).toBe('2024-06-17');
    expect(body.lines[0]).toMatchObject({ penalty: '3.61', interest: '0.25', total: '365.00' });
  });

  it('should refuse a payment date before or on the due date, naming the field', async () => {
    for (const paymentDate of ['2024-12-10', '2024-12-16']) {
      const response = await session.fetch('/api/f24/imu/2024/late-payment', {
        method: 'POST',
        ...json({ instalment: 'saldo', paymentDate }),
      });
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ code: 'PAYMENT_NOT_LATE', field: 'paymentDate' });
      expect(problem.detail).toContain('non è in ritardo');
    }
  });

  it('should refuse an unknown instalment and a malformed date', async () => {
    const instalment = await session.fetch('/api/f24/imu/2024/late-payment', {
      method: 'POST',
      ...json({ instalment: 'terza', paymentDate: '2025-01-10' }),
    });
    expect(instalment.status).toBe(400);
    expect((await problemOf(instalment)).field).toBe('instalment');
    const date = await session.fetch('/api/f24/imu/2024/late-payment', {
      method: 'POST',
      ...json({ instalment: 'saldo', paymentDate: '31/01/2025' }),
    });
    expect(date.status).toBe(422);
    expect((await problemOf(date)).field).toBe('paymentDate');
  });
});

describe('taxes office: properties and rates', () => {
  const countProperties = async (parcel: { foglio: string; particella: string }) =>
    Number(
      (
        await testDb().query('SELECT count(*) FROM imu_property WHERE foglio = $1 AND particella = $2', [
          parcel.foglio,
          parcel.particella,
        ])
      ).rows[0].count,
    );
  const countOwnerships = async (id: string) =>
    Number(
      (await testDb().query('SELECT count(*) FROM imu_ownership WHERE property_id = $1', [id])).rows[0].count,
    );

  it('should list the properties of an owner with every owner and period', async () => {
    const owner = newIdentity();
    const other = newIdentity();
    const id = await createProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'C/1',
      cadastralIncome: '1500.00',
      subalterno: '3',
      // Not agreedRent: c. 760 reduces only dwellings, and this is a shop.
      reductions: [{ kind: 'uninhabitable', from: '2024-01-01' }],
      owners: [
        { fiscalCode: owner.fiscalCode, sharePercent: '66.666667', from: '2021-01-01', to: UNTIL },
        { fiscalCode: other.fiscalCode, sharePercent: '33.333333', from: '2021-01-01', to: UNTIL },
      ],
    });
    const response = await clerk.fetch(`/api/staff/taxes/properties?owner=${owner.fiscalCode}`);
    expect(response.status).toBe(200);
    const list = (await response.json()) as {
      id: string;
      cadastralIncome: string;
      owners: unknown[];
      reductions: unknown[];
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id,
      cadastralCategory: 'C/1',
      cadastralIncome: '1500.00',
      subalterno: '3',
    });
    expect(list[0].reductions).toEqual([{ kind: 'uninhabitable', from: '2024-01-01', to: null }]);
    expect(list[0].owners).toHaveLength(2);
    expect(list[0].owners).toEqual(
      expect.arrayContaining([
        {
          fiscalCode: owner.fiscalCode,
          sharePercent: '66.666667',
          from: '2021-01-01',
          to: UNTIL,
          mainResidence: false,
          professionalFarmer: false,
          heldForSaleByBuilder: false,
        },
        {
          fiscalCode: other.fiscalCode,
          sharePercent: '33.333333',
          from: '2021-01-01',
          to: UNTIL,
          mainResidence: false,
          professionalFarmer: false,
          heldForSaleByBuilder: false,
        },
      ]),
    );
    const audit = await testDb().query(
      "SELECT count(*) FROM audit_event WHERE action = 'f24.property.read' AND subject_fiscal_code = $1",
      [owner.fiscalCode],
    );
    expect(Number(audit.rows[0].count)).toBe(1);
  });

  it('should add new owners to a property already registered under the same cadastral reference', async () => {
    const parcel = uniqueParcel();
    const seller = newIdentity();
    const buyer = newIdentity();
    const base = { kind: 'building', cadastralCategory: 'A/3', cadastralIncome: '420.00', ...parcel };
    const first = await postProperty(clerk, {
      ...base,
      owners: [{ fiscalCode: seller.fiscalCode, sharePercent: '100', from: '2010-01-01', to: '2024-05-09' }],
    });
    const second = await postProperty(clerk, {
      ...base,
      owners: [{ fiscalCode: buyer.fiscalCode, sharePercent: '100', from: '2024-05-10', to: UNTIL }],
    });
    expect(second.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    expect(((await second.json()) as { id: string }).id).toBe(id);
    expect(await countOwnerships(id)).toBe(2);
  });

  it('should refuse an unknown cadastral category and store nothing', async () => {
    const parcel = uniqueParcel();
    const response = await postProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/99',
      cadastralIncome: '500.00',
      ...parcel,
      owners: [{ fiscalCode: newIdentity().fiscalCode, sharePercent: '100', from: '2020-01-01', to: UNTIL }],
    });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'UNKNOWN_CADASTRAL_CATEGORY', field: 'cadastralCategory' });
    expect(problem.detail).toContain('Categoria catastale sconosciuta: "A/99"');
    expect(await countProperties(parcel)).toBe(0);
  });

  it('should refuse a negative or absurd rendita and store nothing', async () => {
    for (const cadastralIncome of ['-100.00', '60000000.00']) {
      const parcel = uniqueParcel();
      const response = await postProperty(clerk, {
        kind: 'building',
        cadastralCategory: 'A/2',
        cadastralIncome,
        ...parcel,
        owners: [
          { fiscalCode: newIdentity().fiscalCode, sharePercent: '100', from: '2020-01-01', to: UNTIL },
        ],
      });
      expect(response.status).toBe(422);
      const problem = await problemOf(response);
      expect(problem).toMatchObject({ code: 'AMOUNT_OUT_OF_RANGE', field: 'cadastralIncome' });
      expect(problem.detail).toContain('Rendita catastale');
      expect(await countProperties(parcel)).toBe(0);
    }
  });

  it('should refuse shares above 100% within the request and against the owners already stored', async () => {
    const parcel = uniqueParcel();
    const base = { kind: 'building', cadastralCategory: 'A/2', cadastralIncome: '700.00', ...parcel };
    const inRequest = await postProperty(clerk, {
      ...base,
      owners: [
        { fiscalCode: newIdentity().fiscalCode, sharePercent: '60', from: '2020-01-01', to: UNTIL },
        { fiscalCode: newIdentity().fiscalCode, sharePercent: '50', from: '2020-01-01', to: UNTIL },
      ],
    });
    expect(inRequest.status).toBe(422);
    expect(await problemOf(inRequest)).toMatchObject({ code: 'OWNERSHIP_SHARES_EXCEED_100' });
    expect(await countProperties(parcel)).toBe(0);

    const stored = await postProperty(clerk, {
      ...base,
      owners: [{ fiscalCode: newIdentity().fiscalCode, sharePercent: '60', from: '2020-01-01', to: UNTIL }],
    });
    const { id } = (await stored.json()) as { id: string };
    const added = await postProperty(clerk, {
      ...base,
      owners: [
        { fiscalCode: newIdentity().fiscalCode, sharePercent: '40', from: '2021-01-01', to: UNTIL },
        { fiscalCode: newIdentity().fiscalCode, sharePercent: '10', from: '2023-03-01', to: UNTIL },
      ],
    });
    expect(added.status).toBe(422);
    const problem = await problemOf(added);
    expect(problem).toMatchObject({ code: 'OWNERSHIP_SHARES_EXCEED_100', field: 'owners.1.sharePercent' });
    expect(problem.detail).toContain('superano il 100% il 01/03/2023 (110%)');
    expect(await countOwnerships(id)).toBe(1);
  });

  it('should refuse possession periods of one owner that overlap a stored one', async () => {
    const parcel = uniqueParcel();
    const owner = newIdentity();
    const base = { kind: 'land', dominicalIncome: '80.00', ...parcel };
    const stored = await postProperty(clerk, {
      ...base,
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '50', from: '2018-01-01', to: UNTIL }],
    });
    const { id } = (await stored.json()) as { id: string };
    const response = await postProperty(clerk, {
      ...base,
      owners: [{ fiscalCode: owner.fiscalCode, sharePercent: '50', from: '2022-06-01', to: UNTIL }],
    });
    expect(response.status).toBe(422);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ code: 'OWNERSHIP_PERIODS_OVERLAP', field: 'owners.0.from' });
    expect(problem.detail).toContain('si sovrappone');
    expect(await countOwnerships(id)).toBe(1);
  });

  it('should refuse the same cadastral unit with other fiscal data', async () => {
    const parcel = uniqueParcel();
    const owners = [
      { fiscalCode: newIdentity().fiscalCode, sharePercent: '50', from: '2020-01-01', to: UNTIL },
    ];
    await postProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '700.00',
      ...parcel,
      owners,
    });
    const response = await postProperty(clerk, {
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '800.00',
      ...parcel,
      owners: [{ fiscalCode: newIdentity().fiscalCode, sharePercent: '50', from: '2020-01-01', to: UNTIL }],
    });
    expect(response.status).toBe(409);
    const problem = await problemOf(response);
    expect(problem.code).toBe('PROPERTY_ALREADY_REGISTERED');
    expect(problem.detail).toContain('rendita');
  });

  it('should refuse a bad codice fiscale and a bad date, naming the owner', async () => {
    const base = { kind: 'building', cadastralCategory: 'A/2', cadastralIncome: '700.00' };
    const badCode = await postProperty(clerk, {
      ...base,
      ...uniqueParcel(),
      owners: [{ fiscalCode: 'RSSMRA85T10A562X', sharePercent: '100', from: '2020-01-01', to: UNTIL }],
    });
    expect(badCode.status).toBe(422);
    expect(await problemOf(badCode)).toMatchObject({
      code: 'INVALID_FISCAL_CODE',
      field: 'owners.0.fiscalCode',
    });
    const badDate = await postProperty(clerk, {
      ...base,
      ...uniqueParcel(),
      owners: [{ fiscalCode: newIdentity().fiscalCode, sharePercent: '100', from: '2020-02-30', to: UNTIL }],
    });
    expect(badDate.status).toBe(422);
    expect(await problemOf(badDate)).toMatchObject({ code: 'INVALID_DATE', field: 'owners.0.from' });
  });

  it('should refuse rates outside the legal range, naming the rate, and store nothing', async () => {
    const rates = {
      mainResidence: '0.5',
      ruralInstrumental: '0.1',
      land: '0.76',
      buildingLand: '0.86',
      groupD: '0.5',
      otherBuildings: '0.86',
    };
    const low = await clerk.fetch('/api/staff/taxes/imu-rates/2099', {
      method: 'PUT',
      ...json({ rates, mainResidenceDeduction: '200.00', minimumAmount: '12.00' }),
    });
    expect(low.status).toBe(422);
    const problem = await problemOf(low);
    expect(problem).toMatchObject({ code: 'IMU_RATE_OUT_OF_RANGE', field: 'rates.groupD' });
    expect(problem.detail).toContain('da 0,76% a 1,06%');
    const high = await clerk.fetch('/api/staff/taxes/imu-rates/2099', {
      method: 'PUT',
      ...json({
        rates: { ...rates, groupD: '0.86', otherBuildings: '1.2' },
        mainResidenceDeduction: '200.00',
        minimumAmount: '12.00',
      }),
    });
    expect(await problemOf(high)).toMatchObject({
      code: 'IMU_RATE_OUT_OF_RANGE',
      field: 'rates.otherBuildings',
    });
    const deduction = await clerk.fetch('/api/staff/taxes/imu-rates/2099', {
      method: 'PUT',
      ...json({
        rates: { ...rates, groupD: '0.86' },
        mainResidenceDeduction: '-1.00',
        minimumAmount: '12.00',
      }),
    });
    expect(await problemOf(deduction)).toMatchObject({
      code: 'AMOUNT_OUT_OF_RANGE',
      field: 'mainResidenceDeduction',
    });
    const stored = await testDb().query('SELECT count(*) FROM imu_rates WHERE year = 2099');
    expect(Number(stored.rows[0].count)).toBe(0);
  });

  it('should store the rates of a year with their resolution and audit the change', async () => {
    const response = await clerk.fetch('/api/staff/taxes/imu-rates/2098', {
      method: 'PUT',
      ...json({
        label: 'delibera C.C. n. 42 del 23/12/2097',
        rates: {
          mainResidence: '0.6',
          ruralInstrumental: '0.1',
          land: '1.06',
          buildingLand: '1.14',
          groupD: '1.06',
          otherBuildings: '1.14',
        },
        formerTasiSurcharge: true,
        mainResidenceDeduction: '200.00',
        minimumAmount: '10.50',
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      year: 2098,
      label: 'delibera C.C. n. 42 del 23/12/2097',
      rates: { otherBuildings: '1.14', groupD: '1.06' },
      minimumAmount: '10.50',
      formerTasiSurcharge: true,
    });
    const list = (await (await clerk.fetch('/api/staff/taxes/imu-rates')).json()) as { year: number }[];
    expect(list.map((r) => r.year)).toContain(2098);
    const audit = await testDb().query(
      "SELECT count(*) FROM audit_event WHERE action = 'f24.imuRates.put' AND resource_id = '2098'",
    );
    expect(Number(audit.rows[0].count)).toBe(1);
  });

  it('should refuse every taxes office route to a resident (403)', async () => {
    const resident = await loginAs(newIdentity());
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/staff/taxes/imu-rates'],
      ['PUT', '/api/staff/taxes/imu-rates/2025', {}],
      ['POST', '/api/staff/taxes/properties', {}],
      ['GET', `/api/staff/taxes/properties?owner=${resident.fiscalCode}`],
      ['POST', '/api/staff/taxes/bulk-jobs', { year: 2025, instalment: 'acconto' }],
      ['GET', '/api/staff/taxes/bulk-jobs'],
      ['GET', '/api/staff/taxes/bulk-jobs/00000000-0000-4000-8000-000000000000'],
      ['GET', '/api/staff/taxes/bulk-jobs/00000000-0000-4000-8000-000000000000/archive.zip'],
    ];
    for (const [method, path, body] of calls) {
      const response = await resident.fetch(path, { method, ...(body ? json(body) : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await problemOf(response)).code).toBe('FORBIDDEN');
    }
  });
});

describe('OpenAPI', () => {
  it('should describe every F24 route', async () => {
    const document = (await (await fetch(`${backendUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, object>;
    };
    for (const path of [
      '/api/staff/taxes/imu-rates',
      '/api/staff/taxes/imu-rates/{year}',
      '/api/staff/taxes/properties',
      '/api/staff/taxes/bulk-jobs',
      '/api/staff/taxes/bulk-jobs/{id}',
      '/api/staff/taxes/bulk-jobs/{id}/archive.zip',
      '/api/f24/imu/{year}',
      '/api/f24/imu/{year}/{instalment}.pdf',
      '/api/f24/imu/{year}/late-payment',
      '/api/f24/imu/{year}/late-payment.pdf',
      '/api/f24/documents',
      '/api/f24/documents/{id}.pdf',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });
});
