import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { municipalityConfig } from '../../config/app.config.js';
import { FileStore } from '../../storage/file-store.js';
import { type ReadSubject, RecordRegistryReads } from '../access-log/record-registry-reads.service.js';
import { type RegistryView, STAFF_SEARCH_PURPOSE } from '../access-log/registry-read.js';
import { CorrectionRecords } from '../corrections/correction-records.js';
import type { CorrectionState } from '../corrections/correction-request.entity.js';
import type { CorrectionQueueView } from '../corrections/correction-views.js';
import { RegistryRecords } from '../persistence/registry-records.js';
import { RegistryErrors } from '../registry-errors.js';
import { personStatusLabel, placeLabel, relationshipLabel } from '../views/registry-labels.js';
import { addressView, householdView, type ViewContext, visuraView } from '../views/registry-view-mapper.js';
import { type PersonSearchKind, parsePersonSearch } from './person-search-query.js';
import { staffRole } from './staff-role.js';
import type { PersonRecordView, PersonSearchPageView } from './staff-views.js';

const EVENT_LABELS: Record<string, string> = {
  birth: 'Nascita',
  immigration: 'Immigrazione',
  address_change: "Cambio d'indirizzo",
  marriage: 'Matrimonio',
  civil_union: 'Unione civile',
  divorce: 'Divorzio o scioglimento',
  death: 'Morte',
  emigration: 'Emigrazione',
  aire_registration: "Iscrizione all'AIRE",
};

/**
 * The registry office's reads: search, the full record, the rettifica queue and its evidence. Every person a
 * response shows gets an access-log event naming the clerk, the office and the purpose.
 */
@Injectable()
export class RegistryOffice {
  constructor(
    private readonly records: RegistryRecords,
    private readonly corrections: CorrectionRecords,
    private readonly reads: RecordRegistryReads,
    private readonly files: FileStore,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  async search(
    user: AuthUser,
    query: { q: string; by?: PersonSearchKind; limit?: number; offset?: number },
  ): Promise<PersonSearchPageView> {
    const parsed = parsePersonSearch(query.q, query.by);
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const result =
      parsed.kind === 'fiscal_code'
        ? await this.records.searchByFiscalCode(parsed.fiscalCode)
        : parsed.kind === 'name'
          ? await this.records.searchByName(parsed.prefixes, limit, offset)
          : await this.records.searchByAddress(parsed.street, parsed.civicNumber, limit, offset);
    const subjects = result.hits.map((hit) => ({ personId: hit.id, fiscalCode: hit.fiscalCode }));
    await this.recordReads(user, subjects, 'staff_search', STAFF_SEARCH_PURPOSE);
    const context = this.context();
    return {
      searchedBy: parsed.kind,
      items: result.hits.map((hit) => ({
        id: hit.id,
        fiscalCode: hit.fiscalCode,
        familyName: hit.familyName,
        givenName: hit.givenName,
        birthDate: hit.birthDate,
        status: { code: hit.status, label: personStatusLabel(hit.status) },
        householdCode: hit.householdCode,
        address: hit.address ? addressView(hit.address, context.municipalityLabel) : null,
      })),
      total: result.total,
      limit,
      offset,
    };
  }

  async personRecord(user: AuthUser, personId: string, purpose: string): Promise<PersonRecordView> {
    const person = await this.records.findPersonById(personId);
    if (!person) throw RegistryErrors.personNotFound();
    const context = this.context();
    const [members, memberships, events, corrections] = await Promise.all([
      person.membership ? this.records.currentMembers(person.membership.householdId) : Promise.resolve([]),
      this.records.membershipHistory(person.id),
      this.records.eventsOf(person.id),
      this.corrections.aboutPerson(person.id, context.today),
    ]);
    await this.recordReads(
      user,
      [{ personId: person.id, fiscalCode: person.fiscalCode }],
      'staff_record',
      purpose,
    );
    // The record lists the household: the other members' data were read too, for the same purpose.
    const others = members.filter((member) => member.personId !== person.id);
    await this.recordReads(
      user,
      others.map((member) => ({ personId: member.personId, fiscalCode: member.fiscalCode })),
      'household',
      purpose,
    );
    return {
      person: visuraView(person, context),
      household: person.membership ? householdView(person.membership, members, context, null) : null,
      memberships: memberships.map((membership) => ({
        householdCode: membership.householdCode,
        relationship: {
          code: membership.relationshipCode,
          label: relationshipLabel(membership.relationshipCode),
        },
        entryDate: membership.entryDate,
        exitDate: membership.exitDate,
        address: addressView(membership.address, context.municipalityLabel),
      })),
      events: events.map((event) => ({
        kind: { code: event.kind, label: EVENT_LABELS[event.kind] ?? event.kind },
        date: event.date,
        place: event.placeCode
          ? { code: event.placeCode, name: placeLabel(event.placeCode, event.placeName ?? event.placeCode) }
          : null,
      })),
      corrections,
    };
  }

  async correctionQueue(
    user: AuthUser,
    query: { state?: CorrectionState | 'all'; limit?: number; offset?: number },
  ): Promise<CorrectionQueueView> {
    const today = this.clock.today();
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const [page, summary] = await Promise.all([
      this.corrections.queue(query.state ?? 'open', limit, offset, today),
      this.corrections.queueSummary(today),
    ]);
    const subjects = uniqueSubjects(
      page.items.map((item) => ({ personId: item.subject.personId, fiscalCode: item.subject.fiscalCode })),
    );
    await this.recordReads(user, subjects, 'correction_queue', 'Istruttoria delle richieste di rettifica');
    return { items: page.items, total: page.total, limit, offset, summary };
  }

  async correctionAttachment(
    user: AuthUser,
    correctionId: string,
  ): Promise<{ content: Readable; fileName: string; mediaType: string; size: number }> {
    const stored = await this.corrections.findById(correctionId, this.clock.today());
    const attachment = stored?.view.attachment;
    if (!stored || !attachment || !stored.attachmentKey) throw RegistryErrors.correctionNotFound();
    await this.recordReads(
      user,
      [{ personId: stored.view.subject.personId, fiscalCode: stored.view.subject.fiscalCode }],
      'correction_detail',
      `Esame dell'allegato della richiesta di rettifica n. ${stored.view.reference}`,
    );
    return {
      content: await this.files.open(stored.attachmentKey),
      fileName: attachment.name,
      mediaType: attachment.mediaType,
      size: attachment.size,
    };
  }

  private recordReads(
    user: AuthUser,
    subjects: readonly ReadSubject[],
    view: RegistryView,
    purpose: string,
  ): Promise<void> {
    if (subjects.length === 0) return Promise.resolve();
    return this.dataSource.transaction((manager) =>
      this.reads.record({ user, role: staffRole(user) }, subjects, view, purpose, manager),
    );
  }

  private context(): ViewContext {
    return {
      today: this.clock.today(),
      municipalityLabel: `${this.municipality.name} (${this.municipality.province})`,
    };
  }
}

function uniqueSubjects(subjects: ReadSubject[]): ReadSubject[] {
  return [...new Map(subjects.map((subject) => [subject.personId, subject])).values()];
}
