import { Module } from '@nestjs/common';
import { PortalContentController } from './portal-content.controller.js';
import { portalContentProvider } from './portal-content.provider.js';

/** The comune's editorial content: service pages of the modello Comuni, FAQ, footer links. */
@Module({ controllers: [PortalContentController], providers: [portalContentProvider] })
export class PortalContentModule {}
