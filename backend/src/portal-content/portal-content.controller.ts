import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/authorization/access.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { appConfig, municipalityConfig } from '../config/app.config.js';
import { governmentServiceJsonLd } from './domain/government-service-json-ld.js';
import { type PortalContent, searchServices } from './domain/portal-content.js';
import { PORTAL_CONTENT } from './portal-content.provider.js';
import { PortalInformationView, ServiceDetailView, ServiceListView } from './portal-content.views.js';
import { ServiceListQueryDto } from './service-list-query.dto.js';

/** The public service pages, the FAQ and the footer's links: readable by anyone, from the comune's file. */
@ApiTags('public')
@Controller('public')
export class PortalContentController {
  constructor(
    @Inject(PORTAL_CONTENT) private readonly content: PortalContent,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  @Get('services')
  @Public()
  @ApiOkResponse({ type: ServiceListView })
  list(@Query() query: ServiceListQueryDto): ServiceListView {
    const found = searchServices(this.content.services, query.q ?? '', query.category);
    return {
      services: found.map(({ slug, title, description, status, category, topics }) => ({
        slug,
        title,
        description,
        status,
        category,
        topics,
      })),
      categories: [...new Set(this.content.services.map((service) => service.category))],
    };
  }

  @Get('services/:slug')
  @Public()
  @ApiOkResponse({ type: ServiceDetailView })
  @ApiNotFoundResponse({ description: 'No service with this slug.' })
  detail(@Param('slug') slug: string): ServiceDetailView {
    const service = this.content.services.find((candidate) => candidate.slug === slug);
    if (!service) {
      throw new DomainError({
        code: 'SERVICE_NOT_FOUND',
        status: 404,
        detail: 'Il servizio cercato non esiste.',
        field: 'slug',
      });
    }
    return {
      ...service,
      jsonLd: governmentServiceJsonLd(service, this.municipality.name, this.app.publicUrl),
    };
  }

  @Get('portal-content')
  @Public()
  @ApiOkResponse({ type: PortalInformationView })
  information(): PortalInformationView {
    const { accessibilityStatementUrl, inefficiencyReportUrl, faq } = this.content;
    return { accessibilityStatementUrl, inefficiencyReportUrl, faq };
  }
}
