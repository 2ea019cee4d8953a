import { serverApi } from './api-fetch';
import { bodyOf } from './read-api-response';
import type { components } from './schema';

/** Backend module `appointments`: offices and free slots (public), one's own bookings, the offices' agenda. */

type Schemas = components['schemas'];

export type AppointmentOffice = Schemas['AppointmentOfficeView'];
export type AppointmentSlot = Schemas['AppointmentSlotView'];
export type Appointment = Schemas['AppointmentView'];
export type AppointmentAgenda = Schemas['AppointmentAgendaView'];
export type StaffAppointmentOffice = Schemas['StaffAppointmentOfficeView'];
export type OpeningPeriod = Schemas['AppointmentOpeningPeriodDto'];

export async function getAppointmentOffices(): Promise<AppointmentOffice[]> {
  return (await bodyOf(serverApi().GET('/api/appointments/offices'))).items;
}

/** Free slots of an office, `from`-`to` at most 31 days. */
export async function getFreeSlots(office: string, from: string, to: string): Promise<AppointmentSlot[]> {
  const query = { office, from, to };
  return (await bodyOf(serverApi().GET('/api/appointments/slots', { params: { query } }))).items;
}

export function bookAppointment(body: Schemas['BookAppointmentDto']): Promise<{ id: string }> {
  return bodyOf(serverApi().POST('/api/appointments', { body }));
}

export async function getMyAppointments(): Promise<Appointment[]> {
  return (await bodyOf(serverApi().GET('/api/appointments'))).items;
}

export function getMyAppointment(id: string): Promise<Appointment> {
  return bodyOf(serverApi().GET('/api/appointments/{id}', { params: { path: { id } } }));
}

export function moveAppointment(id: string, slotId: string): Promise<Appointment> {
  return bodyOf(serverApi().PATCH('/api/appointments/{id}', { params: { path: { id } }, body: { slotId } }));
}

export async function cancelAppointment(id: string): Promise<void> {
  await serverApi().DELETE('/api/appointments/{id}', { params: { path: { id } } });
}

/** The browser downloads the `.ics` through the frontend's `/api` proxy, with its session. */
export function appointmentCalendarHref(id: string): string {
  return `/api/appointments/${encodeURIComponent(id)}/calendar`;
}

export function getAgenda(office: string, date: string): Promise<AppointmentAgenda> {
  return bodyOf(serverApi().GET('/api/staff/appointments', { params: { query: { office, date } } }));
}

export async function getStaffAppointmentOffices(): Promise<StaffAppointmentOffice[]> {
  return (await bodyOf(serverApi().GET('/api/staff/appointments/offices'))).items;
}

export function putOfficeHours(
  id: string,
  body: Schemas['AppointmentOfficeHoursDto'],
): Promise<StaffAppointmentOffice> {
  return bodyOf(
    serverApi().PUT('/api/staff/appointments/offices/{id}/hours', { params: { path: { id } }, body }),
  );
}

export function addOfficeClosure(id: string, body: Schemas['AppointmentClosureDto']) {
  return bodyOf(
    serverApi().POST('/api/staff/appointments/offices/{id}/closures', { params: { path: { id } }, body }),
  );
}

export async function removeOfficeClosure(id: string, closureId: string): Promise<void> {
  await serverApi().DELETE('/api/staff/appointments/offices/{id}/closures/{closureId}', {
    params: { path: { id, closureId } },
  });
}
