import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { addYears, type IsoDate } from '../common/calendar/civil-date.js';
import { Clock } from '../common/italian/clock.js';
import { appConfig, demoConfig } from '../config/app.config.js';
import { buildConfiguration } from '../config/configuration.js';
import type { IdentityDocument } from '../registry/domain/registry-types.js';
import type { RegistryImportJob } from '../registry/import/registry-import-job.entity.js';
import { RegistryImporter } from '../registry/import/registry-importer.service.js';
import { seedDemoAppointments } from './appointments/seed-demo-appointments.js';
import { demoLoginIdentities, writeDemoIdentitiesFile } from './demo-login-identities.js';
import { DEMO_REFERENCE_DATE, EXPIRING_CARD_DAYS } from './demo-reference-date.js';
import { DEMO_STAFF, type DemoStaffMember } from './demo-staff.js';
import { loadDemoHouseholds } from './f24/demo-households.js';
import { seedDemoProperties } from './f24/seed-demo-properties.js';
import { seedDemoPayments } from './payments/seed-demo-payments.js';
import { DEMO_TECHNICIAN, seedDemoTechnician } from './permits/demo-technician.js';
import { seedDemoPractices } from './permits/seed-demo-practices.js';
import { type DemoIdentity, type DemoRole, pickDemoIdentities } from './registry/demo-identities.js';
import { generateDemoPopulation } from './registry/demo-population.js';
import { demoPopulationCsv, shiftedExpiringCard } from './registry/demo-population-csv.js';

export interface DemoSeedOptions {
  seed: number;
  /** Persons to generate (history included), up to 1,000,000. */
  size: number;
  source: 'demo' | 'cli';
}

/** A resident other modules can use in their demo data (applicants, owners, ...). */
export interface DemoResident {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}

/** What every module's demo seed function receives. */
export interface DemoModuleContext {
  seed: number;
  size: number;
  /** The seeding day: module data with deadlines are laid out relative to it. */
  today: IsoDate;
  /** Adult demo identities first (they should get the most data), then other adult residents. */
  residents: DemoResident[];
  staff: readonly DemoStaffMember[];
}

/**
 * Other modules' demo data, seeded in one transaction after the population is loaded into an empty registry.
 * A module adds its seed function here.
 */
const MODULE_SEEDERS: readonly {
  module: string;
  seed(manager: EntityManager, context: DemoModuleContext): Promise<number>;
}[] = [
  {
    module: 'permits',
    seed: (manager, context) =>
      seedDemoPractices(manager, {
        seed: context.seed,
        // About one practice for every 70 inhabitants a year over the last three years (300 for Spino d'Adda),
        // capped so a large population seeds quickly.
        count: Math.min(1500, Math.max(20, Math.round((context.size * 3) / 70))),
        residents: context.residents,
        staff: context.staff.filter((member) => member.role === 'permits').map((member) => member.fiscalCode),
        today: context.today,
      }),
  },
  {
    module: 'f24',
    seed: async (manager, context) =>
      seedDemoProperties(manager, {
        seed: context.seed,
        today: context.today,
        households: await loadDemoHouseholds(manager, context.today, context.residents[0]?.fiscalCode),
      }),
  },
  {
    module: 'appointments',
    seed: (manager, context) =>
      seedDemoAppointments(manager, { today: context.today, residents: context.residents }),
  },
  {
    module: 'payments',
    seed: (manager, context) => {
      const configuration = buildConfiguration();
      return seedDemoPayments(manager, {
        today: context.today,
        residents: context.residents,
        payments: configuration.payments,
        municipalityName: configuration.municipality.name,
      });
    },
  },
];

const ADULT_IDENTITIES: readonly DemoRole[] = [
  'resident_with_family',
  'single_foreigner',
  'elderly_widow',
  'expiring_identity_card',
];
const OTHER_RESIDENTS = 300;

/**
 * Loads the demo: the generated population of the comune through the registry importer (the same COPY path as
 * the office's uploads), the four demo clerks with their roles, the test identity provider's identities file,
 * and the other modules' demo data.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly importer: RegistryImporter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(demoConfig.KEY) private readonly demo: ConfigType<typeof demoConfig>,
  ) {}

  /** Called at start when `DEMO_DATA` is on: logins always, the population only into an empty registry. */
  async seedOnStartup(): Promise<void> {
    await this.prepareLogins(this.demo.seed);
    if (!(await this.registryIsEmpty())) return;
    await this.seedPopulation({ seed: this.demo.seed, size: this.demo.populationSize, source: 'demo' });
  }

  /**
   * Imports a generated population (an upsert: on a registry that already holds it, nothing changes). Other
   * modules' demo data follow only when the registry was empty, as they assume a fresh database.
   */
  async seedPopulation(options: DemoSeedOptions): Promise<RegistryImportJob> {
    this.refuseInProduction();
    const started = performance.now();
    const fresh = await this.registryIsEmpty();
    const identities = pickDemoIdentities({ seed: options.seed, referenceDate: DEMO_REFERENCE_DATE });
    const job = await this.importer.createJob({
      source: options.source,
      fileName: `popolazione-demo-seed${options.seed}-${options.size}.csv`,
    });
    const csv = demoPopulationCsv(
      generateDemoPopulation({ seed: options.seed, size: options.size, referenceDate: DEMO_REFERENCE_DATE }),
      { documentOverrides: this.timeShiftedDocuments(identities) },
    );
    const result = await this.importer.run(job.id, Readable.from(csv), null);
    if (result.state !== 'completed') {
      const problems = result.errors
        .slice(0, 5)
        .map((problem) => `riga ${problem.line} ${problem.field}: ${problem.reason}`);
      throw new Error(`Demo population import ${result.state}: ${result.failure ?? problems.join('; ')}`);
    }
    const seconds = (performance.now() - started) / 1000;
    this.logger.log(
      `Demo population loaded: ${result.rowsValid} persons (seed ${options.seed}) in ${seconds.toFixed(1)} s.`,
    );
    if (fresh) await this.seedModules(options, identities);
    return result;
  }

  /**
   * The demo clerks get their roles and names, the demo technician her profile; the test identity provider lists
   * every demo identity.
   */
  async prepareLogins(seed: number): Promise<void> {
    this.refuseInProduction();
    await this.dataSource.transaction(async (manager) => {
      for (const member of DEMO_STAFF) {
        await manager.query(
          `INSERT INTO app_user (fiscal_code, given_name, family_name, email) VALUES ($1, $2, $3, $4)
           ON CONFLICT (fiscal_code) DO NOTHING`,
          [member.fiscalCode, member.givenName, member.familyName, member.email],
        );
        const granted = await manager.query(
          'INSERT INTO role_grant (fiscal_code, role) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING role',
          [member.fiscalCode, member.role],
        );
        if (granted.length > 0) {
          await this.audit.record(
            {
              actor: null,
              action: 'demo.staff.granted',
              subjectFiscalCode: member.fiscalCode,
              resourceType: 'role_grant',
              resourceId: member.fiscalCode,
              details: { role: member.role },
            },
            manager,
          );
        }
      }
      await seedDemoTechnician(manager);
    });
    const identities = pickDemoIdentities({ seed, referenceDate: DEMO_REFERENCE_DATE });
    const file = await writeDemoIdentitiesFile(
      this.app.dataDir,
      demoLoginIdentities(identities, DEMO_STAFF, [DEMO_TECHNICIAN]),
    );
    this.logger.log(`Demo identities for the test identity provider written to ${file}.`);
  }

  /**
   * The configuration already refuses `DEMO_DATA` in production; `npm run seed` calls in without it, and its
   * invented codici fiscali could belong to real people who would receive staff roles.
   */
  private refuseInProduction(): void {
    if (this.app.env === 'production')
      throw new Error(
        'Demo data is never loaded with NODE_ENV=production (invented residents and staff roles).',
      );
  }

  private async registryIsEmpty(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM registry_person LIMIT 1');
    return rows.length === 0;
  }

  /** Facts relative to the real day: the expiring card always expires `EXPIRING_CARD_DAYS` from today. */
  private timeShiftedDocuments(identities: Record<DemoRole, DemoIdentity>): Map<string, IdentityDocument> {
    const { person } = identities.expiring_identity_card;
    const overrides = new Map<string, IdentityDocument>();
    if (person.identityDocument) {
      overrides.set(
        person.fiscalCode,
        shiftedExpiringCard(person.identityDocument, this.clock.today(), EXPIRING_CARD_DAYS),
      );
    }
    return overrides;
  }

  private async seedModules(
    options: DemoSeedOptions,
    identities: Record<DemoRole, DemoIdentity>,
  ): Promise<void> {
    const today = this.clock.today();
    const logins = new Map(
      demoLoginIdentities(identities, []).map((login) => [login.fiscalNumber, login.email ?? null]),
    );
    const first: DemoResident[] = ADULT_IDENTITIES.map((role) => {
      const { person } = identities[role];
      return {
        fiscalCode: person.fiscalCode,
        givenName: person.givenName,
        familyName: person.familyName,
        email: logins.get(person.fiscalCode) ?? null,
      };
    });
    const others: { fiscal_code: string; given_name: string; family_name: string }[] =
      await this.dataSource.query(
        `SELECT fiscal_code, given_name, family_name FROM registry_person
       WHERE status = 'resident' AND birth_date <= $1 AND fiscal_code <> ALL($2)
       ORDER BY fiscal_code LIMIT $3`,
        [addYears(today, -18), first.map((resident) => resident.fiscalCode), OTHER_RESIDENTS],
      );
    const context: DemoModuleContext = {
      seed: options.seed,
      size: options.size,
      today,
      residents: [
        ...first,
        ...others.map((row) => ({
          fiscalCode: row.fiscal_code,
          givenName: row.given_name,
          familyName: row.family_name,
          email: null,
        })),
      ],
      staff: DEMO_STAFF,
    };
    for (const seeder of MODULE_SEEDERS) {
      const count = await this.dataSource.transaction(async (manager) => {
        // A population of a million makes set-based seeding queries longer than a request's statement timeout.
        await manager.query('SET LOCAL statement_timeout = 0');
        return seeder.seed(manager, context);
      });
      this.logger.log(`Demo data of ${seeder.module}: ${count} record(s).`);
    }
  }
}
