import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lettersOnly } from '../common/italian/fiscal-code.js';
import { findPlaceByCode } from '../registry/domain/places.js';
import type { DemoProfessional } from './demo-professional.js';
import type { DemoIdentity, DemoRole } from './registry/demo-identities.js';

/** An entry of the test identity provider's identities file (test-federation `DemoIdentity`). */
export interface TestProviderIdentity {
  fiscalNumber: string;
  givenName: string;
  familyName: string;
  email?: string;
  birthdate?: string;
  gender?: string;
  placeOfBirth?: string;
  label: string;
}

export const DEMO_IDENTITIES_FILE = 'demo-identities.json';

const RESIDENT_LABELS: Record<DemoRole, { M: string; F: string }> = {
  resident_with_family: {
    M: 'Residente con famiglia (coniuge e figli)',
    F: 'Residente con famiglia (coniuge e figli)',
  },
  minor: { M: 'Figlio minorenne della famiglia', F: 'Figlia minorenne della famiglia' },
  single_foreigner: { M: 'Cittadino straniero che vive da solo', F: 'Cittadina straniera che vive da sola' },
  elderly_widow: { M: 'Vedovo anziano (coniuge nello storico)', F: 'Vedova anziana (marito nello storico)' },
  expiring_identity_card: {
    M: "Residente con carta d'identità in scadenza",
    F: "Residente con carta d'identità in scadenza",
  },
};

/** The order the login page lists them in: the family first, the office last. */
export const DEMO_ROLE_ORDER: readonly DemoRole[] = [
  'resident_with_family',
  'minor',
  'single_foreigner',
  'elderly_widow',
  'expiring_identity_card',
];

function email(givenName: string, familyName: string): string {
  const part = (name: string) => lettersOnly(name.split(' ')[0] ?? name).toLowerCase();
  return `${part(givenName)}.${lettersOnly(familyName).toLowerCase()}@example.com`;
}

/** The demo residents, clerks and technicians as the test identity provider offers them on its login page. */
export function demoLoginIdentities(
  residents: Record<DemoRole, DemoIdentity>,
  staff: readonly DemoProfessional[],
  technicians: readonly DemoProfessional[] = [],
): TestProviderIdentity[] {
  const people = DEMO_ROLE_ORDER.map((role) => {
    const { person } = residents[role];
    return {
      fiscalNumber: person.fiscalCode,
      givenName: person.givenName,
      familyName: person.familyName,
      email: email(person.givenName, person.familyName),
      birthdate: person.birthDate,
      gender: person.sex,
      placeOfBirth: person.birthPlaceName,
      label: `${person.givenName} ${person.familyName} – ${RESIDENT_LABELS[role][person.sex]}`,
    };
  });
  const professionals = [...staff, ...technicians].map((member) => ({
    fiscalNumber: member.fiscalCode,
    givenName: member.givenName,
    familyName: member.familyName,
    email: member.email,
    birthdate: member.birthDate,
    gender: member.sex,
    placeOfBirth: findPlaceByCode(member.birthPlaceCode)?.name ?? member.birthPlaceCode,
    label: `${member.givenName} ${member.familyName} – ${member.label}`,
  }));
  return [...people, ...professionals];
}

/** Written atomically: the test identity provider re-reads the file at every login. */
export async function writeDemoIdentitiesFile(
  dataDir: string,
  identities: TestProviderIdentity[],
): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, DEMO_IDENTITIES_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(identities, null, 2)}\n`);
  await rename(temporary, file);
  return file;
}
