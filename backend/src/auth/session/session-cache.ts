import type { SessionUser } from './session-user.js';

/** A session as read from PostgreSQL with its person and roles (`SESSION_WITH_USER_SQL`). */
export interface CachedSession {
  /** The session's data as stored (JSON text): every request gets its own parsed copy. */
  json: string;
  /** The fiscal code the session held when it was read. */
  fiscalCode: string | undefined;
  /** The person with their roles; frozen, shared by the requests the entry serves. */
  user: Readonly<SessionUser> | null;
  /** The row's idle expiry (epoch ms): the entry never serves a session past it. */
  expiresAt: number;
}

interface Entry extends CachedSession {
  /** When the entry stops serving, whatever happens (epoch ms): the cache's maximum age or the row's expiry. */
  validUntil: number;
}

/** Taken before a read of the database, handed back with its result: see `SessionCache.put`. */
export interface ReadTicket {
  readonly sequence: number;
  readonly generation: number;
  readonly at: number;
}

/** What changed, as the database's notifications name it. */
export type SessionChange = { session: string } | { person: string } | 'everything';

const MAX_READ_MS = 30_000;

/**
 * Sessions with their person and roles, kept in this process for `maxAgeMs` so that a request does not read
 * them from PostgreSQL again, and dropped as soon as anything they were read from changes.
 *
 * The rule that keeps it safe: an entry serves only while the cache is **live**, i.e. while this process
 * receives PostgreSQL's notifications of every change to sessions, persons and roles (the triggers of
 * `migrations/1767400000000-session-change-notifications.ts`, sent at commit). `drop()` is called for each of
 * them and synchronously by this process's own writes. Whenever notifications may have been missed (the
 * listening connection is down or being re-established) the cache is not live: it is emptied and every request
 * reads the database, as without a cache.
 *
 * A read that was under way when a change arrived is not kept (`put` compares the change's sequence number
 * with the read's ticket): its result may predate the change.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Fiscal code → the sessions of the entries that hold that person. */
  private readonly sessionsOf = new Map<string, Set<string>>();
  /** Session id or `p:` + fiscal code → sequence number of the last change to it (recent ones only). */
  private readonly lastChange = new Map<string, { sequence: number; at: number }>();
  private sequence = 0;
  /** Changes with each (re)start or stop of the notifications: tickets of another generation are void. */
  private generation = 0;
  private live = false;
  private everythingChangedAt = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxAgeMs: number,
    /** About 2 KB each (the session's JSON, with the identity provider's access token, and the person). */
    private readonly maxEntries = 20_000,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.maxAgeMs > 0;
  }

  get isLive(): boolean {
    return this.live;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The notifications are flowing (true) or may have been missed (false): either way nothing kept survives. */
  setLive(live: boolean): void {
    this.generation++;
    this.clear();
    this.live = live && this.enabled;
  }

  /** The session, if kept, live and not expired. */
  get(sessionId: string): CachedSession | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(sessionId);
    if (entry === undefined) {
      this.misses++;
      return undefined;
    }
    if (this.now() >= entry.validUntil) {
      this.remove(sessionId);
      this.misses++;
      return undefined;
    }
    this.hits++;
    return entry;
  }

  /** Before reading a session from the database. */
  ticket(): ReadTicket {
    return { sequence: this.sequence, generation: this.generation, at: this.now() };
  }

  /**
   * Keeps what a read returned, unless something it was read from changed since its ticket was taken (the read
   * may have seen the state before the change) or the notifications stopped or restarted meanwhile.
   */
  put(ticket: ReadTicket, sessionId: string, session: CachedSession): void {
    if (!this.live || ticket.generation !== this.generation) return;
    const now = this.now();
    if (now - ticket.at > MAX_READ_MS) return;
    if (this.everythingChangedAt > ticket.sequence) return;
    if (this.changedSince(sessionId, ticket.sequence)) return;
    if (session.fiscalCode !== undefined && this.changedSince(`p:${session.fiscalCode}`, ticket.sequence))
      return;
    const validUntil = Math.min(now + this.maxAgeMs, session.expiresAt);
    if (validUntil <= now) return;
    this.remove(sessionId);
    if (this.entries.size >= this.maxEntries) {
      // The oldest entry goes (a Map iterates in insertion order).
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.remove(oldest.value);
    }
    if (session.user) {
      Object.freeze(session.user.roles);
      Object.freeze(session.user);
    }
    this.entries.set(sessionId, { ...session, validUntil });
    if (session.fiscalCode !== undefined) {
      let sessions = this.sessionsOf.get(session.fiscalCode);
      if (sessions === undefined) {
        sessions = new Set();
        this.sessionsOf.set(session.fiscalCode, sessions);
      }
      sessions.add(sessionId);
    }
  }

  /** Something a session was read from changed: drop what depends on it, and refuse reads already under way. */
  drop(change: SessionChange): void {
    this.sequence++;
    const now = this.now();
    if (change === 'everything') {
      this.everythingChangedAt = this.sequence;
      this.clear();
      return;
    }
    if ('session' in change) {
      this.noteChange(change.session, now);
      this.remove(change.session);
      return;
    }
    this.noteChange(`p:${change.person}`, now);
    for (const sessionId of this.sessionsOf.get(change.person) ?? []) this.remove(sessionId);
  }

  private changedSince(key: string, sequence: number): boolean {
    const change = this.lastChange.get(key);
    return change !== undefined && change.sequence > sequence;
  }

  private noteChange(key: string, now: number): void {
    this.lastChange.delete(key);
    this.lastChange.set(key, { sequence: this.sequence, at: now });
    // Only reads under way need these (at most MAX_READ_MS old): forget the older ones, oldest first.
    for (const [oldKey, change] of this.lastChange) {
      if (now - change.at <= MAX_READ_MS) break;
      this.lastChange.delete(oldKey);
    }
  }

  private remove(sessionId: string): void {
    const entry = this.entries.get(sessionId);
    if (entry === undefined) return;
    this.entries.delete(sessionId);
    if (entry.fiscalCode === undefined) return;
    const sessions = this.sessionsOf.get(entry.fiscalCode);
    sessions?.delete(sessionId);
    if (sessions?.size === 0) this.sessionsOf.delete(entry.fiscalCode);
  }

  private clear(): void {
    this.entries.clear();
    this.sessionsOf.clear();
  }
}
