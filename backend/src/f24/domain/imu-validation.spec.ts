import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { legalBaseImuRates } from './imu-legal-base-rates.js';
import type { ImuRates, Ownership, Property } from './imu-types.js';
import {
  validateImuRates,
  validateLegalInterestRates,
  validateOwnerships,
  validateProperty,
} from './imu-validation.js';

function catchDomainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const flat: Property = {
  id: 'p',
  kind: 'building',
  cadastralCategory: 'A/2',
  cadastralIncome: 100000,
  cadastralReference: { foglio: '5', particella: '120', subalterno: '3' },
};

const own = (extra: Partial<Ownership> = {}): Ownership => ({
  propertyId: 'p',
  ownerId: 'RSSMRA80A01I914N',
  sharePercent: '100',
  from: '2020-01-01',
  mainResidence: false,
  ...extra,
});

describe('validateProperty', () => {
  it('should accept a well-formed building', () => {
    expect(() => validateProperty(flat)).not.toThrow();
  });

  it('should refuse an unknown cadastral category naming the field', () => {
    const error = catchDomainError(() =>
      validateProperty({ ...flat, cadastralCategory: 'A/12' }, 'properties.2'),
    );
    expect(error.code).toBe('UNKNOWN_CADASTRAL_CATEGORY');
    expect(error.field).toBe('properties.2.cadastralCategory');
    expect(error.status).toBe(422);
  });

  it('should refuse a negative rendita', () => {
    const error = catchDomainError(() => validateProperty({ ...flat, cadastralIncome: -100 }));
    expect(error.code).toBe('AMOUNT_OUT_OF_RANGE');
    expect(error.field).toBe('property.cadastralIncome');
    expect(error.detail).toBe(
      "Rendita catastale: l'importo deve essere compreso tra € 0,01 e € 50.000.000,00.",
    );
  });

  it('should refuse an absurd rendita above € 50 million', () => {
    expect(catchDomainError(() => validateProperty({ ...flat, cadastralIncome: 5_000_000_001 })).code).toBe(
      'AMOUNT_OUT_OF_RANGE',
    );
  });

  it('should refuse a missing or fractional rendita for a taxable building', () => {
    expect(catchDomainError(() => validateProperty({ ...flat, cadastralIncome: undefined })).code).toBe(
      'INVALID_AMOUNT',
    );
    expect(catchDomainError(() => validateProperty({ ...flat, cadastralIncome: 100.5 })).code).toBe(
      'INVALID_AMOUNT',
    );
    expect(catchDomainError(() => validateProperty({ ...flat, cadastralIncome: 0 })).code).toBe(
      'AMOUNT_OUT_OF_RANGE',
    );
  });

  it('should accept an F/2 ruin without rendita', () => {
    expect(() =>
      validateProperty({ ...flat, cadastralCategory: 'F/2', cadastralIncome: undefined }),
    ).not.toThrow();
  });

  it('should refuse a free loan on an A/1', () => {
    const error = catchDomainError(() =>
      validateProperty({ ...flat, cadastralCategory: 'A/1', reductions: { freeLoanToRelative: true } }),
    );
    expect(error.code).toBe('REDUCTION_NOT_APPLICABLE');
    expect(error.field).toBe('property.reductions.freeLoanToRelative');
  });

  it('should refuse building reductions on land and an inverted uninhabitable period', () => {
    const land: Property = {
      id: 't',
      kind: 'land',
      dominicalIncome: 1000,
      cadastralReference: { foglio: '1', particella: '2' },
      reductions: { historic: true },
    };
    expect(catchDomainError(() => validateProperty(land)).field).toBe('property.reductions.historic');
    const error = catchDomainError(() =>
      validateProperty({ ...flat, reductions: { uninhabitable: { from: '2025-05-01', to: '2025-04-01' } } }),
    );
    expect(error.code).toBe('INVALID_PERIOD');
  });

  it('should require the market value of building land', () => {
    const area: Property = {
      id: 'a',
      kind: 'buildingLand',
      cadastralReference: { foglio: '1', particella: '2' },
    };
    expect(catchDomainError(() => validateProperty(area)).field).toBe('property.marketValue');
  });
});

describe('validateOwnerships', () => {
  it('should accept a sale where the buyer starts the day after the seller ends', () => {
    expect(() =>
      validateOwnerships(
        [own({ to: '2025-04-15' }), own({ ownerId: 'BNCLRA82B41I914X', from: '2025-04-16' })],
        [flat],
      ),
    ).not.toThrow();
  });

  it('should refuse shares above 100% on the deed day when the seller also keeps it', () => {
    const error = catchDomainError(() =>
      validateOwnerships(
        [own({ to: '2025-04-16' }), own({ ownerId: 'BNCLRA82B41I914X', from: '2025-04-16' })],
        [flat],
      ),
    );
    expect(error.code).toBe('OWNERSHIP_SHARES_EXCEED_100');
    expect(error.field).toBe('ownerships.1.sharePercent');
    expect(error.extra).toMatchObject({ date: '2025-04-16', totalPercent: '200' });
  });

  it('should accept three thirds written with four decimals', () => {
    const thirds = ['A', 'B', 'C'].map((ownerId) => own({ ownerId, sharePercent: '33.3333' }));
    expect(() => validateOwnerships(thirds, [flat])).not.toThrow();
  });

  it('should refuse overlapping periods of the same owner on one property', () => {
    const error = catchDomainError(() =>
      validateOwnerships(
        [
          own({ from: '2020-01-01', to: '2025-06-30', sharePercent: '50' }),
          own({ from: '2025-06-01', sharePercent: '50' }),
        ],
        [flat],
      ),
    );
    expect(error.code).toBe('OWNERSHIP_PERIODS_OVERLAP');
    expect(error.field).toBe('ownerships.1.from');
  });

  it('should refuse a share that is zero, above 100 or written with a comma', () => {
    expect(catchDomainError(() => validateOwnerships([own({ sharePercent: '0' })], [flat])).code).toBe(
      'OWNERSHIP_SHARE_OUT_OF_RANGE',
    );
    expect(catchDomainError(() => validateOwnerships([own({ sharePercent: '100.01' })], [flat])).code).toBe(
      'OWNERSHIP_SHARE_OUT_OF_RANGE',
    );
    expect(catchDomainError(() => validateOwnerships([own({ sharePercent: '33,3' })], [flat])).code).toBe(
      'INVALID_DECIMAL',
    );
  });

  it('should refuse an ownership of an unknown property', () => {
    expect(catchDomainError(() => validateOwnerships([own({ propertyId: 'x' })], [flat])).code).toBe(
      'UNKNOWN_PROPERTY',
    );
  });

  it('should refuse main residence on an office, a shop or a rural building', () => {
    const office = { ...flat, cadastralCategory: 'A/10' };
    expect(catchDomainError(() => validateOwnerships([own({ mainResidence: true })], [office])).code).toBe(
      'MAIN_RESIDENCE_NOT_ALLOWED',
    );
    const rural = { ...flat, ruralInstrumental: true };
    expect(catchDomainError(() => validateOwnerships([own({ mainResidence: true })], [rural])).field).toBe(
      'ownerships.0.mainResidence',
    );
  });

  it('should refuse two main-residence dwellings for one owner at the same time', () => {
    const other = { ...flat, id: 'q' };
    const error = catchDomainError(() =>
      validateOwnerships(
        [own({ mainResidence: true }), own({ propertyId: 'q', from: '2024-01-01', mainResidence: true })],
        [flat, other],
      ),
    );
    expect(error.code).toBe('MAIN_RESIDENCE_NOT_UNIQUE');
  });
});

describe('validateImuRates (L. 160/2019 cc. 748-755)', () => {
  const base = legalBaseImuRates(2025);
  const withRate = (overrides: Partial<ImuRates>) => ({ ...base, ...overrides });

  it('should accept the legal base rates', () => {
    expect(() => validateImuRates(base)).not.toThrow();
  });

  it.each([
    ['mainResidence', '0.61'],
    ['ruralInstrumental', '0.11'],
    ['land', '1.07'],
    ['buildingLand', '1.07'],
    ['groupD', '0.75'],
    ['groupD', '1.07'],
    ['otherBuildings', '1.07'],
  ] as const)('should refuse %s at %s%%', (name, value) => {
    const error = catchDomainError(() => validateImuRates(withRate({ [name]: value })));
    expect(error.code).toBe('IMU_RATE_OUT_OF_RANGE');
    expect(error.field).toBe(`rates.${name}`);
  });

  it.each([
    ['mainResidence', '0'],
    ['mainResidence', '0.6'],
    ['ruralInstrumental', '0'],
    ['land', '1.06'],
    ['groupD', '0.76'],
    ['groupD', '1.06'],
    ['otherBuildings', '0'],
  ] as const)('should accept %s at the limit %s%%', (name, value) => {
    expect(() => validateImuRates(withRate({ [name]: value }))).not.toThrow();
  });

  it('should allow 1,14% on other buildings and building land only with the former TASI surcharge', () => {
    expect(() => validateImuRates(withRate({ otherBuildings: '1.14' }))).toThrow(DomainError);
    expect(() =>
      validateImuRates(withRate({ otherBuildings: '1.14', formerTasiSurcharge: true })),
    ).not.toThrow();
    expect(() =>
      validateImuRates(withRate({ buildingLand: '1.14', formerTasiSurcharge: true })),
    ).not.toThrow();
    expect(() => validateImuRates(withRate({ groupD: '1.14', formerTasiSurcharge: true }))).toThrow(
      DomainError,
    );
  });

  it('should refuse a rate that is not a decimal string and a year before the new IMU', () => {
    expect(catchDomainError(() => validateImuRates(withRate({ land: 'abc' }))).code).toBe('INVALID_DECIMAL');
    expect(catchDomainError(() => validateImuRates(withRate({ year: 2019 }))).code).toBe('INVALID_TAX_YEAR');
    expect(catchDomainError(() => validateImuRates(withRate({ minimumAmount: -1 }))).field).toBe(
      'rates.minimumAmount',
    );
  });
});

describe('validateLegalInterestRates', () => {
  it('should name the missing year', () => {
    const error = catchDomainError(() => validateLegalInterestRates({ 2025: '2' }, [2025, 2026]));
    expect(error.code).toBe('LEGAL_INTEREST_RATE_MISSING');
    expect(error.field).toBe('legalInterestRates.2026');
  });
});
