import { ApiProperty } from '@nestjs/swagger';

export class MunicipalityContactsView {
  @ApiProperty() address: string;
  @ApiProperty() email: string;
  @ApiProperty() pec: string;
  @ApiProperty() phone: string;
}

/** `GET /api/public/municipality`: the comune this portal serves, from its configuration. */
export class MunicipalityView {
  @ApiProperty({ example: 'Cremona' }) name: string;
  @ApiProperty({ example: 'D150' }) cadastralCode: string;
  @ApiProperty({ example: 'CR', description: 'Two-letter province code.' }) province: string;
  @ApiProperty() region: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
  @ApiProperty() website: string;
  @ApiProperty({ type: MunicipalityContactsView }) contacts: MunicipalityContactsView;
}
