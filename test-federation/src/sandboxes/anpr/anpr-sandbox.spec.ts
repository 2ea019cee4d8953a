import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestFederation, type TestFederation } from '../../start-test-federation.js';
import { PdndTestClient } from '../pdnd/pdnd-test-client.js';

const E002 = 'anpr-service-e002';
const AR001 = 'residence-verification';
const FS001 = 'family-status';

const HEAD = {
  household_code: 'F0000001',
  relationship_code: '01',
  entry_date: '2010-06-09',
  street_code: '0012',
  street_toponym: 'Via',
  street_name: 'Marconi',
  civic_number: '12A',
  internal: '3',
  fiscal_code: 'RSSMRA80A01H501U',
  family_name: 'Rossi',
  given_name: 'Mario',
  sex: 'M',
  birth_date: '1980-01-01',
  birth_place_code: 'H501',
  birth_place_name: 'Roma',
  citizenship: 'IT',
  marital_status: 'married',
  status: 'resident',
};
const SPOUSE = {
  ...HEAD,
  relationship_code: '02',
  fiscal_code: 'BNCLRA82M41D142X',
  family_name: 'Bianchi',
  given_name: 'Laura',
  sex: 'F',
  birth_date: '1982-08-01',
  birth_place_code: 'Z133',
  birth_place_name: 'Svizzera',
};
const EMIGRANT = {
  household_code: 'A0000009',
  relationship_code: '1',
  entry_date: '2019-01-01',
  abroad_country_code: 'Z133',
  abroad_locality: 'Lugano',
  fiscal_code: 'VRDGPP70C03D142K',
  family_name: 'Verdi',
  given_name: 'Giuseppe',
  sex: 'M',
  birth_date: '1970-03-03',
  birth_place_code: 'D142',
  status: 'aire',
};

let federation: TestFederation;
let client: PdndTestClient;

beforeAll(async () => {
  federation = await startTestFederation({ port: 0 });
  client = await PdndTestClient.register(federation.url, [E002, AR001, FS001]);
  const added = await fetch(`${federation.url}/anpr/_sandbox/persons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([HEAD, SPOUSE, EMIGRANT]),
  });
  expect(added.status).toBe(201);
  // The first call compiles the validators and signs with fresh keys: keep it out of the tests' timeouts.
  expect((await call(E002, e002Body())).status).toBe(200);
}, 60_000);

afterAll(async () => {
  await federation?.close();
});

afterEach(async () => {
  vi.useRealTimers();
  await switches({ delayMs: 0, down: false, refused: false, onlyClients: [] });
});

async function switches(patch: Record<string, unknown>): Promise<Response> {
  return fetch(`${federation.url}/anpr/_sandbox/switches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
}

function e002Body(codiceFiscale = HEAD.fiscal_code, datiRichiesta: Record<string, unknown> = {}) {
  return {
    idOperazioneClient: `portale${Date.now()}`,
    criteriRicerca: { codiceFiscale },
    datiRichiesta: {
      dataRiferimentoRichiesta: '2026-12-06',
      motivoRichiesta: 'PROT-2026-123',
      casoUso: 'C001',
      ...datiRichiesta,
    },
  };
}

interface CallOptions {
  voucher?: string | null;
  body?: string;
  signedBody?: string;
  digest?: string | null;
  signature?: string | null;
  trackingEvidence?: string | null;
  trackingClaims?: Record<string, unknown>;
}

/** Calls an e-service the way the portal must: voucher bound to the tracking evidence, signed digest. */
async function call(eservice: string, payload: unknown, options: CallOptions = {}): Promise<Response> {
  const audience = federation.anpr.audience(eservice);
  const body = options.body ?? JSON.stringify(payload);
  const trackingEvidence = await client.trackingEvidence(eservice, audience, options.trackingClaims);
  const voucher =
    options.voucher === undefined ? await client.voucher(eservice, trackingEvidence) : options.voucher;
  const integrity = await client.integrityHeaders(options.signedBody ?? body, audience);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (voucher !== null) headers.authorization = `Bearer ${voucher}`;
  const digest = options.digest === undefined ? integrity.digest : options.digest;
  if (digest !== null) headers.digest = digest;
  const signature = options.signature === undefined ? integrity.signature : options.signature;
  if (signature !== null) headers['agid-jwt-signature'] = signature;
  const evidence = options.trackingEvidence === undefined ? trackingEvidence : options.trackingEvidence;
  if (evidence !== null) headers['agid-jwt-trackingevidence'] = evidence;
  return fetch(`${federation.url}/anpr/${eservice}`, { method: 'POST', headers, body });
}

async function expectGateway(
  response: Response,
  status: number,
  title: string,
  reason?: RegExp,
): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  if (reason) expect(response.headers.get('x-sandbox-refusal')).toMatch(reason);
  expect(await response.json()).toMatchObject({
    type: `https://govway.org/handling-errors/${status}/${title}.html`,
    title,
    status,
    govway_id: expect.any(String),
  });
}

const modiRefused = (response: Response, reason: RegExp) =>
  expectGateway(response, 400, 'InteroperabilityInvalidRequest', reason);

describe('ANPR sandbox answers', () => {
  it('should answer E002 with the idANPR of the person', async () => {
    const response = await call(E002, e002Body());

    expect(response.status).toBe(200);
    const body = (await response.json()) as { idOperazioneANPR: string; listaSoggetti: unknown };
    expect(body.idOperazioneANPR).toEqual(expect.any(String));
    expect(body.listaSoggetti).toEqual({
      datiSoggetto: [{ identificativi: { idANPR: expect.stringMatching(/^[A-Z]{2}\d{5}[A-Z]{2}$/) } }],
    });
  });

  it('should answer AR001 with personal data and residence, AIRE abroad', async () => {
    const request = (codiceFiscale: string) => ({
      idOperazioneClient: '123',
      parametriRicerca: { codiceFiscale },
      richiesta: { dataRiferimentoRichiesta: '2026-12-06', motivoRichiesta: 'P1', casoUso: 'C001' },
    });
    const resident = await call(AR001, request(HEAD.fiscal_code));
    expect(resident.status).toBe(200);
    const [subject] = ((await resident.json()) as { soggetti: { soggetto: Record<string, unknown>[] } })
      .soggetti.soggetto;
    expect(subject).toMatchObject({
      generalita: {
        codiceFiscale: { codFiscale: HEAD.fiscal_code },
        cognome: 'Rossi',
        nome: 'Mario',
        sesso: 'M',
        dataNascita: '1980-01-01',
        luogoNascita: { comune: { nomeComune: 'Roma' } },
      },
      residenza: [
        {
          indirizzo: {
            toponimo: { specie: 'Via', denominazioneToponimo: 'Marconi' },
            numeroCivico: { numero: '12', lettera: 'A', civicoInterno: { interno1: '3' } },
          },
          dataDecorrenzaResidenza: '2010-06-09',
        },
      ],
    });

    const abroad = await call(AR001, request(EMIGRANT.fiscal_code));
    const [aire] = ((await abroad.json()) as { soggetti: { soggetto: Record<string, unknown>[] } }).soggetti
      .soggetto;
    expect(aire).toMatchObject({
      generalita: { soggettoAIRE: 'S' },
      residenza: [{ localitaEstera: { indirizzoEstero: { localita: { descrizioneLocalita: 'Lugano' } } } }],
    });
  });

  it('should answer FS001 with the household members and their relationship codes', async () => {
    const response = await call(FS001, {
      operationId: 'op1',
      criteria: { fiscalCode: SPOUSE.fiscal_code },
      requestData: { dateOfRequest: '2026-12-06', motivation: 'P1', useCase: 'C001' },
    });

    expect(response.status).toBe(200);
    const body = (await response.json()) as { subjects: { subject: Record<string, unknown>[] } };
    expect(body.subjects.subject).toMatchObject([
      {
        generality: { fiscalCode: { fiscalCode: HEAD.fiscal_code } },
        subjectLink: { relationshipCode: '1' },
      },
      {
        generality: { surname: 'Bianchi', placeOfBirth: { place: { codState: 'Z133' } } },
        subjectLink: { relationshipCode: '2' },
      },
    ]);
  });

  it('should find by surname, name and birth date', async () => {
    const response = await call(E002, {
      ...e002Body(),
      criteriRicerca: { cognome: 'ROSSI', nome: 'mario', datiNascita: { dataEvento: '1980-01-01' } },
    });
    expect(response.status).toBe(200);
  });

  it('should answer 404 with RispostaKO for an unknown person', async () => {
    const response = await call(E002, e002Body('ZZZZZZ00A00Z000Z'));

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      idOperazioneANPR: expect.any(String),
      listaErrori: [{ codiceErroreAnomalia: '0002', tipoErroreAnomalia: '404' }],
    });
  });

  it('should refuse with 400 a request without a required field, naming it', async () => {
    const body = e002Body() as { datiRichiesta: Record<string, unknown> };
    delete body.datiRichiesta.casoUso;
    const response = await call(E002, body);

    expect(response.status).toBe(400);
    const ko = (await response.json()) as {
      listaErrori: { campoErroreAnomalia: string; testoErroreAnomalia: string }[];
    };
    expect(ko.listaErrori[0]?.testoErroreAnomalia).toMatch(/casoUso/);
  });

  it('should refuse a reference date not in YYYY-MM-DD, a non-alphanumeric operation id, no criteria', async () => {
    const refusals = [
      await call(E002, e002Body(HEAD.fiscal_code, { dataRiferimentoRichiesta: '06/12/2026' })),
      await call(E002, e002Body(HEAD.fiscal_code, { dataRiferimentoRichiesta: '2026-02-30' })),
      await call(E002, { ...e002Body(), idOperazioneClient: 'op-1' }),
      await call(E002, { ...e002Body(), criteriRicerca: {} }),
      await call(E002, null, { body: '{"idOperazioneClient":' }),
    ];
    for (const response of refusals) {
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        listaErrori: expect.arrayContaining([expect.objectContaining({ codiceErroreAnomalia: '0003' })]),
      });
    }
  });
});

describe('ANPR sandbox voucher checks', () => {
  it('should refuse a call without voucher', async () => {
    await expectGateway(await call(E002, e002Body(), { voucher: null }), 401, 'TokenAuthenticationRequired');
  });

  it('should refuse a voucher not signed by PDND', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ client_id: client.clientId, purposeId: client.purposes[E002] })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'x' })
      .setAudience(federation.anpr.audience(E002))
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    await expectGateway(
      await call(E002, e002Body(), { voucher: forged }),
      401,
      'TokenAuthenticationFailed',
      /signature/,
    );
  });

  it('should refuse a voucher for another e-service (audience)', async () => {
    const voucher = await client.voucher(AR001);
    await expectGateway(
      await call(E002, e002Body(), { voucher }),
      401,
      'TokenAuthenticationFailed',
      /audience/,
    );
  });

  it('should refuse an expired voucher', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const evidence = await client.trackingEvidence(E002, federation.anpr.audience(E002));
    const voucher = await client.voucher(E002, evidence);
    vi.setSystemTime(Date.now() + 601_000);
    await expectGateway(await call(E002, e002Body(), { voucher }), 401, 'TokenExpired');
  });
});

describe('ANPR sandbox ModI checks', () => {
  it('should refuse a call without Agid-JWT-Signature', async () => {
    await modiRefused(await call(E002, e002Body(), { signature: null }), /Agid-JWT-Signature missing/);
  });

  it('should refuse a call without the Digest header', async () => {
    await modiRefused(await call(E002, e002Body(), { digest: null }), /Digest header missing/);
  });

  it('should refuse a Digest header other than the signed one', async () => {
    await modiRefused(
      await call(E002, e002Body(), { digest: `SHA-256=${Buffer.alloc(32).toString('base64')}` }),
      /differs from the signed digest/,
    );
  });

  it('should refuse a body altered after signing', async () => {
    const signed = JSON.stringify(e002Body());
    const altered = JSON.stringify(e002Body(SPOUSE.fiscal_code));
    await modiRefused(
      await call(E002, null, { body: altered, signedBody: signed }),
      /does not match the body/,
    );
  });

  it('should refuse a signature by a key not registered on PDND', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const signature = await new SignJWT({ signed_headers: [] })
      .setProtectedHeader({ alg: 'RS256', kid: 'unknown-kid' })
      .setAudience(federation.anpr.audience(E002))
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(privateKey);
    await modiRefused(await call(E002, e002Body(), { signature }), /no key registered/);
  });

  it('should refuse ModI headers signed by another PDND client than the voucher’s', async () => {
    const other = await PdndTestClient.register(federation.url, [E002]);
    const body = JSON.stringify(e002Body());
    const audience = federation.anpr.audience(E002);
    const { signature } = await other.integrityHeaders(body, audience);
    await modiRefused(
      await call(E002, null, { body, signature }),
      /Agid-JWT-Signature: key of another client/,
    );
    const evidence = await other.trackingEvidence(E002, audience);
    await modiRefused(
      await call(E002, null, { body, trackingEvidence: evidence }),
      /Agid-JWT-TrackingEvidence: key of another client/,
    );
  });

  it('should refuse an expired Agid-JWT-Signature', async () => {
    const body = JSON.stringify(e002Body());
    const { signature } = await client.integrityHeaders(body, federation.anpr.audience(E002), {
      claims: { iat: Math.floor(Date.now() / 1000) - 600, exp: Math.floor(Date.now() / 1000) - 300 },
    });
    await modiRefused(await call(E002, null, { body, signature }), /Agid-JWT-Signature: expired/);
  });

  it('should refuse a call without tracking evidence', async () => {
    await modiRefused(await call(E002, e002Body(), { trackingEvidence: null }), /TrackingEvidence missing/);
  });

  it('should refuse tracking evidence without userID, userLocation or LoA', async () => {
    for (const claim of ['userID', 'userLocation', 'LoA']) {
      await modiRefused(
        await call(E002, e002Body(), { trackingClaims: { [claim]: undefined } }),
        new RegExp(claim),
      );
    }
  });

  it('should refuse, with AUDIT_REST_02, tracking evidence other than the one the voucher is bound to', async () => {
    const audience = federation.anpr.audience(E002);
    const bound = await client.voucher(E002, await client.trackingEvidence(E002, audience));
    await modiRefused(await call(E002, e002Body(), { voucher: bound }), /not bound to the voucher/);
  });

  it('should accept, with AUDIT_REST_01, one voucher without digest for the evidences of several users', async () => {
    const voucher = await client.voucher(E002);
    for (const userID of ['RSSMRA80A01H501U', 'BNCLRA82M41D142X']) {
      const response = await call(E002, e002Body(), { voucher, trackingClaims: { userID } });
      expect(response.status, response.headers.get('x-sandbox-refusal') ?? '').toBe(200);
    }
  });

  it('should refuse, with AUDIT_REST_01, evidence expired, for another purpose or audience, or signed by another key', async () => {
    const voucher = await client.voucher(E002);
    const now = Math.floor(Date.now() / 1000);
    await modiRefused(
      await call(E002, e002Body(), { voucher, trackingClaims: { iat: now - 600, exp: now - 60 } }),
      /TrackingEvidence: expired/,
    );
    await modiRefused(
      await call(E002, e002Body(), { voucher, trackingClaims: { purposeId: client.purposes[AR001] } }),
      /purposeId differs from the voucher/,
    );
    await modiRefused(
      await call(E002, e002Body(), { voucher, trackingClaims: { aud: federation.anpr.audience(FS001) } }),
      /TrackingEvidence: .*aud/,
    );
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({
      iss: client.clientId,
      aud: federation.anpr.audience(E002),
      purposeId: client.purposes[E002],
      jti: 'forged',
      iat: now,
      exp: now + 60,
      userID: 'RSSMRA80A01H501U',
      userLocation: 'portale-cittadino',
      LoA: 'SpidL2',
    })
      .setProtectedHeader({ alg: 'RS256', kid: client.kid, typ: 'JWT' })
      .sign(privateKey);
    await modiRefused(
      await call(E002, e002Body(), { voucher, trackingEvidence: forged }),
      /TrackingEvidence: signature/,
    );
  });
});

describe('ANPR sandbox switches and data', () => {
  it('should answer ANPR not-found when refused, after the security checks', async () => {
    await switches({ refused: true });
    const response = await call(AR001, {
      idOperazioneClient: '1',
      parametriRicerca: { codiceFiscale: HEAD.fiscal_code },
      richiesta: { dataRiferimentoRichiesta: '2026-12-06', motivoRichiesta: 'P1', casoUso: 'C001' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      idOperazione: expect.any(String),
      errors: [{ codiceErroreAnomalia: '0002' }],
    });
    await expectGateway(await call(E002, e002Body(), { voucher: null }), 401, 'TokenAuthenticationRequired');
  });

  it('should fail only the calls of the PDND clients the switches are scoped to', async () => {
    const other = await PdndTestClient.register(federation.url, [E002]);
    await switches({ down: 'unavailable', onlyClients: [other.clientId] });
    expect((await call(E002, e002Body())).status).toBe(200);
    await switches({ onlyClients: [client.clientId] });
    expect((await call(E002, e002Body())).status).toBe(503);
    await switches({ down: false, refused: true });
    const refused = await call(E002, e002Body());
    expect(refused.status).toBe(404);
    expect(refused.headers.get('x-sandbox-refusal')).toMatch(/refused/);
  });

  it('should be slow, unavailable or drop connections when switched', async () => {
    await switches({ delayMs: 300 });
    const started = Date.now();
    expect((await call(E002, e002Body())).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await switches({ delayMs: 0, down: 'unavailable' });
    expect((await call(E002, e002Body())).status).toBe(503);
    await switches({ down: 'reset' });
    await expect(call(E002, e002Body())).rejects.toThrow();
  });

  it('should refuse invalid persons', async () => {
    const response = await fetch(`${federation.url}/anpr/_sandbox/persons`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...HEAD, fiscal_code: 'short', birth_date: '01/01/1980' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ detail: expect.stringMatching(/fiscal_code, birth_date/) });
  });

  it('should load the population file and forget added persons on reset', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'anpr-sandbox-'));
    const file = join(dir, 'population.json');
    await writeFile(file, JSON.stringify([{ ...EMIGRANT, id_anpr: 'AB12345CD' }]));
    const other = await startTestFederation({ port: 0, anprPopulationFile: file });
    try {
      expect(other.anpr.population.findByIdAnpr('AB12345CD')?.fiscal_code).toBe(EMIGRANT.fiscal_code);
      other.anpr.population.add([{ ...HEAD }]);
      expect(other.anpr.population.size).toBe(2);
      const reset = await fetch(`${other.url}/anpr/_sandbox/reset`, { method: 'POST' });
      expect(await reset.json()).toEqual({ reset: true, persons: 1 });
    } finally {
      await other.close();
      await rm(dir, { recursive: true });
    }
  }, 60_000);

  it('should show the tester an Italian page, escaping values', async () => {
    const page = await (await fetch(`${federation.url}/anpr/?q=${HEAD.fiscal_code}`)).text();
    expect(page).toContain('<html lang="it">');
    expect(page).toContain('Solo per sviluppo e test.');
    expect(page).toContain('<label for="q">');
    expect(page).toContain('Laura Bianchi');
    const missing = await (await fetch(`${federation.url}/anpr/?q=${encodeURIComponent('<b>x')}`)).text();
    expect(missing).toContain('&lt;b&gt;x');
    expect(missing).not.toContain('<b>x');
  });
});
