import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { Clock } from '../common/italian/clock.js';
import { F24Module } from '../f24/f24.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { PermitsModule } from '../permits/permits.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { PersonalAreaController } from './personal-area.controller.js';
import { PersonalAreaSummaryService } from './personal-area-summary.service.js';
import { StaffHomeService } from './staff-home.service.js';

/**
 * Joins the feature modules into the resident's personal area and the staff home; owns no table and reads none:
 * each module answers through its overview or read services.
 */
@Module({
  imports: [PermitsModule, F24Module, RegistryModule, CertificatesModule, MessagesModule],
  controllers: [PersonalAreaController],
  providers: [Clock, PersonalAreaSummaryService, StaffHomeService],
})
export class PersonalAreaModule {}
