import { DomainError } from '../../common/errors/domain-error.js';
import { Money } from './euro-amount.js';

/** The decrees fix the rate with at most two decimals so far (0,05% in 2020, 0,01% in 2021); three is slack. */
const RATE = /^\d{1,2}(\.\d{1,3})?$/;
/** Ravvedimento reaches back a few years at most; a year beyond 2100 is a typing error. */
export const LEGAL_INTEREST_YEARS = { min: 2000, max: 2100 } as const;
const MAX_SOURCE_LENGTH = 300;

export interface LegalInterestRateEntry {
  year: number;
  /** Percent with a dot and at most three decimals: '1.60'. */
  ratePercent: string;
  /** The decree the rate comes from, as the clerk cites it. */
  source: string;
}

function invalid(code: string, detail: string, field: string): DomainError {
  return new DomainError({ code, status: 422, detail, field });
}

/**
 * The legal interest rate of a year as the taxes office enters it from the decree of the Ministry of
 * Economy (art. 1284 c.c.), checked before it reaches every ravvedimento. Returns it with the source trimmed.
 */
export function validateLegalInterestRateEntry(entry: LegalInterestRateEntry): LegalInterestRateEntry {
  const { year, ratePercent, source } = entry;
  if (!Number.isInteger(year) || year < LEGAL_INTEREST_YEARS.min || year > LEGAL_INTEREST_YEARS.max) {
    throw invalid(
      'INVALID_LEGAL_INTEREST_YEAR',
      `Anno "${String(year)}" non valido: indicare un anno dal ${LEGAL_INTEREST_YEARS.min} al ${LEGAL_INTEREST_YEARS.max}.`,
      'year',
    );
  }
  if (typeof ratePercent !== 'string' || !RATE.test(ratePercent)) {
    throw invalid(
      'INVALID_LEGAL_INTEREST_RATE',
      `Tasso "${String(ratePercent)}" non valido: indicare la percentuale con il punto e al massimo tre decimali, tra 0 e 99,999 (es. "1.60").`,
      'ratePercent',
    );
  }
  const trimmed = typeof source === 'string' ? source.trim() : '';
  if (trimmed === '') {
    throw invalid(
      'REQUIRED_FIELD_MISSING',
      'Indicare la fonte del tasso (es. "decreto MEF del 10/12/2025, Gazzetta Ufficiale n. 289").',
      'source',
    );
  }
  if (trimmed.length > MAX_SOURCE_LENGTH) {
    throw invalid(
      'SOURCE_TOO_LONG',
      `La fonte può avere al massimo ${MAX_SOURCE_LENGTH} caratteri.`,
      'source',
    );
  }
  return { year, ratePercent, source: trimmed };
}

/** '1.6' → '1.60', '0.05' → '0.05', '0.125' → '0.125': as the decrees print it, never fewer than two decimals. */
export function formatLegalInterestRate(ratePercent: string): string {
  const rate = new Money(ratePercent);
  return rate.toFixed(Math.max(2, rate.decimalPlaces()));
}
