import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { isTrustProxyList } from './trust-proxy.js';

// Reads the raw source value: implicit conversion would already have turned "false" into true.
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  if (typeof raw !== 'string') return raw;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  return raw;
};

/**
 * Every environment variable the backend reads, with its default. `.env.example` documents each one;
 * a bad value stops the start with a message naming the variable.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 3001;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL: string = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Whose `X-Forwarded-For` is believed: the client address of rate limits and logs comes from it. */
  @ValidateBy({
    name: 'isTrustProxyList',
    validator: {
      validate: isTrustProxyList,
      defaultMessage: () =>
        'must be "none" or a comma-separated list of IP addresses, CIDR ranges, loopback, linklocal, uniquelocal',
    },
  })
  TRUST_PROXY: string = 'loopback, linklocal, uniquelocal';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['postgres', 'postgresql'], require_protocol: true })
  DATABASE_URL?: string;

  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE: number = 10;

  /**
   * Prepare the hot paths' lookups once per connection (common/sql/prepared-statements.ts). Off only behind a
   * pooler that cannot keep them: PgBouncer in transaction mode before 1.21 (or without max_prepared_statements).
   */
  @IsBoolean()
  @Transform(toBoolean)
  DATABASE_PREPARED_STATEMENTS: boolean = true;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT: number = 54329;

  @IsString()
  @MinLength(2)
  MUNICIPALITY_NAME: string = "Spino d'Adda";

  @Matches(/^[A-Z]\d{3}$/, { message: 'must be a 4-character codice catastale such as I914' })
  MUNICIPALITY_CADASTRAL_CODE: string = 'I914';

  @Matches(/^[A-Z]{2}$/, { message: 'must be a 2-letter province code such as CR' })
  MUNICIPALITY_PROVINCE: string = 'CR';

  @IsString()
  MUNICIPALITY_REGION: string = 'Lombardia';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MUNICIPALITY_LOGO_URL?: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  MUNICIPALITY_WEBSITE: string = 'https://www.comune.spinodadda.cr.it';

  @IsString()
  MUNICIPALITY_ADDRESS: string = "Piazza XXV Aprile 1, 26016 Spino d'Adda (CR)";

  @IsEmail()
  MUNICIPALITY_EMAIL: string = 'info@comune.spinodadda.cr.it';

  @IsEmail()
  MUNICIPALITY_PEC: string = 'comune.spinodadda@pec.regione.lombardia.it';

  @IsString()
  MUNICIPALITY_PHONE: string = '+39 0373 988111';

  /** The comune's portal content (service pages, FAQ, footer links): a JSON file, relative to the repository. */
  @IsString()
  @MinLength(1)
  PORTAL_CONTENT_FILE: string = 'backend/config/portal-content/spino-dadda.json';

  /** Off unless asked for: `npm start` turns it on for development; production refuses it. */
  @IsBoolean()
  @Transform(toBoolean)
  DEMO_DATA: boolean = false;

  /** Serve `/api/docs` and `/api/openapi.json` in production too (always served outside production). */
  @IsOptional()
  @IsBoolean()
  @Transform(toBoolean)
  API_DOCS_PUBLIC?: boolean;

  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  DEMO_SEED: number = 42;

  @IsInt()
  @Min(20)
  @Max(1_000_000)
  DEMO_POPULATION_SIZE: number = 7000;

  @IsInt()
  @Min(1024)
  @Max(4_294_967_296)
  REGISTRY_IMPORT_MAX_BYTES: number = 1_073_741_824;

  @IsInt()
  @Min(1024)
  @Max(52_428_800)
  REGISTRY_ATTACHMENT_MAX_BYTES: number = 5_242_880;

  /** Days the registry office has to answer a rettifica: L. 241/1990 art. 2 c. 2, 30 unless a rule says otherwise. */
  @IsInt()
  @Min(1)
  @Max(180)
  REGISTRY_CORRECTION_TERM_DAYS: number = 30;

  /** Where the registry is read: the local copy (CSV import) or ANPR through PDND (docs/registry-anpr.md). */
  @IsIn(['local', 'anpr'])
  REGISTRY_SOURCE: 'local' | 'anpr' = 'local';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PDND_TOKEN_URL?: string;

  @IsOptional()
  @IsString()
  PDND_CLIENT_ASSERTION_AUDIENCE?: string;

  @IsOptional()
  @IsUUID()
  PDND_CLIENT_ID?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: 'must be the kid of the key registered on PDND' })
  PDND_KID?: string;

  @IsOptional()
  @IsUUID()
  PDND_PURPOSE_VERIFICATION?: string;

  @IsOptional()
  @IsUUID()
  PDND_PURPOSE_CONSULTATION?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  ANPR_URL?: string;

  @IsInt()
  @Min(500)
  @Max(60_000)
  ANPR_TIMEOUT_MS: number = 5000;

  /**
   * How the user who asks reaches ANPR (ModI audit patterns, docs/registry-anpr.md): AUDIT_REST_01, one voucher per
   * purpose for every user, the tracking evidence beside it; AUDIT_REST_02, each voucher bound to one user's evidence.
   */
  @IsIn(['AUDIT_REST_01', 'AUDIT_REST_02'])
  PDND_AUDIT_PATTERN: 'AUDIT_REST_01' | 'AUDIT_REST_02' = 'AUDIT_REST_01';

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  OIDC_TRUST_ANCHOR?: string;

  @IsOptional()
  @IsString()
  OIDC_TRUST_ANCHOR_JWKS?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  OIDC_TEST_FEDERATION_URL?: string;

  @IsOptional()
  @IsString()
  OIDC_SPID_PROVIDERS?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  OIDC_CIE_PROVIDER?: string;

  @Matches(/^(https:\/\/www\.spid\.gov\.it\/SpidL[123])( https:\/\/www\.spid\.gov\.it\/SpidL[123])*$/, {
    message: 'must be space-separated values among https://www.spid.gov.it/SpidL1, SpidL2, SpidL3',
  })
  OIDC_ACR_VALUES: string = 'https://www.spid.gov.it/SpidL2';

  @IsOptional()
  @IsString()
  OIDC_KEYS_DIR?: string;

  @IsOptional()
  @IsString()
  OIDC_TRUST_MARKS?: string;

  @IsInt()
  @Min(1)
  @Max(240)
  SESSION_IDLE_MINUTES: number = 15;

  @IsInt()
  @Min(1)
  @Max(24)
  SESSION_ABSOLUTE_HOURS: number = 8;

  @IsInt()
  @Min(0)
  @Max(300)
  SESSION_CACHE_SECONDS: number = 30;

  @IsOptional()
  @IsString()
  @MinLength(32)
  SESSION_SECRET?: string;

  @IsOptional()
  @Matches(/^[A-Z0-9]{16}$/i, { message: 'must be a 16-character codice fiscale' })
  INITIAL_ADMIN_FISCAL_CODE?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true })
  SMTP_URL?: string;

  @IsEmail()
  MAIL_FROM: string = 'noreply@comune.spinodadda.cr.it';

  @IsOptional()
  @IsString()
  CERTIFICATES_SEAL_KEY_FILE?: string;

  @IsOptional()
  @IsString()
  CERTIFICATES_SEAL_VERIFICATION_KEY_FILES?: string;

  @IsOptional()
  @IsString()
  CERTIFICATES_PADES_P12_FILE?: string;

  @IsOptional()
  @IsString()
  CERTIFICATES_PADES_P12_PASSPHRASE?: string;

  @IsOptional()
  @IsString()
  CERTIFICATES_LOGO_FILE?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(64)
  CERTIFICATES_RENDER_THREADS?: number;

  @IsInt()
  @Min(1)
  @Max(100_000)
  CERTIFICATES_VERIFY_RATE_LIMIT: number = 30;

  @IsInt()
  @Min(1)
  @Max(86_400)
  CERTIFICATES_VERIFY_RATE_WINDOW_SECONDS: number = 60;

  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_LOGIN: number = 120;

  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_LOGIN_WINDOW_SECONDS: number = 60;

  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_WRITES: number = 120;

  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_WRITES_WINDOW_SECONDS: number = 60;

  @IsInt()
  @Min(1)
  @Max(100_000)
  RATE_LIMIT_FEDERATION: number = 30;

  @IsInt()
  @Min(1)
  @Max(86_400)
  RATE_LIMIT_FEDERATION_WINDOW_SECONDS: number = 60;

  @IsInt()
  @Min(1024)
  @Max(104_857_600)
  PERMITS_UPLOAD_MAX_BYTES: number = 10_485_760;

  @IsOptional()
  @IsEmail()
  PERMITS_OFFICE_EMAIL?: string;

  /** Who is responsible for the SUE's procedures (L. 241/1990 art. 5), printed on the filing receipts. */
  @IsOptional()
  @IsString()
  @MaxLength(256)
  PERMITS_OFFICE_HEAD?: string;

  /** PEM files (comma-separated) of the CAs whose signatures the SUE accepts on filed documents. */
  @IsOptional()
  @IsString()
  SIGNATURE_TRUSTED_CAS?: string;

  /** Folder of the filing wizard's resumable uploads until completed; a volume shared by every replica. */
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  PERMIT_UPLOADS_DIR?: string;

  @IsBoolean()
  @Transform(toBoolean)
  NOTIFICATIONS_WORKER: boolean = true;

  @IsInt()
  @Min(50)
  @Max(600_000)
  NOTIFICATIONS_POLL_INTERVAL_MS: number = 2_000;

  /** Messages one process delivers at once, each in its own transaction (and database connection). */
  @IsInt()
  @Min(1)
  @Max(16)
  NOTIFICATIONS_CONCURRENCY: number = 4;

  @IsInt()
  @Min(1)
  @Max(100)
  NOTIFICATIONS_MAX_ATTEMPTS: number = 12;

  @IsInt()
  @Min(10)
  @Max(86_400_000)
  NOTIFICATIONS_RETRY_BASE_MS: number = 30_000;

  @IsInt()
  @Min(10)
  @Max(86_400_000)
  NOTIFICATIONS_RETRY_MAX_MS: number = 7_200_000;

  /** Base of App IO's services API (`…/api/v1`); unset, no message goes to App IO. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  APP_IO_URL?: string;

  /** One IO service (API key) per topic: `permits:KEY,certificates:KEY,registry:KEY,taxes:KEY,documents:KEY`. */
  @IsOptional()
  @Matches(/^\s*[a-z]+\s*:\s*[^,:\s]+\s*(,\s*[a-z]+\s*:\s*[^,:\s]+\s*)*$/, {
    message: 'must list topic:key pairs separated by commas',
  })
  APP_IO_API_KEYS?: string;

  /** Calls per second per key shared by all replicas: 25 keeps any 5 s under IO's 150. */
  @IsInt()
  @Min(1)
  @Max(30)
  APP_IO_CALLS_PER_SECOND: number = 25;

  @IsInt()
  @Min(100)
  @Max(60_000)
  APP_IO_TIMEOUT_MS: number = 10_000;

  /** Wait before asking IO again for the status of a submitted message. */
  @IsInt()
  @Min(10)
  @Max(86_400_000)
  APP_IO_STATUS_CHECK_MS: number = 60_000;

  @IsBoolean()
  @Transform(toBoolean)
  F24_BULK_WORKER: boolean = true;

  @IsBoolean()
  @Transform(toBoolean)
  IMU_REMINDERS_WORKER: boolean = true;

  @IsInt()
  @Min(1)
  @Max(5_000)
  F24_BULK_CHUNK_SIZE: number = 200;

  @IsInt()
  @Min(100)
  @Max(600_000)
  F24_BULK_POLL_INTERVAL_MS: number = 2_000;

  /** Chunks one process generates at once, each in its own transaction. */
  @IsInt()
  @Min(1)
  @Max(8)
  F24_BULK_CONCURRENCY: number = 2;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(64)
  F24_RENDER_THREADS?: number;
  @IsInt()
  @Min(1)
  @Max(50)
  APPOINTMENTS_MAX_ACTIVE: number = 3;

  @IsInt()
  @Min(100)
  @Max(86_400_000)
  APPOINTMENTS_REMINDER_INTERVAL_MS: number = 300_000;
  /** pagoPA GPD base URL (`…/gpd/debt-positions-service/v1`); the test federation's sandbox when unset in development. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PAGOPA_GPD_URL?: string;

  /** GPD subscription key (`Ocp-Apim-Subscription-Key`). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  PAGOPA_API_KEY?: string;

  /** Base of the checkout links (`<base>/<notice number>`); the sandbox's checkout page in development. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PAGOPA_CHECKOUT_URL?: string;

  /** The comune's codice fiscale (11 digits): the creditor of every pagoPA position. */
  @IsOptional()
  @Matches(/^\d{11}$/, { message: 'must be the 11-digit codice fiscale of the comune' })
  MUNICIPALITY_FISCAL_CODE?: string;

  /** The comune's pagoPA segregation code (codice di segregazione, 2 digits, aux digit 3). */
  @Matches(/^\d{2}$/, { message: 'must be the 2-digit pagoPA segregation code' })
  PAGOPA_SEGREGATION_CODE: string = '01';

  /** IBAN credited by the pagoPA transfers that are not stamps. */
  @IsOptional()
  @Matches(/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/, { message: 'must be an IBAN without blanks' })
  PAGOPA_IBAN?: string;

  /** Postal account (up to 12 digits) printed in the Poste data matrix of the notices; none, no data matrix. */
  @IsOptional()
  @Matches(/^\d{1,12}$/, { message: 'must be the postal account number (up to 12 digits)' })
  PAGOPA_POSTAL_ACCOUNT?: string;

  @IsInt()
  @Min(1)
  @Max(86_400)
  PAGOPA_POLL_INTERVAL_SECONDS: number = 30;

  /** How long one GPD call may take before it counts as failed (the position stays pending and is retried). */
  @IsInt()
  @Min(200)
  @Max(60_000)
  PAGOPA_TIMEOUT_MS: number = 8_000;

  @IsBoolean()
  @Transform(toBoolean)
  PAGOPA_WORKER: boolean = true;
}
