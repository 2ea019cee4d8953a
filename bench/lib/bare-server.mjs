// The limit a benchmark compares the portal with: a bare Node `http` server that runs the same SQL with `pg` and
// answers, as JSON, the rows of every statement that returned some (in the order the statements were listed), as
// the portal answers what it read; nothing else (no framework, session, authorization or logging). Started as its own
// process by startBareServer() in ./http-bench.mjs; configured through the environment:
//   BARE_PORT, BARE_DATABASE_URL, BARE_POOL_SIZE,
//   BARE_VARIANTS_FILE  a JSON file [[step, ...], ...]: `GET /<n>` runs variant n (modulo their number), step after step.
//                  A step is a statement `{ sql, params, tx?, name? }` or an array of statements run at the
//                  same time (as the portal runs them, see ./sql-capture.mjs). A statement with a `name` goes as
//                  that named statement (parsed and planned once per connection), as the portal sent it.
//                  Statements with the same `tx` label run on one connection held from the first to the last
//                  of them (a transaction); the others each take a connection of the pool, as the portal's do.
//                  A parameter `{ "randomBytes": n }` becomes n fresh random bytes (a document that does not
//                  compress); `{ "fresh": value }` a new value shaped like `value`, the same within a request.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import { freshLike } from './sql-capture.mjs';

const variants = JSON.parse(readFileSync(process.env.BARE_VARIANTS_FILE, 'utf8'));
const pool = new pg.Pool({
  connectionString: process.env.BARE_DATABASE_URL,
  max: Number(process.env.BARE_POOL_SIZE ?? 10),
});
pool.on('error', () => undefined);

function parameter(value, freshValues) {
  if (typeof value !== 'object' || value === null) return value;
  if ('randomBytes' in value) return randomBytes(value.randomBytes);
  if ('fresh' in value) {
    if (!freshValues.has(value.fresh)) freshValues.set(value.fresh, freshLike(value.fresh));
    return freshValues.get(value.fresh);
  }
  return value;
}

/** The query as the portal sent it: the named statement it prepared, or plain text. */
function queryOf(statement, params) {
  return statement.name
    ? [{ name: statement.name, text: statement.sql, values: params }]
    : [statement.sql, params];
}

/** Runs one variant; resolves to the rows of each of its statements that returned rows, in the variant's order. */
async function runVariant(steps) {
  const clients = new Map();
  const freshValues = new Map();
  const lastUse = new Map();
  for (const [position, statement] of steps.flat().entries()) {
    if (statement.tx) lastUse.set(statement.tx, position);
  }
  let index = 0;
  const read = [];
  const run = async (statement, position) => {
    const params = statement.params?.map((value) => parameter(value, freshValues));
    if (!statement.tx) return (await pool.query(...queryOf(statement, params))).rows;
    if (!clients.has(statement.tx)) clients.set(statement.tx, pool.connect());
    const client = await clients.get(statement.tx);
    try {
      return (await client.query(...queryOf(statement, params))).rows;
    } finally {
      if (lastUse.get(statement.tx) === position) {
        client.release();
        clients.delete(statement.tx);
      }
    }
  };
  try {
    for (const step of steps) {
      const group = Array.isArray(step) ? step : [step];
      const positions = group.map(() => index++);
      // Statements of one transaction in a parallel step still run in order on their connection.
      const chains = new Map();
      for (const [i, statement] of group.entries()) {
        const chain = statement.tx ?? `single-${i}`;
        chains.set(chain, [...(chains.get(chain) ?? []), [statement, positions[i]]]);
      }
      const results = new Array(group.length);
      await Promise.all(
        [...chains.values()].map(async (chain) => {
          for (const [statement, position] of chain) {
            results[position - positions[0]] = await run(statement, position);
          }
        }),
      );
      for (const rows of results) if (Array.isArray(rows) && rows.length > 0) read.push(rows);
    }
    return read;
  } finally {
    for (const client of clients.values()) (await client).release(true);
  }
}

const server = http.createServer(async (request, response) => {
  // Readiness without running a variant (some write).
  if (request.url === '/ready') return response.writeHead(204).end();
  const index = Number(request.url.slice(1)) || 0;
  try {
    const body = JSON.stringify(await runVariant(variants[index % variants.length]));
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(String(error.message));
  }
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.BARE_PORT), '127.0.0.1');

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});
