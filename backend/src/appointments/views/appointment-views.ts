import { ApiProperty } from '@nestjs/swagger';

export class AppointmentOpeningPeriodView {
  @ApiProperty({ description: '1 = Monday ... 7 = Sunday.' }) weekday: number;
  @ApiProperty({ example: '09:00' }) opens: string;
  @ApiProperty({ example: '12:30' }) closes: string;
}

export class AppointmentOfficeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: [String], description: 'What one may book this office for.' }) reasons: string[];
  @ApiProperty({ type: [AppointmentOpeningPeriodView] }) hours: AppointmentOpeningPeriodView[];
  @ApiProperty() slotMinutes: number;
}

export class AppointmentOfficeListView {
  @ApiProperty({ type: [AppointmentOfficeView] }) items: AppointmentOfficeView[];
}

export class AppointmentSlotView {
  @ApiProperty({ description: 'Pass it to `POST /api/appointments`.' }) id: string;
  @ApiProperty({ example: '2026-12-09' }) date: string;
  @ApiProperty({ example: '09:15', description: 'Europe/Rome.' }) time: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

export class AppointmentSlotListView {
  @ApiProperty({ format: 'uuid' }) office: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [AppointmentSlotView], description: 'Free slots only, in time order.' })
  items: AppointmentSlotView[];
}

export class AppointmentCreatedView {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class AppointmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) officeId: string;
  @ApiProperty() officeName: string;
  @ApiProperty() officeAddress: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: '2026-12-09' }) date: string;
  @ApiProperty({ example: '09:15' }) time: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['booked', 'cancelled'] }) status: 'booked' | 'cancelled';
  @ApiProperty({ description: 'Booked and still ahead: it can be moved or cancelled.' }) changeable: boolean;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty() fiscalCode: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class AppointmentListView {
  @ApiProperty({ type: [AppointmentView] }) items: AppointmentView[];
}

export class AppointmentClosureView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-12-24' }) date: string;
  @ApiProperty() reason: string;
}

export class StaffAppointmentOfficeView extends AppointmentOfficeView {
  @ApiProperty({ description: 'Residents received at once per slot.' }) capacity: number;
  @ApiProperty({ type: [AppointmentClosureView], description: 'Closures from today on.' })
  closures: AppointmentClosureView[];
}

export class StaffAppointmentOfficeListView {
  @ApiProperty({ type: [StaffAppointmentOfficeView] }) items: StaffAppointmentOfficeView[];
}

export class AppointmentAgendaView {
  @ApiProperty({ type: AppointmentOfficeView }) office: AppointmentOfficeView;
  @ApiProperty({ example: '2026-12-09' }) date: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the office is closed that day, if it is.' })
  closedBecause: string | null;
  @ApiProperty({ type: [AppointmentView] }) items: AppointmentView[];
}
