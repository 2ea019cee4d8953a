import { ApiProperty } from '@nestjs/swagger';
import { FEEDBACK_ANSWERS, type FeedbackAnswer } from './domain/feedback-answers.js';

export class FeedbackPageSummaryView {
  @ApiProperty({ example: '/servizi/certificati-anagrafici' }) page: string;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Average stars, two decimals.' }) average: number;
}

export class FeedbackAnswerCountView {
  @ApiProperty({ enum: FEEDBACK_ANSWERS }) answer: FeedbackAnswer;
  @ApiProperty() count: number;
}

export class FeedbackDayView {
  @ApiProperty({ example: '2026-12-06', description: 'Day in Europe/Rome.' }) day: string;
  @ApiProperty() count: number;
  @ApiProperty() average: number;
}

/** `GET /api/staff/feedback/report`: the ratings of every page, and the detail of one. */
export class FeedbackReportView {
  @ApiProperty({ type: [FeedbackPageSummaryView], description: 'Every rated page, most answers first.' })
  pages: FeedbackPageSummaryView[];

  @ApiProperty({ type: String, nullable: true, description: 'The page detailed below, when one was asked.' })
  page: string | null;

  @ApiProperty() count: number;
  @ApiProperty() average: number;

  @ApiProperty({ type: [Number], description: 'Answers with 1, 2, 3, 4 and 5 stars.' })
  stars: number[];

  @ApiProperty({ type: [FeedbackAnswerCountView] }) answers: FeedbackAnswerCountView[];

  @ApiProperty({ type: [FeedbackDayView], description: 'Answers per day over the last 90 days.' })
  days: FeedbackDayView[];
}
