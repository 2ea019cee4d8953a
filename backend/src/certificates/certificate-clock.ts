import { Injectable } from '@nestjs/common';

/** The instant of issue, behind an injectable so tests and benchmarks can fix the day. */
@Injectable()
export class CertificateClock {
  now(): Date {
    return new Date();
  }
}
