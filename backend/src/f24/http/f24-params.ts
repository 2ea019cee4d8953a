import { Param, type PipeTransform } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error.js';
import { LEGAL_INTEREST_YEARS } from '../domain/legal-interest-rate-entry.js';
import { F24Errors } from '../f24-errors.js';
import { INSTALMENT_NAMES, type InstalmentName } from './instalment-param.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class YearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(String(value)) || year < 2020 || year > 2100) {
      throw new DomainError({
        code: 'INVALID_TAX_YEAR',
        status: 422,
        detail: `Anno "${String(value)}" non valido: l'IMU si calcola per gli anni dal 2020 in poi.`,
        field: 'year',
      });
    }
    return year;
  }
}

/** Legal interest rates reach further back than the IMU of L. 160/2019: a ravvedimento of 2019 needs 2019's. */
class LegalInterestYearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (
      !/^\d{4}$/.test(String(value)) ||
      year < LEGAL_INTEREST_YEARS.min ||
      year > LEGAL_INTEREST_YEARS.max
    ) {
      throw new DomainError({
        code: 'INVALID_LEGAL_INTEREST_YEAR',
        status: 422,
        detail: `Anno "${String(value)}" non valido: indicare un anno dal ${LEGAL_INTEREST_YEARS.min} al ${LEGAL_INTEREST_YEARS.max}.`,
        field: 'year',
      });
    }
    return year;
  }
}

class InstalmentPipe implements PipeTransform<string, InstalmentName> {
  transform(value: string): InstalmentName {
    if (!(INSTALMENT_NAMES as readonly string[]).includes(value)) {
      throw new DomainError({
        code: 'NOT_FOUND',
        status: 404,
        detail: 'Rata sconosciuta: indicare acconto, saldo o unica.',
        field: 'instalment',
      });
    }
    return value as InstalmentName;
  }
}

/** An id that cannot exist is simply not found, like an existing one of someone else. */
class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => DomainError) {}

  transform(value: string): string {
    if (!UUID.test(String(value))) throw this.notFound();
    return String(value).toLowerCase();
  }
}

export const YearParam = () => Param('year', new YearPipe());
export const LegalInterestYearParam = () => Param('year', new LegalInterestYearPipe());
export const InstalmentParam = () => Param('instalment', new InstalmentPipe());
export const BulkJobIdParam = () => Param('id', new UuidPipe(F24Errors.bulkJobNotFound));
export const DocumentIdParam = () => Param('id', new UuidPipe(F24Errors.documentNotFound));
