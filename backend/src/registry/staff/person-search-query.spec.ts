import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { foldSearchText } from '../persistence/search-fold.js';
import { parsePersonSearch } from './person-search-query.js';

describe('parsePersonSearch', () => {
  it('should read a valid codice fiscale, whatever the case and spaces', () => {
    expect(parsePersonSearch('rlnnna43t55i914z')).toEqual({
      kind: 'fiscal_code',
      fiscalCode: 'RLNNNA43T55I914Z',
    });
  });

  it('should refuse a malformed codice fiscale naming the q field', () => {
    try {
      parsePersonSearch('RLNNNA43T55I914A');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_FISCAL_CODE', status: 422, field: 'q' });
    }
  });

  it('should try every rotation of a name, folded like the stored key', () => {
    expect(parsePersonSearch("Nicolò D'Amico")).toEqual({
      kind: 'name',
      prefixes: ['NICOLO DAMICO', 'DAMICO NICOLO'],
    });
    expect(parsePersonSearch('ro')).toEqual({ kind: 'name', prefixes: ['RO'] });
  });

  it('should read an address with or without the toponym and civic number', () => {
    expect(parsePersonSearch('via Marconi 12')).toEqual({
      kind: 'address',
      street: 'MARCONI',
      civicNumber: '12',
    });
    expect(parsePersonSearch('Monsignor Quaini 7/b')).toEqual({
      kind: 'address',
      street: 'MONSIGNOR QUAINI',
      civicNumber: '7B',
    });
    expect(parsePersonSearch('piazza XXV Aprile')).toEqual({
      kind: 'address',
      street: 'XXV APRILE',
      civicNumber: null,
    });
  });

  it('should read a codice fiscale typed in groups, but not an address that happens to have 16 characters', () => {
    expect(parsePersonSearch('RLN NNA 43T55 I914Z')).toEqual({
      kind: 'fiscal_code',
      fiscalCode: 'RLNNNA43T55I914Z',
    });
    expect(parsePersonSearch('via Prova 3E1234 17')).toEqual({
      kind: 'address',
      street: 'PROVA 3E1234',
      civicNumber: '17',
    });
  });

  it('should refuse a query shorter than two letters', () => {
    expect(() => parsePersonSearch(' r ')).toThrow(DomainError);
  });

  it('should fold accents and drop apostrophes', () => {
    expect(foldSearchText('  Forlì   d’Àrco ')).toBe('FORLI DARCO');
  });
});
