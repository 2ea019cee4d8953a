import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { prepareDatabase } from './cli-database.js';

const USAGE = `Usage: npm run seed -- [--size N] [--seed S]

Imports a generated demo population of the comune through the registry importer (the same COPY path as the
office's uploads), grants the demo clerks their roles and writes DATA_DIR/demo-identities.json for the test
identity provider. On an empty registry the other modules' demo data follow. Importing the same population
again changes nothing.

  --size N   persons to generate, history included (default DEMO_POPULATION_SIZE, 7000; at most 1000000)
  --seed S   seed of the generator (default DEMO_SEED, 42: the demo identities in README.md)`;

function integer(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > max) {
    console.error(`--${name} must be an integer between 0 and ${max}, got «${value}».\n\n${USAGE}`);
    process.exit(2);
  }
  return parsed;
}

const { values } = parseArgs({
  options: { size: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// This process only loads data: the running portal delivers notifications.
process.env.NOTIFICATIONS_WORKER = 'false';
const { config, embedded } = await prepareDatabase();
const size = integer('size', values.size, config.demo.populationSize, 1_000_000);
const seed = integer('seed', values.seed, config.demo.seed, 2_147_483_647);
if (size < 20) {
  console.error(`--size must be at least 20 (the demo identities' households), got ${size}.`);
  process.exit(2);
}

const { AppModule } = await import('../app.module.js');
const { DemoSeeder } = await import('../demo/demo-seeder.js');
const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn', 'log'] });
let exitCode = 0;
try {
  const seeder = app.get(DemoSeeder);
  const started = performance.now();
  await seeder.prepareLogins(seed);
  const job = await seeder.seedPopulation({ seed, size, source: 'cli' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Seeded ${job.rowsValid} persons (seed ${seed}) in ${seconds.toFixed(1)} s: ${JSON.stringify(job.changes)}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await app.close();
  await embedded?.stop();
}
process.exit(exitCode);
