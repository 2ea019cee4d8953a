// `npm start`: builds what is stale, then runs the local test federation, the backend (which starts
// the embedded PostgreSQL, migrates and loads the demo data when needed) and the frontend.
// `npm run dev`: the same with the backend and frontend in watch mode.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startService } from './services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));

// The development values `.env.example` leaves out, so that a copy of it is safe in production: a `.env` or
// shell that says otherwise wins (NODE_ENV=production then refuses DEMO_DATA and the test federation at boot).
const NODE_ENV = process.env.NODE_ENV ?? 'development';
const DEMO_DATA = process.env.DEMO_DATA ?? (NODE_ENV === 'development' ? 'true' : 'false');
const FRONTEND_PORT = process.env.FRONTEND_PORT ?? '3000';
const BACKEND_PORT = process.env.PORT ?? '3001';
const PUBLIC_URL = process.env.PUBLIC_URL ?? `http://localhost:${FRONTEND_PORT}`;
const BACKEND_URL = process.env.BACKEND_URL ?? `http://127.0.0.1:${BACKEND_PORT}`;
const DATA_DIR = path.resolve(root, process.env.DATA_DIR ?? '.data');
const useTestFederation = (process.env.TEST_FEDERATION ?? 'true') !== 'false';
const TESTFED_PORT = process.env.TESTFED_PORT ?? '4000';
const TESTFED_URL = process.env.TESTFED_PUBLIC_URL ?? `http://localhost:${TESTFED_PORT}`;

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(entry)
      .filter((name) => !['node_modules', '.next', 'dist'].includes(name))
      .map((name) => newestMtime(path.join(entry, name))),
  );
}

function run(label, args) {
  console.log(`[start] ${label}`);
  execFileSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

run('building the backend and the test federation', [
  'run',
  'build',
  '-w',
  'backend',
  '-w',
  'test-federation',
]);
const frontendBuilt = path.join(root, 'frontend/.next/BUILD_ID');
const frontendSources = ['src', 'public', 'next.config.ts', 'package.json'].map((entry) =>
  newestMtime(path.join(root, 'frontend', entry)),
);
// `next dev` is started directly, without npm's `predev`: the fonts it serves from public/fonts are copied here.
if (dev) run('copying the fonts', ['run', 'fonts', '-w', 'frontend']);
if (!dev && newestMtime(frontendBuilt) < Math.max(...frontendSources)) {
  run('building the frontend (first start takes a minute)', ['run', 'build', '-w', 'frontend']);
}

const services = [];
let stopping = false;
const stopAll = async (code) => {
  if (stopping) return;
  stopping = true;
  for (const service of [...services].reverse()) await service.stop();
  process.exit(code);
};
process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

/** Waits for a service; one that fails to come up stops the ones already started (no orphans on port 4000). */
async function ready(service) {
  try {
    await service.ready();
  } catch (error) {
    console.error(`[start] ${service.name} did not start: ${error instanceof Error ? error.message : error}`);
    await stopAll(1);
  }
}

const node = process.execPath;
// REGISTRY_SOURCE=anpr: the registry is read from the federation's PDND + ANPR sandboxes (docs/registry-anpr.md).
const anpr =
  process.env.REGISTRY_SOURCE === 'anpr' && useTestFederation
    ? await (
        await import('../backend/dist/backend/src/demo/registry/anpr-sandbox-files.js')
      ).writeAnprSandboxFiles({
        dataDir: DATA_DIR,
        keysDir: path.resolve(root, process.env.OIDC_KEYS_DIR ?? path.join(DATA_DIR, 'keys')),
        federationUrl: TESTFED_URL,
        seed: Number(process.env.DEMO_SEED ?? 42),
        size: Number(process.env.DEMO_POPULATION_SIZE ?? 7000),
      })
    : { federation: {}, backend: {} };
if (useTestFederation) {
  const federation = startService(
    'test-federation',
    node,
    ['test-federation/dist/test-federation/src/main.js'],
    {
      cwd: root,
      env: {
        TESTFED_PORT,
        TESTFED_PUBLIC_URL: TESTFED_URL,
        TESTFED_RP_ENTITY_IDS: PUBLIC_URL,
        TESTFED_IDENTITIES_FILE: path.join(DATA_DIR, 'demo-identities.json'),
        TESTFED_DATA_DIR: path.join(DATA_DIR, 'test-federation'),
        ...anpr.federation,
        // The pagoPA sandbox pushes each receipt to the backend (which also polls GPD as the fallback).
        PAGOPA_SANDBOX_RECEIPT_URL: `${BACKEND_URL}/api/payments/pagopa/receipts`,
      },
      readyUrl: `${TESTFED_URL}/ta/.well-known/openid-federation`,
    },
  );
  services.push(federation);
  await ready(federation);
  // Signed SUE filings verify against the firma sandbox's test root in development (production refuses it).
  if (!process.env.SIGNATURE_TRUSTED_CAS) {
    mkdirSync(DATA_DIR, { recursive: true });
    const caFile = path.join(DATA_DIR, 'firma-sandbox-ca.pem');
    writeFileSync(caFile, await (await fetch(`${TESTFED_URL}/firma/ca.pem`)).text());
    process.env.SIGNATURE_TRUSTED_CAS = caFile;
  }
}

// Without an SMTP server configured, notifications go to a local one that keeps them in DATA_DIR/mail.
let smtpUrl = process.env.SMTP_URL;
if (!smtpUrl) {
  const MAILSINK_PORT = process.env.MAILSINK_PORT ?? '2525';
  const mailSink = startService(
    'mail',
    node,
    ['test-federation/dist/test-federation/src/mail-sink-main.js'],
    {
      cwd: root,
      env: { MAILSINK_PORT, MAILSINK_DIR: path.join(DATA_DIR, 'mail') },
    },
  );
  services.push(mailSink);
  smtpUrl = `smtp://127.0.0.1:${MAILSINK_PORT}`;
}

const backendEnv = {
  NODE_ENV,
  DEMO_DATA,
  PORT: BACKEND_PORT,
  PUBLIC_URL,
  SMTP_URL: smtpUrl,
  ...(process.env.SIGNATURE_TRUSTED_CAS ? { SIGNATURE_TRUSTED_CAS: process.env.SIGNATURE_TRUSTED_CAS } : {}),
  ...(useTestFederation
    ? { OIDC_TRUST_ANCHOR: `${TESTFED_URL}/ta`, OIDC_TEST_FEDERATION_URL: TESTFED_URL }
    : {}),
  // App IO messages go to the federation's IO sandbox ("App IO di prova" at TESTFED_URL/io/), one key per topic.
  ...(useTestFederation && !process.env.APP_IO_URL
    ? {
        APP_IO_URL: `${TESTFED_URL}/io/api/v1`,
        APP_IO_API_KEYS:
          'permits:sandbox-io-key-edilizia,certificates:sandbox-io-key-anagrafe,registry:sandbox-io-key-anagrafe,taxes:sandbox-io-key-tributi,documents:sandbox-io-key-anagrafe',
        APP_IO_STATUS_CHECK_MS: '5000',
      }
    : {}),
  ...anpr.backend,
};
const backend = dev
  ? startService('backend', node, ['--watch', 'backend/dist/backend/src/main.js'], {
      cwd: root,
      env: backendEnv,
    })
  : startService('backend', node, ['backend/dist/backend/src/main.js'], {
      cwd: root,
      env: backendEnv,
      readyUrl: `${BACKEND_URL}/api/health/ready`,
      timeoutMs: 600_000,
    });
services.push(backend);
if (dev) {
  services.push(
    startService(
      'tsc',
      node,
      [
        path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
        '-p',
        'backend/tsconfig.build.json',
        '--watch',
      ],
      { cwd: root },
    ),
  );
}
await ready(backend);

// Next's own binary (not npx), so stopping the service stops the server itself.
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const frontend = startService('frontend', node, [nextBin, dev ? 'dev' : 'start', '-p', FRONTEND_PORT], {
  cwd: path.join(root, 'frontend'),
  env: { BACKEND_URL, NEXT_TELEMETRY_DISABLED: '1' },
  readyUrl: `http://127.0.0.1:${FRONTEND_PORT}/`,
  timeoutMs: 300_000,
});
services.push(frontend);
await ready(frontend);

console.log(`
  Portale del cittadino pronto: ${PUBLIC_URL}
  API docs: ${PUBLIC_URL}/api/docs${useTestFederation ? `\n  Test SPID/CIE federation: ${TESTFED_URL} (demo identities in README.md)` : ''}
  Ctrl+C to stop.
`);

for (const service of services) {
  service.exited.then(({ code }) => {
    if (stopping) return;
    console.error(`[start] ${service.name} exited (code ${code}): stopping everything.`);
    void stopAll(code ?? 1);
  });
}
