import { describe, expect, it } from 'vitest';
import { loggableUrl, maskPersonalData } from './logger.js';

describe('maskPersonalData', () => {
  it('should mask a codice fiscale in any case, also glued to other characters', () => {
    expect(maskPersonalData('user RSSMRA80A01I914X logged in')).toBe('user RSS************* logged in');
    expect(maskPersonalData('/api/admin/roles/rssmra80a01i914xx')).toBe('/api/admin/roles/rss*************x');
  });

  it('should mask e-mail addresses down to their domain', () => {
    expect(maskPersonalData('delivery to mario.rossi+pec@example.it failed')).toBe(
      'delivery to ***@example.it failed',
    );
  });
});

describe('loggableUrl', () => {
  it('should keep the path and the names of query parameters, never their values', () => {
    expect(loggableUrl('/api/staff/registry/persons?q=Rossi%20Mario&limit=20')).toBe(
      '/api/staff/registry/persons?q=…&limit=…',
    );
    expect(loggableUrl('/api/staff/taxes/properties/RSSMRA80A01I914X')).toBe(
      '/api/staff/taxes/properties/RSS*************',
    );
  });
});
