import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FiscalCodeParam } from '../../common/http/fiscal-code.pipe.js';
import { Authenticated } from '../authorization/access.decorators.js';
import type { AuthUser } from '../authorization/roles.js';
import { UsersService } from '../users/users.service.js';
import { SetRolesDto } from './set-roles.dto.js';

@ApiTags('admin')
@Controller('admin/roles')
export class RolesController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authenticated('admin')
  @ApiOkResponse({ description: 'Every person holding a staff role, with their roles.' })
  list() {
    return this.users.listStaff();
  }

  @Put(':fiscalCode')
  @Authenticated('admin')
  @ApiOkResponse({ description: 'The roles now held (always including `resident`).' })
  async set(
    @FiscalCodeParam() fiscalCode: string,
    @Body() body: SetRolesDto,
    @Req() req: { user: AuthUser },
  ) {
    return { fiscalCode, roles: await this.users.setRoles(fiscalCode, body.roles, req.user) };
  }
}
