import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import type { PropertyReductions } from '../domain/imu-types.js';
import { euroString } from '../http/euro-json.js';
import { ImuOwnershipRecord } from '../persistence/imu-ownership.entity.js';
import { ImuPropertyRecord } from '../persistence/imu-property.entity.js';
import type { PropertyView, ReductionView } from '../views/f24-views.js';

/** The taxes office's view of the properties a person holds or held, with all their owners. */
@Injectable()
export class PropertyReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async byOwner(fiscalCode: string, actor: AuthUser): Promise<PropertyView[]> {
    return this.dataSource.transaction(async (manager) => {
      const properties = await manager
        .getRepository(ImuPropertyRecord)
        .createQueryBuilder('p')
        .where(
          'p.id IN (SELECT o.property_id FROM imu_ownership o WHERE o.owner_fiscal_code = :fiscalCode)',
          { fiscalCode },
        )
        .orderBy('p.foglio')
        .addOrderBy('p.particella')
        .addOrderBy('p.subalterno')
        .getMany();
      const ownerships = properties.length
        ? await manager
            .getRepository(ImuOwnershipRecord)
            .createQueryBuilder('o')
            .where('o.propertyId IN (:...ids)', { ids: properties.map((p) => p.id) })
            .orderBy('o.validFrom')
            .addOrderBy('o.ownerFiscalCode')
            .getMany()
        : [];
      await this.audit.record(
        {
          actor,
          action: 'f24.property.read',
          subjectFiscalCode: fiscalCode,
          resourceType: 'imu_property',
          purpose: 'Gestione IMU da parte dell’ufficio tributi',
          details: { properties: properties.length },
        },
        manager,
      );
      return properties.map((p) =>
        propertyView(
          p,
          ownerships.filter((o) => o.propertyId === p.id),
        ),
      );
    });
  }
}

function propertyView(p: ImuPropertyRecord, ownerships: ImuOwnershipRecord[]): PropertyView {
  const amount = (cents: number | null) => (cents === null ? null : euroString(cents));
  return {
    id: p.id,
    kind: p.kind,
    cadastralCategory: p.cadastralCategory,
    cadastralIncome: amount(p.cadastralIncomeCents),
    dominicalIncome: amount(p.dominicalIncomeCents),
    marketValue: amount(p.marketValueCents),
    foglio: p.foglio,
    particella: p.particella,
    subalterno: p.subalterno,
    address: p.address,
    ruralInstrumental: p.ruralInstrumental,
    reductions: reductionViews(p.reductions),
    owners: ownerships.map((o) => ({
      fiscalCode: o.ownerFiscalCode,
      sharePercent: o.sharePercent,
      from: o.validFrom,
      to: o.validTo,
      mainResidence: o.mainResidence,
      professionalFarmer: o.professionalFarmer,
      heldForSaleByBuilder: o.heldForSaleByBuilder,
    })),
  };
}

export function reductionViews(reductions: PropertyReductions): ReductionView[] {
  const views: ReductionView[] = [];
  for (const kind of ['historic', 'uninhabitable', 'freeLoanToRelative', 'agreedRent'] as const) {
    const value = reductions[kind];
    if (!value) continue;
    views.push(
      value === true ? { kind, from: null, to: null } : { kind, from: value.from, to: value.to ?? null },
    );
  }
  return views;
}
