import { Controller, Get, Inject } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/authorization/access.decorators.js';
import { municipalityConfig } from '../config/app.config.js';
import { MunicipalityView } from './municipality.view.js';

@ApiTags('public')
@Controller('public/municipality')
export class MunicipalityController {
  constructor(
    @Inject(municipalityConfig.KEY) private readonly municipality: ConfigType<typeof municipalityConfig>,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: MunicipalityView,
    description: "The comune's identity: name, cadastral code, province, logo and contacts.",
  })
  get(): MunicipalityView {
    return this.municipality;
  }
}
