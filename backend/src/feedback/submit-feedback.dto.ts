import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IntegerField } from '../common/http/integer-field.js';
import {
  FEEDBACK_ANSWERS,
  FEEDBACK_PAGE_MAX_LENGTH,
  FEEDBACK_PAGE_PATTERN,
  type FeedbackAnswer,
} from './domain/feedback-answers.js';

/** One answer to the model's rating component ("Quanto sono chiare le informazioni su questa pagina?"). */
export class SubmitFeedbackDto {
  @ApiProperty({
    example: '/servizi/certificati-anagrafici',
    maxLength: FEEDBACK_PAGE_MAX_LENGTH,
    pattern: FEEDBACK_PAGE_PATTERN.source,
    description: 'The path of the page rated.',
  })
  @IsString()
  @MaxLength(FEEDBACK_PAGE_MAX_LENGTH)
  @Matches(FEEDBACK_PAGE_PATTERN)
  page: string;

  @ApiProperty({ minimum: 1, maximum: 5, description: 'Stars: 1 (not clear at all) to 5 (very clear).' })
  @IntegerField({ min: 1, max: 5 })
  rating: number;

  @ApiPropertyOptional({
    enum: FEEDBACK_ANSWERS,
    description: 'The follow-up answer: a positive one with 4-5 stars, a negative one with 1-3.',
  })
  @IsOptional()
  @IsIn(FEEDBACK_ANSWERS)
  answer?: FeedbackAnswer;

  @ApiPropertyOptional({ maxLength: 200, description: 'Free text; do not write personal data.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(200)
  comment?: string;
}
