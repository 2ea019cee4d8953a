import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../authorization/roles.js';

/** `GET /api/me`: the logged-in person. */
export class CurrentUserView {
  @ApiProperty() fiscalCode: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['spid', 'cie'], description: 'How the person logged in.' }) provider: 'spid' | 'cie';
}
