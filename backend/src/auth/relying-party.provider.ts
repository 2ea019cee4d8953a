import { readFileSync } from 'node:fs';
import { Logger, type Provider } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { JSONWebKeySet } from 'jose';
import { appConfig, authConfig, municipalityConfig } from '../config/app.config.js';
import { loadRelyingPartyKeys } from './keys/relying-party-key-store.js';
import { RelyingParty } from './oidc/index.js';

/** The SPID/CIE relying party, or null when no federation is configured (login then answers 503). */
export const RELYING_PARTY = Symbol('RELYING_PARTY');

function trustAnchorJwks(value: string | null): JSONWebKeySet | undefined {
  if (!value) return undefined;
  return JSON.parse(value.trim().startsWith('{') ? value : readFileSync(value, 'utf8')) as JSONWebKeySet;
}

export const relyingPartyProvider: Provider = {
  provide: RELYING_PARTY,
  inject: [appConfig.KEY, authConfig.KEY, municipalityConfig.KEY],
  useFactory: async (
    app: ConfigType<typeof appConfig>,
    auth: ConfigType<typeof authConfig>,
    municipality: ConfigType<typeof municipalityConfig>,
  ): Promise<RelyingParty | null> => {
    const logger = new Logger('RelyingParty');
    if (!auth.trustAnchor) {
      logger.warn('OIDC_TRUST_ANCHOR is not set: SPID/CIE login is disabled.');
      return null;
    }
    const keys = await loadRelyingPartyKeys(auth.keysDir, auth.generateKeys, (message) =>
      logger.log(message),
    );
    const jwks = trustAnchorJwks(auth.trustAnchorJwks);
    if (!jwks && app.env === 'production')
      throw new Error('OIDC_TRUST_ANCHOR_JWKS is required in production');
    return new RelyingParty(
      {
        entityId: app.publicUrl,
        redirectUri: `${app.publicUrl}/api/auth/callback`,
        resolveEndpoint: `${app.publicUrl}/api/federation/resolve`,
        clientName: `Portale del cittadino — Comune di ${municipality.name}`,
        organizationName: `Comune di ${municipality.name}`,
        homepageUri: municipality.website,
        policyUri: `${app.publicUrl}/privacy`,
        logoUri: municipality.logoUrl ?? undefined,
        contacts: [municipality.contacts.email],
        trustAnchorId: auth.trustAnchor,
        trustAnchorJwks: jwks,
        authorityHints: [auth.trustAnchor],
        providers: [
          ...auth.spidProviders.map((provider) => provider.entityId),
          ...(auth.cieProvider ? [auth.cieProvider] : []),
        ],
        trustMarks: auth.trustMarks,
        defaultAcr: auth.acrValues,
        allowHttp: app.env !== 'production',
      },
      keys,
    );
  },
};
