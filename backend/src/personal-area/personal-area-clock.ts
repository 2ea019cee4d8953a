import { Injectable } from '@nestjs/common';

/** The time the summaries are computed at: replaced in tests that need a fixed day. */
@Injectable()
export class PersonalAreaClock {
  now(): Date {
    return new Date();
  }
}
