import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OpenAPIBackend } from 'openapi-backend';
import { parse } from 'yaml';
import { sendJson } from '../../http-responses.js';
import { openapiDescription } from '../openapi-description.js';

const BODY_LIMIT = 256 * 1024;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * An openapi-backend router + ajv validator over one description in `shared/openapi/`. openapi-backend knows
 * no `date` or `uuid` format by itself (unknown formats pass), so they are added here.
 */
export async function loadDescription(file: string): Promise<OpenAPIBackend> {
  const definition = parse(readFileSync(openapiDescription(file), 'utf8'));
  const api = new OpenAPIBackend({
    definition,
    validate: true,
    strict: true,
    quick: false,
    customizeAjv: (ajv) => {
      ajv.addFormat('date', { type: 'string', validate: isIsoDate });
      ajv.addFormat('uuid', { type: 'string', validate: (value: string) => UUID.test(value) });
      return ajv;
    },
  });
  await api.init();
  return api;
}

/** The failures a sandbox can be switched to, over HTTP, so tests running the federation as a process reach them. */
export interface SandboxSwitches {
  /** Every answer waits this long (ms). */
  delayMs: number;
  /** `unavailable`: 503 problem; `reset`: the connection is destroyed without an answer. */
  down: false | 'unavailable' | 'reset';
  /** Every request is refused with the platform's own refusal (see each sandbox). */
  refused: boolean;
  /**
   * PDND client ids the switches apply to; empty (the default): every client. Tests sharing one sandbox fail
   * their own client only, so the other tests running beside them keep their answers.
   */
  onlyClients: string[];
}

export const DEFAULT_SWITCHES: SandboxSwitches = { delayMs: 0, down: false, refused: false, onlyClients: [] };

/** The switches a request of `clientId` meets: all of them, or none when they are scoped to other clients. */
export function switchesFor(switches: SandboxSwitches, clientId: string | undefined): SandboxSwitches {
  if (switches.onlyClients.length === 0) return switches;
  return clientId && switches.onlyClients.includes(clientId) ? switches : DEFAULT_SWITCHES;
}

export class SwitchesError extends Error {}

/** Merges a JSON patch of switches, refusing unknown names and wrong types. */
export function applySwitches(current: SandboxSwitches, patch: unknown): SandboxSwitches {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new SwitchesError('expected a JSON object');
  }
  const next = { ...current };
  for (const [name, value] of Object.entries(patch)) {
    if (
      name === 'delayMs' &&
      Number.isInteger(value) &&
      (value as number) >= 0 &&
      (value as number) <= 120_000
    ) {
      next.delayMs = value as number;
    } else if (name === 'down' && (value === false || value === 'unavailable' || value === 'reset')) {
      next.down = value;
    } else if (name === 'refused' && typeof value === 'boolean') {
      next.refused = value;
    } else if (
      name === 'onlyClients' &&
      Array.isArray(value) &&
      value.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 100)
    ) {
      next.onlyClients = [...value];
    } else {
      throw new SwitchesError(`invalid switch ${name}: ${JSON.stringify(value)}`);
    }
  }
  return next;
}

/**
 * Applies `delayMs` and `down`; returns false when the request was answered (or dropped) here.
 */
export async function passSwitches(res: ServerResponse, switches: SandboxSwitches): Promise<boolean> {
  if (switches.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, switches.delayMs));
  if (switches.down === 'reset') {
    res.socket?.destroy();
    return false;
  }
  if (switches.down === 'unavailable') {
    sendProblem(res, 503, {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'sandbox switched down',
    });
    return false;
  }
  return true;
}

/** Handles `GET|POST <prefix>/_sandbox/switches`; returns the new switches. */
export async function handleSwitchesRoute(
  req: IncomingMessage,
  res: ServerResponse,
  current: SandboxSwitches,
): Promise<SandboxSwitches> {
  if (req.method === 'GET') {
    sendJson(res, 200, current);
    return current;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'method_not_allowed' });
    return current;
  }
  try {
    const next = applySwitches(current, JSON.parse((await readBody(req)).toString('utf8')));
    sendJson(res, 200, next);
    return next;
  } catch (error) {
    sendJson(res, 400, { error: 'invalid_switches', detail: (error as Error).message });
    return current;
  }
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new SwitchesError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  return JSON.parse((await readBody(req)).toString('utf8'));
}

export function sendProblem(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Lower-cased single header value. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
