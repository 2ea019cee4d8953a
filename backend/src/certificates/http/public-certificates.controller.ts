import { Controller, Get, Header, Param, Query, UseGuards } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../../auth/authorization/access.decorators.js';
import { VerifyCertificateService } from '../services/verify-certificate.service.js';
import { CertificateVerificationView } from '../views/certificate-views.js';
import { VerifyQueryDto } from './dto/verify-query.dto.js';

/** What anyone holding a printed certificate may check, without logging in. Rate-limited per client. */
@ApiTags('public')
@Controller('public/certificates')
@UseGuards(ThrottlerGuard)
export class PublicCertificatesController {
  constructor(private readonly verification: VerifyCertificateService) {}

  @Get(':code')
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Verify a certificate by its code, and its QR seal when `s` is given' })
  @ApiOkResponse({ type: CertificateVerificationView })
  @ApiNotFoundResponse({
    description: 'CERTIFICATE_CODE_NOT_FOUND: unknown and malformed codes get the same answer.',
  })
  @ApiTooManyRequestsResponse({ description: 'TOO_MANY_REQUESTS, with Retry-After in seconds.' })
  verify(@Param('code') code: string, @Query() query: VerifyQueryDto) {
    return this.verification.verify(code, query.s);
  }
}
