// The limit a benchmark compares the portal with: a bare Node `http` server that runs the same SQL with `pg` and
// answers the rows as JSON, nothing else (no framework, session, authorization or logging). Started as its own
// process by startBareServer() in ./http-bench.mjs; configured through the environment:
//   BARE_PORT, BARE_DATABASE_URL, BARE_POOL_SIZE,
//   BARE_VARIANTS  JSON [[{ sql, params }, ...], ...]: `GET /<n>` runs variant n (modulo their number) in order.
//                  A parameter `{ "randomBytes": n }` becomes n fresh random bytes (a document that does not compress).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const variants = JSON.parse(process.env.BARE_VARIANTS);
const pool = new pg.Pool({
  connectionString: process.env.BARE_DATABASE_URL,
  max: Number(process.env.BARE_POOL_SIZE ?? 10),
});
pool.on('error', () => undefined);

function parameter(value) {
  return typeof value === 'object' && value !== null && 'randomBytes' in value
    ? randomBytes(value.randomBytes)
    : value;
}

const server = http.createServer(async (request, response) => {
  const index = Number(request.url.slice(1)) || 0;
  try {
    let rows = [];
    for (const { sql, params } of variants[index % variants.length]) {
      ({ rows } = await pool.query(sql, params?.map(parameter)));
    }
    const body = JSON.stringify(rows);
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
