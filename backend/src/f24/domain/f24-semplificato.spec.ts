import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { buildF24Semplificato, type F24LineInput, type F24Taxpayer } from './f24-semplificato.js';

const taxpayer: F24Taxpayer = {
  fiscalCode: 'RSSMRA85T10A562S',
  familyName: 'ROSSI',
  givenName: 'MARIO',
  birthDate: '1985-12-10',
  sex: 'M',
  birthPlace: 'ROMA',
  birthProvince: 'RM',
};

const imuLine = (debit: number, extra: Partial<F24LineInput> = {}): F24LineInput => ({
  section: 'EL',
  taxCode: '3918',
  entityCode: 'I914',
  ravv: false,
  propertiesChanged: false,
  acconto: true,
  saldo: false,
  propertiesCount: 1,
  year: 2025,
  debit,
  ...extra,
});

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('buildF24Semplificato', () => {
  it('should put up to 10 lines on one form with its saldo finale', () => {
    const model = buildF24Semplificato({
      taxpayer,
      lines: [imuLine(53400), imuLine(2000, { taxCode: '3912', deduction: 10000 })],
    });
    expect(model.pages).toHaveLength(1);
    expect(model.pages[0]).toMatchObject({
      number: 1,
      totalDebitCents: 55400,
      totalCreditCents: 0,
      balanceCents: 55400,
    });
    expect(model.pages[0].lines[1]).toMatchObject({ deduction: 10000, credit: 0 });
    expect(model.totalCents).toBe(55400);
  });

  it('should open a new form after 10 lines, each with its own totals', () => {
    const lines = Array.from({ length: 12 }, (_, i) => imuLine((i + 1) * 100));
    const model = buildF24Semplificato({ taxpayer, lines });
    expect(model.pages.map((p) => p.lines.length)).toEqual([10, 2]);
    expect(model.pages[0].balanceCents).toBe(5500);
    expect(model.pages[1].balanceCents).toBe(2300);
    expect(model.totalCents).toBe(7800);
  });

  it('should subtract credits and refuse a negative saldo finale', () => {
    const model = buildF24Semplificato({ taxpayer, lines: [imuLine(10000), imuLine(0, { credit: 4000 })] });
    expect(model.pages[0].balanceCents).toBe(6000);
    const error = domainError(() =>
      buildF24Semplificato({ taxpayer, lines: [imuLine(1000), imuLine(0, { credit: 4000 })] }),
    );
    expect(error.code).toBe('F24_NEGATIVE_BALANCE');
  });

  it('should refuse a wrong codice fiscale, a missing birth date and a bad province', () => {
    expect(
      domainError(() =>
        buildF24Semplificato({
          taxpayer: { ...taxpayer, fiscalCode: 'RSSMRA85T10A562X' },
          lines: [imuLine(100)],
        }),
      ).field,
    ).toBe('taxpayer.fiscalCode');
    expect(
      domainError(() =>
        buildF24Semplificato({ taxpayer: { ...taxpayer, birthDate: undefined }, lines: [imuLine(100)] }),
      ).field,
    ).toBe('taxpayer.birthDate');
    expect(
      domainError(() =>
        buildF24Semplificato({ taxpayer: { ...taxpayer, birthProvince: 'Roma' }, lines: [imuLine(100)] }),
      ).field,
    ).toBe('taxpayer.birthProvince');
  });

  it('should leave the birth data blank when the person is not in the registry, still checking those given', () => {
    const nameOnly = { fiscalCode: taxpayer.fiscalCode, familyName: 'ROSSI', givenName: 'MARIO' };
    const model = buildF24Semplificato({ taxpayer: nameOnly, birthDataUnknown: true, lines: [imuLine(100)] });
    expect(model.taxpayer).toEqual(nameOnly);
    expect(
      domainError(() =>
        buildF24Semplificato({
          taxpayer: { ...nameOnly, birthProvince: 'Roma' },
          birthDataUnknown: true,
          lines: [imuLine(100)],
        }),
      ).field,
    ).toBe('taxpayer.birthProvince');
    expect(
      domainError(() =>
        buildF24Semplificato({
          taxpayer: { ...nameOnly, givenName: '' },
          birthDataUnknown: true,
          lines: [imuLine(100)],
        }),
      ).field,
    ).toBe('taxpayer.givenName');
  });

  it('should accept an entity with only its name', () => {
    const model = buildF24Semplificato({
      taxpayer: { fiscalCode: '06363391001', familyName: 'IMMOBILIARE SPINO SRL' },
      lines: [imuLine(100)],
    });
    expect(model.pages).toHaveLength(1);
  });

  it('should refuse bad line fields naming the line', () => {
    expect(
      domainError(() => buildF24Semplificato({ taxpayer, lines: [imuLine(100, { taxCode: '39' })] })).field,
    ).toBe('lines.0.taxCode');
    expect(
      domainError(() => buildF24Semplificato({ taxpayer, lines: [imuLine(100), imuLine(10.5)] })).field,
    ).toBe('lines.1.debit');
    expect(domainError(() => buildF24Semplificato({ taxpayer, lines: [imuLine(0)] })).code).toBe(
      'F24_LINE_EMPTY',
    );
    expect(
      domainError(() => buildF24Semplificato({ taxpayer, lines: [imuLine(100, { installment: '1' })] }))
        .field,
    ).toBe('lines.0.installment');
    expect(domainError(() => buildF24Semplificato({ taxpayer, lines: [] })).code).toBe('F24_NO_LINES');
  });

  it('should check the identificativo operazione and the co-obligor', () => {
    expect(
      domainError(() => buildF24Semplificato({ taxpayer, lines: [imuLine(100)], operationId: 'ABC' })).field,
    ).toBe('operationId');
    const model = buildF24Semplificato({
      taxpayer,
      coObligor: { fiscalCode: 'MRTMTT25D09F205Z', idCode: '02' },
      lines: [imuLine(100)],
      operationId: 'IMU2025I914ACC0001',
    });
    expect(model.operationId).toBe('IMU2025I914ACC0001');
    expect(model.coObligor?.idCode).toBe('02');
  });
});
