import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildConfiguration } from './configuration.js';
import { validateEnvironment } from './validate-environment.js';

/** A production configuration with nothing meant for development: the baseline each test spoils. */
const PRODUCTION = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://servizi.comune.spinodadda.cr.it',
  DATABASE_URL: 'postgres://portal:secret@db.internal:5432/portal',
  SESSION_SECRET: 'a'.repeat(40),
  OIDC_KEYS_DIR: '/keys',
  OIDC_TRUST_ANCHOR: 'https://registry.spid.gov.it',
  OIDC_TRUST_ANCHOR_JWKS: '/keys/trust-anchor.jwks.json',
  CERTIFICATES_SEAL_KEY_FILE: '/keys/certificate-seal-key.pem',
  CERTIFICATES_PADES_P12_FILE: '/keys/certificate-seal.p12',
  CERTIFICATES_PADES_P12_PASSPHRASE: 'passphrase',
};

function refusal(source: Record<string, string>): string {
  try {
    validateEnvironment(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('production configuration', () => {
  it('should accept a complete production configuration with demo data and API docs off', () => {
    const config = buildConfiguration(PRODUCTION);
    expect(config.app.demoData).toBe(false);
    expect(config.app.apiDocs).toBe(false);
    expect(config.auth.generateKeys).toBe(false);
  });

  it('should refuse DEMO_DATA=true, naming it', () => {
    expect(refusal({ ...PRODUCTION, DEMO_DATA: 'true' })).toMatch(
      /^ {2}DEMO_DATA="true": must be false in production/m,
    );
  });

  it('should name every bad variable at once, malformed and development-only alike', () => {
    const message = refusal({
      NODE_ENV: 'production',
      DEMO_DATA: 'yes',
      PUBLIC_URL: 'http://localhost:3000',
      OIDC_TEST_FEDERATION_URL: 'http://localhost:4000',
      OIDC_TRUST_ANCHOR: 'http://127.0.0.1:4000/ta',
      OIDC_CIE_PROVIDER: 'http://localhost:4000/cie',
      OIDC_SPID_PROVIDERS: '[{"id":"a","name":"A","entityId":"http://localhost:4000/spid"}]',
      PORT: 'seventy',
    });
    for (const variable of [
      'DEMO_DATA="yes"',
      'PUBLIC_URL="http://localhost:3000"',
      'OIDC_TEST_FEDERATION_URL=',
      'OIDC_TRUST_ANCHOR="http://127.0.0.1:4000/ta"',
      'OIDC_CIE_PROVIDER=',
      'OIDC_SPID_PROVIDERS=',
      'PORT="seventy"',
      'DATABASE_URL (unset)',
      'SESSION_SECRET (unset)',
      'OIDC_KEYS_DIR (unset)',
      'OIDC_TRUST_ANCHOR_JWKS (unset)',
      'CERTIFICATES_SEAL_KEY_FILE (unset)',
      'CERTIFICATES_PADES_P12_FILE (unset)',
      'CERTIFICATES_PADES_P12_PASSPHRASE (unset)',
    ]) {
      expect(message).toContain(`  ${variable}`);
    }
  });

  it('should require PUBLIC_URL in production rather than fall back on localhost', () => {
    const { PUBLIC_URL: _unset, ...withoutUrl } = PRODUCTION;
    expect(refusal(withoutUrl)).toContain('PUBLIC_URL (unset): is required in production');
    expect(refusal({ ...PRODUCTION, PUBLIC_URL: 'http://servizi.comune.spinodadda.cr.it' })).toContain(
      'PUBLIC_URL="http://servizi.comune.spinodadda.cr.it"',
    );
  });

  it('should serve the API docs in production only when API_DOCS_PUBLIC is true', () => {
    expect(buildConfiguration({ ...PRODUCTION, API_DOCS_PUBLIC: 'true' }).app.apiDocs).toBe(true);
    expect(buildConfiguration({ NODE_ENV: 'development' }).app.apiDocs).toBe(true);
    expect(buildConfiguration({ NODE_ENV: 'test', API_DOCS_PUBLIC: 'false' }).app.apiDocs).toBe(false);
  });

  it('should leave development and tests their test federation and localhost URLs, demo off unless asked', () => {
    const development = {
      NODE_ENV: 'development',
      OIDC_TRUST_ANCHOR: 'http://localhost:4000/ta',
      OIDC_TEST_FEDERATION_URL: 'http://localhost:4000',
    };
    expect(buildConfiguration(development).app.demoData).toBe(false);
    expect(buildConfiguration({ ...development, DEMO_DATA: 'true' }).app.demoData).toBe(true);
    expect(buildConfiguration({ ...development, NODE_ENV: 'test' }).auth.cieProvider).toBe(
      'http://localhost:4000/cie',
    );
  });

  it('should refuse the pagoPA sandbox URLs and key, naming them', () => {
    const message = refusal({
      ...PRODUCTION,
      PAGOPA_GPD_URL: 'http://localhost:4000/pagopa/gpd/debt-positions-service/v1',
      PAGOPA_CHECKOUT_URL: 'https://fed.example.org/pagopa/checkout',
      PAGOPA_API_KEY: 'sandbox-gpd-key',
      MUNICIPALITY_FISCAL_CODE: '00000000000',
      PAGOPA_IBAN: 'IT60X0542811101000000123456',
    });
    expect(message).toMatch(/PAGOPA_GPD_URL=.*must not be the local pagoPA sandbox/);
    expect(message).toMatch(/PAGOPA_CHECKOUT_URL=.*must not be the local pagoPA sandbox/);
    expect(message).toMatch(/PAGOPA_API_KEY=.*sandbox/);
  });
});
