import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import pg, { type Pool } from 'pg';
import { authConfig } from '../../config/app.config.js';
import { SessionCache, type SessionChange } from './session-cache.js';

/** The channel of `migrations/1767400000000-session-change-notifications.ts`. */
export const SESSION_CHANGES_CHANNEL = 'portal_session_changes';
/** How the listening connection shows in `pg_stat_activity`. */
export const SESSION_LISTENER_APPLICATION_NAME = 'portal-session-listener';

const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

/** A notification's payload: `s:<session id>`, `p:<fiscal code>` or `*`. */
export function parseSessionChange(payload: string | undefined): SessionChange {
  if (payload?.startsWith('s:')) return { session: payload.slice(2) };
  if (payload?.startsWith('p:')) return { person: payload.slice(2) };
  // `*` (a table emptied) and anything unexpected: drop everything rather than guess.
  return 'everything';
}

/**
 * Keeps the session cache (`session-cache.ts`) in step with the database: one connection of its own LISTENs to
 * the changes of sessions, persons and roles that the tables' triggers announce at commit, from this process,
 * the other replicas or anyone with SQL access. The cache serves only while that connection listens: when it
 * fails (or a heartbeat goes unanswered), the cache is emptied and bypassed, and the connection is opened again
 * with a growing delay; once it listens again the cache starts empty.
 *
 * `SESSION_CACHE_SECONDS=0` turns the cache off (no connection is opened): every request reads its session
 * from the database.
 */
@Injectable()
export class SessionChanges implements OnApplicationShutdown {
  readonly cache: SessionCache;
  private readonly logger = new Logger(SessionChanges.name);
  private client: pg.Client | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryMs = RETRY_MIN_MS;
  private started = false;
  private stopped = false;

  constructor(@Inject(authConfig.KEY) auth: ConfigType<typeof authConfig>) {
    this.cache = new SessionCache(auth.sessionCacheSeconds * 1000);
  }

  /**
   * Starts listening with the connection settings of `pool` (the application's). Resolves when the first
   * attempt is over, listening or not: a failure leaves the cache off and retries in the background.
   */
  async start(pool: Pool): Promise<void> {
    if (!this.cache.enabled || this.started) return;
    this.started = true;
    await this.connect(pool);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    this.cache.setLive(false);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(pool: Pool): Promise<void> {
    if (this.stopped) return;
    const { Client: _client, ...options } = pool.options as pg.PoolConfig & { Client?: unknown };
    const client = new pg.Client({
      ...options,
      application_name: SESSION_LISTENER_APPLICATION_NAME,
      keepAlive: true,
      query_timeout: HEARTBEAT_TIMEOUT_MS,
    });
    this.client = client;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      this.cache.setLive(false);
      clearInterval(this.heartbeat);
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(
        `Session cache off: the connection listening to session changes failed (${String(error)}); retrying in ${this.retryMs} ms`,
      );
      this.retry = setTimeout(() => void this.connect(pool), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection closed')));
    client.on('notification', (message) => {
      if (message.channel === SESSION_CHANGES_CHANNEL) this.cache.drop(parseSessionChange(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANGES_CHANNEL}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (failed || this.stopped) return;
    // From here every change is announced to this process: the cache may serve, starting empty.
    this.cache.setLive(true);
    this.retryMs = RETRY_MIN_MS;
    // A connection can die without the socket noticing (a network partition): a query that goes unanswered
    // in HEARTBEAT_TIMEOUT_MS counts as a failure.
    this.heartbeat = setInterval(() => {
      client.query('SELECT 1').catch(fail);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }
}
