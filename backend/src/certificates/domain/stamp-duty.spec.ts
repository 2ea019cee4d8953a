import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import {
  MAX_EXEMPTION_NOTE_LENGTH,
  marcaAlreadyUsed,
  resolveStampDuty,
  STAMP_DUTY_EXEMPTION_IDS,
  STAMP_DUTY_EXEMPTIONS,
  type StampDutyInput,
} from './stamp-duty.js';

function failure(input: unknown): DomainError {
  try {
    resolveStampDuty(input as StampDutyInput);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('resolveStampDuty', () => {
  it.each(STAMP_DUTY_EXEMPTION_IDS.filter((id) => id !== 'other'))(
    'should resolve the %s exemption with its use and legal basis',
    (id) => {
      const resolution = resolveStampDuty({ exemption: id });
      expect(resolution).toEqual({
        kind: 'exempt',
        exemption: id,
        useLabel: STAMP_DUTY_EXEMPTIONS[id].useLabel,
        legalBasis: STAMP_DUTY_EXEMPTIONS[id].legalBasis,
      });
      expect(STAMP_DUTY_EXEMPTIONS[id].legalBasis).not.toBe('');
    },
  );

  it('should cite the expected legal bases', () => {
    expect(STAMP_DUTY_EXEMPTIONS.pension.legalBasis).toBe('D.P.R. 642/1972, Tabella B, art. 9');
    expect(STAMP_DUTY_EXEMPTIONS.family_allowance.legalBasis).toBe('D.P.R. 642/1972, Tabella B, art. 9');
    expect(STAMP_DUTY_EXEMPTIONS.adoption_fostering_guardianship.legalBasis).toBe(
      'D.P.R. 642/1972, Tabella B, art. 13; L. 184/1983, art. 82',
    );
    expect(STAMP_DUTY_EXEMPTIONS.separation_divorce.legalBasis).toBe('L. 74/1987, art. 19');
    expect(STAMP_DUTY_EXEMPTIONS.court_proceedings.legalBasis).toBe('D.P.R. 115/2002, art. 18');
    expect(STAMP_DUTY_EXEMPTIONS.electoral.legalBasis).toBe('D.P.R. 642/1972, Tabella B, art. 1');
    expect(STAMP_DUTY_EXEMPTIONS.tax.legalBasis).toBe('D.P.R. 642/1972, Tabella B, art. 5');
  });

  it("should keep the requester's note for 'other', on one line", () => {
    expect(
      resolveStampDuty({ exemption: 'other', note: '  Uso borsa di studio\n(Tab. B art. 11)  ' }),
    ).toEqual({
      kind: 'exempt',
      exemption: 'other',
      useLabel: STAMP_DUTY_EXEMPTIONS.other.useLabel,
      legalBasis: '',
      note: 'Uso borsa di studio (Tab. B art. 11)',
    });
  });

  it(`should accept a note of exactly ${MAX_EXEMPTION_NOTE_LENGTH} characters, accents counted once`, () => {
    const note = 'è'.repeat(MAX_EXEMPTION_NOTE_LENGTH);
    expect(resolveStampDuty({ exemption: 'other', note })).toMatchObject({ note });
  });

  it('should resolve a 14-digit marca da bollo as paid €16, ignoring the spaces between digit groups', () => {
    expect(resolveStampDuty({ marcaId: '0123 4567 8901 23' })).toEqual({
      kind: 'paid',
      method: 'marca',
      marcaId: '01234567890123',
      amountCents: 1600,
    });
  });

  it('should ignore alternatives sent as null', () => {
    expect(resolveStampDuty({ exemption: 'tax', marcaId: null } as unknown as StampDutyInput)).toMatchObject({
      kind: 'exempt',
    });
  });

  it.each([
    ['nothing declared', {}, 'STAMP_DUTY_REQUIRED', 'stampDuty'],
    [
      'both an exemption and a marca',
      { exemption: 'tax', marcaId: '01234567890123' },
      'STAMP_DUTY_AMBIGUOUS',
      'stampDuty',
    ],
    ['pagoPA and a marca', { pagoPA: true, marcaId: '01234567890123' }, 'STAMP_DUTY_AMBIGUOUS', 'stampDuty'],
    ['an empty exemption', { exemption: '  ' }, 'STAMP_DUTY_EXEMPTION_REQUIRED', 'stampDuty.exemption'],
    [
      'an exemption that is not a string',
      { exemption: 9 },
      'STAMP_DUTY_EXEMPTION_REQUIRED',
      'stampDuty.exemption',
    ],
    ['an unknown exemption', { exemption: 'charity' }, 'STAMP_DUTY_EXEMPTION_UNKNOWN', 'stampDuty.exemption'],
    ["'other' without a note", { exemption: 'other' }, 'STAMP_DUTY_NOTE_REQUIRED', 'stampDuty.note'],
    [
      "'other' with a blank note",
      { exemption: 'other', note: ' \n ' },
      'STAMP_DUTY_NOTE_REQUIRED',
      'stampDuty.note',
    ],
    [
      "'other' with a note too long",
      { exemption: 'other', note: 'x'.repeat(MAX_EXEMPTION_NOTE_LENGTH + 1) },
      'STAMP_DUTY_NOTE_TOO_LONG',
      'stampDuty.note',
    ],
    [
      'a note on a listed exemption',
      { exemption: 'pension', note: 'INPS' },
      'STAMP_DUTY_NOTE_NOT_ALLOWED',
      'stampDuty.note',
    ],
    [
      'a marca of 13 digits',
      { marcaId: '0123456789012' },
      'STAMP_DUTY_MARCA_ID_INVALID',
      'stampDuty.marcaId',
    ],
    [
      'a marca of 15 digits',
      { marcaId: '012345678901234' },
      'STAMP_DUTY_MARCA_ID_INVALID',
      'stampDuty.marcaId',
    ],
    [
      'a marca with letters',
      { marcaId: '0123456789012A' },
      'STAMP_DUTY_MARCA_ID_INVALID',
      'stampDuty.marcaId',
    ],
    [
      'a marca that is not a string',
      { marcaId: 12345678901234 },
      'STAMP_DUTY_MARCA_ID_INVALID',
      'stampDuty.marcaId',
    ],
  ])('should refuse %s with a 422 on the field', (_, input, code, field) => {
    const error = failure(input);
    expect(error).toMatchObject({ code, status: 422, field });
    expect(error.detail.length).toBeGreaterThan(20);
  });

  it('should give the caller a 409 for a marca already used', () => {
    expect(marcaAlreadyUsed()).toMatchObject({
      code: 'STAMP_DUTY_MARCA_ALREADY_USED',
      status: 409,
      field: 'stampDuty.marcaId',
    });
  });
});
