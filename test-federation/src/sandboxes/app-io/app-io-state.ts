import { randomBytes } from 'node:crypto';

/** A sending service: an App IO subscription with its key and the permissions the portal's calls meet. */
export interface IoService {
  /** The `Ocp-Apim-Subscription-Key` the service calls with. */
  key: string;
  /** The service id (on IO: the subscription id), returned as `sender_service_id`. */
  serviceId: string;
  serviceName: string;
  organizationName: string;
  departmentName: string;
  /** 11 digits: the payee when a payment notice names none. */
  organizationFiscalCode: string;
  /** Highest `payment_data.amount` (cents) the service may ask; 0 = no payment notices (IO's default). */
  maxAllowedPaymentAmount: number;
  /** May send `payment_data.payee` (IO group ApiMessageWriteWithPayee). */
  canSendWithPayee: boolean;
  /** May send `feature_level_type: ADVANCED` (IO group ApiMessageWriteAdvanced). */
  canSendAdvanced: boolean;
  /**
   * A service still in IO's trial ("limited") mode: it may look up and message only the fiscal codes in
   * `authorizedRecipients` (IO group ApiLimitedMessageWrite instead of ApiMessageWrite); others get 403.
   */
  limited: boolean;
  authorizedRecipients: string[];
}

/** Per-citizen settings; a fiscal code without settings follows `Switches.unknownCitizens`. */
export interface CitizenSettings {
  /** Whether the fiscal code has an App IO profile with the inbox enabled (false: profiles 404, messages REJECTED). */
  onIo?: boolean;
  /** False: the citizen has turned off every service (`sender_allowed: false`, messages REJECTED). */
  senderAllowed?: boolean;
  /** Service ids the citizen has turned off. */
  blockedServices?: string[];
  /** Forced final status of messages to this fiscal code (instead of PROCESSED). */
  outcome?: 'PROCESSED' | 'REJECTED' | 'THROTTLED' | 'FAILED';
  preferredLanguages?: string[];
}

export interface ForcedFailure {
  /** 429 or 5xx. */
  status: number;
  /** How many API calls still fail this way (absent: until cleared). */
  times?: number;
  /** Only these operationIds (absent: every API call). */
  operations?: string[];
  /** With 429: the Retry-After header, seconds (default 5). */
  retryAfterSeconds?: number;
}

export interface Switches {
  /** Whether fiscal codes with no settings are on IO (default true, so demo residents get messages). */
  unknownCitizens: 'on-io' | 'not-on-io';
  citizens: Record<string, CitizenSettings>;
  /** Delay before an ACCEPTED message reaches its final status, milliseconds. */
  processingDelayMs: number;
  /** Extra latency added to every API answer, milliseconds. */
  latencyMs: number;
  rateLimit: { limit: number; windowMs: number };
  failure: ForcedFailure | null;
}

export type MessageStatus = 'ACCEPTED' | 'THROTTLED' | 'FAILED' | 'PROCESSED' | 'REJECTED';

export interface StoredPaymentData {
  amount: number;
  notice_number: string;
  invalid_after_due_date?: boolean;
  payee?: { fiscal_code: string };
}

export interface StoredContent {
  subject: string;
  markdown: string;
  require_secure_channels?: boolean;
  due_date?: string;
  payment_data?: StoredPaymentData;
}

export interface StoredMessage {
  id: string;
  fiscal_code: string;
  created_at: string;
  time_to_live: number;
  feature_level_type: 'STANDARD' | 'ADVANCED';
  sender_service_id: string;
  content: StoredContent;
  status: MessageStatus;
  /** Why a REJECTED message was rejected (IO's RejectionReason). */
  rejection_reason?: 'USER_NOT_FOUND' | 'SERVICE_NOT_ALLOWED';
}

export const DEMO_ORGANIZATION_FISCAL_CODE = '00000000000';

function demoService(area: string, name: string, department: string, maxAmount: number): IoService {
  return {
    key: `sandbox-io-key-${area}`,
    serviceId: `sandbox-service-${area}`,
    serviceName: name,
    organizationName: 'Comune di Prova',
    departmentName: department,
    organizationFiscalCode: DEMO_ORGANIZATION_FISCAL_CODE,
    maxAllowedPaymentAmount: maxAmount,
    canSendWithPayee: false,
    canSendAdvanced: false,
    limited: false,
    authorizedRecipients: [],
  };
}

/** The demo services every reset starts with. */
export function defaultServices(): IoService[] {
  return [
    demoService('anagrafe', 'Servizi demografici', 'Ufficio anagrafe', 0),
    demoService('edilizia', 'Sportello edilizia', 'Area tecnica', 100_000_000),
    demoService('tributi', 'Tributi', 'Ufficio tributi', 100_000_000),
  ];
}

export function defaultSwitches(): Switches {
  return {
    unknownCitizens: 'on-io',
    citizens: {},
    processingDelayMs: 300,
    latencyMs: 0,
    rateLimit: { limit: 150, windowMs: 5_000 },
    failure: null,
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID (48-bit time, 80 random bits, Crockford base32), the id format IO gives messages. */
export function ulid(now = Date.now()): string {
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  const random = [...randomBytes(16)].map((byte) => CROCKFORD[byte % 32]).join('');
  return time + random;
}

export interface WindowCount {
  /** Window start, ISO date-time. */
  start: string;
  requests: number;
  /** Of those, answered 429 by the rate limit. */
  limited: number;
}

const KEPT_WINDOWS = 120;

/**
 * Fixed windows per key: a window opens at a key's first call after the previous one closed and lets
 * `limit` calls through; the rest get 429 until it closes. Keeps the last windows' counts for the benchmark.
 */
export class RateLimiter {
  private readonly windows = new Map<string, WindowCount[]>();
  private readonly open = new Map<string, { startMs: number; count: number }>();
  private readonly totals = new Map<string, { total: number; limited: number }>();

  /** Counts a call; returns the seconds to wait when it is over the limit, otherwise undefined. */
  hit(key: string, limit: number, windowMs: number, now = Date.now()): number | undefined {
    let current = this.open.get(key);
    let history = this.windows.get(key);
    if (!history) {
      history = [];
      this.windows.set(key, history);
    }
    if (!current || now >= current.startMs + windowMs) {
      current = { startMs: now, count: 0 };
      this.open.set(key, current);
      history.push({ start: new Date(now).toISOString(), requests: 0, limited: 0 });
      if (history.length > KEPT_WINDOWS) history.shift();
    }
    const counts = history[history.length - 1] as WindowCount;
    const totals = this.totals.get(key) ?? { total: 0, limited: 0 };
    this.totals.set(key, totals);
    counts.requests++;
    totals.total++;
    current.count++;
    if (current.count > limit) {
      counts.limited++;
      totals.limited++;
      return Math.max(1, Math.ceil((current.startMs + windowMs - now) / 1000));
    }
    return undefined;
  }

  stats(): Record<string, { total: number; limited: number; windows: WindowCount[] }> {
    const result: Record<string, { total: number; limited: number; windows: WindowCount[] }> = {};
    for (const [key, windows] of this.windows) {
      result[key] = {
        ...(this.totals.get(key) ?? { total: 0, limited: 0 }),
        windows: windows.map((w) => ({ ...w })),
      };
    }
    return result;
  }

  clear(): void {
    this.windows.clear();
    this.open.clear();
    this.totals.clear();
  }
}
