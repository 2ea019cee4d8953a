import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { PaymentItemView } from '../../payments/views/payment-views.js';
import { F24DocumentsService } from '../services/f24-documents.service.js';
import { ResidentImuService } from '../services/resident-imu.service.js';
import { F24DocumentView, ImuYearView, LatePaymentView } from '../views/f24-views.js';
import { ImuPaymentDto } from './dto/imu-payment.dto.js';
import { LatePaymentDto } from './dto/late-payment.dto.js';
import { DocumentIdParam, InstalmentParam, YearParam } from './f24-params.js';
import { type InstalmentName, toDomainInstalment } from './instalment-param.js';
import { pdfFile } from './pdf-file.js';

type AuthenticatedRequest = { user: AuthUser };

const PDF = { description: 'The F24 semplificato (PDF).', schema: { type: 'string', format: 'binary' } };

/** The resident's IMU, always from the caller's own properties: no route takes a fiscal code. */
@ApiTags('f24 (resident)')
@Controller('f24')
export class ResidentImuController {
  constructor(
    private readonly imu: ResidentImuService,
    private readonly documents: F24DocumentsService,
  ) {}

  @Get('imu/:year')
  @Authenticated()
  @ApiOkResponse({
    type: ImuYearView,
    description: 'Properties with base, months and explanation; instalments.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'IMU_RATES_NOT_AVAILABLE: the year (or the previous one) has no rates.',
  })
  year(@Req() req: AuthenticatedRequest, @YearParam() year: number) {
    return this.imu.year(req.user, year);
  }

  @Post('imu/:year/late-payment')
  @HttpCode(HttpStatus.OK)
  @Authenticated()
  @ApiOkResponse({
    type: LatePaymentView,
    description: 'Ravvedimento operoso: tax, penalty, interest per line.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'PAYMENT_NOT_LATE (payment date not after the due date), IMU_NOTHING_DUE, IMU_RATES_NOT_AVAILABLE',
  })
  latePayment(@Req() req: AuthenticatedRequest, @YearParam() year: number, @Body() body: LatePaymentDto) {
    return this.imu.latePayment(req.user, year, body);
  }

  @Post('imu/:year/payments')
  @Authenticated()
  @ApiCreatedResponse({ type: PaymentItemView, description: 'The instalment’s pagoPA notice, created.' })
  @ApiOkResponse({ type: PaymentItemView, description: 'It existed already: the same position.' })
  @ApiUnprocessableEntityResponse({
    description: 'IMU_NOTHING_DUE, IMU_INSTALMENT_PAST_DUE (use the ravvedimento), IMU_RATES_NOT_AVAILABLE',
  })
  async payment(
    @Req() req: AuthenticatedRequest,
    @YearParam() year: number,
    @Body() body: ImuPaymentDto,
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ) {
    const { created, payment } = await this.imu.requestPayment(req.user, year, body.instalment);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return payment;
  }

  // Declared before `:instalment.pdf`, which would otherwise take "late-payment" as an instalment.
  @Get('imu/:year/late-payment.pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  @ApiUnprocessableEntityResponse({ description: 'As POST /late-payment.' })
  async latePaymentPdf(
    @Req() req: AuthenticatedRequest,
    @YearParam() year: number,
    @Query() query: LatePaymentDto,
  ) {
    return pdfFile(
      await this.imu.latePaymentPdf(req.user, year, query),
      `F24-IMU-${year}-${query.instalment}-ravvedimento-${query.paymentDate}.pdf`,
    );
  }

  @Get('imu/:year/:instalment.pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  @ApiNotFoundResponse({ description: 'An instalment other than acconto, saldo, unica.' })
  @ApiUnprocessableEntityResponse({ description: 'IMU_NOTHING_DUE, IMU_RATES_NOT_AVAILABLE' })
  async pdf(
    @Req() req: AuthenticatedRequest,
    @YearParam() year: number,
    @InstalmentParam() instalment: InstalmentName,
  ) {
    return pdfFile(
      await this.imu.pdf(req.user, year, toDomainInstalment(instalment)),
      `F24-IMU-${year}-${instalment}.pdf`,
    );
  }

  @Get('documents')
  @Authenticated()
  @ApiOkResponse({
    type: [F24DocumentView],
    description: 'The precompiled F24s the comune prepared for the caller.',
  })
  listDocuments(@Req() req: AuthenticatedRequest) {
    return this.documents.list(req.user);
  }

  @Get('documents/:id.pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF)
  @ApiNotFoundResponse({ description: "F24_DOCUMENT_NOT_FOUND (also for someone else's)." })
  async document(@Req() req: AuthenticatedRequest, @DocumentIdParam() id: string) {
    const { stream, filename } = await this.documents.open(req.user, id);
    return pdfFile(stream, filename);
  }
}
