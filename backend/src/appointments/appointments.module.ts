import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Clock } from '../common/italian/clock.js';
import { appointmentsConfig } from '../config/app.config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AppointmentsController } from './http/appointments.controller.js';
import { StaffAppointmentsController } from './http/staff-appointments.controller.js';
import { AppointmentRepository } from './persistence/appointment-repository.js';
import { AppointmentNotifications } from './services/appointment-notifications.js';
import { AppointmentReadsService } from './services/appointment-reads.service.js';
import { AppointmentReminders } from './services/appointment-reminders.js';
import { AppointmentSlotsService } from './services/appointment-slots.service.js';
import { BookAppointmentService } from './services/book-appointment.service.js';
import { StaffAppointmentsService } from './services/staff-appointments.service.js';

/** Appointment booking (prenotazione appuntamenti): offices, free slots, bookings, agenda, reminders. */
@Module({
  imports: [NotificationsModule, ConfigModule.forFeature(appointmentsConfig)],
  controllers: [AppointmentsController, StaffAppointmentsController],
  providers: [
    Clock,
    AppointmentRepository,
    AppointmentNotifications,
    AppointmentSlotsService,
    AppointmentReadsService,
    BookAppointmentService,
    StaffAppointmentsService,
    AppointmentReminders,
  ],
})
export class AppointmentsModule {}
