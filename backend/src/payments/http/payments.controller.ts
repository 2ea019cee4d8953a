import { Body, Controller, Get, Header, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, Public } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { pdfAttachment } from '../../common/http/pdf-attachment.js';
import { ResidentPaymentsService } from '../services/payment-documents.service.js';
import { ReceiptCallbackService } from '../services/receipt-callback.service.js';
import { StaffPaymentsService } from '../services/staff-payments.service.js';
import {
  PaymentItemView,
  PaymentListView,
  ReconciliationReportView,
  StaffPaymentListView,
} from '../views/payment-views.js';
import { PaymentIdParam } from './payment-id-param.js';
import { ReceiptCallbackDto } from './receipt-callback.dto.js';
import { ReconciliationQueryDto, StaffPaymentsQueryDto } from './staff-payments-query.dto.js';

type AuthenticatedRequest = { user: AuthUser };

/** The resident's pagoPA payments ("Pagamenti"), and the receipt callback of the pagoPA sandbox. */
@ApiTags('payments')
@Controller('payments')
export class PaymentsController {
  constructor(
    private readonly payments: ResidentPaymentsService,
    private readonly receipts: ReceiptCallbackService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The caller’s payments as payer: to pay first by due date, then the others' })
  @ApiOkResponse({ type: PaymentListView })
  list(@Req() req: AuthenticatedRequest) {
    return this.payments.list(req.user);
  }

  @Post('pagopa/receipts')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Receipt callback (pagoPA sandbox): confirmed with GPD before it is recorded; idempotent',
  })
  @ApiOkResponse({ description: '`{ recorded, paymentId }`: `recorded` false for a receipt already known.' })
  @ApiNotFoundResponse({ description: 'PAYMENT_POSITION_UNKNOWN: not a position of the portal (logged).' })
  @ApiUnprocessableEntityResponse({
    description: 'PAYMENT_RECEIPT_NOT_CONFIRMED: GPD does not report it paid.',
  })
  receipt(@Body() body: ReceiptCallbackDto) {
    return this.receipts.receive(body);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'One of the caller’s payments' })
  @ApiOkResponse({ type: PaymentItemView })
  @ApiNotFoundResponse({ description: 'PAYMENT_NOT_FOUND: unknown, or somebody else’s.' })
  get(@Req() req: AuthenticatedRequest, @PaymentIdParam() id: string) {
    return this.payments.get(req.user, id);
  }

  @Get(':id/notice.pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The avviso di pagamento (pagoPA QR code, Poste data matrix)' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'PAYMENT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PAYMENT_NOTICE_NOT_READY: still waiting for pagoPA.' })
  async notice(@Req() req: AuthenticatedRequest, @PaymentIdParam() id: string) {
    return pdfAttachment(await this.payments.notice(req.user, id));
  }

  @Get(':id/receipt.pdf')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'The receipt of a paid position' })
  @ApiProduces('application/pdf')
  @ApiNotFoundResponse({ description: 'PAYMENT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PAYMENT_NOT_PAID' })
  async receiptPdf(@Req() req: AuthenticatedRequest, @PaymentIdParam() id: string) {
    return pdfAttachment(await this.payments.receipt(req.user, id));
  }
}

/** The offices' payments and the reconciliation with pagoPA. */
@ApiTags('payments')
@Controller('staff/payments')
export class StaffPaymentsController {
  constructor(private readonly staff: StaffPaymentsService) {}

  @Get()
  @Authenticated('registry', 'taxes', 'permits', 'admin')
  @ApiOperation({ summary: 'Payments of the caller’s offices (registry: stamps, taxes: IMU, permits: fees)' })
  @ApiOkResponse({ type: StaffPaymentListView })
  list(@Req() req: AuthenticatedRequest, @Query() query: StaffPaymentsQueryDto) {
    return this.staff.list(req.user, query);
  }

  @Get('reconciliation')
  @Authenticated('registry', 'taxes', 'permits', 'admin')
  @ApiOperation({ summary: 'Differences between what pagoPA GPD reports paid and what the portal recorded' })
  @ApiOkResponse({ type: ReconciliationReportView })
  reconciliation(@Req() req: AuthenticatedRequest, @Query() query: ReconciliationQueryDto) {
    return this.staff.reconcile(req.user, query);
  }
}
