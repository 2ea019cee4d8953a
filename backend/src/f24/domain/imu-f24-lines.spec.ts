import { describe, expect, it } from 'vitest';
import { buildF24Semplificato } from './f24-semplificato.js';
import { computeImuYear } from './imu-calculator.js';
import { imuF24Lines, lateSettlementF24Lines } from './imu-f24-lines.js';
import { legalBaseImuRates } from './imu-legal-base-rates.js';
import type { Property } from './imu-types.js';
import { computeLateSettlement } from './late-settlement.js';
import { ITALIAN_LEGAL_INTEREST_RATES } from './legal-interest-rates.fixture.js';

const OWNER = 'RSSMRA85T10A562S';
const properties: Property[] = [
  {
    id: 'villa',
    kind: 'building',
    cadastralCategory: 'A/1',
    cadastralIncome: 200000,
    cadastralReference: { foglio: '1', particella: '2' },
  },
  {
    id: 'flat',
    kind: 'building',
    cadastralCategory: 'A/2',
    cadastralIncome: 100000,
    cadastralReference: { foglio: '1', particella: '3' },
  },
];
const assessment = computeImuYear({
  ownerId: OWNER,
  year: 2025,
  properties,
  ownerships: [
    { propertyId: 'villa', ownerId: OWNER, sharePercent: '100', from: '2010-01-01', mainResidence: true },
    { propertyId: 'flat', ownerId: OWNER, sharePercent: '100', from: '2010-01-01', mainResidence: false },
  ],
  rates: legalBaseImuRates(2025),
  previousYearRates: legalBaseImuRates(2024),
});

describe('imuF24Lines', () => {
  it('should tick only Acc. for the acconto and report the deduction of the semester', () => {
    const lines = imuF24Lines(assessment, { instalment: 'first', entityCode: 'I914' });
    // 3912: 336.000 × 0,5% / 2 = 840 − 100 = 740; 3918: 722,40 → 722
    expect(lines).toEqual([
      expect.objectContaining({
        taxCode: '3912',
        acconto: true,
        saldo: false,
        deduction: 10000,
        debit: 74000,
        propertiesCount: 1,
      }),
      expect.objectContaining({
        taxCode: '3918',
        acconto: true,
        saldo: false,
        debit: 72200,
        year: 2025,
        entityCode: 'I914',
      }),
    ]);
    expect(lines[1].deduction).toBeUndefined();
  });

  it('should tick only Saldo for the balance and both for a single payment', () => {
    const balance = imuF24Lines(assessment, { instalment: 'balance', entityCode: 'I914' });
    expect(balance.map((l) => [l.taxCode, l.acconto, l.saldo, l.debit, l.deduction])).toEqual([
      ['3912', false, true, 74000, 10000],
      ['3918', false, true, 72300, undefined],
    ]);
    const single = imuF24Lines(assessment, { instalment: 'single', entityCode: 'I914' });
    expect(single.map((l) => [l.acconto, l.saldo, l.debit])).toEqual([
      [true, true, 148000],
      [true, true, 144500],
    ]);
  });

  it('should produce lines the F24 builder accepts', () => {
    const model = buildF24Semplificato({
      taxpayer: {
        fiscalCode: OWNER,
        familyName: 'ROSSI',
        givenName: 'MARIO',
        birthDate: '1985-12-10',
        sex: 'M',
        birthPlace: 'ROMA',
        birthProvince: 'RM',
      },
      lines: imuF24Lines(assessment, { instalment: 'first', entityCode: 'I914' }),
    });
    expect(model.totalCents).toBe(assessment.totals.firstInstalmentDueCents);
  });
});

describe('lateSettlementF24Lines', () => {
  it('should tick Ravv. and put tax, penalty and interest on one line per codice tributo', () => {
    const settlement = computeLateSettlement({
      dueDate: assessment.dueDates.firstInstalment,
      paymentDate: '2025-07-06',
      lines: imuF24Lines(assessment, { instalment: 'first', entityCode: 'I914' }).map((l) => ({
        taxCode: l.taxCode,
        taxCents: l.debit ?? 0,
      })),
      legalInterestRates: ITALIAN_LEGAL_INTEREST_RATES,
    });
    const lines = lateSettlementF24Lines(settlement, {
      instalment: 'first',
      entityCode: 'I914',
      year: 2025,
      propertiesCount: { '3912': 1, '3918': 1 },
    });
    // 3918: 722 + 9,03 + 0,79 = 731,82 → 732
    expect(lines[1]).toMatchObject({
      taxCode: '3918',
      ravv: true,
      acconto: true,
      saldo: false,
      year: 2025,
      debit: 73200,
    });
    expect(lines[0]).toMatchObject({ taxCode: '3912', ravv: true, propertiesCount: 1 });
  });
});
