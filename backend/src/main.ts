import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { PortalExpressAdapter } from './common/http/express-adapter.js';
import { createLogger, NestPinoLogger } from './common/logging/logger.js';
import { buildConfiguration, type Configuration } from './config/configuration.js';
import { repoRoot } from './config/paths.js';
import { configureApp } from './configure-app.js';
import { resolveDatabase } from './database/resolve-database.js';
import { runMigrations } from './database/run-migrations.js';
import { DemoSeeder } from './demo/demo-seeder.js';

function loadConfiguration(): Configuration {
  const envFile = path.join(repoRoot, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  try {
    return buildConfiguration();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

async function bootstrap() {
  const config = loadConfiguration();
  const logger = createLogger(config.app.logLevel);
  const { url, embedded } = await resolveDatabase(config, (message) => logger.info(message));
  process.env.DATABASE_URL = url;

  const applied = await runMigrations(url);
  if (applied.length > 0) logger.info({ migrations: applied }, `Applied ${applied.length} migration(s).`);

  const app = await NestFactory.create<NestExpressApplication>(AppModule, new PortalExpressAdapter(), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
  });
  await configureApp(app, logger);
  // After the migrations, before serving: an empty registry gets the demo population (see README, demo identities).
  if (config.app.demoData) await app.get(DemoSeeder).seedOnStartup();
  // Graceful shutdown: stop accepting, drain in-flight requests, close the pool, then the embedded server.
  const shutdown = async (signal: string) => {
    logger.info(`${signal} received: shutting down.`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen(config.app.port, '0.0.0.0');
  logger.info(`Backend listening on port ${config.app.port}; public URL ${config.app.publicUrl}`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
