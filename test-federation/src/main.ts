import { startTestFederation } from './start-test-federation.js';

const env = process.env;

const federation = await startTestFederation({
  port: env.TESTFED_PORT ? Number(env.TESTFED_PORT) : 4000,
  publicUrl: env.TESTFED_PUBLIC_URL || undefined,
  relyingParties: (env.TESTFED_RP_ENTITY_IDS ?? '')
    .split(',')
    .map((entityId) => entityId.trim())
    .filter(Boolean),
  identitiesFile: env.TESTFED_IDENTITIES_FILE || undefined,
  dataDir: env.TESTFED_DATA_DIR || undefined,
  anprPopulationFile: env.ANPR_SANDBOX_POPULATION_FILE || undefined,
  pdndClientsFile: env.PDND_SANDBOX_CLIENTS_FILE || undefined,
  pdndVoucherLifespanSeconds: env.PDND_SANDBOX_VOUCHER_LIFESPAN_SECONDS
    ? Number(env.PDND_SANDBOX_VOUCHER_LIFESPAN_SECONDS)
    : undefined,
});

console.log(
  `test-federation ready at ${federation.url}: trust anchor ${federation.trustAnchorId}, ` +
    `SPID OP ${federation.spidOpId}, CIE OP ${federation.cieOpId}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    federation.close().finally(() => process.exit(0));
  });
}
