import { randomInt } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { romeDay } from '../../src/common/italian/rome-day.js';
import { seedAnprHousehold } from '../support/anpr-sandbox.js';
import { grantRoles } from '../support/db.js';
import { newIdentity } from '../support/factories.js';
import { loginAs } from '../support/session.js';

const { federationUrl, registrySource } = inject('stack');

describe('registering a practice with the parties’ names from ANPR (REGISTRY_SOURCE=anpr)', () => {
  it('should replace the typed name of a person ANPR knows and keep a non-resident’s typed name', async () => {
    expect(registrySource).toBe('anpr');
    const household = await seedAnprHousehold(federationUrl, [
      { relationshipCode: '01', entryDate: '2012-09-01' },
    ]);
    const [resident] = household.members;
    const technician = newIdentity();
    const clerk = newIdentity();
    await grantRoles(clerk.fiscalCode, ['permits']);
    const session = await loginAs(clerk);

    const response = await session.fetch('/api/staff/permits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'PDC',
        protocolNumber: `${randomInt(1, 1e9)}/ANPR`,
        protocolDate: romeDay(new Date()),
        address: 'Via Roma 1',
        cadastral: { sheet: '5', parcel: '120' },
        description: 'Ampliamento di un edificio residenziale',
        parties: [
          { role: 'applicant', fiscalCode: resident.fiscalCode, givenName: 'Digitato', familyName: 'Male' },
          {
            role: 'technician',
            fiscalCode: technician.fiscalCode,
            givenName: technician.givenName,
            familyName: technician.familyName,
          },
        ],
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const created = (await response.json()) as {
      parties: { role: string; name: string; nameFromRegistry: boolean }[];
    };
    expect(created.parties).toEqual([
      expect.objectContaining({
        role: 'applicant',
        name: `${resident.givenName} ${resident.familyName}`,
        nameFromRegistry: true,
      }),
      expect.objectContaining({
        role: 'technician',
        name: `${technician.givenName} ${technician.familyName}`,
        nameFromRegistry: false,
      }),
    ]);
  });
});
