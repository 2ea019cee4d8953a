import path from 'node:path';
import { type Environment, validateEnvironment } from './env.js';
import { repoRoot } from './paths.js';

export interface AppConfig {
  env: Environment['NODE_ENV'];
  port: number;
  publicUrl: string;
  logLevel: string;
  dataDir: string;
  demoData: boolean;
}

export interface DatabaseConfig {
  url: string | undefined;
  poolSize: number;
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
  sessionSecret: string | null;
  initialAdmin: string | null;
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
}

export interface NotificationsConfig {
  /** Whether this process delivers the outbox (replicas may leave it to others). */
  worker: boolean;
  pollIntervalMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

export interface Configuration {
  auth: AuthConfig;
  mail: MailConfig;
  permits: PermitsConfig;
  notifications: NotificationsConfig;
  app: AppConfig;
  database: DatabaseConfig;
  municipality: MunicipalityConfig;
}

/** Builds the typed configuration from validated environment variables. */
export function buildConfiguration(source: Record<string, unknown> = process.env): Configuration {
  const env = validateEnvironment(source);
  const dataDir = path.resolve(repoRoot, env.DATA_DIR ?? '.data');
  const production = env.NODE_ENV === 'production';
  if (production && !env.SESSION_SECRET)
    throw new Error('Invalid configuration: SESSION_SECRET is required in production');
  if (production && !env.OIDC_KEYS_DIR)
    throw new Error('Invalid configuration: OIDC_KEYS_DIR is required in production');
  return {
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
      sessionSecret: env.SESSION_SECRET ?? null,
      initialAdmin: env.INITIAL_ADMIN_FISCAL_CODE?.toUpperCase() ?? null,
    },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM },
    permits: {
      uploadMaxBytes: env.PERMITS_UPLOAD_MAX_BYTES,
      officeEmail: env.PERMITS_OFFICE_EMAIL ?? env.MUNICIPALITY_EMAIL,
    },
    notifications: {
      worker: env.NOTIFICATIONS_WORKER,
      pollIntervalMs: env.NOTIFICATIONS_POLL_INTERVAL_MS,
      maxAttempts: env.NOTIFICATIONS_MAX_ATTEMPTS,
      retryBaseMs: env.NOTIFICATIONS_RETRY_BASE_MS,
      retryMaxMs: env.NOTIFICATIONS_RETRY_MAX_MS,
    },
    app: {
      env: env.NODE_ENV,
      port: env.PORT,
      publicUrl: env.PUBLIC_URL.replace(/\/$/, ''),
      logLevel: env.LOG_LEVEL,
      dataDir,
      demoData: env.DEMO_DATA,
    },
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, embeddedPort: env.EMBEDDED_PG_PORT },
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

function parseJson<T>(name: string, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new Error(`Invalid configuration: ${name} is not valid JSON`);
  }
}
