import { describe, expect, it } from 'vitest';
import { formatPlace } from './italian-wording.js';

describe('formatPlace', () => {
  it('should print an Italian comune with its province', () => {
    expect(formatPlace({ locality: 'Crema', provinceCode: 'cr' })).toBe('Crema (CR)');
  });

  it('should print a foreign locality with its country', () => {
    expect(formatPlace({ locality: 'Buenos Aires', country: 'Argentina' })).toBe('Buenos Aires (Argentina)');
  });

  it('should print the state once when the registry records only the state of birth', () => {
    expect(formatPlace({ locality: 'Argentina', country: 'Argentina' })).toBe('Argentina');
  });
});
