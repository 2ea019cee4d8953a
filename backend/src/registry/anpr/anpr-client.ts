import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { importPKCS8 } from 'jose';
import createClient from 'openapi-fetch';
import { romeDay } from '../../common/italian/rome-day.js';
import type { AnprConfig } from '../../config/configuration.js';
import type { components, paths } from './anpr-api.js';
import { AnprUnavailable } from './anpr-unavailable.js';
import { integrityHeaders, type ModiSigner, type TrackedUser, trackingEvidence } from './modi-headers.js';
import { PdndVoucherClient } from './pdnd-voucher-client.js';

export type ResidenceSubject = components['schemas']['TipoDatiSoggettoAR001'];
export type FamilySubject = components['schemas']['SubjectFS001'];

/** The e-service id is the path; its URL is also the `aud` of its voucher and ModI JWTs. */
const ESERVICES = { verification: 'residence-verification', consultation: 'family-status' } as const;
type Use = keyof typeof ESERVICES;

/** AUDIT_REST_01: a fresh tracking evidence per call, valid only for the call's own journey. */
const CALL_EVIDENCE_LIFETIME_SECONDS = 60;
/** AUDIT_REST_02: the tracking evidence of one user is reused, with the voucher bound to it, for this long... */
const BOUND_EVIDENCE_LIFETIME_SECONDS = 600;
/** ... and renewed this long before it expires, so the e-service never receives an expired one. */
const BOUND_EVIDENCE_RENEW_MARGIN_SECONDS = 90;

/**
 * ANPR's e-services through PDND: residence verification (AR001: personal data and residence) and family status
 * (FS001: the household). Each call carries the voucher of its purpose, `Agid-JWT-Signature` with the body's
 * digest and `Agid-JWT-TrackingEvidence` naming the user; every wait is bounded by `timeoutMs`.
 *
 * With AUDIT_REST_01 (the default) the voucher serves every user and the evidence is signed anew for each call;
 * with AUDIT_REST_02 the voucher is bound to one user's evidence, so both are kept per user (docs/registry-anpr.md).
 */
export class AnprClient {
  private readonly http: ReturnType<typeof createClient<paths>>;
  private readonly evidence = new Map<string, { token: Promise<string>; renewAt: number }>();

  constructor(
    private readonly config: AnprConfig,
    private readonly signer: ModiSigner,
    readonly vouchers: PdndVoucherClient,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.http = createClient<paths>({ baseUrl: config.url });
  }

  static async create(config: AnprConfig): Promise<AnprClient> {
    const key = await importPKCS8(await readFile(config.keyFile, 'utf8'), 'RS256');
    const signer = { clientId: config.clientId, kid: config.kid, key };
    return new AnprClient(config, signer, new PdndVoucherClient({ ...config }, key));
  }

  /** AR001 by codice fiscale: the person, or null when ANPR knows nobody with it. */
  async residence(fiscalCode: string, user: TrackedUser, reason: string): Promise<ResidenceSubject | null> {
    const body: components['schemas']['RichiestaAR001'] = {
      idOperazioneClient: operationId(),
      parametriRicerca: { codiceFiscale: fiscalCode },
      richiesta: { dataRiferimentoRichiesta: this.today(), motivoRichiesta: reason, casoUso: 'C001' },
    };
    const result = await this.call('verification', user, body, (init) =>
      this.http.POST('/residence-verification', { ...init, body }),
    );
    return result ? (result.soggetti?.soggetto?.[0] ?? null) : null;
  }

  /** FS001 by codice fiscale: the members of the person's household, or null when the person is unknown. */
  async family(fiscalCode: string, user: TrackedUser, reason: string): Promise<FamilySubject[] | null> {
    const body: components['schemas']['RequestFS001'] = {
      operationId: operationId(),
      criteria: { fiscalCode },
      requestData: { dateOfRequest: this.today(), motivation: reason, useCase: 'C001' },
    };
    const result = await this.call('consultation', user, body, (init) =>
      this.http.POST('/family-status', { ...init, body }),
    );
    return result ? (result.subjects?.subject ?? []) : null;
  }

  private async call<T>(
    use: Use,
    user: TrackedUser,
    request: object,
    send: (init: {
      bodySerializer: () => string;
      params: { header: { Digest: string } };
      headers: Record<string, string>;
      signal: AbortSignal;
    }) => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T | null> {
    // The digest signs these exact bytes: the client sends them as they are.
    const body = JSON.stringify(request);
    const audience = `${this.config.url}/${ESERVICES[use]}`;
    const purposeId = this.config.purposes[use];
    const bound = this.config.auditPattern === 'AUDIT_REST_02';
    const evidence = bound
      ? await this.boundTrackingEvidence(audience, purposeId, user)
      : await trackingEvidence(
          this.signer,
          audience,
          purposeId,
          user,
          CALL_EVIDENCE_LIFETIME_SECONDS,
          this.now(),
        );
    const voucher = await this.vouchers.voucher(purposeId, bound ? evidence : undefined);
    const { Digest, ...integrity } = await integrityHeaders(
      this.signer,
      audience,
      body,
      'application/json',
      this.now(),
    );
    let answer: { data?: T; response: Response };
    try {
      answer = await send({
        bodySerializer: () => body,
        params: { header: { Digest } },
        headers: { Authorization: `Bearer ${voucher}`, 'Agid-JWT-TrackingEvidence': evidence, ...integrity },
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      throw AnprUnavailable.unreachable('ANPR', error);
    }
    if (answer.response.status === 404) return null;
    if (answer.response.status !== 200 || !answer.data) {
      throw AnprUnavailable.refused(
        'ANPR',
        answer.response.status,
        answer.response.headers.get('x-sandbox-refusal') ?? '',
      );
    }
    return answer.data;
  }

  /** AUDIT_REST_02: one tracking evidence per user and e-service, reused while valid, so its voucher is too. */
  private boundTrackingEvidence(audience: string, purposeId: string, user: TrackedUser): Promise<string> {
    const key = `${audience} ${user.userId} ${user.loa} ${user.userLocation}`;
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    for (const [entryKey, entry] of this.evidence) {
      if (entry.renewAt <= nowSeconds) this.evidence.delete(entryKey);
    }
    const cached = this.evidence.get(key);
    if (cached) return cached.token;
    const token = trackingEvidence(
      this.signer,
      audience,
      purposeId,
      user,
      BOUND_EVIDENCE_LIFETIME_SECONDS,
      this.now(),
    );
    this.evidence.set(key, {
      token,
      renewAt: nowSeconds + BOUND_EVIDENCE_LIFETIME_SECONDS - BOUND_EVIDENCE_RENEW_MARGIN_SECONDS,
    });
    return token;
  }

  private today(): string {
    return romeDay(this.now());
  }
}

/** ANPR wants an alphanumeric operation id. */
function operationId(): string {
  return randomUUID().replaceAll('-', '');
}
