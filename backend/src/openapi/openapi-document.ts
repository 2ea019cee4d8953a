import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The one OpenAPI document of the API: served at `/api/openapi.json` and written by `cli/openapi.ts` for the
 * frontend's generated types, so what the frontend compiles against is exactly what the backend serves.
 * Routes must already carry the global prefix (`applyRoutePrefix`).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Portale del cittadino')
      .setDescription(
        'API of the citizen portal: SPID/CIE login, registry, certificates, building permits, F24/IMU. ' +
          'Errors are application/problem+json with a stable `code`, an Italian `detail` and the offending `field`.',
      )
      .setVersion('1.0')
      .addCookieAuth('portal_session', { type: 'apiKey', in: 'cookie', name: 'portal_session' }, 'session')
      .build(),
  );
}

/** Sorts object keys recursively (arrays keep their order: it means something there), for a stable file. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
