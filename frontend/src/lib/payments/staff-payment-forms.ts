import type { FeeTariffInput, NewPracticeCharge } from '../api/payments';

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

/**
 * The staff's charge form: `pratica`, `voce`, `importo` and `causale` (both optional for the diritti di
 * segreteria, which default to the tariff). An unknown `voce` is passed on for the backend to refuse.
 */
export function readChargeForm(fields: Fields): { practiceId: string; charge: NewPracticeCharge } {
  const amount = normaliseAmount(fields.importo ?? '');
  const description = (fields.causale ?? '').trim();
  return {
    practiceId: (fields.pratica ?? '').trim(),
    charge: {
      kind: (fields.voce ?? '').trim() as NewPracticeCharge['kind'],
      ...(amount ? { amount } : {}),
      ...(description ? { description } : {}),
    },
  };
}

/**
 * The tariffs form: one row per practice type, `tipo.N`, `importo.N`, `descrizione.N`, `fonte.N` (the act that
 * set it); a row without an amount is a type with no fee and is left out.
 */
export function readTariffsForm(fields: Fields): FeeTariffInput[] {
  const rows: FeeTariffInput[] = [];
  for (const [name, practiceType] of Object.entries(fields)) {
    const match = /^tipo\.(\d+)$/.exec(name);
    if (!match) continue;
    const amount = normaliseAmount(fields[`importo.${match[1]}`] ?? '');
    if (!amount) continue;
    const source = (fields[`fonte.${match[1]}`] ?? '').trim();
    rows.push({
      practiceType: practiceType as FeeTariffInput['practiceType'],
      amount,
      description: (fields[`descrizione.${match[1]}`] ?? '').trim(),
      ...(source ? { source } : {}),
    });
  }
  return rows;
}
