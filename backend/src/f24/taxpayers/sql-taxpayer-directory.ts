import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { findPlaceByCode } from '../../registry/domain/places.js';
import type { F24Taxpayer } from '../domain/f24-semplificato.js';
import type { TaxpayerDirectory } from './taxpayer-directory.js';

interface Row {
  fiscal_code: string;
  family_name: string;
  given_name: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  birth_place_code: string | null;
  birth_place_name: string | null;
  in_registry: boolean;
}

/**
 * The F24 prints names in capitals, as the Agenzia delle Entrate's own forms do, within the length of its
 * boxes (60 characters for the surname, 40 for the name and the birth place).
 */
const upper = (value: string, max: number) => value.toLocaleUpperCase('it-IT').slice(0, max);

/**
 * Reads the anagrafe (`registry_person`) and, for people not in it (owners living elsewhere who log in to
 * the portal), the name from `app_user`.
 */
@Injectable()
export class SqlTaxpayerDirectory implements TaxpayerDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByFiscalCode(fiscalCode: string): Promise<F24Taxpayer | null> {
    return (await this.findByFiscalCodes([fiscalCode])).get(fiscalCode) ?? null;
  }

  async findByFiscalCodes(fiscalCodes: readonly string[]): Promise<Map<string, F24Taxpayer>> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.fiscal_code, p.family_name, p.given_name, p.sex, p.birth_date::text AS birth_date,
              p.birth_place_code, p.birth_place_name, true AS in_registry
         FROM registry_person p
        WHERE p.fiscal_code = ANY($1)
       UNION ALL
       SELECT u.fiscal_code, u.family_name, u.given_name, NULL, NULL, NULL, NULL, false
         FROM app_user u
        WHERE u.fiscal_code = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM registry_person p WHERE p.fiscal_code = u.fiscal_code)`,
      [fiscalCodes],
    );
    return new Map(rows.map((row) => [row.fiscal_code, toTaxpayer(row)]));
  }
}

function toTaxpayer(row: Row): F24Taxpayer {
  const name = {
    fiscalCode: row.fiscal_code,
    familyName: upper(row.family_name, 60),
    givenName: upper(row.given_name, 40),
  };
  if (!row.in_registry) return name;
  const place = row.birth_place_code ? findPlaceByCode(row.birth_place_code) : undefined;
  // Born abroad: the State goes in the comune box and EE in the province box.
  const province = place ? (place.kind === 'municipality' ? place.provinceCode : 'EE') : undefined;
  return {
    ...name,
    ...(row.sex ? { sex: row.sex } : {}),
    ...(row.birth_date ? { birthDate: row.birth_date } : {}),
    ...(row.birth_place_name ? { birthPlace: upper(row.birth_place_name, 40) } : {}),
    ...(province ? { birthProvince: province } : {}),
  };
}
