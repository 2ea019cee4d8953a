import { describe, expect, it } from 'vitest';
import {
  applyMetadataPolicy,
  combineMetadataPolicies,
  MetadataPolicyError,
  resolveMetadata,
} from './metadata-policy.js';

describe('applyMetadataPolicy', () => {
  it('should apply value, add and default before the checks', () => {
    const result = applyMetadataPolicy(
      { contacts: ['a@example.it'], grant_types: ['authorization_code'] },
      {
        contacts: { add: ['federazione@example.it'] },
        subject_types_supported: { value: ['pairwise'] },
        id_token_signed_response_alg: { default: 'RS256', one_of: ['RS256', 'RS512'] },
        grant_types: { subset_of: ['authorization_code', 'refresh_token'] },
      },
    );

    expect(result).toEqual({
      contacts: ['a@example.it', 'federazione@example.it'],
      grant_types: ['authorization_code'],
      subject_types_supported: ['pairwise'],
      id_token_signed_response_alg: 'RS256',
    });
  });

  it('should narrow a list to the allowed values with subset_of', () => {
    const result = applyMetadataPolicy(
      { token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'] },
      { token_endpoint_auth_methods_supported: { subset_of: ['private_key_jwt'] } },
    );

    expect(result.token_endpoint_auth_methods_supported).toEqual(['private_key_jwt']);
  });

  it('should refuse a value outside one_of, a missing superset_of member and a missing essential parameter', () => {
    expect(() =>
      applyMetadataPolicy(
        { token_endpoint_auth_method: 'client_secret_basic' },
        {
          token_endpoint_auth_method: { one_of: ['private_key_jwt'] },
        },
      ),
    ).toThrow(MetadataPolicyError);
    expect(() =>
      applyMetadataPolicy(
        { scopes_supported: ['openid'] },
        { scopes_supported: { superset_of: ['openid', 'email'] } },
      ),
    ).toThrow(/email/);
    expect(() =>
      applyMetadataPolicy({}, { grant_types: { subset_of: ['authorization_code'], essential: true } }),
    ).toThrow(/essential/);
  });

  it('should remove a parameter whose policy value is null and leave the input untouched', () => {
    const metadata = { logo_uri: 'https://example.it/logo.svg' };

    expect(applyMetadataPolicy(metadata, { logo_uri: { value: null } })).toEqual({});
    expect(metadata).toEqual({ logo_uri: 'https://example.it/logo.svg' });
  });

  it('should leave an empty list, not a missing parameter, when subset_of keeps nothing', () => {
    expect(
      applyMetadataPolicy(
        { grant_types: ['implicit'] },
        { grant_types: { subset_of: ['authorization_code'], default: ['refresh_token'] } },
      ),
    ).toEqual({ grant_types: [] });
  });
});

describe('combineMetadataPolicies', () => {
  it('should unite add and superset_of, intersect one_of and subset_of, and keep essential once set', () => {
    const combined = combineMetadataPolicies(
      {
        openid_provider: {
          contacts: { add: ['ta@example.it'] },
          scopes_supported: { superset_of: ['openid'], subset_of: ['openid', 'email', 'profile'] },
          id_token_signing_alg_values_supported: { one_of: ['RS256', 'RS512'] },
          acr_values_supported: { essential: true },
        },
      },
      {
        openid_provider: {
          contacts: { add: ['int@example.it', 'ta@example.it'] },
          scopes_supported: { superset_of: ['email'], subset_of: ['openid', 'email'] },
          id_token_signing_alg_values_supported: { one_of: ['RS512', 'ES256'] },
          acr_values_supported: { essential: false },
        },
        openid_relying_party: { client_name: { value: 'Portale' } },
      },
    );

    expect(combined).toEqual({
      openid_provider: {
        contacts: { add: ['ta@example.it', 'int@example.it'] },
        scopes_supported: { superset_of: ['openid', 'email'], subset_of: ['openid', 'email'] },
        id_token_signing_alg_values_supported: { one_of: ['RS512'] },
        acr_values_supported: { essential: true },
      },
      openid_relying_party: { client_name: { value: 'Portale' } },
    });
  });

  it('should refuse policies that cannot both hold', () => {
    const combine = (superior: object, subordinate: object) => () =>
      combineMetadataPolicies({ op: { p: superior } }, { op: { p: subordinate } });

    expect(combine({ value: 'a' }, { value: 'b' })).toThrow(/different values/);
    expect(combine({ default: 'a' }, { default: 'b' })).toThrow(/different defaults/);
    expect(combine({ one_of: ['a'] }, { one_of: ['b'] })).toThrow(/no common one_of/);
    expect(combine({ value: 'c' }, { one_of: ['a', 'b'] })).toThrow(/value is not among one_of/);
    expect(combine({ subset_of: ['a'] }, { superset_of: ['b'] })).toThrow(/superset_of must be contained/);
    expect(combine({ one_of: ['a'] }, { subset_of: ['a'] })).toThrow(MetadataPolicyError);
  });
});

describe('resolveMetadata', () => {
  it('should override the leaf with its superior metadata before applying the combined policy', () => {
    const resolved = resolveMetadata(
      { openid_relying_party: { client_name: 'Scelto dal portale', contacts: ['rp@example.it'] } },
      { openid_relying_party: { client_name: 'Deciso dal superiore' } },
      [
        { openid_relying_party: { client_name: { one_of: ['Deciso dal superiore'] } } },
        { openid_relying_party: { contacts: { add: ['int@example.it'] } } },
      ],
    );

    expect(resolved).toEqual({
      openid_relying_party: {
        client_name: 'Deciso dal superiore',
        contacts: ['rp@example.it', 'int@example.it'],
      },
    });
  });
});
