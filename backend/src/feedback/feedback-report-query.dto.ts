import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { FEEDBACK_PAGE_MAX_LENGTH, FEEDBACK_PAGE_PATTERN } from './domain/feedback-answers.js';

export class FeedbackReportQueryDto {
  @ApiPropertyOptional({
    example: '/servizi/certificati-anagrafici',
    description: 'Detail one page; all pages when absent.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(FEEDBACK_PAGE_MAX_LENGTH)
  @Matches(FEEDBACK_PAGE_PATTERN)
  page?: string;
}
