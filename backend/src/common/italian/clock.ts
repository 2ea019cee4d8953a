import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../calendar/civil-date.js';
import { romeDay } from './rome-day.js';

/** The current instant and day, behind an injectable so services stay deterministic under test. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in Italy, the day every term and date of the comune counts from. */
  today(): IsoDate {
    return romeDay(this.now());
  }
}
