import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PostgresTool = 'pg_dump' | 'pg_restore';

/** The major version in `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` or a server's `server_version_num`. */
export function majorOf(version: string): number {
  const numeric = /^\d{5,6}$/.test(version.trim());
  if (numeric) return Math.floor(Number(version) / 10_000);
  const match = /(\d+)(?:\.\d+)?/.exec(version.replace(/^[^\d]*/, ''));
  if (!match) throw new Error(`Unrecognised PostgreSQL version: ${version}`);
  return Number(match[1]);
}

/**
 * Finds `tool` for a server of major version `serverMajor`: PG_BIN_DIR when set, else Debian's per-version
 * folder, else PATH. pg_dump refuses a server newer than itself, so an older client is refused here with
 * what to install instead of its terse "server version mismatch".
 */
export async function findTool(
  tool: PostgresTool,
  serverMajor: number,
): Promise<{ command: string; major: number }> {
  const candidates = [
    process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : null,
    `/usr/lib/postgresql/${serverMajor}/bin/${tool}`,
  ].filter((candidate): candidate is string => candidate !== null && existsSync(candidate));
  const command = candidates[0] ?? tool;
  let output: string;
  try {
    output = (await run(command, ['--version'])).stdout;
  } catch {
    throw new Error(
      `${tool} not found. Install the PostgreSQL ${serverMajor} client (Debian/Ubuntu: ` +
        `apt-get install postgresql-client-${serverMajor}) or set PG_BIN_DIR to the folder that holds it.`,
    );
  }
  const major = majorOf(output);
  if (major < serverMajor) {
    throw new Error(
      `${command} is PostgreSQL ${major}, older than the server (PostgreSQL ${serverMajor}): it cannot read ` +
        `that server's data. Install postgresql-client-${serverMajor} or set PG_BIN_DIR to its bin folder.`,
    );
  }
  return { command, major };
}

/**
 * libpq's settings for `databaseUrl` as environment variables, so the password never shows in the process
 * list as it would in a command-line URL.
 */
export function libpqEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
  };
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Runs a PostgreSQL client tool, failing with its own error output. */
export async function runTool(command: string, args: string[], databaseUrl: string): Promise<void> {
  try {
    await run(command, args, { env: libpqEnvironment(databaseUrl), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`${path.basename(command)} failed: ${stderr.trim() || (error as Error).message}`);
  }
}
