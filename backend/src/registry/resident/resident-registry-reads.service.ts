import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { Clock } from '../../common/italian/clock.js';
import { municipalityConfig } from '../../config/app.config.js';
import { RecordRegistryReads } from '../access-log/record-registry-reads.service.js';
import { RESIDENT_PURPOSES } from '../access-log/registry-read.js';
import { CorrectionRecords } from '../corrections/correction-records.js';
import type { CorrectionView } from '../corrections/correction-views.js';
import {
  type AutocertificazioneContent,
  renderAutocertificazionePdf,
} from '../pdf/autocertificazione-pdf.js';
import type { HouseholdMemberRecord, PersonRecord } from '../persistence/registry-records.js';
import { RegistryErrors } from '../registry-errors.js';
import { RegistrySource } from '../source/registry-source.js';
import {
  citizenshipName,
  maritalStatusLabel,
  placeLabel,
  relationshipLabel,
} from '../views/registry-labels.js';
import { householdView, type ViewContext, visuraView } from '../views/registry-view-mapper.js';
import type { HouseholdView, VisuraView } from '../views/registry-views.js';

type RegisteredPerson = PersonRecord & { membership: NonNullable<PersonRecord['membership']> };

/**
 * What a logged-in resident reads about themself and their famiglia anagrafica. Each read is logged for every
 * person it shows, before the data leave the service.
 */
@Injectable()
export class ResidentRegistryReads {
  constructor(
    private readonly source: RegistrySource,
    private readonly corrections: CorrectionRecords,
    private readonly reads: RecordRegistryReads,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  /** The caller's own record: only residents and AIRE members of this comune have one to show. */
  async registeredSelf(
    user: AuthUser,
    purpose: string = RESIDENT_PURPOSES.visura,
  ): Promise<RegisteredPerson> {
    const person = await this.source.person(user.fiscalCode, { user, purpose });
    if (!person || (person.status !== 'resident' && person.status !== 'aire') || !person.membership) {
      throw RegistryErrors.notInRegistry();
    }
    return person as RegisteredPerson;
  }

  /** The caller's current household members; `personId` must be one of them (else 404, nothing leaks). */
  async memberOfOwnHousehold(
    user: AuthUser,
    personId: string,
    purpose: string = RESIDENT_PURPOSES.household_member,
  ): Promise<{ self: RegisteredPerson; member: PersonRecord }> {
    const read = { user, purpose };
    const self = await this.registeredSelf(user, purpose);
    const members = await this.source.householdOf(self, read);
    const known = members.find((candidate) => candidate.personId === personId);
    const member = known ? await this.source.person(known.fiscalCode, read) : null;
    if (!member) throw RegistryErrors.memberNotFound();
    return { self, member };
  }

  async visura(user: AuthUser): Promise<VisuraView> {
    const self = await this.registeredSelf(user);
    await this.reads.record(this.reader(user), [subjectOf(self)], 'visura', RESIDENT_PURPOSES.visura);
    return visuraView(self, this.context());
  }

  async household(user: AuthUser): Promise<HouseholdView> {
    const read = { user, purpose: RESIDENT_PURPOSES.household };
    const self = await this.registeredSelf(user, read.purpose);
    const members = await this.source.householdOf(self, read);
    await this.dataSource.transaction((manager) =>
      this.reads.record(
        this.reader(user),
        subjectsOf(members),
        'household',
        RESIDENT_PURPOSES.household,
        manager,
      ),
    );
    return householdView(self.membership, members, this.context(), self.id);
  }

  async householdMember(user: AuthUser, personId: string): Promise<VisuraView> {
    const { member } = await this.memberOfOwnHousehold(user, personId);
    await this.reads.record(
      this.reader(user),
      [subjectOf(member)],
      'household_member',
      RESIDENT_PURPOSES.household_member,
    );
    return visuraView(member, this.context());
  }

  /** Rettifica requests the caller filed or that are about them, newest first. */
  async ownCorrections(user: AuthUser): Promise<CorrectionView[]> {
    const self = await this.registeredSelf(user, 'Consultazione delle proprie richieste di rettifica');
    return this.corrections.forResident(user.fiscalCode, self.id);
  }

  async autocertificazione(user: AuthUser): Promise<Buffer> {
    const read = { user, purpose: RESIDENT_PURPOSES.autocertificazione };
    const self = await this.registeredSelf(user, read.purpose);
    const members = await this.source.householdOf(self, read);
    await this.dataSource.transaction((manager) =>
      this.reads.record(
        this.reader(user),
        subjectsOf(members),
        'autocertificazione',
        RESIDENT_PURPOSES.autocertificazione,
        manager,
      ),
    );
    return renderAutocertificazionePdf(this.autocertificazioneContent(self, members));
  }

  private autocertificazioneContent(
    self: RegisteredPerson,
    members: HouseholdMemberRecord[],
  ): AutocertificazioneContent {
    const { address } = self.membership;
    const residence =
      address.kind === 'street'
        ? `${this.municipalityLabel()}, ${address.toponym} ${address.streetName} ${address.civicNumber}${address.internal ? `, int. ${address.internal}` : ''}`
        : `${address.addressLine ? `${address.addressLine}, ` : ''}${address.locality} (${placeLabel(address.countryCode, address.countryCode)})`;
    return {
      municipalityName: this.municipality.name,
      declarant: {
        givenName: self.givenName,
        familyName: self.familyName,
        fiscalCode: self.fiscalCode,
        birthDate: self.birthDate,
        birthPlace: placeLabel(self.birthPlaceCode, self.birthPlaceName),
        sex: self.sex,
        citizenship: { code: self.citizenship ?? '', name: citizenshipName(self.citizenship) },
        maritalStatus: maritalStatusLabel(self.maritalStatus, self.sex),
        residence,
        aire: self.status === 'aire',
      },
      members: members.map((member) => ({
        givenName: member.givenName,
        familyName: member.familyName,
        fiscalCode: member.fiscalCode,
        birthDate: member.birthDate,
        birthPlace: placeLabel(member.birthPlaceCode, member.birthPlaceName),
        relationship: relationshipLabel(member.relationshipCode),
      })),
      asOf: this.clock.today(),
    };
  }

  private reader(user: AuthUser) {
    return { user, role: 'resident' };
  }

  private municipalityLabel(): string {
    return `${this.municipality.name} (${this.municipality.province})`;
  }

  private context(): ViewContext {
    return { today: this.clock.today(), municipalityLabel: this.municipalityLabel() };
  }
}

function subjectsOf(members: readonly HouseholdMemberRecord[]) {
  return members.map((member) => ({ personId: member.personId, fiscalCode: member.fiscalCode }));
}

function subjectOf(person: PersonRecord) {
  return { personId: person.id, fiscalCode: person.fiscalCode };
}
