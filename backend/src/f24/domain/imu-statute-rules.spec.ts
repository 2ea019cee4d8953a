import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { computeImuYear, type ImuComputationInput } from './imu-calculator.js';
import { legalBaseImuRates } from './imu-legal-base-rates.js';
import type { Ownership, Property } from './imu-types.js';
import { validateOwnerships, validateProperty } from './imu-validation.js';
import { computeLateSettlement } from './late-settlement.js';
import { ITALIAN_LEGAL_INTEREST_RATES } from './legal-interest-rates.fixture.js';

/** Rules found missing by reading L. 160/2019 art. 1 against the calculator: cc. 751, 758, 760. */

const FARMER = 'RSSMRA80A01I914N';
const HEIR = 'BNCLRA82B41I914X';
const BUILDER = '01234567890';
const BUYER = 'VRDGPP50C01I914L';

const flat = (category: string, extra: Partial<Property> = {}): Property => ({
  id: `flat-${category}`,
  kind: 'building',
  cadastralCategory: category,
  cadastralIncome: 100000,
  cadastralReference: { foglio: '5', particella: '120', subalterno: '1' },
  ...extra,
});

// Reddito dominicale € 96: base 96 × 1,25 × 135 = € 16.200; at 0,76% € 123,12 a year.
const field: Property = {
  id: 'field',
  kind: 'land',
  dominicalIncome: 9600,
  cadastralReference: { foglio: '12', particella: '44' },
};

const holds = (propertyId: string, ownerId: string, extra: Partial<Ownership> = {}): Ownership => ({
  propertyId,
  ownerId,
  sharePercent: '100',
  from: '2015-01-01',
  mainResidence: false,
  ...extra,
});

function compute(
  input: Pick<ImuComputationInput, 'ownerId' | 'properties' | 'ownerships'> & { year?: number },
) {
  const year = input.year ?? 2025;
  return computeImuYear({
    year,
    rates: legalBaseImuRates(year),
    previousYearRates: legalBaseImuRates(year - 1),
    ...input,
  });
}

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const texts = (result: ReturnType<typeof compute>) =>
  result.properties.flatMap((p) => p.explanations.map((e) => e.text)).join(' ');

describe('agreed rent (c. 760: "abitazioni locate a canone concordato")', () => {
  it.each(['A/10', 'C/1', 'C/6', 'D/1', 'B/1'])(
    'should refuse the 75%% reduction on a %s, naming the field',
    (category) => {
      const error = domainError(() => validateProperty(flat(category, { reductions: { agreedRent: true } })));
      expect(error.code).toBe('REDUCTION_NOT_APPLICABLE');
      expect(error.status).toBe(422);
      expect(error.field).toBe('property.reductions.agreedRent');
      expect(error.detail).toContain('c. 760');
      expect(error.detail).toContain(category);
    },
  );

  it('should refuse it in a computation too, naming the property', () => {
    const error = domainError(() =>
      compute({
        ownerId: FARMER,
        properties: [flat('A/10', { reductions: { agreedRent: { from: '2025-03-01' } } })],
        ownerships: [holds('flat-A/10', FARMER)],
      }),
    );
    expect(error.field).toBe('properties.0.reductions.agreedRent');
  });

  it.each(['A/2', 'A/3', 'A/7', 'A/11'])('should accept it on a dwelling %s', (category) => {
    expect(() => validateProperty(flat(category, { reductions: { agreedRent: true } }))).not.toThrow();
  });
});

describe('land of a coltivatore diretto or IAP (c. 758 lett. a)', () => {
  it('should exempt the farmer and leave the co-owner who is not one to pay on the share', () => {
    const ownerships = [
      holds('field', FARMER, { sharePercent: '40', professionalFarmer: true }),
      holds('field', HEIR, { sharePercent: '60' }),
    ];
    const farmer = compute({ ownerId: FARMER, properties: [field], ownerships });
    expect(farmer.lines).toEqual([]);
    expect(farmer.totals.annualCents).toBe(0);
    expect(texts(farmer)).toContain('c. 758');
    expect(texts(farmer)).toContain('coltivatore diretto');

    const heir = compute({ ownerId: HEIR, properties: [field], ownerships });
    // € 123,12 × 60%.
    expect(heir.lines.map((l) => [l.taxCode, l.annualCents])).toEqual([['3914', 7387]]);
    expect(texts(heir)).not.toContain('c. 758');
  });

  it('should exempt only the months the owner farms the land as such', () => {
    const ownerships = [
      holds('field', FARMER, { to: '2025-06-30' }),
      holds('field', FARMER, { from: '2025-07-01', professionalFarmer: true }),
    ];
    const result = compute({ ownerId: FARMER, properties: [field], ownerships });
    const land = result.lines.find((l) => l.taxCode === '3914');
    // € 123,12 × 6/12, in the acconto (January-June, not yet farmer) and in the annual tax.
    expect(land?.annualCents).toBe(6156);
    expect(land?.firstInstalmentCents).toBe(6156);
    expect(land?.balanceDueCents).toBe(0);
  });

  it.each([
    ['a building', flat('A/2')],
    [
      'building land',
      {
        id: 'plot',
        kind: 'buildingLand',
        marketValue: 5_000_000,
        cadastralReference: { foglio: '1', particella: '2' },
      } as Property,
    ],
  ])('should refuse the farmer exemption on %s', (_, property) => {
    const error = domainError(() =>
      validateOwnerships([holds(property.id, FARMER, { professionalFarmer: true })], [property]),
    );
    expect(error.code).toBe('EXEMPTION_NOT_APPLICABLE');
    expect(error.field).toBe('ownerships.0.professionalFarmer');
    expect(error.detail).toContain('c. 758');
  });
});

describe('beni merce (c. 751)', () => {
  const flatForSale = flat('A/2');

  it('should exempt a building the builder holds for sale from 2022', () => {
    for (const year of [2022, 2025]) {
      const result = compute({
        ownerId: BUILDER,
        year,
        properties: [flatForSale],
        ownerships: [holds(flatForSale.id, BUILDER, { heldForSaleByBuilder: true })],
      });
      expect(result.lines).toEqual([]);
      expect(texts(result)).toContain('c. 751');
      expect(texts(result)).toContain('bene merce');
    }
  });

  it('should end with the sale: the buyer pays from the month of the deed', () => {
    const ownerships = [
      holds(flatForSale.id, BUILDER, { heldForSaleByBuilder: true, to: '2025-06-30' }),
      holds(flatForSale.id, BUYER, { from: '2025-07-01' }),
    ];
    expect(compute({ ownerId: BUILDER, properties: [flatForSale], ownerships }).lines).toEqual([]);
    const buyer = compute({ ownerId: BUYER, properties: [flatForSale], ownerships });
    // € 1.000 × 1,05 × 160 = € 168.000 × 0,86% × 6/12.
    expect(buyer.lines.map((l) => [l.taxCode, l.annualCents])).toEqual([['3918', 72240]]);
  });

  it('should refuse to compute a year before 2022, when beni merce paid a rate of their own', () => {
    const error = domainError(() =>
      compute({
        ownerId: BUILDER,
        year: 2021,
        properties: [flatForSale],
        ownerships: [holds(flatForSale.id, BUILDER, { heldForSaleByBuilder: true })],
      }),
    );
    expect(error.code).toBe('GOODS_FOR_SALE_RATE_NOT_AVAILABLE');
    expect(error.field).toBe('ownerships.0.heldForSaleByBuilder');
  });

  it.each([
    ['land', field, {}],
    ['an exempt E/1', flat('E/1'), {}],
    ['a rural instrumental building', flat('D/10'), {}],
    ['a main residence', flatForSale, { mainResidence: true }],
    ['a dwelling let at agreed rent', flat('A/2', { id: 'let', reductions: { agreedRent: true } }), {}],
  ] as const)('should refuse the exemption on %s', (_, property, extra) => {
    const error = domainError(() =>
      validateOwnerships([holds(property.id, BUILDER, { heldForSaleByBuilder: true, ...extra })], [property]),
    );
    expect(error.code).toBe('EXEMPTION_NOT_APPLICABLE');
    expect(error.field).toBe('ownerships.0.heldForSaleByBuilder');
    expect(error.detail).toContain('c. 751');
  });
});

describe('legal interest rate of a year not yet entered', () => {
  it('should refuse a ravvedimento reaching it with a code and an Italian detail', () => {
    const error = domainError(() =>
      computeLateSettlement({
        dueDate: '2026-12-16',
        paymentDate: '2027-01-11',
        lines: [{ taxCode: '3918', taxCents: 53400 }],
        legalInterestRates: ITALIAN_LEGAL_INTEREST_RATES,
      }),
    );
    expect(error.code).toBe('LEGAL_INTEREST_RATE_MISSING');
    expect(error.status).toBe(422);
    expect(error.field).toBe('legalInterestRates.2027');
    expect(error.extra).toEqual({ missingYear: 2027 });
    expect(error.detail).toContain('2027');
    expect(error.detail).toContain("non è ancora stato inserito dall'ufficio tributi");
  });

  it('should settle the same payment once the year is entered', () => {
    const settlement = computeLateSettlement({
      dueDate: '2026-12-16',
      paymentDate: '2027-01-11',
      lines: [{ taxCode: '3918', taxCents: 53400 }],
      legalInterestRates: { ...ITALIAN_LEGAL_INTEREST_RATES, 2027: '1.60' },
    });
    expect(settlement.lines[0].interestByYear.map((p) => [p.year, p.days])).toEqual([
      [2026, 15],
      [2027, 11],
    ]);
  });
});
