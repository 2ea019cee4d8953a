import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IntegerField } from '../common/http/integer-field.js';
import { FEEDBACK_SERVICES, type FeedbackService } from './feedback-services.js';

export class SubmitFeedbackDto {
  @ApiProperty({ enum: FEEDBACK_SERVICES })
  @IsIn(FEEDBACK_SERVICES)
  service: FeedbackService;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'How clear the page was: 1 (not at all) to 5 (very).' })
  @IntegerField({ min: 1, max: 5 })
  rating: number;

  @ApiPropertyOptional({ maxLength: 200, description: 'Free text; do not write personal data.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(200)
  comment?: string;
}
