import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import createClient, { type Client } from 'openapi-fetch';
import { paymentsConfig } from '../../config/app.config.js';
import type { GpdPositionStatus } from '../domain/gpd-status.js';
import type { components, paths } from './gpd-api.js';
import {
  type DebtPositionState,
  GatewayRefusedError,
  GatewayUnavailableError,
  type NewDebtPosition,
  PaymentGateway,
} from './payment-gateway.js';

type PositionResponse = components['schemas']['PaymentPositionModelBaseResponse'];
type PositionModel = components['schemas']['PaymentPositionModel'];

const ORG_POSITIONS = '/organizations/{organizationfiscalcode}/debtpositions';
const ORG_POSITION = '/organizations/{organizationfiscalcode}/debtpositions/{iupd}';

/** GPD answers Java LocalDateTime in UTC without an offset: a missing offset is UTC. */
export function parseGpdDate(value: string | undefined | null): Date | null {
  if (!value) return null;
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The adapter to pagoPA GPD (external API v1) with a client typed from `shared/openapi/pagopa-gpd.yaml`.
 * Every call is bounded by `PAGOPA_TIMEOUT_MS`; network failures, timeouts, 401/429 and 5xx become
 * `GatewayUnavailableError` (retried later), other refusals `GatewayRefusedError`.
 */
@Injectable()
export class GpdPaymentGateway extends PaymentGateway {
  private readonly logger = new Logger('pagoPA GPD');
  private readonly client: Client<paths> | null;

  constructor(@Inject(paymentsConfig.KEY) private readonly config: ConfigType<typeof paymentsConfig>) {
    super();
    const { gpdUrl, apiKey, timeoutMs } = config;
    this.client =
      gpdUrl && apiKey
        ? createClient<paths>({
            baseUrl: gpdUrl.replace(/\/$/, ''),
            headers: { 'Ocp-Apim-Subscription-Key': apiKey },
            fetch: (request: Request) => fetch(request, { signal: AbortSignal.timeout(timeoutMs) }),
          })
        : null;
  }

  get configured(): boolean {
    return this.client !== null;
  }

  async createAndPublish(position: NewDebtPosition): Promise<DebtPositionState> {
    const client = this.requireClient();
    const organizationfiscalcode = this.config.creditorFiscalCode;
    const { response, error } = await this.call('create', () =>
      client.POST(ORG_POSITIONS, {
        params: { path: { organizationfiscalcode }, query: { toPublish: true } },
        body: this.positionModel(position),
      }),
    );
    if (response.status === 201) {
      const state = await this.read(position.iupd);
      if (state) return state;
      throw new GatewayUnavailableError('GPD created the position but does not find it');
    }
    if (response.status === 409) {
      // A retry after an answer that never arrived: the position is there, read it instead.
      const existing = await this.read(position.iupd);
      if (existing) return existing;
      throw new GatewayRefusedError(`GPD refused the IUV as already used: ${describe(error)}`, 409);
    }
    throw this.failure('create', response.status, error);
  }

  async read(iupd: string): Promise<DebtPositionState | null> {
    const client = this.requireClient();
    const { data, response, error } = await this.call('read', () =>
      client.GET(ORG_POSITION, {
        params: { path: { organizationfiscalcode: this.config.creditorFiscalCode, iupd } },
      }),
    );
    if (response.status === 404) return null;
    if (!data) throw this.failure('read', response.status, error);
    return stateOf(data);
  }

  async invalidate(iupd: string): Promise<void> {
    const client = this.requireClient();
    const { response, error } = await this.call('invalidate', () =>
      client.POST(`${ORG_POSITION}/invalidate`, {
        params: { path: { organizationfiscalcode: this.config.creditorFiscalCode, iupd } },
      }),
    );
    if (response.status === 200 || response.status === 409) return;
    throw this.failure('invalidate', response.status, error);
  }

  async listPaid(from: string, to: string): Promise<DebtPositionState[]> {
    const client = this.requireClient();
    const found: DebtPositionState[] = [];
    for (let page = 0; page < 200; page++) {
      const { data, response, error } = await this.call('list', () =>
        client.GET(ORG_POSITIONS, {
          params: {
            path: { organizationfiscalcode: this.config.creditorFiscalCode },
            query: { limit: 50, page, payment_date_from: from, payment_date_to: to },
          },
        }),
      );
      if (!data) throw this.failure('list', response.status, error);
      found.push(...data.payment_position_list.map(stateOf));
      if (page + 1 >= data.page_info.total_pages) break;
    }
    return found;
  }

  private requireClient(): Client<paths> {
    if (!this.client) throw new GatewayUnavailableError('pagoPA GPD is not configured (PAGOPA_GPD_URL)');
    return this.client;
  }

  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.logger.warn(`GPD ${operation} did not answer: ${reason}`);
      throw new GatewayUnavailableError(`GPD ${operation} did not answer (${reason})`);
    }
  }

  private failure(operation: string, status: number, error: unknown): Error {
    const message = `GPD ${operation} answered ${status}: ${describe(error)}`;
    this.logger.warn(message);
    return status === 401 || status === 403 || status === 429 || status >= 500
      ? new GatewayUnavailableError(message)
      : new GatewayRefusedError(message, status);
  }

  private positionModel(position: NewDebtPosition): PositionModel {
    const transfer: components['schemas']['TransferModel'] = {
      idTransfer: '1',
      amount: position.amountCents,
      category: position.taxonomy,
      remittanceInformation: position.description.slice(0, 140),
      ...('iban' in position.settlement
        ? { iban: position.settlement.iban }
        : { stamp: position.settlement.stamp }),
    };
    return {
      iupd: position.iupd,
      type: position.payer.legalPerson ? 'G' : 'F',
      fiscalCode: position.payer.fiscalCode,
      fullName: position.payer.name.slice(0, 140),
      companyName: position.creditorName.slice(0, 140),
      payStandIn: true,
      switchToExpired: true,
      paymentOption: [
        {
          iuv: position.iuv,
          amount: position.amountCents,
          description: position.description.slice(0, 140),
          isPartialPayment: false,
          dueDate: position.dueAt.toISOString(),
          transfer: [transfer],
        },
      ],
    };
  }
}

function stateOf(position: PositionResponse): DebtPositionState {
  const option = position.paymentOption?.[0];
  return {
    iupd: position.iupd ?? '',
    status: (position.status ?? 'VALID') as GpdPositionStatus,
    noticeNumber: option?.nav ?? (option?.iuv ? `3${option.iuv}` : null),
    amountCents: option?.amount ?? null,
    paymentDate: parseGpdDate(option?.paymentDate ?? position.paymentDate),
    receiptId: option?.idReceipt ?? null,
    pspCompany: option?.pspCompany ?? null,
    paymentMethod: option?.paymentMethod ?? null,
  };
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const problem = error as { title?: string; detail?: string; message?: string };
    return [problem.title, problem.detail, problem.message].filter(Boolean).join(' — ') || 'no detail';
  }
  return String(error ?? 'no detail');
}
