import { randomInt, randomUUID } from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SystemSession } from '../faults/support/system-stack.js';
import { newIdentity } from '../support/factories.js';
import { type FuzzingWorld, startFuzzingWorld } from './support/fuzzing-world.js';
import { PDF } from './support/portal-world.js';
import type { Replica } from './support/replica.js';

/** Generated requests per write endpoint: enough to find the usual 500s, bounded to keep the file near a minute. */
const RUNS = 20;
/** Printed with every failure; `HOSTILE_INPUT_SEED=<seed>` regenerates the same requests. */
const SEED = Number(process.env.HOSTILE_INPUT_SEED ?? Date.now() % 2 ** 31);
const JSON_LIMIT_BYTES = 256 * 1024;
/** Tables that change on requests refused on purpose: the session's idle timeout and the rate-limit counters. */
const CHANGING_ON_EVERY_REQUEST = new Set(['user_session', 'rate_limit_bucket']);

interface Operation {
  method: string;
  path: string;
  /** Public routes (no `security` in the document) are called as anonymous visitors do. */
  public: boolean;
  contentTypes: string[];
  properties: string[];
  queryParameters: string[];
}

interface Sent {
  status: number;
  contentType: string;
  text: string;
}

interface Problem {
  code: string;
  detail: string;
}

type OpenApiSchema = { $ref?: string; properties?: Record<string, unknown> };
type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema?: OpenApiSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, OpenApiSchema> };
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '💥'.repeat(64),
  'a'.repeat(70_000),
  "' OR 1=1 --",
  "Robert'); DROP TABLE practice_record; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  'true',
  '2025-02-30',
  '0000-00-00',
  'RSSMRA80A01I914X',
  '{"$gt": ""}',
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 1e308),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 20 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Bodies with the operation's own field names and values of any type, and bodies of any shape. */
function hostileBody(operation: Operation): fc.Arbitrary<unknown> {
  const shaped = fc.record(Object.fromEntries(operation.properties.map((name) => [name, hostileValue])), {
    requiredKeys: [],
  });
  return operation.properties.length > 0
    ? fc.oneof(shaped, shaped, fc.jsonValue(), hostileValue)
    : hostileValue;
}

const hostileFile = fc.record({
  field: fc.constantFrom('file', 'attachment', 'files', ''),
  name: fc.oneof(hostileString, fc.constantFrom('a.pdf', 'x.exe', '../../x.pdf', 'a'.repeat(2000))),
  type: fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/octet-stream', ''),
  content: fc.oneof(
    fc.uint8Array({ maxLength: 4096 }),
    fc.constant(new Uint8Array(PDF)),
    fc.constant(new Uint8Array(Buffer.from('%PDF-1.4 broken'))),
  ),
  fields: fc.dictionary(fc.string({ maxLength: 20 }), hostileString, { maxKeys: 8 }),
});

const BAD_PARAMS = [
  'not-a-uuid',
  "1' OR '1'='1",
  'a'.repeat(3000),
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '-1',
  '99999999999999999999999',
  '%F0%9F%92%A5',
  '00000000-0000-0000-0000-00000000000g',
];

/** Malformed bodies and odd headers every write endpoint must refuse cleanly. */
const ODD_REQUESTS: { name: string; headers: Record<string, string>; body?: string | Buffer }[] = [
  { name: 'truncated JSON', headers: { 'content-type': 'application/json' }, body: '{"a": [1, 2' },
  { name: 'JSON array', headers: { 'content-type': 'application/json' }, body: '[1, "2", null]' },
  { name: 'JSON string', headers: { 'content-type': 'application/json' }, body: '"hello"' },
  { name: 'JSON null', headers: { 'content-type': 'application/json' }, body: 'null' },
  {
    name: 'prototype pollution',
    headers: { 'content-type': 'application/json' },
    body: '{"__proto__": {"roles": ["admin"], "isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}',
  },
  {
    name: 'deeply nested JSON',
    headers: { 'content-type': 'application/json' },
    body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
  },
  {
    // Escapes that parse to lone surrogates in every common field: validator's isEmail threw on them (a 500).
    name: 'lone surrogates',
    headers: { 'content-type': 'application/json' },
    body: '{"email":"\\ud800","name":"\\udc00x","reason":"a\\ud800","slotId":"\\udfff","\\ud800":1}',
  },
  { name: 'plain text', headers: { 'content-type': 'text/plain' }, body: 'hello' },
  {
    name: 'XML',
    headers: { 'content-type': 'application/xml' },
    body: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  { name: 'form', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&a=2&b[c]=3' },
  { name: 'UTF-16 JSON', headers: { 'content-type': 'application/json; charset=utf-16' }, body: '{}' },
  {
    name: 'unknown encoding',
    headers: { 'content-type': 'application/json', 'content-encoding': 'x-zip' },
    body: '{}',
  },
  {
    name: 'broken gzip',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: 'not gzip',
  },
  { name: 'multipart without boundary', headers: { 'content-type': 'multipart/form-data' }, body: 'garbage' },
  {
    name: 'multipart with a broken body',
    headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    body: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
  },
  { name: 'no content type', headers: {}, body: Buffer.from([0, 1, 2, 255]) },
  {
    name: 'odd headers',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': 'not an address, 999.1.1.1, ::ffff:zz',
      'x-request-id': '../../\u00e9<script>',
      accept: 'text/html',
      'accept-language': 'xx-ZZ;q=abc',
    },
    body: '{}',
  },
];

async function readOperations(replica: Replica): Promise<Operation[]> {
  const document = (await (await fetch(`${replica.url}/api/openapi.json`)).json()) as OpenApiDocument;
  const resolve = (schema: OpenApiSchema | undefined): OpenApiSchema | undefined =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''] : schema;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => {
        const content = operation.requestBody?.content ?? {};
        const properties = Object.values(content).flatMap((media) =>
          Object.keys(resolve(media.schema)?.properties ?? {}),
        );
        return {
          method: method.toUpperCase(),
          path,
          public: !operation.security?.length,
          contentTypes: Object.keys(content),
          properties: [...new Set(properties)],
          queryParameters: (operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => parameter.name),
        };
      }),
  );
}

describe('hostile input on every write endpoint', () => {
  let world: FuzzingWorld;
  let replica: Replica;
  let db: pg.Pool;
  let session: SystemSession;
  let operations: Operation[];
  let reads: Operation[];
  let fingerprintSql: string;
  const ids: { practiceId: string; messageId: string } = { practiceId: '', messageId: '' };

  /** Row count and newest row version of every table: any insert, update or delete changes it. */
  const fingerprint = async (): Promise<string> => JSON.stringify((await db.query(fingerprintSql)).rows[0]);

  beforeAll(async () => {
    world = await startFuzzingWorld('portal_hostile', { LOG_LEVEL: 'info' });
    ({ replica, db, session } = world);
    Object.assign(ids, world.ids);

    const all = await readOperations(replica);
    operations = all.filter((operation) => operation.method !== 'GET');
    reads = all.filter((operation) => operation.method === 'GET');
    const { rows } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((row) => row.table_name).filter((table) => !CHANGING_ON_EVERY_REQUEST.has(table));
    fingerprintSql = `SELECT ${tables
      .map(
        (table) =>
          `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${table}") AS "${table}"`,
      )
      .join(', ')}`;
  });

  afterAll(async () => {
    await world?.stop();
  });

  function concretePath(operation: Operation, override?: { name: string; value: string }): string {
    return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (override?.name === name) return override.value;
      if (name === 'fiscalCode') return newIdentity().fiscalCode;
      if (name === 'year') return '2025';
      if (operation.path.startsWith('/api/messages')) return ids.messageId;
      if (operation.path.includes('/permits/')) return ids.practiceId;
      return randomUUID();
    });
  }

  /**
   * Sends one request as the fuzzer (a resident with every staff role), from an address of its own so the
   * per-address limits of public routes stay out of the way, and checks the answer: never a 5xx, refusals as
   * problem+json, and a refusal changes no row of any table.
   */
  async function send(
    operation: Operation,
    path: string,
    init: { headers?: Record<string, string>; body?: RequestInit['body'] },
    label: string,
    failures: string[],
    options: { checkRows: boolean } = { checkRows: true },
  ): Promise<Sent> {
    const before = options.checkRows ? await fingerprint() : '';
    const headers = { 'x-forwarded-for': `198.18.${randomInt(256)}.${randomInt(256)}`, ...init.headers };
    const request = { method: operation.method, headers, body: init.body, redirect: 'manual' as const };
    const where = `${operation.method} ${path.slice(0, 120)} (${label}, seed ${SEED})`;
    let response: Response;
    try {
      response = operation.public
        ? await fetch(`${replica.url}${path}`, request)
        : await session.fetchAt(replica.url, path, request);
    } catch (error) {
      const size = typeof init.body === 'string' ? init.body.slice(0, 300) : 'a form';
      failures.push(`${where}: no answer to ${size} (${(error as Error).cause ?? error})`);
      return { status: 0, contentType: '', text: '' };
    }
    const sent = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
    // A lost session would turn every answer into a harmless 401: the fuzzer must stay logged in.
    if (sent.status === 401 && !operation.public)
      failures.push(`${where}: 401, the fuzzer's session was lost`);
    if (sent.status >= 500) {
      const sentBody = typeof init.body === 'string' ? init.body.slice(0, 600) : 'a form';
      failures.push(`${where}: ${sent.status} ${sent.text.slice(0, 300)} to ${sentBody}`);
    } else if (sent.status >= 400) {
      if (!sent.contentType.startsWith('application/problem+json'))
        failures.push(`${where}: ${sent.status} without problem+json`);
      else {
        const problem = JSON.parse(sent.text) as Problem;
        if (!problem.code || !problem.detail) failures.push(`${where}: problem without code or detail`);
      }
      const after = options.checkRows ? await fingerprint() : before;
      if (after !== before) failures.push(`${where}: refused with ${sent.status}, yet rows changed`);
    }
    return sent;
  }

  // About 20 s alone; the whole e2e suite in parallel on two cores can triple it.
  it('should answer generated and malformed bodies, bad path parameters and odd headers with a 4xx problem, changing nothing', {
    timeout: 180_000,
  }, async () => {
    const failures: string[] = [];
    expect(operations.length).toBeGreaterThan(15);
    for (const operation of operations) {
      const isMultipart = operation.contentTypes.includes('multipart/form-data');
      const isCsv = operation.contentTypes.includes('text/csv');
      const samples = fc.sample(
        fc.record({ body: hostileBody(operation), file: hostileFile, asMultipart: fc.boolean() }),
        { numRuns: RUNS, seed: SEED },
      );
      for (const [index, sample] of samples.entries()) {
        const path = concretePath(operation);
        if (isMultipart && (sample.asMultipart || !operation.contentTypes.includes('application/json'))) {
          const form = new FormData();
          for (const [name, value] of Object.entries(sample.file.fields)) form.append(name, value);
          if (sample.file.field)
            form.append(
              sample.file.field,
              new Blob([sample.file.content], { type: sample.file.type }),
              sample.file.name,
            );
          await send(operation, path, { body: form }, `multipart #${index}`, failures);
        } else if (isCsv) {
          await send(
            operation,
            path,
            {
              headers: { 'content-type': index % 2 ? 'text/csv' : 'application/octet-stream' },
              body: JSON.stringify(sample.body),
            },
            `csv #${index}`,
            failures,
          );
        } else {
          await send(
            operation,
            path,
            {
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(sample.body) ?? 'undefined',
            },
            `json #${index}`,
            failures,
          );
        }
      }
      for (const odd of ODD_REQUESTS) {
        await send(
          operation,
          concretePath(operation),
          { headers: odd.headers, body: odd.body },
          odd.name,
          failures,
        );
      }
      for (const [, name] of operation.path.matchAll(/\{(\w+)\}/g)) {
        for (const value of BAD_PARAMS) {
          await send(
            operation,
            concretePath(operation, { name, value }),
            { headers: { 'content-type': 'application/json' }, body: '{}' },
            `bad ${name}`,
            failures,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await session.fetchAt(replica.url, '/api/me')).status).toBe(200);
  });

  it('should answer hostile query parameters on every read with an answer or a 4xx problem, never a 5xx', {
    timeout: 180_000,
  }, async () => {
    const failures: string[] = [];
    expect(reads.length).toBeGreaterThan(30);
    // Short values only: a URL over Node's header limit is refused by Node itself (431), before the portal.
    const queryValue = fc.oneof(
      fc.constantFrom(...HOSTILE_STRINGS.filter((value) => value.length < 500)),
      fc.string({ maxLength: 40 }),
      fc.integer().map(String),
    );
    for (const operation of reads) {
      const samples = fc.sample(
        fc.record({
          known: fc.record(Object.fromEntries(operation.queryParameters.map((name) => [name, queryValue])), {
            requiredKeys: [],
          }),
          extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), queryValue, { maxKeys: 2 }),
          badParam: fc.constantFrom(undefined, ...BAD_PARAMS.filter((value) => value.length < 500)),
        }),
        { numRuns: RUNS / 2, seed: SEED },
      );
      for (const [index, sample] of samples.entries()) {
        const [, name] = /\{(\w+)\}/.exec(operation.path) ?? [];
        const path = concretePath(
          operation,
          name && sample.badParam ? { name, value: sample.badParam } : undefined,
        );
        const query = new URLSearchParams({ ...sample.extra, ...sample.known } as Record<string, string>);
        await send(operation, `${path}?${query}`, {}, `query #${index}`, failures, { checkRows: false });
      }
    }
    expect(failures).toEqual([]);
    expect((await session.fetchAt(replica.url, '/api/me')).status).toBe(200);
  });

  it('should refuse a JSON body over the limit with 413', async () => {
    const failures: string[] = [];
    const operation = operations.find((candidate) => candidate.path === '/api/staff/permits')!;
    const sent = await send(
      operation,
      '/api/staff/permits',
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ description: 'x'.repeat(JSON_LIMIT_BYTES) }),
      },
      'oversized',
      failures,
    );
    expect(failures).toEqual([]);
    expect(sent.status).toBe(413);
    expect((JSON.parse(sent.text) as Problem).code).toBe('PAYLOAD_TOO_LARGE');
  });

  /** Declares a huge body, sends a few bytes and waits: the answer must come before the body does. */
  function declareHugeBody(
    path: string,
    contentType: string,
  ): Promise<{ status: number; contentType: string }> {
    const url = new URL(path, replica.url);
    return new Promise((resolve, reject) => {
      const request = http.request(url, {
        method: 'POST',
        headers: {
          cookie: session.cookie(),
          'x-csrf-token': session.csrfToken(),
          'content-type': contentType,
          'content-length': String(2 * 1024 ** 3),
        },
      });
      request.setTimeout(10_000, () =>
        request.destroy(new Error(`${path}: no answer before the body was sent`)),
      );
      request.on('response', (response) => {
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']) });
        response.resume();
        request.destroy();
      });
      request.on('error', reject);
      request.write('x'.repeat(1024));
    });
  }

  it('should refuse declared oversized bodies and uploads early, before reading them', async () => {
    const cases = [
      { path: '/api/staff/permits', contentType: 'application/json' },
      {
        path: `/api/staff/permits/${ids.practiceId}/documents`,
        contentType: 'multipart/form-data; boundary=x',
      },
      { path: '/api/registry/me/corrections', contentType: 'multipart/form-data; boundary=x' },
      { path: '/api/staff/registry/imports', contentType: 'text/csv' },
    ];
    for (const { path, contentType } of cases) {
      const answer = await declareHugeBody(path, contentType);
      expect(answer.status, path).toBe(413);
      expect(answer.contentType, path).toMatch(/^application\/problem\+json/);
    }
  });

  it('should have logged no internal error while refusing all of it', () => {
    const errors = replica
      .output()
      .split('\n')
      .filter((line) => /INTERNAL_ERROR|"level":"(error|fatal)"/.test(line));
    expect(errors.map((line) => line.slice(0, 400))).toEqual([]);
  });
});
