import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { RegistryOverview } from '../../registry/registry-overview.service.js';
import type { FilingSections } from '../domain/filing-requirements.js';
import { PRACTICE_TYPE_INFO, type PracticeType } from '../domain/practice-type.js';
import { DraftRepository } from './draft-repository.js';
import type { UpdateDraftDto } from './draft-sections.dto.js';
import { FilingErrors } from './filing-errors.js';
import { FilingFeePolicy } from './filing-fee-policy.js';
import { type DraftCreatedView, type DraftSummaryView, type DraftView, draftView } from './filing-views.js';
import { TechnicianProfiles } from './technician-profiles.js';

const SECTION_KEYS = ['titolare', 'tecnico', 'immobile', 'intervento', 'dichiarazioni'] as const;

function fullName(user: AuthUser): string {
  return `${user.givenName} ${user.familyName}`.trim();
}

/**
 * Drafts of online filings: created by a resident (titolare) or a technician, saved section by section from any
 * device, read back whole with what is still missing. The titolare is prefilled from the registry when the author
 * is a resident on record; the technician section from the author's professional profile.
 */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: DraftRepository,
    private readonly fees: FilingFeePolicy,
    private readonly registry: RegistryOverview,
    private readonly profiles: TechnicianProfiles,
    private readonly audit: AuditService,
  ) {}

  async create(type: PracticeType, user: AuthUser): Promise<DraftCreatedView> {
    const sections = await this.prefill(user);
    const draft = await this.drafts.create(
      type,
      { fiscalCode: user.fiscalCode, name: fullName(user) },
      sections,
    );
    return { id: draft.id };
  }

  /**
   * A technician (who has a profile) files for someone else: the technician section is theirs. Anyone else files
   * for themselves: the titolare is the author, with the registry's name when they are on record.
   */
  private async prefill(user: AuthUser): Promise<FilingSections> {
    const profile = await this.profiles.find(user.fiscalCode);
    if (profile) {
      return {
        tecnico: {
          fiscalCode: user.fiscalCode,
          givenName: user.givenName,
          familyName: user.familyName,
          professionalOrder: profile.professionalOrder,
          registrationNumber: profile.registrationNumber,
          province: profile.province,
          pec: profile.pec,
        },
      };
    }
    const resident = await this.registry.nameOf(user.fiscalCode);
    if (resident) {
      await this.audit.record({
        actor: user,
        actorRole: 'resident',
        action: 'permits.draft.prefill',
        subjectFiscalCode: user.fiscalCode,
        resourceType: 'registry_person',
        purpose: 'Compilazione della pratica edilizia online con i dati anagrafici',
      });
    }
    return {
      titolare: {
        fiscalCode: user.fiscalCode,
        givenName: resident?.givenName ?? user.givenName,
        familyName: resident?.familyName ?? user.familyName,
        email: user.email ?? '',
        title: 'proprietario',
        coTitolari: [],
      },
    };
  }

  async list(user: AuthUser): Promise<DraftSummaryView[]> {
    const rows = await this.drafts.listForAuthor(user.fiscalCode);
    return rows.map((draft) => ({
      id: draft.id,
      type: draft.type,
      typeLabel: PRACTICE_TYPE_INFO[draft.type].label,
      address: draft.sections.immobile?.address ?? null,
      updatedAt: new Date(draft.updatedAt).toISOString(),
      protocolNumber: draft.protocolNumber,
    }));
  }

  async get(id: string, user: AuthUser): Promise<DraftView> {
    const draft = await this.drafts.findForAuthor(id, user.fiscalCode);
    if (!draft) throw FilingErrors.draftNotFound();
    const attachments = await this.drafts.attachments(id);
    return draftView(draft, attachments, await this.fees.feeFor(draft));
  }

  async save(id: string, changes: UpdateDraftDto, user: AuthUser): Promise<DraftView> {
    await this.dataSource.transaction(async (manager) => {
      const draft = await this.drafts.findForAuthor(id, user.fiscalCode, manager, true);
      if (!draft) throw FilingErrors.draftNotFound();
      if (draft.protocolNumber) throw FilingErrors.alreadySubmitted(draft.protocolNumber);
      if (changes.expectedVersion !== undefined && changes.expectedVersion !== draft.version) {
        throw FilingErrors.versionConflict(draft.version);
      }
      const sections: FilingSections = { ...draft.sections };
      for (const key of SECTION_KEYS) {
        const value = changes[key];
        if (value === null) delete sections[key];
        else if (value !== undefined) (sections as Record<string, unknown>)[key] = normalised(value);
      }
      await this.drafts.saveSections(id, sections, draft.version, manager);
    });
    return this.get(id, user);
  }
}

/** Plain JSON of the validated DTO (class instances → objects), fiscal codes upper case. */
function normalised(value: object): unknown {
  return JSON.parse(JSON.stringify(value), (key, field) =>
    key === 'fiscalCode' && typeof field === 'string' ? field.toUpperCase() : field,
  );
}
