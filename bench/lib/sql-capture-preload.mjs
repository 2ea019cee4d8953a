// Loaded with `node --import` into ONE backend process of a benchmark stack (startBenchStack({ captureSql })):
// records every statement the process sends to PostgreSQL through `pg` while recording is on, with its
// connection, parameters and start/end times, so a bench can hand the bare server the portal's own SQL, run the
// way the portal runs it (in a transaction on one connection, in parallel where the portal overlaps them).
// SIGUSR2 starts recording (the process then writes `<file>.on`), SIGUSR2 again writes the statements to
// BENCH_SQL_CAPTURE_FILE. When not recording the cost is one boolean test per query.
import { renameSync, writeFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.BENCH_SQL_CAPTURE_FILE;
const original = pg.Client.prototype.query;
const connections = new WeakMap();
let nextConnection = 1;
let recording = null;
let origin = 0;

/** A parameter as JSON: a buffer becomes the size of the random bytes the bare server sends instead. */
function serializable(value) {
  if (Buffer.isBuffer(value)) return { randomBytes: value.length };
  if (value instanceof Date) return value.toISOString();
  return value;
}

pg.Client.prototype.query = function query(...args) {
  const [config, values, callback] = args;
  const sql = typeof config === 'string' ? config : config?.text;
  if (!recording || typeof sql !== 'string') return original.apply(this, args);
  if (!connections.has(this)) connections.set(this, nextConnection++);
  const params = Array.isArray(values) ? values : config?.values;
  const entry = {
    connection: connections.get(this),
    sql,
    params: params?.map(serializable),
    // A named statement (the backend prepares its hot lookups): the bare server prepares it too.
    ...(typeof config?.name === 'string' ? { name: config.name } : {}),
    start: performance.now() - origin,
  };
  recording.push(entry);
  const done = () => {
    entry.end = performance.now() - origin;
  };
  if (typeof callback === 'function') {
    return original.call(this, config, values, (...results) => {
      done();
      callback(...results);
    });
  }
  if (typeof values === 'function') {
    return original.call(this, config, (...results) => {
      done();
      values(...results);
    });
  }
  const result = original.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};

process.on('SIGUSR2', () => {
  if (recording === null) {
    recording = [];
    origin = performance.now();
    writeFileSync(`${file}.on`, '');
  } else {
    const statements = recording;
    recording = null;
    writeFileSync(`${file}.partial`, JSON.stringify(statements));
    renameSync(`${file}.partial`, file);
  }
});
