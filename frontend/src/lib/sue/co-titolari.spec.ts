import { describe, expect, it } from 'vitest';
import { coTitolariFromForm, savedCoTitolari } from './co-titolari';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

describe('co-titolari from the titolare step', () => {
  it('should read the rows in order, trimmed, with the fiscal code upper-cased', () => {
    const data = form({
      'coTitolari.0.fiscalCode': ' bnclcu85m41h501z ',
      'coTitolari.0.givenName': ' Lucia ',
      'coTitolari.0.familyName': 'Bianchi',
      'coTitolari.1.fiscalCode': 'VRDGPP70C15F205X',
      'coTitolari.1.givenName': 'Giuseppe',
      'coTitolari.1.familyName': 'Verdi',
    });
    expect(coTitolariFromForm(data, 2)).toEqual([
      { fiscalCode: 'BNCLCU85M41H501Z', givenName: 'Lucia', familyName: 'Bianchi' },
      { fiscalCode: 'VRDGPP70C15F205X', givenName: 'Giuseppe', familyName: 'Verdi' },
    ]);
  });

  it('should drop rows left blank but keep a half-filled one for the API to refuse', () => {
    const data = form({
      'coTitolari.0.fiscalCode': '  ',
      'coTitolari.0.givenName': '',
      'coTitolari.0.familyName': '',
      'coTitolari.1.givenName': 'Lucia',
    });
    expect(coTitolariFromForm(data, 2)).toEqual([{ fiscalCode: '', givenName: 'Lucia', familyName: '' }]);
  });

  it('should read no row beyond the count given, and none when there are none', () => {
    const data = form({ 'coTitolari.3.fiscalCode': 'VRDGPP70C15F205X' });
    expect(coTitolariFromForm(data, 2)).toEqual([]);
    expect(coTitolariFromForm(new FormData(), 0)).toEqual([]);
  });

  it('should take the saved co-titolari only when the section holds a list of people', () => {
    const person = { fiscalCode: 'BNCLCU85M41H501Z', givenName: 'Lucia', familyName: 'Bianchi' };
    expect(savedCoTitolari({ coTitolari: [person, null, 'x'] })).toEqual([person]);
    expect(savedCoTitolari({ coTitolari: null })).toEqual([]);
    expect(savedCoTitolari(undefined)).toEqual([]);
  });
});
