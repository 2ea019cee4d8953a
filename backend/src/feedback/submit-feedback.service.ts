import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SubmitFeedbackDto } from './submit-feedback.dto.js';

/**
 * Stores one answer to the satisfaction question. Anonymous by design: no session, address or user agent is
 * kept, only the service, the rating and the comment.
 */
@Injectable()
export class SubmitFeedbackService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async submit(dto: SubmitFeedbackDto): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO service_feedback (service, rating, comment) VALUES ($1, $2, $3)',
      [dto.service, dto.rating, dto.comment ?? null],
    );
  }
}
