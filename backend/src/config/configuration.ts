import os from 'node:os';
import path from 'node:path';
import type { Environment } from './env.js';
import { repoRoot } from './paths.js';
import { PDND_KEY_FILE } from './registry-source-rules.js';
import { parseTrustProxy } from './trust-proxy.js';
import { validateEnvironment } from './validate-environment.js';

export interface AppConfig {
  env: Environment['NODE_ENV'];
  port: number;
  publicUrl: string;
  logLevel: string;
  /** Express `trust proxy`: the proxies whose X-Forwarded-* headers are believed; `false` for none. */
  trustProxy: string[] | false;
  dataDir: string;
  demoData: boolean;
  /** Whether `/api/docs` and `/api/openapi.json` are served: outside production, or with `API_DOCS_PUBLIC`. */
  apiDocs: boolean;
  /** The comune's portal content file (`PORTAL_CONTENT_FILE`), absolute. */
  portalContentFile: string;
}

export interface DatabaseConfig {
  url: string | undefined;
  poolSize: number;
  /** Named statements for the lookups marked with `prepared()`. */
  preparedStatements: boolean;
  embeddedPort: number;
}

export interface MunicipalityConfig {
  name: string;
  cadastralCode: string;
  province: string;
  region: string;
  logoUrl: string | null;
  website: string;
  contacts: { address: string; email: string; pec: string; phone: string };
}

export interface IdentityProviderEntry {
  id: string;
  name: string;
  entityId: string;
  logoUrl?: string;
}

export interface AuthConfig {
  trustAnchor: string | null;
  trustAnchorJwks: string | null;
  spidProviders: IdentityProviderEntry[];
  cieProvider: string | null;
  acrValues: string[];
  keysDir: string;
  /** Keys may be generated when missing (never in production). */
  generateKeys: boolean;
  trustMarks: { id: string; trust_mark: string }[];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** How long a process may keep a session it read while changes are announced to it; 0: never. */
  sessionCacheSeconds: number;
  sessionSecret: string | null;
  initialAdmin: string | null;
}

export interface CertificatesConfig {
  /** PEM private key (ECDSA P-256, ES256) that seals the QR contrassegno. */
  sealKeyFile: string;
  /** PEM public keys of retired seal keys: the certificates they sealed keep verifying. */
  verificationKeyFiles: string[];
  /** PKCS#12 holding the seal certificate and its key, for the PAdES signature of every PDF. */
  padesP12File: string;
  /** Its passphrase; null in development, where it is generated and kept beside the file. */
  padesPassphrase: string | null;
  /** Seal key and certificate may be generated when missing (never in production). */
  generateKeys: boolean;
  /** Coat of arms (PNG or JPEG) printed in the certificate header; text only when null. */
  logoFile: string | null;
  /** Worker threads that render and sign PDFs; 0 renders on the event loop. */
  renderThreads: number;
  /** Public verifications allowed per client address in each window. */
  verifyRateLimit: number;
  verifyRateWindowMs: number;
}

/** Limits counted in PostgreSQL (`rate_limit_bucket`), so they hold across every backend replica. */
export interface RateLimitConfig {
  /** SPID/CIE login starts and callbacks allowed per client address in each window, per route. */
  login: { limit: number; windowMs: number };
  /** State-changing requests allowed per logged-in person in each window, all routes together. */
  writes: { limit: number; windowMs: number };
  /** Calls to the public federation resolve endpoint allowed per client address in each window. */
  federation: { limit: number; windowMs: number };
}

export interface MailConfig {
  smtpUrl: string | null;
  from: string;
}

export interface PermitsConfig {
  /** Largest document a resident or the office may upload, in bytes. */
  uploadMaxBytes: number;
  /** Where the office receives notices of documents filed by applicants. */
  officeEmail: string;
  /** The responsible person printed on filing receipts (L. 241/1990 art. 8). */
  officeHead: string;
  /** PEM files of the CAs a signed filing must chain to (SIGNATURE_TRUSTED_CAS); none: every signature refused. */
  signatureTrustedCas: string[];
  /** Where resumable (tus) uploads of the filing wizard wait until completed (PERMIT_UPLOADS_DIR); shared by replicas. */
  uploadsDir: string;
}

export interface NotificationsConfig {
  /** Whether this process delivers the outbox (replicas may leave it to others). */
  worker: boolean;
  pollIntervalMs: number;
  /** Messages delivered at once by this process. */
  concurrency: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface RegistryConfig {
  /** Largest registry import file, in bytes. */
  importMaxBytes: number;
  /** Largest document attached to a rettifica request, in bytes. */
  attachmentMaxBytes: number;
  /** Days the office has to answer a rettifica, counted from the protocol registration (L. 241/1990 art. 2). */
  correctionTermDays: number;
  /** `local`: the tables loaded by the import; `anpr`: ANPR's e-services through PDND (then `anpr` is set). */
  source: 'local' | 'anpr';
  anpr: AnprConfig | null;
}

/** The portal as a PDND consumer of ANPR's e-services (docs/registry-anpr.md). */
export interface AnprConfig {
  tokenUrl: string;
  clientAssertionAudience: string;
  clientId: string;
  kid: string;
  /** PEM (PKCS#8) private key of the client, kept beside the SPID/CIE relying party keys. */
  keyFile: string;
  /** One PDND purpose per use: `verification` for AR001, `consultation` for FS001. */
  purposes: { verification: string; consultation: string };
  /** Base URL of the e-services: `<url>/residence-verification`, `<url>/family-status`. */
  url: string;
  timeoutMs: number;
  /** The tracking evidence: the level of assurance the portal's login guarantees (`SpidL2`), where users act from. */
  loa: string;
  userLocation: string;
  /**
   * AUDIT_REST_01 (default): one voucher per purpose shared by all users, the evidence sent beside it;
   * AUDIT_REST_02: each voucher bound (claim `digest`) to one user's evidence.
   */
  auditPattern: 'AUDIT_REST_01' | 'AUDIT_REST_02';
}

export interface DemoConfig {
  /** Seed of the deterministic demo population: the demo identities in the README hold for seed 42. */
  seed: number;
  /** Persons generated on an empty database when `DEMO_DATA` is on. */
  populationSize: number;
}

export interface F24Config {
  /** Whether this process generates the precompiled F24s of bulk jobs (replicas may leave it to others). */
  bulkWorker: boolean;
  /** Taxpayers per chunk: the unit a replica claims, generates and commits at once. */
  bulkChunkSize: number;
  /** Chunks this process generates at once: one's database work overlaps another's drawing. */
  bulkConcurrency: number;
  bulkPollIntervalMs: number;
  /** Worker threads drawing F24 PDFs; 0 draws them on the event loop. */
  renderThreads: number;
  /** Whether this process starts and sends IMU reminder campaigns. */
  remindersWorker: boolean;
}

export interface AppointmentsConfig {
  /** Future appointments one resident may hold at once. */
  maxActivePerResident: number;
  /** How often this process looks for tomorrow's appointments to remind. */
  reminderIntervalMs: number;
}

export interface Configuration {
  appointments: AppointmentsConfig;
  f24: F24Config;
  rateLimit: RateLimitConfig;
  auth: AuthConfig;
  registry: RegistryConfig;
  demo: DemoConfig;
  mail: MailConfig;
  certificates: CertificatesConfig;
  permits: PermitsConfig;
  notifications: NotificationsConfig;
  appIo: AppIoConfig;
  app: AppConfig;
  database: DatabaseConfig;
  municipality: MunicipalityConfig;
  payments: PaymentsConfig;
}

export interface PaymentsConfig {
  /** GPD base URL; null when pagoPA is not configured (payments are then refused, never faked). */
  gpdUrl: string | null;
  apiKey: string | null;
  checkoutUrl: string | null;
  creditorFiscalCode: string;
  segregationCode: string;
  iban: string | null;
  postalAccount: string | null;
  pollIntervalMs: number;
  timeoutMs: number;
  worker: boolean;
}

/** Builds the typed configuration from validated environment variables. */
export function buildConfiguration(source: Record<string, unknown> = process.env): Configuration {
  const env = validateEnvironment(source);
  const dataDir = path.resolve(repoRoot, env.DATA_DIR ?? '.data');
  const production = env.NODE_ENV === 'production';
  return {
    appointments: {
      maxActivePerResident: env.APPOINTMENTS_MAX_ACTIVE,
      reminderIntervalMs: env.APPOINTMENTS_REMINDER_INTERVAL_MS,
    },
    f24: {
      bulkWorker: env.F24_BULK_WORKER,
      bulkChunkSize: env.F24_BULK_CHUNK_SIZE,
      bulkConcurrency: env.F24_BULK_CONCURRENCY,
      bulkPollIntervalMs: env.F24_BULK_POLL_INTERVAL_MS,
      // At least two: with one, a bulk job leaves a 2-core machine's second core idle while the event loop waits
      // on the database (docs/performance.md, "Bulk F24").
      renderThreads: env.F24_RENDER_THREADS ?? Math.max(2, os.availableParallelism() - 1),
      remindersWorker: env.IMU_REMINDERS_WORKER,
    },
    auth: {
      trustAnchor: env.OIDC_TRUST_ANCHOR ?? null,
      trustAnchorJwks: env.OIDC_TRUST_ANCHOR_JWKS ?? null,
      spidProviders:
        parseJson<IdentityProviderEntry[]>('OIDC_SPID_PROVIDERS', env.OIDC_SPID_PROVIDERS) ??
        (env.OIDC_TEST_FEDERATION_URL
          ? [
              { id: 'test-a', name: 'SPID Test A', entityId: `${env.OIDC_TEST_FEDERATION_URL}/spid` },
              { id: 'test-b', name: 'SPID Test B', entityId: `${env.OIDC_TEST_FEDERATION_URL}/spid` },
            ]
          : []),
      cieProvider:
        env.OIDC_CIE_PROVIDER ??
        (env.OIDC_TEST_FEDERATION_URL ? `${env.OIDC_TEST_FEDERATION_URL}/cie` : null),
      acrValues: env.OIDC_ACR_VALUES.split(' '),
      keysDir: path.resolve(repoRoot, env.OIDC_KEYS_DIR ?? path.join(dataDir, 'keys')),
      generateKeys: !production,
      trustMarks: parseJson('OIDC_TRUST_MARKS', env.OIDC_TRUST_MARKS) ?? [],
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
      sessionCacheSeconds: env.SESSION_CACHE_SECONDS,
      sessionSecret: env.SESSION_SECRET ?? null,
      initialAdmin: env.INITIAL_ADMIN_FISCAL_CODE?.toUpperCase() ?? null,
    },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM },
    rateLimit: {
      login: { limit: env.RATE_LIMIT_LOGIN, windowMs: env.RATE_LIMIT_LOGIN_WINDOW_SECONDS * 1000 },
      writes: { limit: env.RATE_LIMIT_WRITES, windowMs: env.RATE_LIMIT_WRITES_WINDOW_SECONDS * 1000 },
      federation: {
        limit: env.RATE_LIMIT_FEDERATION,
        windowMs: env.RATE_LIMIT_FEDERATION_WINDOW_SECONDS * 1000,
      },
    },
    certificates: certificatesConfiguration(env, dataDir, production),
    registry: {
      importMaxBytes: env.REGISTRY_IMPORT_MAX_BYTES,
      attachmentMaxBytes: env.REGISTRY_ATTACHMENT_MAX_BYTES,
      correctionTermDays: env.REGISTRY_CORRECTION_TERM_DAYS,
      source: env.REGISTRY_SOURCE,
      anpr: anprConfiguration(env, dataDir),
    },
    demo: { seed: env.DEMO_SEED, populationSize: env.DEMO_POPULATION_SIZE },
    permits: {
      uploadMaxBytes: env.PERMITS_UPLOAD_MAX_BYTES,
      officeEmail: env.PERMITS_OFFICE_EMAIL ?? env.MUNICIPALITY_EMAIL,
      officeHead:
        env.PERMITS_OFFICE_HEAD ?? 'Responsabile del Servizio Tecnico – Sportello Unico per l’Edilizia',
      signatureTrustedCas: (env.SIGNATURE_TRUSTED_CAS ?? '')
        .split(',')
        .map((file) => file.trim())
        .filter(Boolean)
        .map((file) => path.resolve(repoRoot, file)),
      uploadsDir: path.resolve(repoRoot, env.PERMIT_UPLOADS_DIR ?? path.join(dataDir, 'permit-uploads')),
    },
    notifications: {
      worker: env.NOTIFICATIONS_WORKER,
      pollIntervalMs: env.NOTIFICATIONS_POLL_INTERVAL_MS,
      concurrency: env.NOTIFICATIONS_CONCURRENCY,
      maxAttempts: env.NOTIFICATIONS_MAX_ATTEMPTS,
      retryBaseMs: env.NOTIFICATIONS_RETRY_BASE_MS,
      retryMaxMs: env.NOTIFICATIONS_RETRY_MAX_MS,
    },
    appIo: appIoConfiguration(env),
    app: {
      env: env.NODE_ENV,
      port: env.PORT,
      publicUrl: env.PUBLIC_URL.replace(/\/$/, ''),
      logLevel: env.LOG_LEVEL,
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      dataDir,
      demoData: env.DEMO_DATA,
      apiDocs: env.API_DOCS_PUBLIC ?? !production,
      portalContentFile: path.resolve(repoRoot, env.PORTAL_CONTENT_FILE),
    },
    payments: paymentsConfiguration(env),
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
      embeddedPort: env.EMBEDDED_PG_PORT,
    },
    municipality: {
      name: env.MUNICIPALITY_NAME,
      cadastralCode: env.MUNICIPALITY_CADASTRAL_CODE,
      province: env.MUNICIPALITY_PROVINCE,
      region: env.MUNICIPALITY_REGION,
      logoUrl: env.MUNICIPALITY_LOGO_URL ?? null,
      website: env.MUNICIPALITY_WEBSITE,
      contacts: {
        address: env.MUNICIPALITY_ADDRESS,
        email: env.MUNICIPALITY_EMAIL,
        pec: env.MUNICIPALITY_PEC,
        phone: env.MUNICIPALITY_PHONE,
      },
    },
  };
}

function certificatesConfiguration(
  env: Environment,
  dataDir: string,
  production: boolean,
): CertificatesConfig {
  const resolve = (file: string) => path.resolve(repoRoot, file);
  return {
    sealKeyFile: resolve(
      env.CERTIFICATES_SEAL_KEY_FILE ?? path.join(dataDir, 'keys', 'certificate-seal-key.pem'),
    ),
    verificationKeyFiles: (env.CERTIFICATES_SEAL_VERIFICATION_KEY_FILES ?? '')
      .split(',')
      .map((file) => file.trim())
      .filter((file) => file !== '')
      .map(resolve),
    padesP12File: resolve(
      env.CERTIFICATES_PADES_P12_FILE ?? path.join(dataDir, 'keys', 'certificate-seal.p12'),
    ),
    padesPassphrase: env.CERTIFICATES_PADES_P12_PASSPHRASE ?? null,
    generateKeys: !production,
    logoFile: env.CERTIFICATES_LOGO_FILE ? resolve(env.CERTIFICATES_LOGO_FILE) : null,
    renderThreads: env.CERTIFICATES_RENDER_THREADS ?? Math.max(1, os.availableParallelism() - 1),
    verifyRateLimit: env.CERTIFICATES_VERIFY_RATE_LIMIT,
    verifyRateWindowMs: env.CERTIFICATES_VERIFY_RATE_WINDOW_SECONDS * 1000,
  };
}

function anprConfiguration(env: Environment, dataDir: string): AnprConfig | null {
  if (env.REGISTRY_SOURCE !== 'anpr') return null;
  const keysDir = path.resolve(repoRoot, env.OIDC_KEYS_DIR ?? path.join(dataDir, 'keys'));
  // validateEnvironment already refused a missing variable (registry-source-rules.ts).
  const required = (value: string | undefined) => value as string;
  return {
    tokenUrl: required(env.PDND_TOKEN_URL),
    clientAssertionAudience: required(env.PDND_CLIENT_ASSERTION_AUDIENCE),
    clientId: required(env.PDND_CLIENT_ID),
    kid: required(env.PDND_KID),
    keyFile: path.join(keysDir, PDND_KEY_FILE),
    purposes: {
      verification: required(env.PDND_PURPOSE_VERIFICATION),
      consultation: required(env.PDND_PURPOSE_CONSULTATION),
    },
    url: required(env.ANPR_URL).replace(/\/$/, ''),
    timeoutMs: env.ANPR_TIMEOUT_MS,
    loa: env.OIDC_ACR_VALUES.split(' ')[0]?.replace(/^.*\//, '') ?? 'SpidL2',
    userLocation: env.PUBLIC_URL.replace(/\/$/, ''),
    auditPattern: env.PDND_AUDIT_PATTERN,
  };
}

/** Development with the test federation talks to its pagoPA sandbox unless told otherwise. */
function paymentsConfiguration(env: Environment): PaymentsConfig {
  const sandbox = env.OIDC_TEST_FEDERATION_URL?.replace(/\/$/, '');
  return {
    gpdUrl: env.PAGOPA_GPD_URL ?? (sandbox ? `${sandbox}/pagopa/gpd/debt-positions-service/v1` : null),
    apiKey: env.PAGOPA_API_KEY ?? (sandbox ? 'sandbox-gpd-key' : null),
    checkoutUrl: env.PAGOPA_CHECKOUT_URL ?? (sandbox ? `${sandbox}/pagopa/checkout` : null),
    creditorFiscalCode: env.MUNICIPALITY_FISCAL_CODE ?? '00000000000',
    segregationCode: env.PAGOPA_SEGREGATION_CODE,
    iban: env.PAGOPA_IBAN ?? (sandbox ? 'IT60X0542811101000000123456' : null),
    postalAccount: env.PAGOPA_POSTAL_ACCOUNT ?? (sandbox ? '000012345678' : null),
    pollIntervalMs: env.PAGOPA_POLL_INTERVAL_SECONDS * 1000,
    timeoutMs: env.PAGOPA_TIMEOUT_MS,
    worker: env.PAGOPA_WORKER,
  };
}

function parseJson<T>(name: string, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new Error(`Invalid configuration: ${name} is not valid JSON`);
  }
}

export interface AppIoConfig {
  /** Null when App IO is not configured: no message is queued for it. */
  url: string | null;
  /** API key of the IO service of each notification topic; a topic without one is not sent to IO. */
  apiKeys: Readonly<Record<string, string>>;
  callsPerSecond: number;
  timeoutMs: number;
  statusCheckMs: number;
}

function appIoConfiguration(env: Environment): AppIoConfig {
  const apiKeys: Record<string, string> = Object.create(null);
  for (const pair of (env.APP_IO_API_KEYS ?? '').split(',')) {
    const [topic, key] = pair.split(':').map((part) => part.trim());
    if (topic && key) apiKeys[topic] = key;
  }
  const configured = env.APP_IO_URL !== undefined && Object.keys(apiKeys).length > 0;
  return {
    url: configured ? env.APP_IO_URL!.replace(/\/$/, '') : null,
    apiKeys,
    callsPerSecond: env.APP_IO_CALLS_PER_SECOND,
    timeoutMs: env.APP_IO_TIMEOUT_MS,
    statusCheckMs: env.APP_IO_STATUS_CHECK_MS,
  };
}
