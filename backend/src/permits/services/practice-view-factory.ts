import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { romeDay } from '../../common/italian/rome-day.js';
import { municipalityConfig, permitsConfig } from '../../config/app.config.js';
import type { PracticeAggregate } from '../persistence/practice-aggregate.js';
import { residentView, staffView, type ViewContext } from '../views/practice-view-mapper.js';
import type { ResidentPracticeView, StaffPracticeView } from '../views/practice-views.js';

/** Builds the views of a practice with the office's contacts and the legal clock of the given instant. */
@Injectable()
export class PracticeViewFactory {
  constructor(
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
    @Inject(permitsConfig.KEY) private readonly permits: ConfigType<typeof permitsConfig>,
  ) {}

  context(now: Date): ViewContext {
    const { contacts } = this.municipality;
    return {
      now,
      today: romeDay(now),
      office: {
        name: 'Sportello Unico per l’Edilizia',
        email: this.permits.officeEmail,
        pec: contacts.pec,
        phone: contacts.phone,
        address: contacts.address,
      },
    };
  }

  resident(aggregate: PracticeAggregate, viewerFiscalCode: string, now: Date): ResidentPracticeView {
    return residentView(aggregate, viewerFiscalCode, this.context(now));
  }

  staff(aggregate: PracticeAggregate, now: Date): StaffPracticeView {
    return staffView(aggregate, this.context(now));
  }
}
