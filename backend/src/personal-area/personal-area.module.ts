import { Module } from '@nestjs/common';
import { F24Module } from '../f24/f24.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { PermitsModule } from '../permits/permits.module.js';
import { RegistryModule } from '../registry/registry.module.js';
import { PersonalAreaController } from './personal-area.controller.js';
import { PersonalAreaClock } from './personal-area-clock.js';
import { PersonalAreaSummaryService } from './personal-area-summary.service.js';
import { StaffHomeService } from './staff-home.service.js';

/** Joins the feature modules into the resident's personal area and the staff home; owns no table. */
@Module({
  imports: [PermitsModule, F24Module, RegistryModule, MessagesModule],
  controllers: [PersonalAreaController],
  providers: [PersonalAreaClock, PersonalAreaSummaryService, StaffHomeService],
})
export class PersonalAreaModule {}
