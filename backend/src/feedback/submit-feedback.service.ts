import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkFollowUpAnswer } from './domain/feedback-answers.js';
import type { SubmitFeedbackDto } from './submit-feedback.dto.js';

/**
 * Stores one answer of the rating component. Anonymous by design: no session, address or user agent is
 * kept, only the page, the stars, the follow-up answer and the comment.
 */
@Injectable()
export class SubmitFeedbackService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async submit(dto: SubmitFeedbackDto): Promise<void> {
    checkFollowUpAnswer(dto.rating, dto.answer);
    await this.dataSource.query(
      'INSERT INTO service_feedback (page, rating, answer, comment) VALUES ($1, $2, $3, $4)',
      [dto.page, dto.rating, dto.answer ?? null, dto.comment ?? null],
    );
  }
}
