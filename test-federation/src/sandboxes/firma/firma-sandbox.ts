import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import OpenAPIBackend, { type Context, type Document } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { sendHtml } from '../../http-responses.js';
import {
  SIGNATURE_DEFECTS,
  type SignatureDefect,
  type SignatureFormat,
  SigningService,
  UnsupportedPdfError,
} from './signing-service.js';
import { loadTestCa } from './test-ca.js';
import { toPem } from './test-certificates.js';
import { testerPage } from './tester-page.js';

/** The sandbox's own API description, shared with the backend's generated client. */
const DESCRIPTION_URL = new URL('../../../../shared/openapi/firma-sandbox.yaml', import.meta.url);
const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** The tester page's multipart form carries the PDF plus a few short fields. */
const MAX_FORM_BYTES = MAX_PDF_BYTES + 64 * 1024;

export interface FirmaSwitches {
  /** Applied to every signature whose request names no `defect`. */
  defect: SignatureDefect | null;
  /** Every signing request answers 503. */
  unavailable: boolean;
}

const DEFAULT_SWITCHES: FirmaSwitches = { defect: null, unavailable: false };

export interface FirmaSandboxOptions {
  /** Public URL of the mount, e.g. `http://localhost:4000/firma`. */
  publicUrl: string;
  /** Where the test CA is kept across restarts; without it the CA lives in memory. */
  dataDir?: string;
  /** Names of a known demo identity, used when the request names none. */
  findIdentity?: (fiscalCode: string) => Promise<{ givenName: string; familyName: string } | undefined>;
  now?: () => Date;
}

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

interface FieldError {
  in?: 'query' | 'body' | 'header';
  name?: string;
  message: string;
}

interface SignOperationInput {
  query: Record<string, string | string[]>;
  contentType: string;
  body: Buffer | undefined;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  503: 'Service Unavailable',
};

function problem(status: number, detail: string, errors?: FieldError[], headers = {}): Reply {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: JSON.stringify({
      type: 'about:blank',
      title: STATUS_TITLES[status] ?? 'Error',
      status,
      detail,
      ...(errors ? { errors } : {}),
    }),
  };
}

type ValidationError = NonNullable<Context['validation']['errors']>[number];

function toFieldError(error: ValidationError): FieldError {
  const [, where, name] = error.instancePath.split('/');
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const field = name ?? params.missingProperty ?? params.additionalProperty;
  const location = where === 'query' || where === 'header' ? where : where ? 'body' : 'query';
  const message =
    error.keyword === 'additionalProperties'
      ? 'is not a parameter of this operation'
      : error.keyword === 'required'
        ? 'is required'
        : (error.message ?? 'is invalid');
  return { in: location, ...(field ? { name: field } : {}), message };
}

/** Reads a request body up to `limit` bytes; undefined when it is larger. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-length': body.length,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The digital signature sandbox under `/firma`: a test CA, `POST /sign` that returns a PAdES or CAdES signature
 * of the posted PDF as the test identity of a fiscal code, a tester's page, and switches for the defects the
 * portal's verifier must refuse. Requests are validated by openapi-backend against
 * `shared/openapi/firma-sandbox.yaml`. Development and tests only.
 */
export class FirmaSandbox {
  private switches: FirmaSwitches = { ...DEFAULT_SWITCHES };

  private constructor(
    private readonly options: FirmaSandboxOptions,
    private readonly api: OpenAPIBackend,
    private readonly signing: SigningService,
    private readonly rootPem: string,
    private readonly chainPem: string,
  ) {}

  static async create(options: FirmaSandboxOptions): Promise<FirmaSandbox> {
    const now = options.now ?? (() => new Date());
    const definition = parseYaml(await readFile(DESCRIPTION_URL, 'utf8')) as Document;
    const api = new OpenAPIBackend({ definition, validate: true, strict: true, quick: false });
    const ca = await loadTestCa(options.dataDir, now());
    const sandbox = new FirmaSandbox(
      options,
      api,
      new SigningService(ca, now),
      toPem(ca.root),
      toPem(ca.issuing) + toPem(ca.root),
    );
    api.register({
      getRootCertificate: () => sandbox.pem(sandbox.rootPem),
      getCertificateChain: () => sandbox.pem(sandbox.chainPem),
      signDocument: (context: Context, input: SignOperationInput) => sandbox.signDocument(context, input),
      validationFail: (context: Context) =>
        problem(400, 'La richiesta non è valida.', (context.validation.errors ?? []).map(toFieldError)),
      notFound: () => problem(404, 'Risorsa inesistente.'),
      methodNotAllowed: () => problem(405, 'Metodo non consentito.'),
    });
    await api.init();
    return sandbox;
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (path === '' || path === '/') {
      if (method === 'POST') return send(res, await this.signFromPage(req));
      return sendHtml(res, 200, testerPage(this.options.publicUrl));
    }
    if (path.startsWith('/_sandbox/')) return send(res, await this.control(req, method, path));
    const query: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key);
      query[key] = values.length === 1 ? values[0] : values;
    }
    let body: Buffer | undefined;
    if (method === 'POST' || method === 'PUT') {
      body = await readBody(req, MAX_PDF_BYTES);
      if (!body) {
        // The rest of the body is not read: close the connection rather than drain it.
        return send(res, problem(413, 'Il PDF supera 10 MiB.', undefined, { connection: 'close' }));
      }
    }
    const contentType = String(req.headers['content-type'] ?? '');
    send(res, await this.dispatch(method, path, { query, contentType, body }));
  }

  private async dispatch(method: string, path: string, input: SignOperationInput): Promise<Reply> {
    if (method === 'POST' && path === '/sign' && this.switches.unavailable) {
      return problem(503, 'Servizio di firma non disponibile (switch `unavailable`).', undefined, {
        'retry-after': '30',
      });
    }
    return this.api.handleRequest(
      { method, path, query: input.query, headers: { 'content-type': input.contentType }, body: input.body },
      input,
    ) as Promise<Reply>;
  }

  private pem(text: string): Reply {
    return { status: 200, headers: { 'content-type': 'application/x-pem-file' }, body: text };
  }

  private async signDocument(context: Context, input: SignOperationInput): Promise<Reply> {
    const query = context.request.query as Record<string, string>;
    const mediaType = input.contentType.split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/pdf') {
      return problem(415, 'Il corpo deve essere un PDF (application/pdf).', [
        { in: 'header', name: 'content-type', message: 'must be application/pdf' },
      ]);
    }
    const pdf = input.body;
    if (!pdf?.length) {
      return problem(400, 'Manca il PDF da firmare.', [{ in: 'body', message: 'is required' }]);
    }
    if (!pdf.subarray(0, 1024).includes('%PDF-')) {
      return problem(400, 'Il corpo non è un PDF.', [{ in: 'body', message: 'must start with %PDF-' }]);
    }
    const known =
      query.givenName && query.familyName ? undefined : await this.options.findIdentity?.(query.fiscalCode);
    try {
      const signed = await this.signing.sign({
        pdf,
        format: query.format as SignatureFormat,
        fiscalCode: query.fiscalCode,
        givenName: query.givenName ?? known?.givenName ?? 'Utente',
        familyName: query.familyName ?? known?.familyName ?? 'Di Prova',
        defect: (query.defect as SignatureDefect | undefined) ?? this.switches.defect ?? undefined,
      });
      const cades = query.format === 'cades';
      return {
        status: 200,
        headers: {
          'content-type': cades ? 'application/pkcs7-mime' : 'application/pdf',
          'content-disposition': `attachment; filename="${cades ? 'documento.pdf.p7m' : 'documento-firmato.pdf'}"`,
          'x-signer-certificate-serial': signed.signerSerial,
        },
        body: signed.bytes,
      };
    } catch (error) {
      if (error instanceof UnsupportedPdfError) {
        return problem(422, `Il PDF non può ricevere una firma PAdES: ${error.message}`);
      }
      throw error;
    }
  }

  /** The tester page's form: the same validated operation, answered with a download or the page and its errors. */
  private async signFromPage(req: IncomingMessage): Promise<Reply> {
    const page = (values: Record<string, string>, errors: string[], status = 400): Reply => ({
      status,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: testerPage(this.options.publicUrl, values, errors),
    });
    const raw = await readBody(req, MAX_FORM_BYTES);
    if (!raw) return page({}, ['Il documento supera 10 MiB.'], 413);
    let form: FormData;
    try {
      form = await new Request('http://sandbox.invalid/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type'] ?? '') },
        body: new Uint8Array(raw),
      }).formData();
    } catch {
      return page({}, ['Il modulo inviato non è leggibile: usare il modulo di questa pagina.']);
    }
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const values = {
      fiscalCode: field('fiscalCode').toUpperCase(),
      givenName: field('givenName'),
      familyName: field('familyName'),
      format: field('format'),
      defect: field('defect'),
    };
    const file = form.get('file');
    if (!(file instanceof Blob) || file.size === 0)
      return page(values, ['Scegliere il documento PDF da firmare.']);
    const query: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) if (value) query[name] = value;
    const reply = await this.dispatch('POST', '/sign', {
      query,
      contentType: 'application/pdf',
      body: Buffer.from(await file.arrayBuffer()),
    });
    if (reply.status === 200) {
      const base = ((file as File).name || 'documento.pdf').replace(/[^\w.-]+/g, '_');
      const filename = values.format === 'cades' ? `${base}.p7m` : base.replace(/(\.pdf)?$/i, '-firmato.pdf');
      return {
        ...reply,
        headers: { ...reply.headers, 'content-disposition': `attachment; filename="${filename}"` },
      };
    }
    const answer = JSON.parse(String(reply.body)) as { detail: string; errors?: FieldError[] };
    const labels: Record<string, string> = {
      fiscalCode: 'Codice fiscale: non è un codice fiscale di persona fisica valido.',
      givenName: 'Nome: al massimo 64 caratteri.',
      familyName: 'Cognome: al massimo 64 caratteri.',
      format: 'Formato: scegliere PAdES o CAdES.',
      defect: 'Difetto da simulare: valore non previsto.',
    };
    const errors = answer.errors?.length
      ? answer.errors.map((error) => labels[error.name ?? ''] ?? answer.detail)
      : [answer.detail];
    return page(values, [...new Set(errors)], reply.status);
  }

  private async control(req: IncomingMessage, method: string, path: string): Promise<Reply> {
    const json = (body: unknown): Reply => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
    });
    if (path === '/_sandbox/reset' && method === 'POST') {
      this.switches = { ...DEFAULT_SWITCHES };
      this.signing.reset();
      return json(this.switches);
    }
    if (path !== '/_sandbox/switches') return problem(404, 'Risorsa inesistente.');
    if (method === 'GET') return json(this.switches);
    if (method !== 'POST') return problem(405, 'Metodo non consentito.');
    let patch: Record<string, unknown>;
    try {
      patch = JSON.parse(String(await readBody(req, 4096))) as Record<string, unknown>;
    } catch {
      return problem(400, 'Il corpo deve essere un oggetto JSON.');
    }
    const errors: FieldError[] = [];
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
      return problem(400, 'Il corpo deve essere un oggetto JSON.');
    }
    for (const [name, value] of Object.entries(patch)) {
      const valid =
        name === 'defect'
          ? value === null || SIGNATURE_DEFECTS.includes(value as SignatureDefect)
          : name === 'unavailable'
            ? typeof value === 'boolean'
            : false;
      if (!valid)
        errors.push({
          in: 'body',
          name,
          message: name in DEFAULT_SWITCHES ? 'is invalid' : 'is not a switch',
        });
    }
    if (errors.length) return problem(400, 'Switch non validi.', errors);
    this.switches = { ...this.switches, ...(patch as Partial<FirmaSwitches>) };
    return json(this.switches);
  }
}
