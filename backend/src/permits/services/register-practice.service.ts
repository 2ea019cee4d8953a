import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { parseIsoDate } from '../../common/calendar/civil-date.js';
import { Clock } from '../../common/italian/clock.js';
import { assertValidFiscalCode } from '../../common/italian/fiscal-code.js';
import { romeDay } from '../../common/italian/rome-day.js';
import { NotificationOutbox } from '../../notifications/outbox/notification-outbox.service.js';
import { type RegistryName, RegistryPersonNames } from '../../registry/person-names.service.js';
import { startPractice } from '../domain/practice-state-machine.js';
import type { PartyDto, RegisterPracticeDto } from '../http/dto/register-practice.dto.js';
import { officeDeadline } from '../office-deadline.js';
import { PermitErrors } from '../permit-errors.js';
import { PracticeParty } from '../persistence/practice-party.entity.js';
import { PracticeRecord } from '../persistence/practice-record.entity.js';
import { PracticeRepository } from '../persistence/practice-repository.js';
import type { StaffPracticeView } from '../views/practice-views.js';
import { PracticeAudit } from './practice-audit.js';
import { PracticeNotifications } from './practice-notifications.js';
import { PracticeViewFactory } from './practice-view-factory.js';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
  );
}

/** Normalised parties: exactly one applicant, at most one technician, no one twice in the same role. */
function validParties(parties: readonly PartyDto[]): PartyDto[] {
  const seen = new Set<string>();
  const valid = parties.map((party, index) => {
    const fiscalCode = assertValidFiscalCode(party.fiscalCode, `parties.${index}.fiscalCode`);
    const key = `${party.role}:${fiscalCode}`;
    if (seen.has(key)) throw PermitErrors.duplicateParty(`parties.${index}`);
    seen.add(key);
    return {
      ...party,
      fiscalCode,
      givenName: party.givenName?.trim() ?? '',
      familyName: party.familyName?.trim() ?? '',
      email: party.email?.trim() || undefined,
    };
  });
  if (valid.filter((party) => party.role === 'applicant').length !== 1)
    throw PermitErrors.applicantRequired();
  if (valid.filter((party) => party.role === 'technician').length > 1) throw PermitErrors.oneTechnicianOnly();
  return valid;
}

type NamedParty = PartyDto & { givenName: string; familyName: string; nameFromRegistry: boolean };

/** A person the registry knows gets the registry's name, whatever was typed; the others keep the typed one. */
function namedParties(parties: readonly PartyDto[], names: Map<string, RegistryName>): NamedParty[] {
  return parties.map((party, index) => {
    const known = names.get(party.fiscalCode);
    if (known) return { ...party, ...known, nameFromRegistry: true };
    if (!party.givenName) throw PermitErrors.partyNameRequired(`parties.${index}.givenName`);
    if (!party.familyName) throw PermitErrors.partyNameRequired(`parties.${index}.familyName`);
    return { ...party, givenName: party.givenName, familyName: party.familyName, nameFromRegistry: false };
  });
}

/**
 * Registers a practice filed at the protocol. The submission entry is dated on the protocol day, since the legal
 * terms run from it even when the office records the practice a few days later.
 */
@Injectable()
export class RegisterPracticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticeRepository,
    private readonly audit: PracticeAudit,
    private readonly notifications: PracticeNotifications,
    private readonly outbox: NotificationOutbox,
    private readonly views: PracticeViewFactory,
    private readonly clock: Clock,
    private readonly registryNames: RegistryPersonNames,
  ) {}

  async register(request: RegisterPracticeDto, user: AuthUser): Promise<StaffPracticeView> {
    const now = this.clock.now();
    const today = romeDay(now);
    if (!parseIsoDate(request.protocolDate) || request.protocolDate > today) {
      throw PermitErrors.protocolDateInvalid(today);
    }
    const valid = validParties(request.parties);
    const names = await this.registryNames.namesOf(
      valid.map((party) => party.fiscalCode),
      { user, purpose: 'Registrazione di una pratica edilizia: generalità dei soggetti' },
    );
    const parties = namedParties(valid, names);
    const submittedAt = request.protocolDate === today ? now : new Date(`${request.protocolDate}T11:00:00Z`);
    const actor = {
      id: user.fiscalCode,
      role: 'permits' as const,
      name: `${user.givenName} ${user.familyName}`,
    };
    const { state, transition } = startPractice(request.type, actor, submittedAt, request.publicNote ?? null);
    const constraints = request.constraints ?? 'none';
    const doubledTerms = request.doubledTerms ?? false;
    const practice = { type: request.type, timeline: [transition], constraints, doubledTerms };

    try {
      const aggregate = await this.dataSource.transaction(async (manager) => {
        const record = await manager.save(
          manager.create(PracticeRecord, {
            type: request.type,
            protocolNumber: request.protocolNumber,
            protocolDate: request.protocolDate,
            address: request.address.trim(),
            cadastralSheet: request.cadastral.sheet,
            cadastralParcel: request.cadastral.parcel,
            cadastralSubaltern: request.cadastral.subaltern ?? null,
            description: request.description.trim(),
            state,
            constraints,
            doubledTerms,
            officeDeadline: officeDeadline(practice, now),
          }),
        );
        await manager.insert(
          PracticeParty,
          parties.map((party) => ({
            practiceId: record.id,
            role: party.role,
            fiscalCode: party.fiscalCode,
            givenName: party.givenName,
            familyName: party.familyName,
            nameFromRegistry: party.nameFromRegistry,
            email: party.email ?? null,
          })),
        );
        await this.practices.appendTransition(manager, record.id, 0, transition);
        const saved = (await this.practices.load(manager, record.id))!;
        await this.audit.change(manager, saved, user, 'permits', 'permits.practice.register', {
          type: request.type,
          state,
        });
        await this.outbox.enqueue(
          manager,
          this.notifications.forTransition(saved.record, saved.parties, transition),
        );
        return saved;
      });
      this.outbox.deliverSoon();
      return this.views.staff(aggregate, now);
    } catch (error) {
      if (isUniqueViolation(error)) throw PermitErrors.protocolNumberTaken(request.protocolNumber);
      throw error;
    }
  }
}
