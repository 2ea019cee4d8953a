import { Injectable } from '@nestjs/common';

/** The current instant, behind an injectable so services can be driven to a given day in tests. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
