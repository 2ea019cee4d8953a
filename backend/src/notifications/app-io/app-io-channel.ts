import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import createClient, { type Client } from 'openapi-fetch';
import { appIoConfig } from '../../config/app.config.js';
import {
  DeliveryDeferred,
  type DeliveryOutcome,
  DeliveryRefused,
  type NotificationChannel,
  type OutboxDelivery,
} from '../channels/notification-channel.js';
import type { MessageContent } from '../content/message-content.js';
import { renderAppIo } from '../content/render-app-io.js';
import type { components, paths } from './app-io-api.js';
import { IoCallBudget } from './io-call-budget.js';

type NewMessage = components['schemas']['NewMessage'];

/** A message IO has not processed within its longest time to live is not followed any longer. */
const FOLLOW_FOR_MS = 7 * 24 * 3_600_000;
/** Default wait after a 429 without Retry-After: one rate-limit window. */
const RATE_LIMIT_WAIT_MS = 5_000;

interface IoAnswer {
  error?: unknown;
  response: Response;
}

/** The reason an IO error answer gives, from a problem (`title`, `detail`) or an API Management body. */
function reasonOf(answer: IoAnswer): string {
  const body = (answer.error ?? {}) as { title?: unknown; detail?: unknown; message?: unknown };
  const parts = [body.title, body.detail, body.message].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return `App IO ${answer.response.status}${parts.length > 0 ? `: ${parts.join(' — ')}` : ''}`;
}

/** 429 waits as IO says, 5xx are retried with back-off, any other refusal is final. */
function failure(answer: IoAnswer): Error {
  const status = answer.response.status;
  if (status === 429) {
    const seconds = Number(answer.response.headers.get('retry-after'));
    const waitMs = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : RATE_LIMIT_WAIT_MS;
    return new DeliveryDeferred(reasonOf(answer), Math.min(waitMs, 600_000));
  }
  if (status >= 500) return new Error(reasonOf(answer));
  return new DeliveryRefused(reasonOf(answer));
}

/** The IO message of an outbox row: its rendered text, the deadline and the pagoPA notice when there are. */
export function appIoMessage(fiscalCode: string, content: MessageContent): NewMessage {
  const { subject, markdown } = renderAppIo(content);
  return {
    fiscal_code: fiscalCode,
    feature_level_type: 'STANDARD',
    content: {
      subject,
      markdown,
      ...(content.dueDate ? { due_date: new Date(content.dueDate).toISOString() } : {}),
      ...(content.payment
        ? {
            payment_data: {
              amount: content.payment.amountCents,
              notice_number: content.payment.noticeNumber,
              invalid_after_due_date: false,
            },
          }
        : {}),
    },
  };
}

/**
 * App IO (`pagopa/io-functions-services`): for each message, the citizen's profile first (not on IO, or the
 * service turned off, is `skipped`: no error, no retry), then the message with the codice fiscale in the body,
 * then its status until IO processed or rejected it. One IO service (API key) per topic; every call takes its
 * place in the key's budget shared with the other replicas, with a bounded timeout.
 */
@Injectable()
export class AppIoChannel implements NotificationChannel {
  readonly name = 'app_io';
  readonly enabled: boolean;
  private readonly client: Client<paths> | null;

  constructor(
    @Inject(appIoConfig.KEY) private readonly config: ConfigType<typeof appIoConfig>,
    private readonly budget: IoCallBudget,
  ) {
    this.enabled = config.url !== null;
    this.client = config.url ? createClient<paths>({ baseUrl: config.url }) : null;
  }

  async deliver(message: OutboxDelivery): Promise<DeliveryOutcome> {
    const apiKey = message.topic ? this.config.apiKeys[message.topic] : undefined;
    if (!this.client || !apiKey) {
      throw new DeliveryRefused(`No App IO service (API key) is configured for topic ${message.topic}`);
    }
    if (message.externalId) return this.follow(this.client, apiKey, message);
    return this.submit(this.client, apiKey, message);
  }

  close(): void {}

  private options(apiKey: string) {
    return {
      headers: { 'Ocp-Apim-Subscription-Key': apiKey },
      signal: AbortSignal.timeout(this.config.timeoutMs),
    };
  }

  private async submit(
    client: Client<paths>,
    apiKey: string,
    message: OutboxDelivery,
  ): Promise<DeliveryOutcome> {
    const fiscalCode = message.recipient;
    await this.budget.take(apiKey);
    const profile = await client.POST('/profiles', {
      body: { fiscal_code: fiscalCode },
      ...this.options(apiKey),
    });
    if (profile.response.status === 404) {
      return { status: 'skipped', reason: 'Il cittadino non usa App IO', externalStatus: 'NOT_ON_IO' };
    }
    if (!profile.data) throw failure(profile);
    if (!profile.data.sender_allowed) {
      return {
        status: 'skipped',
        reason: 'Il cittadino ha disattivato questo servizio in App IO',
        externalStatus: 'SENDER_NOT_ALLOWED',
      };
    }
    await this.budget.take(apiKey);
    const created = await client.POST('/messages', {
      body: appIoMessage(fiscalCode, message.content),
      ...this.options(apiKey),
    });
    if (!created.data) throw failure(created);
    return {
      status: 'submitted',
      externalId: created.data.id,
      externalStatus: 'ACCEPTED',
      checkInMs: this.config.statusCheckMs,
    };
  }

  private async follow(
    client: Client<paths>,
    apiKey: string,
    message: OutboxDelivery,
  ): Promise<DeliveryOutcome> {
    await this.budget.take(apiKey);
    const answer = await client.GET('/messages/{fiscal_code}/{id}', {
      params: { path: { fiscal_code: message.recipient, id: message.externalId! } },
      ...this.options(apiKey),
    });
    if (!answer.data) throw failure(answer);
    const status = answer.data.status ?? 'ACCEPTED';
    switch (status) {
      case 'PROCESSED':
        return { status: 'sent', externalStatus: status };
      case 'REJECTED':
        return {
          status: 'skipped',
          reason: 'App IO ha rifiutato il messaggio: il cittadino non è su IO o ha bloccato il servizio',
          externalStatus: status,
        };
      case 'FAILED':
        throw new DeliveryRefused('App IO non è riuscito a elaborare il messaggio (FAILED)');
      default:
        if (Date.now() - message.createdAt.getTime() > FOLLOW_FOR_MS) {
          throw new DeliveryRefused(`App IO non ha elaborato il messaggio in 7 giorni (${status})`);
        }
        return {
          status: 'submitted',
          externalId: message.externalId!,
          externalStatus: status,
          checkInMs: this.config.statusCheckMs,
        };
    }
  }
}
