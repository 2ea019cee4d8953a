import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../common/calendar/civil-date.js';

const ROME_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Italy: registry dates are civil dates of the comune. */
export function romeDay(instant: Date): IsoDate {
  return ROME_DAY.format(instant);
}

/** The current instant and day, behind an injectable so services stay deterministic under test. */
@Injectable()
export class RegistryClock {
  now(): Date {
    return new Date();
  }

  today(): IsoDate {
    return romeDay(this.now());
  }
}
