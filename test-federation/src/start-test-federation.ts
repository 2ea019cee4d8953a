import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateRsaJwk } from './entity-statement.js';
import { loadFederationKeys } from './federation-key-store.js';
import type { DemoIdentity } from './federation-types.js';
import { escapeHtml, sendHtml, sendJson } from './http-responses.js';
import { IdentityStore } from './identity-store.js';
import { Intermediate } from './intermediate.js';
import { AnprSandbox } from './sandboxes/anpr/anpr-sandbox.js';
import { AppIoSandbox } from './sandboxes/app-io/app-io-sandbox.js';
import { FirmaSandbox } from './sandboxes/firma/firma-sandbox.js';
import { PagopaSandbox } from './sandboxes/pagopa/pagopa-sandbox.js';
import { PdndSandbox } from './sandboxes/pdnd/pdnd-sandbox.js';
import { TestOpenIdProvider } from './test-openid-provider.js';
import { TrustAnchor } from './trust-anchor.js';

export interface TestFederationOptions {
  /** Port to listen on; 0 picks a free one. Default 4000. */
  port?: number;
  /** Public base URL (origin) of the federation; default `http://localhost:<port>`. */
  publicUrl?: string;
  /** Entity ids of the relying parties the trust anchor accepts as subordinates. */
  relyingParties?: string[];
  /** JSON file of demo identities, re-read at every login. */
  identitiesFile?: string;
  /** Where keys are kept across restarts; without it they live in memory. */
  dataDir?: string;
  /** Identities added in memory from the start. */
  identities?: DemoIdentity[];
  /** JSON file of the ANPR sandbox's population (registry import rows), re-read on its reset. */
  anprPopulationFile?: string;
  /** JSON file of the PDND sandbox's clients (the portal's key and purposes), re-read on its reset. */
  pdndClientsFile?: string;
  /** Lifetime of the PDND sandbox's vouchers in seconds (default 600, PDND's usual). */
  pdndVoucherLifespanSeconds?: number;
}

export interface TestFederation {
  url: string;
  trustAnchorId: string;
  /** The intermediate between the trust anchor and the OPs. */
  intermediateId: string;
  spidOpId: string;
  cieOpId: string;
  addIdentity(identity: DemoIdentity): void;
  addRelyingParty(entityId: string): void;
  issueTrustMark(sub: string): Promise<string>;
  /** PDND voucher sandbox (`/pdnd`) and ANPR e-services sandbox (`/anpr`). */
  pdnd: PdndSandbox;
  anpr: AnprSandbox;
  close(): Promise<void>;
}

const DEFAULT_PORT = 4000;

type Mount = (req: IncomingMessage, res: ServerResponse, path: string, url: URL) => Promise<void>;

function indexPage(entities: Record<string, string>): string {
  const items = Object.entries(entities)
    .map(
      ([name, id]) =>
        `<li>${escapeHtml(name)}: <a href="${escapeHtml(id)}/.well-known/openid-federation">${escapeHtml(id)}</a></li>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Federazione SPID/CIE di test</title></head>
<body><main><h1>Federazione SPID/CIE di test</h1><p>Solo per sviluppo e test. Entità:</p><ul>${items}</ul></main></body></html>`;
}

/**
 * Starts the local SPID/CIE OIDC test federation (trust anchor, intermediate, SPID OP, CIE OP) on one HTTP
 * server. For development and tests only.
 */
export async function startTestFederation(options: TestFederationOptions = {}): Promise<TestFederation> {
  const keys = await loadFederationKeys(options.dataDir);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const publicUrl = new URL(url);
  const now = () => new Date();
  const trustAnchor = new TrustAnchor({
    entityId: `${url}/ta`,
    key: keys.trustAnchor,
    relyingParties: options.relyingParties ?? [],
    fetch: globalThis.fetch,
    now,
  });
  const intermediate = new Intermediate({
    entityId: `${url}/intermediate`,
    key: keys.intermediate,
    trustAnchorId: trustAnchor.entityId,
    now,
  });
  trustAnchor.addIntermediate(intermediate);
  const identities = new IdentityStore(options.identitiesFile);
  for (const identity of options.identities ?? []) identities.add(identity);
  const [spid, cie] = (['spid', 'cie'] as const).map(
    (kind) =>
      new TestOpenIdProvider({
        kind,
        entityId: `${url}/${kind}`,
        publicUrl,
        keys: keys[kind],
        trustAnchor,
        superiorId: intermediate.entityId,
        identities,
        fetch: globalThis.fetch,
        now,
      }),
  );
  intermediate.addProvider(spid);
  intermediate.addProvider(cie);
  const firma = await FirmaSandbox.create({
    publicUrl: `${url}/firma`,
    dataDir: options.dataDir,
    findIdentity: (fiscalCode) => identities.find(fiscalCode),
  });

  const basePath = publicUrl.pathname.replace(/\/+$/, '');
  const pagopa = new PagopaSandbox({ publicUrl: `${url}/pagopa` });
  const pdnd = new PdndSandbox({
    url,
    key: await generateRsaJwk('sig'),
    clientsFile: options.pdndClientsFile,
    voucherLifespanSeconds: options.pdndVoucherLifespanSeconds,
  });
  const anpr = new AnprSandbox({ url, pdnd, populationFile: options.anprPopulationFile });
  pdnd.loadClientsFile();
  const appIo = await AppIoSandbox.create({ mountPath: `${basePath}/io` });
  const mounts = new Map<string, Mount>([
    [
      `${basePath}/ta`,
      (_req, res, path, requestUrl) => trustAnchor.handle(res, path, requestUrl.searchParams),
    ],
    [
      `${basePath}/intermediate`,
      (_req, res, path, requestUrl) => intermediate.handle(res, path, requestUrl.searchParams),
    ],
    [`${basePath}/spid`, (req, res, path, requestUrl) => spid.handle(req, res, path, requestUrl.search)],
    [`${basePath}/cie`, (req, res, path, requestUrl) => cie.handle(req, res, path, requestUrl.search)],
    [`${basePath}/pagopa`, (req, res, path, requestUrl) => pagopa.handle(req, res, path, requestUrl)],
    [`${basePath}/pdnd`, (req, res, path, requestUrl) => pdnd.handle(req, res, path, requestUrl)],
    [`${basePath}/anpr`, (req, res, path, requestUrl) => anpr.handle(req, res, path, requestUrl)],
    [`${basePath}/firma`, (req, res, path, requestUrl) => firma.handle(req, res, path, requestUrl)],
    [`${basePath}/io`, (req, res, path, requestUrl) => appIo.handle(req, res, path, requestUrl)],
  ]);
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const requestUrl = new URL(req.url ?? '/', url);
    for (const [prefix, mount] of mounts) {
      if (requestUrl.pathname === prefix || requestUrl.pathname.startsWith(`${prefix}/`)) {
        return mount(req, res, requestUrl.pathname.slice(prefix.length), requestUrl);
      }
    }
    if (requestUrl.pathname === `${basePath}/`) {
      return sendHtml(
        res,
        200,
        indexPage({
          'Trust anchor': trustAnchor.entityId,
          Intermediario: intermediate.entityId,
          'OP SPID': spid.entityId,
          'OP CIE': cie.entityId,
        }),
      );
    }
    sendJson(res, 404, { error: 'not_found', error_description: 'no such endpoint' });
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    route(req, res).catch((error: unknown) => {
      console.error('[test-federation] request failed', error);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: 'server_error', error_description: 'unexpected failure' });
    });
  });

  return {
    url,
    trustAnchorId: trustAnchor.entityId,
    intermediateId: intermediate.entityId,
    spidOpId: spid.entityId,
    cieOpId: cie.entityId,
    addIdentity: (identity) => identities.add(identity),
    addRelyingParty: (entityId) => trustAnchor.addRelyingParty(entityId),
    issueTrustMark: (sub) => trustAnchor.issueTrustMark(sub),
    pdnd,
    anpr,
    close: () =>
      new Promise<void>((resolve, reject) => {
        appIo.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
