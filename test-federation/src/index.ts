export type { DemoIdentity, ProviderKind } from './federation-types.js';
export { FISCAL_NUMBER_CLAIM, SPID_ACR_VALUES } from './federation-types.js';
export { normalizeFiscalCode } from './identity-store.js';
export type { AnprPersonRecord } from './sandboxes/anpr/anpr-population.js';
export type { PdndClient } from './sandboxes/pdnd/pdnd-sandbox.js';
export { PdndTestClient } from './sandboxes/pdnd/pdnd-test-client.js';
export {
  startTestFederation,
  type TestFederation,
  type TestFederationOptions,
} from './start-test-federation.js';
export { completeTestLogin, TestLoginError, type TestLoginOptions } from './test-login-driver.js';
