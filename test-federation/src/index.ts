export type { DemoIdentity, ProviderKind } from './federation-types.js';
export { FISCAL_NUMBER_CLAIM, SPID_ACR_VALUES } from './federation-types.js';
export { normalizeFiscalCode } from './identity-store.js';
export {
  startTestFederation,
  type TestFederation,
  type TestFederationOptions,
} from './start-test-federation.js';
export { completeTestLogin, TestLoginError, type TestLoginOptions } from './test-login-driver.js';
