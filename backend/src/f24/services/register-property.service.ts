import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { assertValidFiscalCode } from '../../common/italian/fiscal-code.js';
import type { Ownership, Property, PropertyReductions } from '../domain/imu-types.js';
import { validateOwnerships, validateProperty } from '../domain/imu-validation.js';
import { F24Errors, withField } from '../f24-errors.js';
import type { CreatePropertyDto, PropertyReductionDto } from '../http/dto/create-property.dto.js';
import { euroToCents } from '../http/euro-json.js';
import { toDomainOwnership, toDomainProperty } from '../persistence/imu-domain-mapping.js';
import { ImuOwnershipRecord } from '../persistence/imu-ownership.entity.js';
import { ImuPropertyRecord } from '../persistence/imu-property.entity.js';
import { describeCadastralReference } from './cadastral-reference.js';

const REDUCTION_KINDS = ['historic', 'uninhabitable', 'freeLoanToRelative', 'agreedRent'] as const;
type ReductionKind = (typeof REDUCTION_KINDS)[number];

/** The fiscal data two registrations of one cadastral unit must agree on. */
const COMPARED: ReadonlyArray<[keyof Property, string]> = [
  ['kind', 'tipo'],
  ['cadastralCategory', 'categoria'],
  ['cadastralIncome', 'rendita'],
  ['dominicalIncome', 'reddito dominicale'],
  ['marketValue', 'valore venale'],
  ['ruralInstrumental', 'rurale strumentale'],
  ['reductions', 'riduzioni'],
];

/**
 * Registers a property with its owners. A cadastral unit is stored once: registering it again (a sale, an
 * inheritance) adds the new owners to it, and every check runs over the stored owners and the new ones
 * together: shares never above 100% on any day, no overlapping periods for one owner, one main residence
 * per person. Nothing is stored when a check fails.
 */
@Injectable()
export class RegisterPropertyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async register(dto: CreatePropertyDto, actor: AuthUser): Promise<{ id: string }> {
    const reference = describeCadastralReference(dto);
    const property = toProperty(dto, reference);
    const owners = dto.owners.map(
      (owner, i): Ownership => ({
        propertyId: reference,
        ownerId: assertValidFiscalCode(owner.fiscalCode, `owners.${i}.fiscalCode`),
        sharePercent: owner.sharePercent,
        from: owner.from,
        ...(owner.to !== undefined ? { to: owner.to } : {}),
        mainResidence: owner.mainResidence ?? false,
        ...(owner.professionalFarmer ? { professionalFarmer: true } : {}),
        ...(owner.heldForSaleByBuilder ? { heldForSaleByBuilder: true } : {}),
      }),
    );
    try {
      validateProperty(property, 'property');
    } catch (error) {
      throw renamePropertyField(error, dto.reductions ?? []);
    }

    return this.dataSource.transaction(async (manager) => {
      const id = await this.insertOrLock(manager, property, dto, actor);
      await this.checkOwnerships(manager, id, property, owners);
      const records = owners.map((o) =>
        manager.getRepository(ImuOwnershipRecord).create({
          propertyId: id,
          ownerFiscalCode: o.ownerId,
          sharePercent: o.sharePercent,
          validFrom: o.from,
          validTo: o.to ?? null,
          mainResidence: o.mainResidence,
          professionalFarmer: o.professionalFarmer ?? false,
          heldForSaleByBuilder: o.heldForSaleByBuilder ?? false,
          createdBy: actor.fiscalCode,
        }),
      );
      await manager.getRepository(ImuOwnershipRecord).insert(records);
      for (const owner of owners) {
        await this.audit.record(
          {
            actor,
            action: 'f24.ownership.create',
            subjectFiscalCode: owner.ownerId,
            resourceType: 'imu_property',
            resourceId: id,
            details: { property: reference, ownership: { ...owner, propertyId: id } },
          },
          manager,
        );
      }
      return { id };
    });
  }

  /** The id of the new property, or of the stored one with the same cadastral reference, locked. */
  private async insertOrLock(
    manager: EntityManager,
    property: Property,
    dto: CreatePropertyDto,
    actor: AuthUser,
  ): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO imu_property (kind, cadastral_category, cadastral_income_cents, dominical_income_cents,
                                 market_value_cents, foglio, particella, subalterno, address,
                                 rural_instrumental, reductions, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT ((kind = 'building'), foglio, particella, (coalesce(subalterno, ''))) DO NOTHING
       RETURNING id`,
      [
        property.kind,
        property.cadastralCategory ?? null,
        property.cadastralIncome ?? null,
        property.dominicalIncome ?? null,
        property.marketValue ?? null,
        property.cadastralReference.foglio,
        property.cadastralReference.particella,
        property.cadastralReference.subalterno ?? null,
        dto.address?.trim() || null,
        property.ruralInstrumental ?? false,
        JSON.stringify(property.reductions ?? {}),
        actor.fiscalCode,
      ],
    );
    if (inserted[0]) return inserted[0].id;
    // Locked until commit: a concurrent registration of the same unit waits and then sees these owners.
    const stored = await manager
      .getRepository(ImuPropertyRecord)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where("(p.kind = 'building') = :building", { building: property.kind === 'building' })
      .andWhere('p.foglio = :foglio AND p.particella = :particella', property.cadastralReference)
      .andWhere("coalesce(p.subalterno, '') = :subalterno", {
        subalterno: property.cadastralReference.subalterno ?? '',
      })
      .getOneOrFail();
    const existing = toDomainProperty(stored);
    const differences = COMPARED.filter(
      ([key]) => JSON.stringify(existing[key] ?? null) !== JSON.stringify(property[key] ?? null),
    ).map(([, label]) => label);
    if (differences.length > 0) throw F24Errors.propertyAlreadyRegistered(property.id, differences);
    return stored.id;
  }

  /**
   * The domain checks over the new records (first, so their index is the request's) and the stored ones
   * that can conflict with them: every owner of this property, and the new owners' main residences elsewhere.
   */
  private async checkOwnerships(
    manager: EntityManager,
    id: string,
    property: Property,
    owners: Ownership[],
  ): Promise<void> {
    const stored = await manager
      .getRepository(ImuOwnershipRecord)
      .createQueryBuilder('o')
      .where('o.propertyId = :id', { id })
      .orWhere('(o.ownerFiscalCode IN (:...owners) AND o.mainResidence AND o.propertyId <> :id)', {
        owners: owners.map((o) => o.ownerId),
        id,
      })
      .getMany();
    const otherIds = [...new Set(stored.map((o) => o.propertyId).filter((propertyId) => propertyId !== id))];
    const others = otherIds.length
      ? await manager
          .getRepository(ImuPropertyRecord)
          .createQueryBuilder('p')
          .where('p.id IN (:...ids)', { ids: otherIds })
          .getMany()
      : [];
    const labels = new Map<string, string>([
      [id, property.id],
      ...others.map((p): [string, string] => [p.id, describeCadastralReference(p)]),
    ]);
    const properties: Property[] = [
      property,
      ...others.map((p) => ({ ...toDomainProperty(p), id: labels.get(p.id) ?? p.id })),
    ];
    const all: Ownership[] = [
      ...owners,
      ...stored.map((o) => ({
        ...toDomainOwnership(o),
        propertyId: labels.get(o.propertyId) ?? o.propertyId,
      })),
    ];
    try {
      validateOwnerships(all, properties);
    } catch (error) {
      throw renameOwnershipField(error, all, owners.length);
    }
  }
}

function toProperty(dto: CreatePropertyDto, reference: string): Property {
  const cents = (value: string | undefined) => (value === undefined ? undefined : euroToCents(value));
  return {
    id: reference,
    kind: dto.kind as Property['kind'],
    ...(dto.cadastralCategory !== undefined
      ? { cadastralCategory: dto.cadastralCategory.trim().toUpperCase() }
      : {}),
    ...(dto.cadastralIncome !== undefined ? { cadastralIncome: cents(dto.cadastralIncome) } : {}),
    ...(dto.dominicalIncome !== undefined ? { dominicalIncome: cents(dto.dominicalIncome) } : {}),
    ...(dto.marketValue !== undefined ? { marketValue: cents(dto.marketValue) } : {}),
    cadastralReference: {
      foglio: dto.foglio?.trim() ?? '',
      particella: dto.particella?.trim() ?? '',
      ...(dto.subalterno?.trim() ? { subalterno: dto.subalterno.trim() } : {}),
    },
    ...(dto.ruralInstrumental ? { ruralInstrumental: true } : {}),
    reductions: toReductions(dto.reductions ?? []),
  };
}

function toReductions(list: readonly PropertyReductionDto[]): PropertyReductions {
  const reductions: PropertyReductions = {};
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (!(REDUCTION_KINDS as readonly string[]).includes(item.kind))
      throw F24Errors.unknownReduction(i, item.kind);
    const kind = item.kind as ReductionKind;
    if (seen.has(kind)) throw F24Errors.duplicateReduction(i);
    seen.add(kind);
    const period =
      item.from !== undefined
        ? { from: item.from, ...(item.to !== undefined ? { to: item.to } : {}) }
        : undefined;
    if (kind === 'historic') {
      if (item.from !== undefined || item.to !== undefined) throw F24Errors.reductionPeriodNotAllowed(i);
      reductions.historic = true;
    } else if (kind === 'uninhabitable') {
      if (!period) throw F24Errors.reductionPeriodRequired(i);
      reductions.uninhabitable = period;
    } else {
      reductions[kind] = period ?? true;
    }
  });
  return reductions;
}

/** `property.cadastralReference.foglio` → `foglio`; `property.reductions.agreedRent.to` → `reductions.2.to`. */
function renamePropertyField(error: unknown, reductions: readonly PropertyReductionDto[]): unknown {
  if (!(error instanceof DomainError) || !error.field) return error;
  const path = error.field.replace(/^property\./, '').replace(/^cadastralReference\./, '');
  const reduction = /^reductions\.(\w+)(.*)$/.exec(path);
  if (reduction) {
    const index = reductions.findIndex((r) => r.kind === reduction[1]);
    return withField(error, `reductions.${index}${reduction[2]}`);
  }
  return withField(error, path);
}

/**
 * `ownerships.3.sharePercent` → `owners.3.sharePercent` for a new record; a stored record is not in the
 * request, so the error names the new record of the same owner (or the first) that clashes with it.
 */
function renameOwnershipField(error: unknown, all: readonly Ownership[], newCount: number): unknown {
  if (!(error instanceof DomainError) || !error.field) return error;
  const match = /^ownerships\.(\d+)\.(\w+)$/.exec(error.field);
  if (!match) return error;
  let index = Number(match[1]);
  let name = match[2] === 'ownerId' ? 'fiscalCode' : match[2];
  if (index >= newCount) {
    const overlapsWith = error.extra?.overlapsWith;
    if (typeof overlapsWith === 'number' && overlapsWith < newCount) index = overlapsWith;
    else {
      const sameOwner = all.findIndex((o, i) => i < newCount && o.ownerId === all[index].ownerId);
      index = Math.max(0, sameOwner);
      if (name === 'to') name = 'from';
    }
  }
  return withField(error, `owners.${index}.${name}`);
}
