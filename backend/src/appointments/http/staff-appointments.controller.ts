import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { StaffAppointmentsService } from '../services/staff-appointments.service.js';
import {
  AppointmentAgendaView,
  AppointmentClosureView,
  StaffAppointmentOfficeListView,
  StaffAppointmentOfficeView,
} from '../views/appointment-views.js';
import { ClosureIdParam, OfficeIdParam } from './appointment-params.js';
import {
  AgendaQueryDto,
  AppointmentClosureDto,
  AppointmentOfficeHoursDto,
} from './dto/staff-appointments.dto.js';

type AuthenticatedRequest = { user: AuthUser };

/** The offices' clerks (registry, permits, taxes, each for its own office) and admins (all offices). */
@ApiTags('staff-appointments')
@Controller('staff/appointments')
export class StaffAppointmentsController {
  constructor(private readonly staff: StaffAppointmentsService) {}

  @Get()
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiOkResponse({
    type: AppointmentAgendaView,
    description: 'The day’s appointments of one office; the read is audited.',
  })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_OFFICE_NOT_FOUND: unknown, or not the caller’s office.' })
  agenda(@Req() req: AuthenticatedRequest, @Query() query: AgendaQueryDto) {
    return this.staff.agenda(req.user, query);
  }

  @Get('offices')
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiOkResponse({
    type: StaffAppointmentOfficeListView,
    description: 'The offices the caller manages, with closures.',
  })
  offices(@Req() req: AuthenticatedRequest) {
    return this.staff.offices(req.user);
  }

  @Put('offices/:id/hours')
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiOkResponse({
    type: StaffAppointmentOfficeView,
    description: 'Saved; booked appointments are kept as they are.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'APPOINTMENT_HOURS_INVALID: reversed or overlapping periods.',
  })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_OFFICE_NOT_FOUND.' })
  setHours(
    @Req() req: AuthenticatedRequest,
    @OfficeIdParam() id: string,
    @Body() dto: AppointmentOfficeHoursDto,
  ) {
    return this.staff.setHours(req.user, id, dto);
  }

  @Post('offices/:id/closures')
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiCreatedResponse({ type: AppointmentClosureView, description: 'The day has no free slots any more.' })
  @ApiConflictResponse({ description: 'APPOINTMENT_CLOSURE_EXISTS.' })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_OFFICE_NOT_FOUND.' })
  addClosure(
    @Req() req: AuthenticatedRequest,
    @OfficeIdParam() id: string,
    @Body() dto: AppointmentClosureDto,
  ) {
    return this.staff.addClosure(req.user, id, dto);
  }

  @Delete('offices/:id/closures/:closureId')
  @HttpCode(204)
  @Authenticated('registry', 'permits', 'taxes', 'admin')
  @ApiNoContentResponse({ description: 'The day is open again.' })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_CLOSURE_NOT_FOUND.' })
  async removeClosure(
    @Req() req: AuthenticatedRequest,
    @OfficeIdParam() id: string,
    @ClosureIdParam() closureId: string,
  ) {
    await this.staff.removeClosure(req.user, id, closureId);
  }
}
