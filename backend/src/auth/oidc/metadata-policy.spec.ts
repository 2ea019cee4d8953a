import { describe, expect, it } from 'vitest';
import { applyMetadataPolicy, MetadataPolicyError } from './metadata-policy.js';

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
      applyMetadataPolicy(
        { grant_types: ['implicit'] },
        { grant_types: { subset_of: ['authorization_code'], essential: true } },
      ),
    ).toThrow(/essential/);
  });

  it('should remove a parameter whose policy value is null and leave the input untouched', () => {
    const metadata = { logo_uri: 'https://example.it/logo.svg' };

    expect(applyMetadataPolicy(metadata, { logo_uri: { value: null } })).toEqual({});
    expect(metadata).toEqual({ logo_uri: 'https://example.it/logo.svg' });
  });
});
