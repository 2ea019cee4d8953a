import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { applyRoutePrefix } from '../configure-app.js';
import { buildOpenApiDocument, sortKeys } from '../openapi/openapi-document.js';

/**
 * Writes the API's OpenAPI document (to the path given, or stdout) without a database or a server: preview mode
 * resolves the module graph but instantiates nothing, so no configuration is read and no connection is opened.
 */
const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
applyRoutePrefix(app);
const json = `${JSON.stringify(sortKeys(buildOpenApiDocument(app)), null, 2)}\n`;
await app.close();
const target = process.argv[2];
if (target) writeFileSync(target, json);
else process.stdout.write(json);
