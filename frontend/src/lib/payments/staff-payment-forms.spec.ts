import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAmount, readChargeForm, readTariffsForm } from './staff-payment-forms';

describe('normaliseAmount', () => {
  it('should read Italian amounts with thousands and decimal comma', () => {
    expect(normaliseAmount('1.250,50')).toBe('1250.50');
    expect(normaliseAmount(' 16,00 ')).toBe('16.00');
    expect(normaliseAmount('€ 50,5')).toBe('50.5');
    expect(normaliseAmount('75.00')).toBe('75.00');
  });

  it('should pass anything else through trimmed for the backend to refuse in Italian', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = normaliseAmount(value);
        expect(typeof result).toBe('string');
        expect(result).toBe(result.trim());
      }),
    );
    expect(normaliseAmount('\u0000')).toBe('\u0000');
    expect(normaliseAmount('1e400')).toBe('1e400');
  });
});

describe('readChargeForm', () => {
  it('should leave the amount out when the tariff applies', () => {
    expect(
      readChargeForm({ pratica: 'p-1', voce: 'secretarial-fee', importo: '', causale: 'Diritti' }),
    ).toEqual({
      practiceId: 'p-1',
      charge: { kind: 'secretarial-fee', description: 'Diritti' },
    });
  });

  it('should send an other amount in the API format', () => {
    expect(
      readChargeForm({ pratica: 'p-1', voce: 'other', importo: '120,00', causale: 'Sopralluogo' }).charge,
    ).toEqual({
      kind: 'other',
      amount: '120.00',
      description: 'Sopralluogo',
    });
  });
});

describe('readTariffsForm', () => {
  it('should read one tariff per practice type with an amount and skip the empty ones', () => {
    expect(
      readTariffsForm({
        'tipo.0': 'CILA',
        'importo.0': '50,00',
        'descrizione.0': ' Diritti di segreteria CILA ',
        'fonte.0': 'delibera G.C. n. 12/2026',
        'tipo.1': 'SCIA',
        'importo.1': '',
        'tipo.2': 'PDC',
        'importo.2': '1.000,00',
        __proto__: 'x',
      }),
    ).toEqual([
      {
        practiceType: 'CILA',
        amount: '50.00',
        description: 'Diritti di segreteria CILA',
        source: 'delibera G.C. n. 12/2026',
      },
      { practiceType: 'PDC', amount: '1000.00', description: '' },
    ]);
  });
});
