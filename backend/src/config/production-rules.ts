import type { Environment } from './env.js';

/** A variable that production refuses, with the reason the operator reads at boot. */
export interface ConfigurationProblem {
  variable: string;
  reason: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0']);

function isLoopbackUrl(value: string): boolean {
  try {
    const host = new URL(value).hostname.toLowerCase();
    return LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || host.startsWith('127.');
  } catch {
    return false;
  }
}

/** Variables without which production would fall back on something generated or invented at start. */
const REQUIRED_IN_PRODUCTION: { variable: keyof Environment; reason: string }[] = [
  {
    variable: 'DATABASE_URL',
    reason: 'is required in production: the embedded PostgreSQL in DATA_DIR is for development only',
  },
  {
    variable: 'SESSION_SECRET',
    reason: 'is required in production: a generated secret differs between replicas and installs',
  },
  {
    variable: 'OIDC_KEYS_DIR',
    reason: 'is required in production: the relying party keys are never generated at start',
  },
  {
    variable: 'OIDC_TRUST_ANCHOR',
    reason: 'is required in production: the entity id of the SPID/CIE federation trust anchor',
  },
  {
    variable: 'OIDC_TRUST_ANCHOR_JWKS',
    reason: "is required in production: the trust anchor's public keys, pinned at onboarding",
  },
  {
    variable: 'CERTIFICATES_SEAL_KEY_FILE',
    reason: 'is required in production: the certificate seal key is never generated at start',
  },
  {
    variable: 'CERTIFICATES_PADES_P12_FILE',
    reason: "is required in production: the comune's electronic seal certificate (PKCS#12)",
  },
  {
    variable: 'SIGNATURE_TRUSTED_CAS',
    reason:
      "is required in production: the PEM files of the qualified CAs (AgID's trusted list) whose signatures the SUE accepts",
  },
  {
    variable: 'CERTIFICATES_PADES_P12_PASSPHRASE',
    reason: 'is required in production: the passphrase of CERTIFICATES_PADES_P12_FILE',
  },
];

function spidProviderEntityIds(value: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return null;
    return parsed.map((entry) => String((entry as { entityId?: unknown })?.entityId ?? ''));
  } catch {
    return null;
  }
}

/**
 * What production refuses: everything meant for development (demo data and roles, the local test federation,
 * localhost addresses, keys and secrets generated at start, the embedded database). Every problem is returned,
 * so the operator fixes them all after one failed start. `provided` holds only the variables actually set.
 */
export function productionProblems(
  env: Environment,
  provided: Record<string, unknown>,
): ConfigurationProblem[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: ConfigurationProblem[] = [];
  if (env.DEMO_DATA === true) {
    problems.push({
      variable: 'DEMO_DATA',
      reason:
        'must be false in production: the demo loads invented residents and grants staff roles to invented codici fiscali',
    });
  }
  if (provided.PUBLIC_URL === undefined) {
    problems.push({
      variable: 'PUBLIC_URL',
      reason: 'is required in production: the https origin of the portal (also its SPID/CIE entity id)',
    });
  } else if (isLoopbackUrl(env.PUBLIC_URL) || !env.PUBLIC_URL.startsWith('https://')) {
    problems.push({
      variable: 'PUBLIC_URL',
      reason: 'must be the public https origin of the portal in production, not a local address',
    });
  }
  for (const { variable, reason } of REQUIRED_IN_PRODUCTION) {
    if (env[variable] === undefined) problems.push({ variable, reason });
  }
  if (env.OIDC_TEST_FEDERATION_URL !== undefined) {
    problems.push({
      variable: 'OIDC_TEST_FEDERATION_URL',
      reason: 'must be unset in production: the local test federation logs anybody in as anybody',
    });
  }
  for (const variable of ['OIDC_TRUST_ANCHOR', 'OIDC_CIE_PROVIDER'] as const) {
    const value = env[variable];
    if (value !== undefined && isLoopbackUrl(value)) {
      problems.push({ variable, reason: 'must not be a local address in production (the test federation)' });
    }
  }
  if (
    env.APP_IO_URL !== undefined &&
    (isLoopbackUrl(env.APP_IO_URL) || !env.APP_IO_URL.startsWith('https://'))
  ) {
    problems.push({
      variable: 'APP_IO_URL',
      reason: "must be App IO's https API in production, not a local address (the IO sandbox)",
    });
  }
  if (env.APP_IO_API_KEYS?.includes('sandbox-io-key-')) {
    problems.push({ variable: 'APP_IO_API_KEYS', reason: 'must not hold the IO sandbox keys in production' });
  }
  for (const variable of ['PDND_TOKEN_URL', 'ANPR_URL'] as const) {
    const value = env[variable];
    if (value !== undefined && isLoopbackUrl(value)) {
      problems.push({
        variable,
        reason: 'must not be a local address in production (the PDND/ANPR sandbox)',
      });
    }
  }
  const audience = env.PDND_CLIENT_ASSERTION_AUDIENCE;
  if (audience !== undefined && isLoopbackUrl(`https://${audience.replace(/^https?:\/\//, '')}`)) {
    problems.push({
      variable: 'PDND_CLIENT_ASSERTION_AUDIENCE',
      reason: 'must not be the local PDND sandbox in production (auth.interop.pagopa.it/client-assertion)',
    });
  }
  if (env.OIDC_SPID_PROVIDERS !== undefined) {
    const entityIds = spidProviderEntityIds(env.OIDC_SPID_PROVIDERS);
    if (entityIds === null) {
      problems.push({
        variable: 'OIDC_SPID_PROVIDERS',
        reason: 'must be a JSON array of {id, name, entityId}',
      });
    } else if (entityIds.some(isLoopbackUrl)) {
      problems.push({
        variable: 'OIDC_SPID_PROVIDERS',
        reason: 'must not list a provider on a local address in production (the test federation)',
      });
    }
  }
  problems.push(...paymentProblems(env));
  return problems;
}

/** pagoPA: never the local sandbox, and a real creditor once GPD is configured. */
function paymentProblems(env: Environment): ConfigurationProblem[] {
  const problems: ConfigurationProblem[] = [];
  for (const variable of ['PAGOPA_GPD_URL', 'PAGOPA_CHECKOUT_URL'] as const) {
    const value = env[variable];
    if (
      value !== undefined &&
      (isLoopbackUrl(value) || /\/pagopa\/(gpd|checkout)(\/|$)/.test(new URL(value).pathname))
    ) {
      problems.push({
        variable,
        reason: 'must not be the local pagoPA sandbox in production: its payments are not real',
      });
    }
  }
  if (env.PAGOPA_API_KEY === 'sandbox-gpd-key') {
    problems.push({
      variable: 'PAGOPA_API_KEY',
      reason: "must not be the pagoPA sandbox's key in production",
    });
  }
  if (env.PAGOPA_GPD_URL !== undefined) {
    for (const variable of [
      'PAGOPA_API_KEY',
      'MUNICIPALITY_FISCAL_CODE',
      'PAGOPA_IBAN',
      'PAGOPA_CHECKOUT_URL',
    ] as const) {
      if (env[variable] === undefined) {
        problems.push({ variable, reason: 'is required in production when PAGOPA_GPD_URL is set' });
      }
    }
  }
  return problems;
}
