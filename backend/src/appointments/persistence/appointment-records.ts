import type { OpeningPeriod } from '../domain/weekly-hours.js';

export type OfficeStaffRole = 'registry' | 'permits' | 'taxes';

export interface OfficeRecord {
  id: string;
  name: string;
  address: string;
  email: string | null;
  phone: string | null;
  reasons: string[];
  weeklyHours: OpeningPeriod[];
  slotMinutes: number;
  capacity: number;
  /** The staff role whose clerks see the agenda and set the hours of this office (admins see all). */
  staffRole: OfficeStaffRole;
}

export interface ClosureRecord {
  id: string;
  officeId: string;
  date: string;
  reason: string;
}

export interface AppointmentRecord {
  id: string;
  officeId: string;
  officeName: string;
  officeAddress: string;
  officeEmail: string | null;
  startsAt: Date;
  endsAt: Date;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  reason: string;
  status: 'booked' | 'cancelled';
  sequence: number;
  createdAt: Date;
}

/** Who books: the resident's identity from the session, and the contacts they confirmed. */
export interface BookingPerson {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
}
