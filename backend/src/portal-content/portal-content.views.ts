import { ApiProperty } from '@nestjs/swagger';
import type { GovernmentServiceJsonLd } from './domain/government-service-json-ld.js';
import {
  ACCESS_KINDS,
  type AccessKind,
  SERVICE_STATUSES,
  type ServiceStatus,
} from './domain/portal-content.js';

export class ServiceOfficeView {
  @ApiProperty() name: string;
  @ApiProperty() streetAddress: string;
  @ApiProperty() postalCode: string;
  @ApiProperty() locality: string;
  @ApiProperty() phone: string;
  @ApiProperty() email: string;
  @ApiProperty() hours: string;
}

export class ServiceAccessView {
  @ApiProperty({ enum: ACCESS_KINDS }) kind: AccessKind;
  @ApiProperty({ description: 'A portal path or an absolute URL.' }) url: string;
  @ApiProperty() label: string;
  @ApiProperty() note: string;
}

export class ServiceConditionsView {
  @ApiProperty() text: string;
  @ApiProperty() url: string;
  @ApiProperty() label: string;
}

/** A service in the list of `/servizi`. */
export class ServiceSummaryView {
  @ApiProperty({ example: 'certificati-anagrafici' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SERVICE_STATUSES }) status: ServiceStatus;
  @ApiProperty({ example: 'Anagrafe e stato civile' }) category: string;
  @ApiProperty({ type: [String] }) topics: string[];
}

export class ServiceListView {
  @ApiProperty({ type: [ServiceSummaryView] }) services: ServiceSummaryView[];
  @ApiProperty({ type: [String], description: 'Every category, in the order of the file.' })
  categories: string[];
}

/** `GET /api/public/services/{slug}`: the model's "scheda servizio". */
export class ServiceDetailView extends ServiceSummaryView {
  @ApiProperty({ type: String, nullable: true }) statusNote: string | null;
  @ApiProperty() audienceType: string;
  @ApiProperty({ type: [String] }) audience: string[];
  @ApiProperty({ type: [String] }) howTo: string[];
  @ApiProperty({ type: [String] }) needed: string[];
  @ApiProperty({ type: [String] }) achieved: string[];
  @ApiProperty({ type: [String] }) times: string[];
  @ApiProperty({ type: [String] }) costs: string[];
  @ApiProperty({ type: ServiceAccessView }) access: ServiceAccessView;
  @ApiProperty({ type: ServiceConditionsView }) conditions: ServiceConditionsView;
  @ApiProperty({ type: ServiceOfficeView }) office: ServiceOfficeView;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The schema.org GovernmentService block of the page (JSON-LD).',
  })
  jsonLd: GovernmentServiceJsonLd;
}

export class FaqEntryView {
  @ApiProperty() question: string;
  @ApiProperty() answer: string;
}

/** `GET /api/public/portal-content`: the FAQ and the footer's configured links. */
export class PortalInformationView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The statement on AgID's form site, when published.",
  })
  accessibilityStatementUrl: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The comune's own channel for reporting a disservice.",
  })
  inefficiencyReportUrl: string | null;
  @ApiProperty({ type: [FaqEntryView] }) faq: FaqEntryView[];
}
