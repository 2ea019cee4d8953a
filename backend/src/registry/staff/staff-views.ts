import { ApiProperty } from '@nestjs/swagger';
import { StaffCorrectionView } from '../corrections/correction-views.js';
import { AddressView, CodeLabelView, HouseholdView, PlaceView, VisuraView } from '../views/registry-views.js';

export class PersonSearchHitView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  fiscalCode: string;

  @ApiProperty()
  familyName: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ type: CodeLabelView })
  status: CodeLabelView;

  @ApiProperty({ nullable: true, type: String })
  householdCode: string | null;

  @ApiProperty({
    type: AddressView,
    nullable: true,
    description: 'Current address; null for history records.',
  })
  address: AddressView | null;
}

export class PersonSearchPageView {
  @ApiProperty({ enum: ['fiscal_code', 'name', 'address'], description: 'How the query was read.' })
  searchedBy: 'fiscal_code' | 'name' | 'address';

  @ApiProperty({ type: [PersonSearchHitView] })
  items: PersonSearchHitView[];

  @ApiProperty()
  total: number;

  @ApiProperty()
  limit: number;

  @ApiProperty()
  offset: number;
}

export class MembershipHistoryView {
  @ApiProperty()
  householdCode: string;

  @ApiProperty({ type: CodeLabelView })
  relationship: CodeLabelView;

  @ApiProperty({ format: 'date' })
  entryDate: string;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  exitDate: string | null;

  @ApiProperty({ type: AddressView })
  address: AddressView;
}

export class RegistryEventView {
  @ApiProperty({ type: CodeLabelView, description: 'birth, immigration, address_change, marriage, ...' })
  kind: CodeLabelView;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ type: PlaceView, nullable: true })
  place: PlaceView | null;
}

/** The office's view of a record: the visura, the household, and the history that tells past from present. */
export class PersonRecordView {
  @ApiProperty({ type: VisuraView })
  person: VisuraView;

  @ApiProperty({ type: HouseholdView, nullable: true })
  household: HouseholdView | null;

  @ApiProperty({ type: [MembershipHistoryView], description: 'Every household membership, newest first.' })
  memberships: MembershipHistoryView[];

  @ApiProperty({ type: [RegistryEventView], description: 'Registry events, oldest first.' })
  events: RegistryEventView[];

  @ApiProperty({ type: [StaffCorrectionView] })
  corrections: StaffCorrectionView[];
}
