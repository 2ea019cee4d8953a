import { describe, expect, it } from 'vitest';
import { anprPersonId, anprRelationshipCode, householdFromAnpr, personFromAnpr } from './anpr-records.js';

const member = (fiscalCode: string, relationshipCode: string, extra: Record<string, unknown> = {}) => ({
  generality: { fiscalCode: { fiscalCode }, surname: 'Neri', name: fiscalCode.slice(0, 3), gender: 'F' },
  subjectLink: { relationshipCode, startDate: '2011-05-05' },
  ...extra,
});

describe('ANPR answers as registry records', () => {
  it('should give a person a stable UUID from the codice fiscale, different for each person', () => {
    expect(anprPersonId('NRELNE80A41D142Z')).toBe(anprPersonId('nrelne80a41d142z'));
    expect(anprPersonId('NRELNE80A41D142Z')).not.toBe(anprPersonId('NRELNE80A41D142Y'));
    expect(anprPersonId('NRELNE80A41D142Z')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('should write relationship codes with two digits and refuse anything else', () => {
    expect(anprRelationshipCode('1')).toBe('01');
    expect(anprRelationshipCode('23')).toBe('23');
    expect(anprRelationshipCode('x')).toBe('');
    expect(anprRelationshipCode(undefined)).toBe('');
  });

  it('should order the household head first and leave out deceased members', () => {
    const members = householdFromAnpr([
      member('BBBBBB00A00A000B', '3'),
      member('CCCCCC00A00A000C', '2', { deathDate: { eventDate: '2020-01-01' } }),
      member('AAAAAA00A00A000A', '1'),
    ]);
    expect(members.map((entry) => [entry.fiscalCode, entry.relationshipCode])).toEqual([
      ['AAAAAA00A00A000A', '01'],
      ['BBBBBB00A00A000B', '03'],
    ]);
  });

  it('should call a person living in another comune emigrated, an AIRE one aire, and give neither a household', () => {
    const subject = (residence: Record<string, unknown>, aire?: string) => ({
      generalita: { codiceFiscale: { codFiscale: 'AAAAAA00A00A000A' }, soggettoAIRE: aire },
      residenza: [residence],
    });
    const elsewhere = personFromAnpr(
      subject({
        indirizzo: { comune: { nomeComune: 'Crema' }, toponimo: { denominazioneToponimo: 'Roma' } },
      }),
      householdFromAnpr([member('AAAAAA00A00A000A', '1')]),
      "Spino d'Adda",
    );
    expect(elsewhere).toMatchObject({ status: 'emigrated', membership: null });
    const abroad = personFromAnpr(
      subject(
        {
          localitaEstera: {
            indirizzoEstero: { localita: { descrizioneLocalita: 'Lugano', codiceStato: 'Z133' } },
          },
        },
        'S',
      ),
      householdFromAnpr([member('AAAAAA00A00A000A', '1')]),
      "Spino d'Adda",
    );
    expect(abroad).toMatchObject({
      status: 'aire',
      membership: { address: { kind: 'abroad', locality: 'Lugano', countryCode: 'Z133' } },
    });
  });
});
