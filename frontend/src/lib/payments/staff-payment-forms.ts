import type { FeeTariff, NewPracticeCharge } from '../api/payments';

type Fields = Record<string, string>;

/**
 * An amount typed the Italian way ("1.250,50", "16,00") or the API's ("1250.50") → the API's string with a dot;
 * anything else is passed on trimmed, so the backend explains in Italian what is wrong with it.
 */
export function normaliseAmount(value: string): string {
  const trimmed = value.trim().replace(/^€\s*/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(trimmed)) return trimmed.replace(/\./g, '').replace(',', '.');
  if (/^\d+,\d{1,2}$/.test(trimmed)) return trimmed.replace(',', '.');
  return trimmed;
}

/** The staff's charge form: `pratica`, `voce`, `importo` (optional: the tariff applies), `causale`. */
export function readChargeForm(fields: Fields): { practiceId: string; charge: NewPracticeCharge } {
  const amount = normaliseAmount(fields.importo ?? '');
  return {
    practiceId: (fields.pratica ?? '').trim(),
    charge: {
      kind: (fields.voce ?? '').trim(),
      ...(amount ? { amount } : {}),
      description: (fields.causale ?? '').trim(),
    },
  };
}

/**
 * The tariffs form: one row per practice type, `tipo.N`, `importo.N`, `descrizione.N`; a row without an amount
 * is a type with no fee and is left out.
 */
export function readTariffsForm(fields: Fields): FeeTariff[] {
  const rows: FeeTariff[] = [];
  for (const [name, practiceType] of Object.entries(fields)) {
    const match = /^tipo\.(\d+)$/.exec(name);
    if (!match) continue;
    const amount = normaliseAmount(fields[`importo.${match[1]}`] ?? '');
    if (!amount) continue;
    const description = (fields[`descrizione.${match[1]}`] ?? '').trim();
    rows.push({ practiceType, amount, ...(description ? { description } : {}) });
  }
  return rows;
}
