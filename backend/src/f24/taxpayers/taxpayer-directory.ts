import type { F24Taxpayer } from '../domain/f24-semplificato.js';

/**
 * Who a codice fiscale is, for the contributor block of an F24: the anagrafe's generalità, or only the name
 * for a person the registry does not hold (the birth data are then left blank on the form). An abstract
 * class so Nest can inject it and tests can replace it.
 */
export abstract class TaxpayerDirectory {
  abstract findByFiscalCode(fiscalCode: string): Promise<F24Taxpayer | null>;

  /** The same for many at once (bulk generation); codes nobody knows are missing from the map. */
  abstract findByFiscalCodes(fiscalCodes: readonly string[]): Promise<Map<string, F24Taxpayer>>;
}
