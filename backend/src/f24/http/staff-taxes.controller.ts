import { Body, Controller, Get, Post, Put, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { FiscalCodeQuery } from '../../common/http/fiscal-code.pipe.js';
import { ImuRatesService } from '../services/imu-rates.service.js';
import { LegalInterestRatesService } from '../services/legal-interest-rates.service.js';
import { PropertyReadsService } from '../services/property-reads.service.js';
import { RegisterPropertyService } from '../services/register-property.service.js';
import {
  IdView,
  ImuRateCategoryView,
  ImuRatesView,
  LegalInterestRateView,
  PropertyView,
} from '../views/f24-views.js';
import { CreatePropertyDto } from './dto/create-property.dto.js';
import { PutImuRatesDto } from './dto/put-imu-rates.dto.js';
import { PutLegalInterestRateDto } from './dto/put-legal-interest-rate.dto.js';
import { LegalInterestYearParam, YearParam } from './f24-params.js';

type AuthenticatedRequest = { user: AuthUser };

/**
 * The taxes office (ufficio tributi): IMU rates per year, the legal interest rates of ravvedimento, and the
 * properties with their owners.
 */
@ApiTags('f24 (taxes office)')
@ApiForbiddenResponse({
  description: 'FORBIDDEN: the caller lacks the `taxes` role (or `admin`, for the legal interest rates).',
})
@Controller('staff/taxes')
export class StaffTaxesController {
  constructor(
    private readonly rates: ImuRatesService,
    private readonly legalInterest: LegalInterestRatesService,
    private readonly register: RegisterPropertyService,
    private readonly properties: PropertyReadsService,
  ) {}

  @Get('imu-rates')
  @Authenticated('taxes')
  @ApiOkResponse({ type: [ImuRatesView], description: 'Every year entered, newest first.' })
  listRates() {
    return this.rates.list();
  }

  @Get('imu-rate-categories')
  @Authenticated('taxes')
  @ApiOkResponse({
    type: [ImuRateCategoryView],
    description:
      'The rate categories of the catalogue with their labels and legal ranges (L. 160/2019 cc. 748-755), ' +
      'in the order of the form: the keys of `rates` in the rates views and requests.',
  })
  listRateCategories() {
    return this.rates.categories();
  }

  @Put('imu-rates/:year')
  @Authenticated('taxes')
  @ApiOkResponse({
    type: ImuRatesView,
    description: 'The rates of the year as stored; the change is audited.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'IMU_RATE_OUT_OF_RANGE (outside L. 160/2019), INVALID_DECIMAL, AMOUNT_OUT_OF_RANGE, INVALID_TAX_YEAR',
  })
  putRates(@Req() req: AuthenticatedRequest, @YearParam() year: number, @Body() body: PutImuRatesDto) {
    return this.rates.put(year, body, req.user);
  }

  @Get('legal-interest-rates')
  @Authenticated('taxes', 'admin')
  @ApiOkResponse({
    type: [LegalInterestRateView],
    description: 'Every year entered, newest first; a ravvedimento reaching a year not listed is refused.',
  })
  listLegalInterestRates() {
    return this.legalInterest.list();
  }

  @Put('legal-interest-rates/:year')
  @Authenticated('taxes', 'admin')
  @ApiOkResponse({
    type: LegalInterestRateView,
    description:
      "The year's legal interest rate (art. 1284 c.c.) as stored, from the December decree of the Ministry " +
      'of Economy; the change is audited with the previous value.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'INVALID_LEGAL_INTEREST_YEAR (outside 2000-2100), INVALID_LEGAL_INTEREST_RATE (not 0-99.999 with at most ' +
      'three decimals), REQUIRED_FIELD_MISSING / SOURCE_TOO_LONG (source)',
  })
  putLegalInterestRate(
    @Req() req: AuthenticatedRequest,
    @LegalInterestYearParam() year: number,
    @Body() body: PutLegalInterestRateDto,
  ) {
    return this.legalInterest.put(year, body, req.user);
  }

  @Post('properties')
  @Authenticated('taxes')
  @ApiCreatedResponse({
    type: IdView,
    description:
      'The property (or the stored one with the same cadastral reference, to which the owners are added).',
  })
  @ApiConflictResponse({
    description: 'PROPERTY_ALREADY_REGISTERED: same cadastral unit, other fiscal data.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'UNKNOWN_CADASTRAL_CATEGORY, AMOUNT_OUT_OF_RANGE (negative or absurd rendita), OWNERSHIP_SHARES_EXCEED_100 ' +
      '(with the stored owners), OWNERSHIP_PERIODS_OVERLAP, MAIN_RESIDENCE_NOT_UNIQUE, INVALID_FISCAL_CODE, ...',
  })
  createProperty(@Req() req: AuthenticatedRequest, @Body() body: CreatePropertyDto) {
    return this.register.register(body, req.user);
  }

  @Get('properties')
  @Authenticated('taxes')
  @ApiOkResponse({
    type: [PropertyView],
    description: 'Properties the person holds or held; the read is audited.',
  })
  listProperties(@Req() req: AuthenticatedRequest, @FiscalCodeQuery('owner') owner: string) {
    return this.properties.byOwner(owner, req.user);
  }
}
