import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SessionChanges } from '../auth/session/session-changes.js';
import { MetricsService } from './metrics.service.js';

/** Whether this process's session cache serves, and how much it saves (auth/session/session-cache.ts). */
@Injectable()
export class SessionCacheGauges implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly sessions: SessionChanges,
  ) {}

  onModuleInit(): void {
    const cache = this.sessions.cache;
    this.metrics.registerGauge({
      name: 'portal_session_cache_live',
      help: 'Whether the session cache serves (1): its connection listens to the changes of sessions and roles.',
      collect: () => (cache.isLive ? 1 : 0),
    });
    this.metrics.registerGauge({
      name: 'portal_session_cache_entries',
      help: 'Sessions kept in this process with their person and roles.',
      collect: () => cache.size,
    });
    this.metrics.registerGauge({
      name: 'portal_session_cache_hits',
      help: 'Requests whose session came from the cache, since the process started.',
      collect: () => cache.hits,
    });
    this.metrics.registerGauge({
      name: 'portal_session_cache_misses',
      help: 'Requests whose session was read from the database while the cache was live, since the process started.',
      collect: () => cache.misses,
    });
  }
}
