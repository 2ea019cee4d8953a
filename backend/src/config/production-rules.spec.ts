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
  SIGNATURE_TRUSTED_CAS: '/keys/qualified-cas.pem',
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

  it('should require the trusted signature CAs in production, whose list never falls back on the firma sandbox', () => {
    const { SIGNATURE_TRUSTED_CAS: _omitted, ...withoutCas } = PRODUCTION;
    expect(refusal(withoutCas)).toMatch(/^ {2}SIGNATURE_TRUSTED_CAS.*is required in production/m);
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

  it('should refuse the App IO sandbox in production and accept IO itself', () => {
    const sandbox = {
      ...PRODUCTION,
      APP_IO_URL: 'http://localhost:4000/io/api/v1',
      APP_IO_API_KEYS: 'permits:sandbox-io-key-edilizia',
    };
    const message = refusal(sandbox);
    expect(message).toMatch(
      /^ {2}APP_IO_URL="http:\/\/localhost:4000\/io\/api\/v1": must be App IO's https API/m,
    );
    expect(message).toContain('APP_IO_API_KEYS');
    const io = buildConfiguration({
      ...PRODUCTION,
      APP_IO_URL: 'https://api.io.pagopa.it/api/v1/',
      APP_IO_API_KEYS: 'permits: k1, taxes:k2',
    });
    expect(io.appIo).toMatchObject({
      url: 'https://api.io.pagopa.it/api/v1',
      apiKeys: { permits: 'k1', taxes: 'k2' },
    });
  });

  it('should leave App IO off unless both its URL and a key are set', () => {
    expect(buildConfiguration({ NODE_ENV: 'development' }).appIo.url).toBeNull();
    expect(
      buildConfiguration({ NODE_ENV: 'development', APP_IO_URL: 'http://localhost:4000/io/api/v1' }).appIo
        .url,
    ).toBeNull();
    expect(refusal({ NODE_ENV: 'development', APP_IO_API_KEYS: 'permits' })).toContain('APP_IO_API_KEYS');
  });

  describe('registry source', () => {
    const ANPR = {
      REGISTRY_SOURCE: 'anpr',
      PDND_TOKEN_URL: 'https://auth.interop.pagopa.it/token.oauth2',
      PDND_CLIENT_ASSERTION_AUDIENCE: 'auth.interop.pagopa.it/client-assertion',
      PDND_CLIENT_ID: '0b6f7a8e-5c3d-4e2f-9a1b-2c3d4e5f6a7b',
      PDND_KID: 'portale-2026',
      PDND_PURPOSE_VERIFICATION: '1b6f7a8e-5c3d-4e2f-9a1b-2c3d4e5f6a7b',
      PDND_PURPOSE_CONSULTATION: '2b6f7a8e-5c3d-4e2f-9a1b-2c3d4e5f6a7b',
      ANPR_URL: 'https://modipa.anpr.interno.it/govway/rest/in/MinInternoPortaANPR-PDND',
    };

    it('should read the registry locally unless REGISTRY_SOURCE says anpr', () => {
      expect(buildConfiguration(PRODUCTION).registry).toMatchObject({ source: 'local', anpr: null });
      const anpr = buildConfiguration({ ...PRODUCTION, ...ANPR }).registry;
      expect(anpr.source).toBe('anpr');
      expect(anpr.anpr?.keyFile).toBe('/keys/pdnd-client-key.pem');
      expect(anpr.anpr?.purposes).toEqual({
        verification: ANPR.PDND_PURPOSE_VERIFICATION,
        consultation: ANPR.PDND_PURPOSE_CONSULTATION,
      });
    });

    it('should refuse an unknown source and name every PDND coordinate missing for anpr, in any environment', () => {
      expect(refusal({ REGISTRY_SOURCE: 'csv' })).toContain('REGISTRY_SOURCE="csv"');
      const message = refusal({ NODE_ENV: 'development', REGISTRY_SOURCE: 'anpr', PDND_KID: 'k' });
      for (const variable of ['PDND_TOKEN_URL', 'PDND_CLIENT_ID', 'PDND_PURPOSE_CONSULTATION', 'ANPR_URL']) {
        expect(message).toContain(`  ${variable} (unset): is required with REGISTRY_SOURCE=anpr`);
      }
      expect(message).not.toContain('PDND_KID');
    });

    it('should use AUDIT_REST_01 unless PDND_AUDIT_PATTERN asks for AUDIT_REST_02, and refuse any other', () => {
      expect(buildConfiguration({ ...PRODUCTION, ...ANPR }).registry.anpr?.auditPattern).toBe(
        'AUDIT_REST_01',
      );
      const bound = buildConfiguration({ ...PRODUCTION, ...ANPR, PDND_AUDIT_PATTERN: 'AUDIT_REST_02' });
      expect(bound.registry.anpr?.auditPattern).toBe('AUDIT_REST_02');
      expect(refusal({ ...PRODUCTION, ...ANPR, PDND_AUDIT_PATTERN: 'AUDIT_REST_03' })).toContain(
        'PDND_AUDIT_PATTERN="AUDIT_REST_03"',
      );
    });

    it('should refuse the PDND and ANPR sandboxes in production', () => {
      const message = refusal({
        ...PRODUCTION,
        ...ANPR,
        PDND_TOKEN_URL: 'http://localhost:4000/pdnd/token.oauth2',
        PDND_CLIENT_ASSERTION_AUDIENCE: 'localhost:4000/pdnd/client-assertion',
        ANPR_URL: 'http://127.0.0.1:4000/anpr',
      });
      expect(message).toContain(
        'PDND_TOKEN_URL="http://localhost:4000/pdnd/token.oauth2": must not be a local',
      );
      expect(message).toContain('ANPR_URL="http://127.0.0.1:4000/anpr": must not be a local');
      expect(message).toContain('PDND_CLIENT_ASSERTION_AUDIENCE="localhost:4000/pdnd/client-assertion"');
      const development = { ...ANPR, NODE_ENV: 'development', ANPR_URL: 'http://localhost:4000/anpr' };
      expect(buildConfiguration(development).registry.anpr?.url).toBe('http://localhost:4000/anpr');
    });
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
