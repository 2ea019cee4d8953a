import { readFileSync } from 'node:fs';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config.js';
import { type PortalContent, parsePortalContent } from './domain/portal-content.js';

export const PORTAL_CONTENT = Symbol('PORTAL_CONTENT');

/** Reads and checks the comune's content file once, at start: a wrong file stops the backend with its field. */
export const portalContentProvider = {
  provide: PORTAL_CONTENT,
  inject: [appConfig.KEY],
  useFactory: (app: ConfigType<typeof appConfig>): PortalContent => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(app.portalContentFile, 'utf8'));
    } catch (error) {
      throw new Error(
        `PORTAL_CONTENT_FILE ${app.portalContentFile} cannot be read as JSON: ${String(error)}`,
      );
    }
    try {
      return parsePortalContent(raw);
    } catch (error) {
      throw new Error(
        `PORTAL_CONTENT_FILE ${app.portalContentFile} is not valid: ${(error as Error).message}`,
      );
    }
  },
};
