import { describe, expect, it } from 'vitest';
import { type CachedSession, SessionCache } from './session-cache.js';
import { parseSessionChange } from './session-changes.js';

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

const session = (fiscalCode: string, expiresAt: number, roles: string[] = []): CachedSession => ({
  json: JSON.stringify({ fiscalCode }),
  fiscalCode,
  user: {
    fiscalCode,
    givenName: 'Anna',
    familyName: 'Rossi',
    email: null,
    roles: ['resident', ...roles] as never,
  },
  expiresAt,
});

function liveCache(maxAgeMs = 30_000, maxEntries?: number) {
  const time = clock();
  const cache = new SessionCache(maxAgeMs, maxEntries, time.now);
  cache.setLive(true);
  return { cache, time };
}

describe('SessionCache', () => {
  it('should keep what a read returned and serve it until its maximum age', () => {
    const { cache, time } = liveCache(30_000);
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', time.now() + 900_000));
    expect(cache.get('sid-1')?.fiscalCode).toBe('RSSNNA80A41H501U');
    time.advance(29_999);
    expect(cache.get('sid-1')).toBeDefined();
    time.advance(1);
    expect(cache.get('sid-1')).toBeUndefined();
  });

  it('should never serve a session past the expiry of the row it was read from', () => {
    const { cache, time } = liveCache(30_000);
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', time.now() + 5_000));
    time.advance(5_000);
    expect(cache.get('sid-1')).toBeUndefined();
    // Already expired when read: not kept at all.
    cache.put(cache.ticket(), 'sid-2', session('RSSNNA80A41H501U', time.now()));
    expect(cache.get('sid-2')).toBeUndefined();
  });

  it('should keep nothing while it is not live, and forget everything when it stops or restarts', () => {
    const time = clock();
    const cache = new SessionCache(30_000, undefined, time.now);
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', time.now() + 60_000));
    expect(cache.get('sid-1')).toBeUndefined();
    cache.setLive(true);
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', time.now() + 60_000));
    expect(cache.get('sid-1')).toBeDefined();
    cache.setLive(false);
    expect(cache.get('sid-1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('should refuse a read taken before the notifications stopped or restarted', () => {
    const { cache, time } = liveCache();
    const ticket = cache.ticket();
    cache.setLive(false);
    cache.setLive(true);
    cache.put(ticket, 'sid-1', session('RSSNNA80A41H501U', time.now() + 60_000));
    expect(cache.get('sid-1')).toBeUndefined();
  });

  it('should drop a session, or every session of a person, when told they changed', () => {
    const { cache, time } = liveCache();
    const expiresAt = time.now() + 60_000;
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', expiresAt));
    cache.put(cache.ticket(), 'sid-2', session('RSSNNA80A41H501U', expiresAt));
    cache.put(cache.ticket(), 'sid-3', session('VRDLGU70C10F205X', expiresAt));
    cache.drop({ session: 'sid-1' });
    expect(cache.get('sid-1')).toBeUndefined();
    expect(cache.get('sid-2')).toBeDefined();
    cache.drop({ person: 'RSSNNA80A41H501U' });
    expect(cache.get('sid-2')).toBeUndefined();
    expect(cache.get('sid-3')).toBeDefined();
    cache.drop('everything');
    expect(cache.get('sid-3')).toBeUndefined();
  });

  it('should not keep a read that was under way when something it read changed', () => {
    const { cache, time } = liveCache();
    const expiresAt = time.now() + 60_000;
    const bySession = cache.ticket();
    cache.drop({ session: 'sid-1' });
    cache.put(bySession, 'sid-1', session('RSSNNA80A41H501U', expiresAt));
    expect(cache.get('sid-1')).toBeUndefined();

    const byPerson = cache.ticket();
    cache.drop({ person: 'RSSNNA80A41H501U' });
    cache.put(byPerson, 'sid-1', session('RSSNNA80A41H501U', expiresAt));
    expect(cache.get('sid-1')).toBeUndefined();

    const byEverything = cache.ticket();
    cache.drop('everything');
    cache.put(byEverything, 'sid-1', session('RSSNNA80A41H501U', expiresAt));
    expect(cache.get('sid-1')).toBeUndefined();

    // A change to someone else does not stop it; a read that began after the change is kept.
    const unrelated = cache.ticket();
    cache.drop({ person: 'VRDLGU70C10F205X' });
    cache.drop({ session: 'sid-9' });
    cache.put(unrelated, 'sid-1', session('RSSNNA80A41H501U', expiresAt));
    expect(cache.get('sid-1')).toBeDefined();
  });

  it('should not keep a read that took longer than any change is remembered', () => {
    const { cache, time } = liveCache();
    const ticket = cache.ticket();
    time.advance(30_001);
    cache.put(ticket, 'sid-1', session('RSSNNA80A41H501U', time.now() + 60_000));
    expect(cache.get('sid-1')).toBeUndefined();
  });

  it('should hold at most its number of entries, letting the oldest go', () => {
    const { cache, time } = liveCache(30_000, 2);
    const expiresAt = time.now() + 60_000;
    for (const sid of ['sid-1', 'sid-2', 'sid-3'])
      cache.put(cache.ticket(), sid, session('RSSNNA80A41H501U', expiresAt));
    expect(cache.size).toBe(2);
    expect(cache.get('sid-1')).toBeUndefined();
    expect(cache.get('sid-3')).toBeDefined();
    // The person's index follows: dropping the person empties what is left.
    cache.drop({ person: 'RSSNNA80A41H501U' });
    expect(cache.size).toBe(0);
  });

  it('should share a frozen person: a request cannot change what the next one gets', () => {
    const { cache, time } = liveCache();
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', time.now() + 60_000, ['permits']));
    const user = cache.get('sid-1')?.user;
    if (!user) throw new Error('the session was not kept');
    expect(Object.isFrozen(user)).toBe(true);
    expect(() => (user.roles as string[]).push('admin')).toThrow(TypeError);
  });

  it('should be off with a maximum age of 0', () => {
    const cache = new SessionCache(0);
    cache.setLive(true);
    expect(cache.isLive).toBe(false);
    cache.put(cache.ticket(), 'sid-1', session('RSSNNA80A41H501U', Date.now() + 60_000));
    expect(cache.get('sid-1')).toBeUndefined();
  });
});

describe('parseSessionChange', () => {
  it('should read the payloads of the triggers, and take anything else for a change to everything', () => {
    expect(parseSessionChange('s:abc')).toEqual({ session: 'abc' });
    expect(parseSessionChange('p:RSSNNA80A41H501U')).toEqual({ person: 'RSSNNA80A41H501U' });
    expect(parseSessionChange('*')).toBe('everything');
    expect(parseSessionChange(undefined)).toBe('everything');
    expect(parseSessionChange('x:1')).toBe('everything');
  });
});
