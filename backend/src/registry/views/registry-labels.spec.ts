import { describe, expect, it } from 'vitest';
import { italianDate } from '../../common/italian/italian-date.js';
import { maritalStatusLabel, placeLabel, relationshipLabel } from './registry-labels.js';

describe('registry labels', () => {
  it('should word the marital status for the person’s sex', () => {
    expect(maritalStatusLabel('single', 'M')).toBe('Celibe');
    expect(maritalStatusLabel('single', 'F')).toBe('Nubile');
    expect(maritalStatusLabel('widowed', 'F')).toBe('Vedova');
  });

  it('should name a comune with its province and a state by its Italian name', () => {
    expect(placeLabel('D142', 'Crema')).toBe('Crema (CR)');
    expect(placeLabel('Z129', 'Romania')).toBe('Romania');
    expect(placeLabel('A999', 'Comune soppresso')).toBe('Comune soppresso');
  });

  it('should label ANPR relationship codes and format dates the Italian way', () => {
    expect(relationshipLabel('01')).toBe('Intestatario della scheda');
    expect(relationshipLabel('03')).toBe('Figlio / Figlia');
    expect(italianDate('1990-03-15')).toBe('15/03/1990');
  });
});
