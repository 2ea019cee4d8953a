import type { Role } from '../auth/authorization/roles.js';
import { type DemoProfessional, demoProfessional } from './demo-professional.js';

export interface DemoStaffMember extends DemoProfessional {
  role: Exclude<Role, 'resident'>;
}

type StaffSeed = Omit<DemoStaffMember, 'fiscalCode'>;

/**
 * The four demo clerks, one per role. They live outside the comune (born and registered elsewhere), so they are
 * not in the demo registry: "I miei dati" tells them so, as it would a real clerk who lives in another comune.
 */
const STAFF: readonly StaffSeed[] = [
  {
    role: 'registry',
    label: 'Operatore Ufficio Anagrafe',
    givenName: 'Giulia',
    familyName: 'Bernardi',
    sex: 'F',
    birthDate: '1985-04-12',
    birthPlaceCode: 'E648',
    email: 'giulia.bernardi@example.com',
  },
  {
    role: 'permits',
    label: "Operatore Sportello Unico per l'Edilizia",
    givenName: 'Marco',
    familyName: 'Ferri',
    sex: 'M',
    birthDate: '1978-09-03',
    birthPlaceCode: 'D150',
    email: 'marco.ferri@example.com',
  },
  {
    role: 'taxes',
    label: 'Operatore Ufficio Tributi',
    givenName: 'Elena',
    familyName: 'Galli',
    sex: 'F',
    birthDate: '1990-02-21',
    birthPlaceCode: 'A794',
    email: 'elena.galli@example.com',
  },
  {
    role: 'admin',
    label: 'Amministratore del portale',
    givenName: 'Paolo',
    familyName: 'Colombo',
    sex: 'M',
    birthDate: '1972-11-30',
    birthPlaceCode: 'F205',
    email: 'paolo.colombo@example.com',
  },
];

export const DEMO_STAFF: readonly DemoStaffMember[] = STAFF.map(demoProfessional);
