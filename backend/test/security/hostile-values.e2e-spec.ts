import { randomInt, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIdentity } from '../support/factories.js';
import { type ReplicaSession } from '../support/session.js';
import { type FuzzingWorld, startFuzzingWorld } from './support/fuzzing-world.js';
import type { Replica } from './support/replica.js';

/**
 * Each class of value that used to answer 500 (issue 13, item 6), sent to every write and search route the
 * running backend documents: a route added later is covered without touching this file. Unlike
 * `hostile-input.e2e-spec.ts`, which throws random shapes at the routes, this one starts from a body that follows
 * the route's schema and spoils one field at a time, so the spoiled value gets past the other fields' checks and
 * reaches as deep as the route lets it.
 */

/** Generated requests per route: bounded so the whole file stays well under a minute on a quiet machine. */
const RUNS = 24;
/** Printed with every failure; `HOSTILE_VALUES_SEED=<seed>` regenerates the same requests. */
const SEED = Number(process.env.HOSTILE_VALUES_SEED ?? Date.now() % 2 ** 31);

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

interface OpenApiOperation {
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

interface Operation {
  method: string;
  path: string;
  public: boolean;
  bodySchema?: Schema;
  bodyType?: 'json' | 'multipart' | 'other';
  query: { name: string; required: boolean; schema: Schema }[];
  pathParams: string[];
}

interface Problem {
  code?: string;
  detail?: string;
  field?: string;
  errors?: { field: string }[];
}

/** The classes of the issue. `named`: the answer must be a 400/422 that names the spoiled field. */
type Spoil =
  | { kind: 'nul'; value: string }
  | { kind: 'huge'; value: number }
  | { kind: 'numeric-text'; value: string }
  | { kind: 'null' }
  | { kind: 'long'; value: string }
  | { kind: 'prototype-key'; key: '__proto__' | 'constructor' };

const spoils: fc.Arbitrary<Spoil> = fc.oneof(
  fc.record({
    kind: fc.constant('nul' as const),
    value: fc
      .tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }))
      .map(([before, after]) => `${before}\u0000${after}`),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    value: fc.constantFrom(1e99, 9007199254740992, -9007199254740992, -1e308, 1e308, 2 ** 31, -(2 ** 31) - 1),
  }),
  fc.record({
    kind: fc.constant('numeric-text' as const),
    value: fc.constantFrom('1e99', '9007199254740992', '-1e308', 'NaN', 'Infinity', '0x10', '1.5', ' 1'),
  }),
  fc.record({ kind: fc.constant('null' as const) }),
  fc.record({
    kind: fc.constant('long' as const),
    value: fc.integer({ min: 257, max: 20_000 }).map((length) => 'a'.repeat(length)),
  }),
  fc.record({
    kind: fc.constant('prototype-key' as const),
    key: fc.constantFrom('__proto__' as const, 'constructor' as const),
  }),
);

const isNamed = (problem: Problem, field: string) =>
  problem.field === field || (problem.errors ?? []).some((error) => error.field === field);

describe('hostile values in every field of every write and search route', () => {
  let world: FuzzingWorld;
  let replica: Replica;
  let session: ReplicaSession;
  let document: {
    paths: Record<string, Record<string, OpenApiOperation>>;
    components?: { schemas?: Record<string, Schema> };
  };
  let operations: Operation[];
  const ids = { practiceId: '', messageId: '1' };

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(document.components?.schemas?.[schema.$ref.split('/').at(-1) ?? '']);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  /** A value that follows the schema: its example, first enum value or default, else a plain one of its type. */
  const valid = (raw: Schema | undefined): unknown => {
    const schema = resolve(raw);
    if (schema.example !== undefined) return schema.example;
    if (schema.enum?.length) return schema.enum[0];
    if (schema.default !== undefined) return schema.default;
    if (schema.properties) {
      const required = new Set(schema.required ?? []);
      return Object.fromEntries(
        Object.entries(schema.properties)
          .filter(([name]) => required.has(name))
          .map(([name, property]) => [name, valid(property)]),
      );
    }
    if (schema.type === 'array') return [valid(schema.items)];
    if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
    if (schema.type === 'boolean') return false;
    if (schema.format === 'uuid') return randomUUID();
    if (schema.format === 'date') return '2025-01-01';
    return 'Testo di prova';
  };

  /** Every field path of a schema, nested objects and array items included (`owners.0.sharePercent`). */
  const fieldPaths = (raw: Schema | undefined, prefix = ''): string[] => {
    const schema = resolve(raw);
    if (schema.type === 'array' && schema.items) return fieldPaths(schema.items, `${prefix}.0`);
    return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return [path, ...fieldPaths(property, path)];
    });
  };

  /** Sets `path` in a copy of `body`, building the valid objects and arrays on the way. */
  const withValue = (body: unknown, schema: Schema | undefined, path: string, value: unknown): unknown => {
    const copy = structuredClone(body) as Record<string, unknown>;
    let target: Record<string, unknown> = copy;
    let current = resolve(schema);
    const steps = path.split('.');
    for (const [index, step] of steps.entries()) {
      const next = resolve(current.type === 'array' ? current.items : current.properties?.[step]);
      if (index === steps.length - 1) {
        target[step] = value;
        break;
      }
      if (typeof target[step] !== 'object' || target[step] === null) target[step] = valid(next);
      if (current.type === 'array' && !target[step]) target[step] = valid(next);
      target = target[step] as Record<string, unknown>;
      current = next;
    }
    return copy;
  };

  /** Whether the schema of `path` declares both bounds of a numeric range and `value` lies within them. */
  const withinDeclaredRange = (schema: Schema | undefined, path: string, value: number): boolean => {
    let current = resolve(schema);
    for (const step of path.split('.')) {
      current = resolve(current.type === 'array' ? current.items : current.properties?.[step]);
    }
    const { minimum, maximum } = current;
    return minimum !== undefined && maximum !== undefined && value >= minimum && value <= maximum;
  };

  /** The JSON text of `body` with a `__proto__` or `constructor` key added to the object holding `path`. */
  const withPrototypeKey = (body: unknown, path: string, key: string): { text: string; field: string } => {
    const parent = path.split('.').slice(0, -1).join('.');
    // JSON.parse keeps `__proto__` as an own key, which JSON.stringify writes back out.
    const polluted = JSON.parse(`{"${key}": {"polluted": true}}`) as object;
    if (!parent) return { text: JSON.stringify({ ...(body as object), ...polluted }), field: key };
    const copy = structuredClone(body) as Record<string, unknown>;
    let target: Record<string, unknown> = copy;
    for (const step of parent.split('.')) {
      if (typeof target[step] !== 'object' || target[step] === null) target[step] = {};
      target = target[step] as Record<string, unknown>;
    }
    // Not Object.assign: it would set the prototype of `target` instead of adding the key.
    Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true });
    return { text: JSON.stringify(copy), field: `${parent}.${key}` };
  };

  const concretePath = (operation: Operation, override?: { name: string; value: string }) =>
    operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (override?.name === name) return override.value;
      if (name === 'fiscalCode') return newIdentity().fiscalCode;
      if (name === 'year') return '2025';
      if (name === 'instalment') return 'acconto';
      if (operation.path.startsWith('/api/messages')) return ids.messageId;
      if (operation.path.includes('/permits/') && name === 'id') return ids.practiceId;
      return randomUUID();
    });

  async function send(
    operation: Operation,
    path: string,
    init: { headers?: Record<string, string>; body?: RequestInit['body'] },
  ): Promise<{ status: number; contentType: string; text: string }> {
    // An address of its own per request keeps the per-address limits of public routes out of the way.
    const headers = { 'x-forwarded-for': `198.19.${randomInt(256)}.${randomInt(256)}`, ...init.headers };
    const request = { method: operation.method, headers, body: init.body, redirect: 'manual' as const };
    const response = operation.public
      ? await fetch(`${replica.url}${path}`, request)
      : await session.fetchAt(replica.url, path, request);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  }

  /** Never a 5xx; every refusal a problem with a detail; a value that no field may hold refused naming it. */
  function judge(
    where: string,
    sent: { status: number; contentType: string; text: string },
    mustName: string | undefined,
  ): string | undefined {
    const answer = `${sent.status} ${sent.text.slice(0, 300)}`;
    if (sent.status >= 500) return `${where}: ${answer}`;
    if (sent.status === 401 && !where.includes('public')) return `${where}: the fuzzer's session was lost`;
    if (sent.status < 400) return mustName ? `${where}: accepted (${answer})` : undefined;
    if (!sent.contentType.startsWith('application/problem+json'))
      return `${where}: ${answer} is no problem+json`;
    const problem = JSON.parse(sent.text) as Problem;
    if (typeof problem.detail !== 'string' || !problem.detail) return `${where}: problem without a detail`;
    if (mustName && ![400, 422].includes(sent.status)) return `${where}: ${answer}, not a 400/422`;
    if (mustName && !isNamed(problem, mustName)) return `${where}: ${answer} does not name «${mustName}»`;
    return undefined;
  }

  beforeAll(async () => {
    world = await startFuzzingWorld('portal_values');
    ({ replica, session } = world);
    Object.assign(ids, world.ids);

    document = (await (await fetch(`${replica.url}/api/openapi.json`)).json()) as typeof document;
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]): Operation => {
          const content = operation.requestBody?.content ?? {};
          const json = content['application/json']?.schema;
          const multipart = content['multipart/form-data']?.schema;
          const parameters = operation.parameters ?? [];
          return {
            method: method.toUpperCase(),
            path,
            public: !operation.security?.length,
            bodySchema: json ?? multipart,
            bodyType: json
              ? 'json'
              : multipart
                ? 'multipart'
                : Object.keys(content).length
                  ? 'other'
                  : undefined,
            query: parameters
              .filter((parameter) => parameter.in === 'query')
              .map((parameter) => ({
                name: parameter.name,
                required: parameter.required ?? false,
                schema: parameter.schema ?? {},
              })),
            pathParams: parameters.filter((parameter) => parameter.in === 'path').map(({ name }) => name),
          };
        }),
    );
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('should refuse every class of hostile value in every body field with a problem naming the field', {
    timeout: 120_000,
  }, async () => {
    const writes = operations.filter((operation) => operation.method !== 'GET' && operation.bodySchema);
    expect(writes.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const operation of writes) {
      const base = valid(operation.bodySchema);
      const paths = fieldPaths(operation.bodySchema);
      if (paths.length === 0) continue;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), spoils, async (field, spoil) => {
          const where = `${operation.method} ${operation.path} ${field} ← ${spoil.kind} (seed ${SEED}${operation.public ? ', public' : ''})`;
          let body: string;
          let mustName: string | undefined;
          if (spoil.kind === 'prototype-key') {
            const polluted = withPrototypeKey(base, field, spoil.key);
            body = polluted.text;
            mustName = polluted.field;
          } else {
            const value = spoil.kind === 'null' ? null : spoil.value;
            body = JSON.stringify(withValue(base, operation.bodySchema, field, value));
            // NUL fits no field; a JSON number this far out of range fits no integer or text field of the portal,
            // unless the field's schema declares a range that holds it (amounts in cents reach 2^31).
            const inDeclaredRange =
              spoil.kind === 'huge' && withinDeclaredRange(operation.bodySchema, field, spoil.value);
            mustName =
              spoil.kind === 'nul' || (spoil.kind === 'huge' && !inDeclaredRange) ? field : undefined;
          }
          const init =
            operation.bodyType === 'multipart'
              ? { body: toForm(JSON.parse(body) as Record<string, unknown>) }
              : { headers: { 'content-type': 'application/json' }, body };
          // Multipart fields are all text (no huge number, no null), and a route that reads only the uploaded file
          // ignores every other field, prototype keys included, as it ignores any unknown one.
          if (operation.bodyType === 'multipart' && spoil.kind !== 'nul') mustName = undefined;
          const failure = judge(where, await send(operation, concretePath(operation), init), mustName);
          if (failure) failures.push(failure);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
    expect(failures).toEqual([]);
    expect((await session.fetchAt(replica.url, '/api/me')).status).toBe(200);
  });

  it('should answer null, a NUL character and 1e99 in each field of each write route, never with a 5xx', {
    timeout: 120_000,
  }, async () => {
    const failures: string[] = [];
    for (const operation of operations.filter((candidate) => candidate.bodyType === 'json')) {
      const base = valid(operation.bodySchema);
      for (const field of fieldPaths(operation.bodySchema)) {
        for (const [label, value] of [
          ['null', null],
          ['NUL', 'a\u0000b'],
          ['1e99', 1e99],
        ] as const) {
          const sent = await send(operation, concretePath(operation), {
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(withValue(base, operation.bodySchema, field, value)),
          });
          const where = `${operation.method} ${operation.path} ${field} ← ${label}${operation.public ? ' (public)' : ''}`;
          const failure = judge(where, sent, label === 'null' ? undefined : field);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('should refuse every class of hostile value in every query and path parameter with a problem naming it', {
    timeout: 120_000,
  }, async () => {
    const targets = operations.filter(
      (operation) => operation.query.length > 0 || operation.pathParams.length > 0,
    );
    expect(targets.filter((operation) => operation.query.length > 0).length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const operation of targets) {
      const names = [
        ...operation.query.map(({ name }) => ({ name, in: 'query' as const })),
        ...operation.pathParams.map((name) => ({ name, in: 'path' as const })),
      ];
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), spoils, async (parameter, spoil) => {
          const where = `${operation.method} ${operation.path} ${parameter.in} ${parameter.name} ← ${spoil.kind} (seed ${SEED}${operation.public ? ', public' : ''})`;
          const query = new URLSearchParams();
          for (const { name, required, schema } of operation.query)
            if (required) query.set(name, String(valid(schema)));
          let path = concretePath(operation);
          let mustName: string | undefined;
          const schema = operation.query.find(({ name }) => name === parameter.name)?.schema ?? {};
          const isInteger = ['integer', 'number'].includes(resolve(schema).type ?? '');
          if (spoil.kind === 'prototype-key') {
            query.append(spoil.key, 'x');
            mustName = spoil.key;
          } else {
            // URLs carry text: `null` arrives as the word, huge numbers as their digits.
            const text =
              spoil.kind === 'null'
                ? 'null'
                : spoil.kind === 'long'
                  ? spoil.value.slice(0, 2000)
                  : String(spoil.value);
            if (parameter.in === 'query') query.set(parameter.name, text);
            else path = concretePath(operation, { name: parameter.name, value: encodeURIComponent(text) });
            if (spoil.kind === 'nul') mustName = parameter.name;
            if (parameter.in === 'query' && isInteger && ['huge', 'numeric-text'].includes(spoil.kind))
              mustName = parameter.name;
          }
          const search = query.size > 0 ? `?${query}` : '';
          const init =
            operation.method === 'GET' || operation.bodyType !== 'json'
              ? {}
              : { headers: { 'content-type': 'application/json' }, body: '{}' };
          const failure = judge(where, await send(operation, `${path}${search}`, init), mustName);
          if (failure) failures.push(failure);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
    expect(failures).toEqual([]);
    expect((await session.fetchAt(replica.url, '/api/me')).status).toBe(200);
  });

  it.each([
    {
      method: 'POST',
      path: '/api/feedback',
      body: { page: '/servizi/certificati-anagrafici', rating: 5, comment: 'a\u0000b' },
      field: 'comment',
    },
    {
      method: 'POST',
      path: '/api/feedback',
      body: { page: '/servizi/certificati-anagrafici', rating: 9007199254740992 },
      field: 'rating',
    },
    { method: 'GET', path: '/api/staff/registry/persons?q=ROSSI%00', field: 'q' },
    { method: 'GET', path: '/api/messages?page=1e99', field: 'page' },
    { method: 'GET', path: '/api/messages?page=9007199254740992', field: 'page' },
    { method: 'GET', path: '/api/staff/registry/corrections?offset=1e99', field: 'offset' },
    { method: 'GET', path: '/api/staff/registry/persons?q=rossi&offset=1e99', field: 'offset' },
  ] as const)('should refuse $method $path naming «$field»', async ({ method, path, body, field }) => {
    const sent = await send(
      { method, path, public: path === '/api/feedback', query: [], pathParams: [] },
      path,
      body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {},
    );
    expect(sent.status, sent.text).toBe(400);
    expect(sent.contentType).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(sent.text) as Problem;
    expect(problem.field).toBe(field);
    expect(problem.detail).toContain(field);
  });

  it('should refuse `__proto__` and `constructor` keys like any unknown field, and pollute nothing', async () => {
    for (const key of ['__proto__', 'constructor']) {
      const sent = await send(
        { method: 'POST', path: '/api/feedback', public: true, query: [], pathParams: [] },
        '/api/feedback',
        {
          headers: { 'content-type': 'application/json' },
          body: `{"page":"/faq","rating":5,"${key}":{"isAdmin":true}}`,
        },
      );
      expect(sent.status, sent.text).toBe(400);
      expect((JSON.parse(sent.text) as Problem).field).toBe(key);
    }
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });

  it('should refuse a stale version beyond 2^53 on a transition naming expectedVersion', async () => {
    const sent = await send(
      { method: 'POST', path: '', public: false, query: [], pathParams: [] },
      `/api/staff/permits/${ids.practiceId}/transitions`,
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'assigned', expectedVersion: 9007199254740992 }),
      },
    );
    expect(sent.status, sent.text).toBe(400);
    expect((JSON.parse(sent.text) as Problem).field).toBe('expectedVersion');
  });

  it('should read null notes, due date and decision of a transition at the current version as absent, not a 500', async () => {
    // The generated bodies carry the schema's example version and mostly stop at 409: this one goes all the way.
    const practice = (await (await session.fetch(`/api/staff/permits/${ids.practiceId}`)).json()) as {
      version: number;
      allowedTransitions: { to: string }[];
    };
    expect(practice.allowedTransitions.length).toBeGreaterThan(0);
    for (const { to } of practice.allowedTransitions) {
      const sent = await send(
        { method: 'POST', path: '', public: false, query: [], pathParams: [] },
        `/api/staff/permits/${ids.practiceId}/transitions`,
        {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            to,
            expectedVersion: practice.version,
            publicNote: null,
            internalNote: null,
            dueDate: null,
            decision: null,
            requestedDocuments: null,
            caseOfficerFiscalCode: null,
          }),
        },
      );
      expect(judge(`transition to ${to}`, sent, undefined), sent.text).toBeUndefined();
    }
  });

  it('should have stopped every value before PostgreSQL, logging no internal error', () => {
    const lines = replica
      .output()
      .split('\n')
      .filter((line) => /INTERNAL_ERROR|reached PostgreSQL unvalidated|"level":"(error|fatal)"/.test(line));
    expect(lines.map((line) => line.slice(0, 400))).toEqual([]);
  });
});

/** Multipart fields carry text: objects and arrays travel as JSON, as a careless client would send them. */
function toForm(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body))
    form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  return form;
}
