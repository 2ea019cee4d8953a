import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Money } from '../domain/euro-amount.js';
import type { Ownership, Property, PropertyKind, PropertyReductions } from '../domain/imu-types.js';
import { ownerExemptions, toDomainProperty } from './imu-domain-mapping.js';

/** What the taxpayer holds in a year, shaped for the view: the domain property plus its address. */
export interface HeldProperty {
  property: Property;
  address: string | null;
}

export interface TaxpayerHoldings {
  properties: HeldProperty[];
  /** Every owner's records of those properties that touch the year: the 100% check and the deduction need them. */
  ownerships: Ownership[];
}

interface PropertyRow {
  owner_fiscal_code: string;
  id: string;
  kind: PropertyKind;
  cadastral_category: string | null;
  cadastral_income_cents: string | null;
  dominical_income_cents: string | null;
  market_value_cents: string | null;
  foglio: string;
  particella: string;
  subalterno: string | null;
  address: string | null;
  rural_instrumental: boolean;
  reductions: PropertyReductions;
}

interface OwnershipRow {
  property_id: string;
  owner_fiscal_code: string;
  share_percent: string;
  valid_from: string;
  valid_to: string | null;
  main_residence: boolean;
  professional_farmer: boolean;
  held_for_sale_by_builder: boolean;
}

const cents = (value: string | null) => (value === null ? null : Number(value));

/**
 * Reads the properties of many taxpayers at once (two queries whatever their number): the resident's page
 * asks for one, a bulk chunk for hundreds.
 */
@Injectable()
export class ImuHoldingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forTaxpayers(
    fiscalCodes: readonly string[],
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, TaxpayerHoldings>> {
    const yearStart = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const propertyRows: PropertyRow[] = await manager.query(
      `SELECT DISTINCT held.owner_fiscal_code, p.id, p.kind, p.cadastral_category, p.cadastral_income_cents,
              p.dominical_income_cents, p.market_value_cents, p.foglio, p.particella, p.subalterno, p.address,
              p.rural_instrumental, p.reductions
         FROM imu_ownership held
         JOIN imu_property p ON p.id = held.property_id
        WHERE held.owner_fiscal_code = ANY($1)
          AND held.valid_from <= $3 AND (held.valid_to IS NULL OR held.valid_to >= $2)
        ORDER BY held.owner_fiscal_code, p.id`,
      [fiscalCodes, yearStart, yearEnd],
    );
    const propertyIds = [...new Set(propertyRows.map((row) => row.id))];
    const ownershipRows: OwnershipRow[] = propertyIds.length
      ? await manager.query(
          `SELECT property_id, owner_fiscal_code, share_percent::text AS share_percent,
                  valid_from::text AS valid_from, valid_to::text AS valid_to, main_residence,
                  professional_farmer, held_for_sale_by_builder
             FROM imu_ownership
            WHERE property_id = ANY($1)
              AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $2)
            ORDER BY property_id, owner_fiscal_code, valid_from`,
          [propertyIds, yearStart, yearEnd],
        )
      : [];
    const ownershipsByProperty = new Map<string, Ownership[]>();
    for (const row of ownershipRows) {
      const list = ownershipsByProperty.get(row.property_id) ?? [];
      list.push({
        propertyId: row.property_id,
        ownerId: row.owner_fiscal_code,
        sharePercent: new Money(row.share_percent).toString(),
        from: row.valid_from,
        ...(row.valid_to !== null ? { to: row.valid_to } : {}),
        mainResidence: row.main_residence,
        ...ownerExemptions({
          professionalFarmer: row.professional_farmer,
          heldForSaleByBuilder: row.held_for_sale_by_builder,
        }),
      });
      ownershipsByProperty.set(row.property_id, list);
    }

    const result = new Map<string, TaxpayerHoldings>(
      fiscalCodes.map((code) => [code, { properties: [], ownerships: [] }]),
    );
    for (const row of propertyRows) {
      const holdings = result.get(row.owner_fiscal_code);
      if (!holdings) continue;
      holdings.properties.push({
        property: toDomainProperty({
          id: row.id,
          kind: row.kind,
          cadastralCategory: row.cadastral_category,
          cadastralIncomeCents: cents(row.cadastral_income_cents),
          dominicalIncomeCents: cents(row.dominical_income_cents),
          marketValueCents: cents(row.market_value_cents),
          foglio: row.foglio,
          particella: row.particella,
          subalterno: row.subalterno,
          ruralInstrumental: row.rural_instrumental,
          reductions: row.reductions,
        }),
        address: row.address,
      });
      holdings.ownerships.push(...(ownershipsByProperty.get(row.id) ?? []));
    }
    return result;
  }
}
