import { describe, expect, it } from 'vitest';
import { appointmentCalendar } from './appointment-calendar.js';
import { romeInstant } from './rome-time.js';

/** Unfolds RFC 5545 lines and reads the properties of the VEVENT. */
function parseEvent(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('END:VEVENT'));
  return new Map(
    event.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).split(';')[0], line.slice(colon + 1)] as [string, string];
    }),
  );
}

const BASE = {
  id: '7d0f0a4e-2b7e-4d7e-9a51-0c7a3b1d2e3f',
  startsAt: romeInstant('2026-12-09', '09:15'),
  endsAt: romeInstant('2026-12-09', '09:30'),
  sequence: 0,
  cancelled: false,
  title: 'Appuntamento: Servizi demografici',
  description: 'Motivo: carta d’identità elettronica',
  location: 'Piazza XXV Aprile 1, Spino d’Adda',
  organizer: { name: 'Comune di Spino d’Adda', email: 'anagrafe@example.it' },
  attendee: { name: 'Maria Rossi', email: 'maria@example.it' },
};

describe('appointment calendar file', () => {
  it('should carry the Rome time as UTC, a stable UID and METHOD:REQUEST', () => {
    const ics = appointmentCalendar(BASE, 'portale.example.it');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('METHOD:REQUEST');
    const event = parseEvent(ics);
    // 09:15 in Rome in December is 08:15 UTC.
    expect(event.get('DTSTART')).toBe('20261209T081500Z');
    expect(event.get('DTEND')).toBe('20261209T083000Z');
    expect(event.get('UID')).toBe(`appointment-${BASE.id}@portale.example.it`);
    expect(event.get('STATUS')).toBe('CONFIRMED');
    expect(event.get('LOCATION')).toContain('Piazza XXV Aprile 1');
  });

  it('should keep the UID and announce the cancellation with a higher sequence', () => {
    const first = parseEvent(appointmentCalendar(BASE, 'portale.example.it'));
    const cancelled = appointmentCalendar({ ...BASE, cancelled: true, sequence: 2 }, 'portale.example.it');
    expect(cancelled).toContain('METHOD:CANCEL');
    const event = parseEvent(cancelled);
    expect(event.get('UID')).toBe(first.get('UID'));
    expect(event.get('STATUS')).toBe('CANCELLED');
    expect(event.get('SEQUENCE')).toBe('2');
  });

  it('should write summer appointments two hours behind in UTC', () => {
    const ics = appointmentCalendar(
      { ...BASE, startsAt: romeInstant('2027-06-14', '09:00'), endsAt: romeInstant('2027-06-14', '09:15') },
      'portale.example.it',
    );
    expect(parseEvent(ics).get('DTSTART')).toBe('20270614T070000Z');
  });
});
