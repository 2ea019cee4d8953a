import { describe, expect, it } from 'vitest';
import { readRequestForm, requestFormQuery, toCertificateRequest } from './certificate-request-form';

describe('certificate request form', () => {
  it('should read a certificato contestuale with an exemption from the query string', () => {
    const form = readRequestForm({
      persona: 'p-1',
      tipo: ['residence', 'citizenship', 'residence'],
      bollo: 'esenzione',
      esenzione: 'other',
      nota: ' uso sportivo ',
    });
    expect(toCertificateRequest(form)).toEqual({
      subjectId: 'p-1',
      types: ['residence', 'citizenship'],
      stampDuty: { exemption: 'other', note: 'uso sportivo' },
    });
  });

  it('should send only the marca da bollo when the requester pays the duty', () => {
    const form = readRequestForm({
      persona: 'p-1',
      tipo: 'birth',
      bollo: 'marca',
      esenzione: 'tax',
      marca: '0123',
    });
    expect(toCertificateRequest(form).stampDuty).toEqual({ marcaId: '0123' });
  });

  it('should ask for the marca da bollo digitale through pagoPA and nothing else when the resident chooses it', () => {
    const form = readRequestForm({ persona: 'p-1', tipo: 'residence', bollo: 'pagopa', marca: '0123' });
    expect(toCertificateRequest(form).stampDuty).toEqual({ pagoPA: true });
    expect(new URLSearchParams(requestFormQuery(form)).get('bollo')).toBe('pagopa');
  });

  it('should send no stamp-duty choice when none was made, so the backend explains what is missing', () => {
    expect(toCertificateRequest(readRequestForm({ persona: 'p-1', bollo: 'gratis' })).stampDuty).toEqual({});
  });

  it('should rebuild the query string that leads back to the form with the same choices', () => {
    const params = { persona: 'p-1', tipo: ['household', 'birth'], bollo: 'marca', marca: '01234567890123' };
    const query = requestFormQuery(readRequestForm(params));
    expect(readRequestForm(Object.fromEntries(new URLSearchParams(query)))).toMatchObject({
      personId: 'p-1',
    });
    expect(new URLSearchParams(query).getAll('tipo')).toEqual(['household', 'birth']);
    expect(query).toContain('marca=01234567890123');
  });
});
