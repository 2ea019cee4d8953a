import { describe, expect, it } from 'vitest';
import {
  allPlaces,
  findCitizenship,
  findCountryByIso2,
  findPlaceByCode,
  findPlacesByName,
  isForeignPlaceCode,
} from './places.js';

describe('places table', () => {
  it('should find Spino d Adda by its codice catastale, in any case', () => {
    expect(findPlaceByCode('i914')).toEqual({
      kind: 'municipality',
      code: 'I914',
      name: "Spino d'Adda",
      provinceCode: 'CR',
    });
  });

  it('should find places by name ignoring case, accents and apostrophes', () => {
    expect(findPlacesByName('spino dadda').map((place) => place.code)).toEqual(['I914']);
    expect(findPlacesByName('PERU').map((place) => place.code)).toEqual(['Z611']);
    expect(findPlacesByName('Morocco').map((place) => place.code)).toEqual(['Z330']);
    expect(findPlacesByName('Reggio Emilia').map((place) => place.code)).toEqual(['H223']);
    expect(findPlacesByName('Atlantide')).toEqual([]);
  });

  it('should hold the codes checked against the ISTAT and ANPR lists', () => {
    const expected: Record<string, string> = {
      I914: "Spino d'Adda",
      G306: 'Pandino',
      H357: "Rivolta d'Adda",
      D142: 'Crema',
      D150: 'Cremona',
      F205: 'Milano',
      H501: 'Roma',
      Z129: 'Romania',
      Z330: 'Marocco',
      Z100: 'Albania',
      Z210: 'Cina',
      Z138: 'Ucraina',
      Z222: 'India',
      Z336: 'Egitto',
      Z216: 'Filippine',
      Z236: 'Pakistan',
      Z343: 'Senegal',
      Z611: 'Perù',
      Z605: 'Ecuador',
    };
    for (const [code, name] of Object.entries(expected)) expect(findPlaceByCode(code)?.name).toBe(name);
  });

  it('should contain the Lombard capitals, the regional capitals and at least 25 foreign states', () => {
    const lombardCapitals = [
      'F205',
      'A794',
      'B157',
      'C933',
      'D150',
      'E507',
      'E648',
      'E897',
      'F704',
      'G388',
      'I829',
      'L682',
    ];
    const regionalCapitals = [
      'L219',
      'A326',
      'D969',
      'L378',
      'L736',
      'L424',
      'A944',
      'D612',
      'G478',
      'A271',
      'H501',
      'A345',
      'B519',
      'F839',
      'A662',
      'G942',
      'C352',
      'G273',
      'B354',
    ];
    for (const code of [...lombardCapitals, ...regionalCapitals])
      expect(findPlaceByCode(code)?.kind).toBe('municipality');
    expect(allPlaces().filter((place) => place.kind === 'country').length).toBeGreaterThanOrEqual(25);
  });

  it('should keep codes unique and well formed', () => {
    const codes = allPlaces().map((place) => place.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const place of allPlaces()) {
      expect(place.code).toMatch(place.kind === 'country' ? /^Z[0-9]{3}$/ : /^[A-M][0-9]{3}$/);
    }
  });

  it('should tell foreign codes and resolve citizenships by ISO alpha-2', () => {
    expect(isForeignPlaceCode('Z129')).toBe(true);
    expect(isForeignPlaceCode('I914')).toBe(false);
    expect(findCitizenship('it')).toEqual({ iso2: 'IT', name: 'Italia', nameEn: 'Italy' });
    expect(findCitizenship('RO')?.name).toBe('Romania');
    expect(findCitizenship('XX')).toBeUndefined();
    expect(findCountryByIso2('gb')?.code).toBe('Z114');
  });
});
