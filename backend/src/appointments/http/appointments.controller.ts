import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Authenticated, Public } from '../../auth/authorization/access.decorators.js';
import type { AuthUser } from '../../auth/authorization/roles.js';
import { AppointmentReadsService } from '../services/appointment-reads.service.js';
import { AppointmentSlotsService } from '../services/appointment-slots.service.js';
import { BookAppointmentService } from '../services/book-appointment.service.js';
import {
  AppointmentCreatedView,
  AppointmentListView,
  AppointmentOfficeListView,
  AppointmentSlotListView,
  AppointmentView,
} from '../views/appointment-views.js';
import { AppointmentIdParam } from './appointment-params.js';
import { BookAppointmentDto, MoveAppointmentDto, SlotQueryDto } from './dto/appointment.dto.js';

type AuthenticatedRequest = { user: AuthUser };

/** Appointment booking: offices and free slots for everyone, booking and one's own appointments after login. */
@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly slots: AppointmentSlotsService,
    private readonly booking: BookAppointmentService,
    private readonly reads: AppointmentReadsService,
  ) {}

  @Get('offices')
  @Public()
  @ApiOkResponse({
    type: AppointmentOfficeListView,
    description: 'The offices that receive by appointment, with their hours.',
  })
  offices() {
    return this.slots.offices();
  }

  @Get('slots')
  @Public()
  @ApiOkResponse({
    type: AppointmentSlotListView,
    description: 'The free slots of an office between two days.',
  })
  @ApiBadRequestResponse({
    description: 'APPOINTMENT_RANGE_INVALID: not two days in order, or more than 31 days.',
  })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_OFFICE_NOT_FOUND.' })
  freeSlots(@Query() query: SlotQueryDto) {
    return this.slots.freeSlots(query);
  }

  @Post()
  @Authenticated()
  @ApiCreatedResponse({
    type: AppointmentCreatedView,
    description: 'Booked; the confirmation is on its way.',
  })
  @ApiConflictResponse({
    description: 'APPOINTMENT_SLOT_TAKEN: someone booked the slot first; APPOINTMENT_LIMIT_REACHED.',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'APPOINTMENT_SLOT_NOT_AVAILABLE (past, closed, off the hours); APPOINTMENT_REASON_NOT_OFFERED.',
  })
  book(@Req() req: AuthenticatedRequest, @Body() dto: BookAppointmentDto) {
    return this.booking.book(req.user, dto);
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: AppointmentListView, description: 'The caller’s appointments, upcoming first.' })
  mine(@Req() req: AuthenticatedRequest) {
    return this.reads.mine(req.user);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: AppointmentView })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_NOT_FOUND: unknown, or someone else’s.' })
  one(@Req() req: AuthenticatedRequest, @AppointmentIdParam() id: string) {
    return this.reads.one(req.user, id);
  }

  @Get(':id/calendar')
  @Authenticated()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The `.ics` file of the appointment (METHOD:CANCEL once cancelled).' })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_NOT_FOUND.' })
  async calendar(@Req() req: AuthenticatedRequest, @AppointmentIdParam() id: string) {
    const ics = await this.reads.calendarFile(req.user, id);
    return new StreamableFile(Buffer.from(ics, 'utf8'), {
      type: 'text/calendar; charset=utf-8',
      disposition: 'attachment; filename="appuntamento.ics"',
    });
  }

  @Patch(':id')
  @Authenticated()
  @ApiOkResponse({ type: AppointmentView, description: 'Moved: the old slot is free, the new one is held.' })
  @ApiConflictResponse({
    description: 'APPOINTMENT_SLOT_TAKEN (the old slot is kept); APPOINTMENT_ALREADY_PAST.',
  })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_NOT_FOUND.' })
  move(@Req() req: AuthenticatedRequest, @AppointmentIdParam() id: string, @Body() dto: MoveAppointmentDto) {
    return this.booking.move(req.user, id, dto.slotId);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse({ description: 'Cancelled: the slot is free again.' })
  @ApiConflictResponse({ description: 'APPOINTMENT_ALREADY_PAST: past or already cancelled.' })
  @ApiNotFoundResponse({ description: 'APPOINTMENT_NOT_FOUND.' })
  async cancel(@Req() req: AuthenticatedRequest, @AppointmentIdParam() id: string) {
    await this.booking.cancel(req.user, id);
  }
}
