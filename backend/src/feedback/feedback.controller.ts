import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../auth/authorization/access.decorators.js';
import { SubmitFeedbackDto } from './submit-feedback.dto.js';
import { SubmitFeedbackService } from './submit-feedback.service.js';

/** The model's rating component at the end of each service and information page. */
@ApiTags('feedback')
@Controller('feedback')
@UseGuards(ThrottlerGuard)
export class FeedbackController {
  constructor(private readonly feedback: SubmitFeedbackService) {}

  @Post()
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Stored, anonymously.' })
  @ApiBadRequestResponse({
    description:
      'Not a portal path, rating outside 1-5, an answer of the other polarity or a comment over 200 characters.',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many answers from this address.' })
  submit(@Body() dto: SubmitFeedbackDto) {
    return this.feedback.submit(dto);
  }
}
