import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/authorization/access.decorators.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'The process is alive (liveness). Does not touch the database.' })
  liveness() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOkResponse({ description: 'The portal can serve requests: the database answers.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer within 1.5 s.' })
  readiness() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1_500 })]);
  }
}
