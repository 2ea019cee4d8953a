import { type INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { csrfMiddleware } from './auth/session/csrf.middleware.js';
import { CurrentUserMiddleware } from './auth/session/current-user.middleware.js';
import { sessionMiddleware } from './auth/session/session.middleware.js';
import { SessionChanges } from './auth/session/session-changes.js';
import { loadSessionSecret } from './auth/session/session-secret.js';
import { validationErrorsToDomainError } from './common/errors/validation-errors.js';
import { bodyDepthLimit, declaredBodyLimit } from './common/http/body-limits.middleware.js';
import { HostileInputPipe, refuseHostileInput } from './common/http/hostile-input.js';
import { noStoreByDefault } from './common/http/no-store.middleware.js';
import { requestContextMiddleware } from './common/http/request-context.js';
import { httpLogger } from './common/logging/http-logger.middleware.js';
import { appConfig, authConfig } from './config/app.config.js';
import { sqlPool } from './database/pool-query.js';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware.js';
import { MetricsService } from './metrics/metrics.service.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';

export const API_PREFIX = 'api';

const JSON_BODY_LIMIT_BYTES = 256 * 1024;
const FORM_BODY_LIMIT_BYTES = 64 * 1024;
/** Far beyond the deepest DTO (a property's owners: 3 levels), far below what exhausts the validators' stack. */
const MAX_BODY_DEPTH = 32;

/** Routes that live outside `/api` because their path is fixed by a standard. */
export const ROOT_ROUTES = [{ path: '.well-known/openid-federation', method: RequestMethod.GET }];

/** `/api` before every route but the standard ones; also used by `cli/openapi.ts`, so the document's paths match. */
export function applyRoutePrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: ROOT_ROUTES });
}

/**
 * Everything that makes the HTTP surface what it is: shared by `main.ts` and the e2e tests, so the
 * tests exercise exactly the production pipeline.
 */
export async function configureApp(app: INestApplication, logger: Logger): Promise<void> {
  const appSettings = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  const authSettings = app.get<ConfigType<typeof authConfig>>(authConfig.KEY);
  const secure = appSettings.publicUrl.startsWith('https:');
  const express = app as NestExpressApplication;
  // Answers are `no-store` (common/http/no-store.middleware.ts): an ETag would be a hash of every body that no
  // cache ever uses to revalidate.
  express.set('etag', false);
  // The frontend proxy and production reverse proxies sit in front: trust their X-Forwarded-* headers, and
  // only theirs (TRUST_PROXY), or anybody could pick the address the rate limits count.
  express.set('trust proxy', appSettings.trustProxy);
  express.disable('x-powered-by');
  // First, so the latency histogram covers every middleware, body parsing and failures before routing included.
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  // Before anything can answer, so refusals by the body limits below are not cacheable either.
  app.use(noStoreByDefault);
  app.use(
    declaredBodyLimit([
      { type: 'json', maxBytes: JSON_BODY_LIMIT_BYTES },
      { type: 'urlencoded', maxBytes: FORM_BODY_LIMIT_BYTES },
    ]),
  );
  express.useBodyParser('json', { limit: JSON_BODY_LIMIT_BYTES });
  express.useBodyParser('urlencoded', { limit: FORM_BODY_LIMIT_BYTES, extended: false });
  app.use(bodyDepthLimit(MAX_BODY_DEPTH));
  app.use(httpLogger(logger));
  app.use(requestContextMiddleware);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI at /api/docs loads its own scripts and inline styles from this origin.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    }),
  );
  // After helmet, so refusals carry the security headers too; before sessions, so they cost no query.
  app.use(refuseHostileInput);
  // Sessions share the application's connection pool (the TypeORM postgres driver's pg.Pool).
  const pool = sqlPool(app.get(DataSource));
  const secret = await loadSessionSecret(authSettings.sessionSecret, appSettings.dataDir);
  const sessionChanges = app.get(SessionChanges);
  await sessionChanges.start(pool);
  app.use(sessionMiddleware(pool, authSettings, secret, secure, sessionChanges.cache));
  app.use(csrfMiddleware(secure));
  // `req.user` for every route, right after the session it comes from: a plain middleware of the application
  // rather than a Nest module middleware on `*path`, which wraps and matches it again on every request.
  const currentUser = app.get(CurrentUserMiddleware);
  app.use((req: Request, res: Response, next: NextFunction) =>
    currentUser.use(req as Parameters<CurrentUserMiddleware['use']>[0], res, next),
  );
  applyRoutePrefix(app);
  app.useGlobalPipes(
    new HostileInputPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationErrorsToDomainError,
    }),
  );

  // The route table is public knowledge in development; in production it maps the attack surface for nobody's
  // benefit unless the comune chooses to publish it (API_DOCS_PUBLIC).
  if (!appSettings.apiDocs) return;
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
    customSiteTitle: 'Portale del cittadino — API',
  });
}
