import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { isTrustProxyList, parseTrustProxy } from './trust-proxy.js';
import { validateEnvironment } from './validate-environment.js';

describe('TRUST_PROXY', () => {
  it('should accept presets, addresses and CIDR ranges of both families', () => {
    expect(isTrustProxyList('loopback, linklocal, uniquelocal')).toBe(true);
    expect(isTrustProxyList('10.0.0.0/8,192.168.1.10, fd00::/8, ::1')).toBe(true);
    expect(isTrustProxyList('none')).toBe(true);
  });

  it('should refuse host names, bad ranges and empty items', () => {
    expect(isTrustProxyList('proxy.comune.it')).toBe(false);
    expect(isTrustProxyList('10.0.0.0/33')).toBe(false);
    expect(isTrustProxyList('fd00::/129')).toBe(false);
    expect(isTrustProxyList('10.0.0.1/8/1')).toBe(false);
    expect(isTrustProxyList('loopback,,10.0.0.1')).toBe(false);
    expect(isTrustProxyList('true')).toBe(false);
  });

  it('should turn the value into the setting Express expects', () => {
    expect(parseTrustProxy(' 10.0.0.0/8 , loopback ')).toEqual(['10.0.0.0/8', 'loopback']);
    expect(parseTrustProxy('none')).toBe(false);
  });

  it('should stop the start naming the variable when the value is wrong', () => {
    expect(() => validateEnvironment({ TRUST_PROXY: '*' })).toThrow(/TRUST_PROXY="\*"/);
  });
});
