// Turns the statements a backend ran for one request (recorded by ./sql-capture-preload.mjs) into a variant of
// the bare server (./bare-server.mjs): the same SQL with the same parameters, statements the portal ran inside a
// transaction on one connection, statements whose executions overlapped in one parallel step.

/** The statements of the session and authorization layer: the bare server has no session (as the visura's). */
export const SESSION_SQL = /\b(user_session|role_grant|rate_limit_bucket)\b/i;

const BEGIN = /^\s*(BEGIN|START TRANSACTION)\b/i;
const END = /^\s*(COMMIT|ROLLBACK)\b/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `records` → a bare-server variant: a list of steps, each a statement `{ sql, params, tx?, name? }` (`name`: the
 * portal prepared it under that name) or an array of statements run at the same time. `exclude` drops statements (default: the session layer's); `fresh` lists
 * values that must be new on every run (ids and codes of a row the request creates): a parameter equal to one
 * of them becomes `{ fresh }`, which the bare server replaces by a new value of the same shape per request.
 * @param {{ connection: number, sql: string, params?: unknown[], name?: string, start: number, end?: number }[]} records
 * @param {{ exclude?: RegExp | null, fresh?: string[] }} [options]
 */
export function captureToVariant(records, { exclude = SESSION_SQL, fresh = [] } = {}) {
  const open = new Map();
  const marked = [];
  for (const record of [...records].sort((a, b) => a.start - b.start)) {
    const label = `c${record.connection}`;
    if (BEGIN.test(record.sql)) open.set(record.connection, label);
    const tx = open.get(record.connection);
    if (END.test(record.sql)) open.delete(record.connection);
    if (exclude?.test(record.sql)) continue;
    const params = record.params?.map((value) =>
      typeof value === 'string' && fresh.includes(value) ? { fresh: value } : value,
    );
    marked.push({
      sql: record.sql,
      ...(params ? { params } : {}),
      ...(tx ? { tx } : {}),
      ...(record.name ? { name: record.name } : {}),
      record,
    });
  }
  const steps = [];
  let group = [];
  let groupEnd = -Infinity;
  for (const statement of marked) {
    if (group.length > 0 && statement.record.start >= groupEnd) {
      steps.push(group);
      group = [];
      groupEnd = -Infinity;
    }
    group.push(statement);
    groupEnd = Math.max(groupEnd, statement.record.end ?? statement.record.start);
  }
  if (group.length > 0) steps.push(group);
  return steps.map((step) => {
    const statements = step.map(({ record, ...statement }) => statement);
    return statements.length === 1 ? statements[0] : statements;
  });
}

/** A new value shaped like `value`: a UUID for a UUID, otherwise each digit and letter replaced in its class. */
export function freshLike(value, random = Math.random) {
  if (UUID.test(value)) return crypto.randomUUID();
  const pick = (alphabet) => alphabet[Math.floor(random() * alphabet.length)];
  return value.replace(/[0-9]|[A-Z]|[a-z]/g, (character) =>
    /[0-9]/.test(character)
      ? pick('0123456789')
      : /[A-Z]/.test(character)
        ? pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        : pick('abcdefghijklmnopqrstuvwxyz'),
  );
}

/** How many statements and parallel steps a variant has, for a benchmark's note. */
export function describeVariant(variant) {
  const statements = variant.flat().length;
  const parallel = variant.filter(Array.isArray).length;
  return `${statements} statements${parallel ? `, ${parallel} parallel step${parallel > 1 ? 's' : ''}` : ''}`;
}
