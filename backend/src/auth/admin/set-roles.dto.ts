import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import type { StaffRole } from '../users/users.service.js';

export class SetRolesDto {
  @ApiProperty({ isArray: true, enum: ['registry', 'permits', 'taxes', 'admin'], example: ['permits'] })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(['registry', 'permits', 'taxes', 'admin'], { each: true })
  roles: StaffRole[];
}
