import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from '../common/italian/clock.js';
import { appConfig, municipalityConfig, paymentsConfig } from '../config/app.config.js';
import { GpdPaymentGateway } from './gateway/gpd-payment-gateway.js';
import { PaymentGateway } from './gateway/payment-gateway.js';
import { PaymentsController, StaffPaymentsController } from './http/payments.controller.js';
import { PaymentPosition } from './persistence/payment-position.entity.js';
import { PaymentPositionRepository } from './persistence/payment-position.repository.js';
import { ResidentPaymentsService } from './services/payment-documents.service.js';
import { PaymentHandlers } from './services/payment-handlers.service.js';
import { PaymentsService } from './services/payments.service.js';
import { PaymentsWorker } from './services/payments-worker.js';
import { ReceiptCallbackService } from './services/receipt-callback.service.js';
import { ReconciliationService } from './services/reconciliation.service.js';
import { StaffPaymentsService } from './services/staff-payments.service.js';

/**
 * pagoPA payments: debt positions on GPD, their notices and receipts. Modules ask for a payment with
 * `PaymentsService.requestPayment` and register what happens once paid with `PaymentHandlers.register`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([PaymentPosition]),
    ConfigModule.forFeature(paymentsConfig),
    ConfigModule.forFeature(municipalityConfig),
    ConfigModule.forFeature(appConfig),
  ],
  controllers: [PaymentsController, StaffPaymentsController],
  providers: [
    { provide: PaymentGateway, useClass: GpdPaymentGateway },
    Clock,
    PaymentPositionRepository,
    PaymentHandlers,
    PaymentsService,
    ResidentPaymentsService,
    StaffPaymentsService,
    ReceiptCallbackService,
    ReconciliationService,
    PaymentsWorker,
  ],
  exports: [PaymentsService, PaymentHandlers],
})
export class PaymentsModule {}
