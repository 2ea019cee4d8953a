import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SubjectQueryDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The person: the caller or a member of their famiglia anagrafica (else 404).',
  })
  @IsUUID('all')
  subject: string;
}
