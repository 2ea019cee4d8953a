import { ApiProperty } from '@nestjs/swagger';

export class SpidProviderView {
  @ApiProperty({ example: 'test-a' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) logoUrl: string | null;
}

export class CieAvailabilityView {
  @ApiProperty() enabled: boolean;
}

/** `GET /api/auth/providers`: what the login page offers. */
export class AuthProvidersView {
  @ApiProperty({ type: [SpidProviderView] }) spid: SpidProviderView[];
  @ApiProperty({ type: CieAvailabilityView }) cie: CieAvailabilityView;
}
