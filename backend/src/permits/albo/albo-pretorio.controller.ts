import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/authorization/access.decorators.js';
import { AlboArchiveQueryDto } from './albo-archive-query.dto.js';
import { AlboPretorioService } from './albo-pretorio.service.js';
import { AlboArchivePageView, AlboEntryView } from './albo-views.js';

/**
 * Public: the permessi di costruire on the albo pretorio (15 days) and the archive of granted permits. Not
 * cacheable like every API answer: it names people, and a publication that ends must disappear at once.
 */
@ApiTags('albo-pretorio')
@Controller('public/albo-pretorio')
export class AlboPretorioController {
  constructor(private readonly albo: AlboPretorioService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: [AlboEntryView], description: 'Granted in the last 15 days, newest first.' })
  current() {
    return this.albo.current();
  }

  @Get('archivio')
  @Public()
  @ApiOkResponse({ type: AlboArchivePageView })
  archive(@Query() query: AlboArchiveQueryDto) {
    return this.albo.archive({
      address: query.address,
      year: query.year,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  }
}
