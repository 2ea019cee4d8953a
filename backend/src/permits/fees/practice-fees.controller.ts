import { Body, Controller, Get, Post, Put, Req } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { PracticeIdParam } from '../http/permit-params.js';
import { CreateChargeDto, PutFeeTariffsDto } from './practice-fees.dto.js';
import { PracticeFeesService } from './practice-fees.service.js';
import { FeeTariffListView, PracticeChargeView } from './practice-fees.views.js';

type AuthenticatedRequest = { user: AuthUser };

/** Diritti di segreteria: the tariff per practice type and the charges set on a practice. */
@ApiTags('permits (staff)')
@ApiForbiddenResponse({ description: 'FORBIDDEN: the caller lacks the `permits` role.' })
@Controller('staff/permits')
export class PracticeFeesController {
  constructor(private readonly fees: PracticeFeesService) {}

  @Get('fee-tariffs')
  @Authenticated('permits')
  @ApiOkResponse({ type: FeeTariffListView })
  tariffs() {
    return this.fees.tariffs();
  }

  @Put('fee-tariffs')
  @Authenticated('permits')
  @ApiOkResponse({ type: FeeTariffListView, description: 'The tariffs after the change (audited).' })
  @ApiUnprocessableEntityResponse({ description: 'FEE_TARIFF_DUPLICATE, FEE_TARIFF_AMOUNT_INVALID' })
  putTariffs(@Req() req: AuthenticatedRequest, @Body() body: PutFeeTariffsDto) {
    return this.fees.putTariffs(req.user, body);
  }

  @Post(':id/charges')
  @Authenticated('permits')
  @ApiCreatedResponse({ type: PracticeChargeView, description: 'Payable by the titolare through pagoPA.' })
  @ApiNotFoundResponse({ description: 'PRACTICE_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'FEE_TARIFF_MISSING, CHARGE_TERMS_REQUIRED, CHARGE_AMOUNT_INVALID, PAYMENT_AMOUNT_INVALID',
  })
  createCharge(
    @Req() req: AuthenticatedRequest,
    @PracticeIdParam() id: string,
    @Body() body: CreateChargeDto,
  ) {
    return this.fees.createCharge(req.user, id, body);
  }
}
