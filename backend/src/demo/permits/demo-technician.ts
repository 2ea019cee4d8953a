import { type DemoProfessional, demoProfessional } from '../demo-professional.js';

export interface DemoTechnician extends DemoProfessional {
  profile: { professionalOrder: string; registrationNumber: string; province: string; pec: string };
}

const SEED: Omit<DemoTechnician, 'fiscalCode'> = {
  label: 'Tecnico incaricato (architetto): presenta pratiche edilizie per i residenti',
  givenName: 'Chiara',
  familyName: 'Lombardi',
  sex: 'F',
  birthDate: '1983-06-18',
  // Crema: a professional of the province who does not live in the comune, as most technicians.
  birthPlaceCode: 'D142',
  email: 'chiara.lombardi@example.com',
  profile: {
    professionalOrder: 'Ordine degli Architetti P.P.C. della Provincia di Cremona',
    registrationNumber: '1187',
    province: 'CR',
    pec: 'chiara.lombardi@pec.example.com',
  },
};

/**
 * The demo technician: an architect with a technician profile, who files SUE practices for the demo residents
 * (the titolare signs her proxy through the firma sandbox). No staff role: a technician is a user like any other.
 */
export const DEMO_TECHNICIAN: DemoTechnician = demoProfessional(SEED);

/** Anything that runs SQL: a TypeORM `EntityManager` in the seeder, a `pg` pool in the tests. */
interface Sql {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}

/** Her user row and technician profile; an edited profile is kept on the next start. */
export async function seedDemoTechnician(manager: Sql, technician = DEMO_TECHNICIAN): Promise<void> {
  await manager.query(
    `INSERT INTO app_user (fiscal_code, given_name, family_name, email) VALUES ($1, $2, $3, $4)
     ON CONFLICT (fiscal_code) DO NOTHING`,
    [technician.fiscalCode, technician.givenName, technician.familyName, technician.email],
  );
  const { professionalOrder, registrationNumber, province, pec } = technician.profile;
  await manager.query(
    `INSERT INTO technician_profile (fiscal_code, professional_order, registration_number, province, pec)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (fiscal_code) DO NOTHING`,
    [technician.fiscalCode, professionalOrder, registrationNumber, province, pec],
  );
}
