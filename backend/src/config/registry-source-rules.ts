import type { Environment } from './env.js';
import type { ConfigurationProblem } from './production-rules.js';

/** The PDND client's private key, in the same secret store as the SPID/CIE keys (OIDC_KEYS_DIR). */
export const PDND_KEY_FILE = 'pdnd-client-key.pem';

const ANPR_VARIABLES = [
  'PDND_TOKEN_URL',
  'PDND_CLIENT_ASSERTION_AUDIENCE',
  'PDND_CLIENT_ID',
  'PDND_KID',
  'PDND_PURPOSE_VERIFICATION',
  'PDND_PURPOSE_CONSULTATION',
  'ANPR_URL',
] as const;

/** With `REGISTRY_SOURCE=anpr` the portal is a PDND consumer: every coordinate of that is needed, in any environment. */
export function registrySourceProblems(env: Environment): ConfigurationProblem[] {
  if (env.REGISTRY_SOURCE !== 'anpr') return [];
  return ANPR_VARIABLES.filter((variable) => env[variable] === undefined).map((variable) => ({
    variable,
    reason: `is required with REGISTRY_SOURCE=anpr (see docs/registry-anpr.md)`,
  }));
}
