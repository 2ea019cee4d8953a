import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Response shapes of the registry API (documented in OpenAPI). */

export class CodeLabelView {
  @ApiProperty({ example: 'married' })
  code: string;

  @ApiProperty({ example: 'Coniugato' })
  label: string;
}

export class PlaceView {
  @ApiProperty({ description: 'Belfiore code of the comune or (Z...) foreign state', example: 'D142' })
  code: string;

  @ApiProperty({ example: 'Crema (CR)' })
  name: string;
}

export class IdentityDocumentView {
  @ApiProperty({ enum: ['cie', 'paper'] })
  kind: 'cie' | 'paper';

  @ApiProperty({ example: "Carta d'identità elettronica" })
  kindLabel: string;

  @ApiProperty({ example: 'CA00000AA' })
  number: string;

  @ApiProperty({ format: 'date' })
  issuedOn: string;

  @ApiProperty({ format: 'date' })
  expiresOn: string;

  @ApiProperty({ description: 'True when the card expired before today.' })
  expired: boolean;

  @ApiProperty({ description: 'Days from today to the expiry (negative when expired).' })
  daysToExpiry: number;
}

export class AddressView {
  @ApiProperty({ enum: ['street', 'abroad'] })
  kind: 'street' | 'abroad';

  @ApiProperty({
    description: 'The whole address on one line',
    example: "Via Marconi 59, int. 3 - Spino d'Adda (CR)",
  })
  text: string;

  @ApiPropertyOptional({ example: 'Via Marconi' })
  street?: string;

  @ApiPropertyOptional({ example: '59' })
  civicNumber?: string;

  @ApiPropertyOptional({ example: '3', nullable: true, type: String })
  internal?: string | null;

  @ApiPropertyOptional({ example: 'Basel' })
  locality?: string;

  @ApiPropertyOptional({ example: 'Svizzera' })
  country?: string;
}

export class ResidenceView {
  @ApiProperty({ type: AddressView })
  address: AddressView;

  @ApiProperty({ format: 'date', description: 'Since when the person lives at this address.' })
  since: string;
}

export class HouseholdMembershipView {
  @ApiProperty({ example: 'F0000001' })
  code: string;

  @ApiProperty({ type: CodeLabelView, description: 'Relationship to the head (ANPR code).' })
  relationship: CodeLabelView;

  @ApiProperty({ format: 'date' })
  entryDate: string;
}

export class RecordBlockedView {
  @ApiProperty({ example: 'Verifica della residenza in corso' })
  reason: string;
}

/** The visura anagrafica: what the registry records about a person. */
export class VisuraView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'FRRLNZ80H09D142H' })
  fiscalCode: string;

  @ApiProperty({ example: 'Lorenzo' })
  givenName: string;

  @ApiProperty({ example: 'Ferrari' })
  familyName: string;

  @ApiProperty({ enum: ['M', 'F'] })
  sex: 'M' | 'F';

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ type: PlaceView })
  birthPlace: PlaceView;

  @ApiProperty({ type: CodeLabelView, description: 'ISO 3166-1 alpha-2 and Italian name of the state' })
  citizenship: CodeLabelView;

  @ApiProperty({ type: CodeLabelView })
  maritalStatus: CodeLabelView;

  @ApiProperty({ type: CodeLabelView, description: 'resident, aire, deceased, emigrated' })
  status: CodeLabelView;

  @ApiProperty({ type: IdentityDocumentView, nullable: true })
  identityDocument: IdentityDocumentView | null;

  @ApiProperty({ type: ResidenceView, nullable: true })
  residence: ResidenceView | null;

  @ApiProperty({ type: HouseholdMembershipView, nullable: true })
  household: HouseholdMembershipView | null;

  @ApiProperty({
    type: RecordBlockedView,
    nullable: true,
    description: 'Set when the record is incomplete or under an open procedure: no instant certificates.',
  })
  recordBlocked: RecordBlockedView | null;
}

export class HouseholdMemberView {
  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty()
  fiscalCode: string;

  @ApiProperty()
  givenName: string;

  @ApiProperty()
  familyName: string;

  @ApiProperty({ format: 'date' })
  birthDate: string;

  @ApiProperty({ type: PlaceView })
  birthPlace: PlaceView;

  @ApiProperty({ type: CodeLabelView })
  relationship: CodeLabelView;

  @ApiProperty({ format: 'date', description: 'Date the person joined the household.' })
  entryDate: string;

  @ApiProperty({ description: 'The head of the household (intestatario della scheda).' })
  isHead: boolean;

  @ApiProperty({ description: 'The caller (residents only; always false for the office).' })
  isYou: boolean;
}

/** The famiglia anagrafica: its address and current members. */
export class HouseholdView {
  @ApiProperty({ example: 'F0000001' })
  code: string;

  @ApiProperty({ type: AddressView })
  address: AddressView;

  @ApiProperty({ type: [HouseholdMemberView] })
  members: HouseholdMemberView[];
}
