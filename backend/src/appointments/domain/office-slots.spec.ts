import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { bookableSlot, checkRange, officeSlots } from './office-slots.js';
import { romeInstant, romeWallClock } from './rome-time.js';
import { parseSlotId } from './slot-id.js';
import { checkWeeklyHours, slotTimes } from './weekly-hours.js';

const OFFICE = {
  id: '0b7c3a52-9f0e-4d8e-8a55-6d1f0c2b9e11',
  weeklyHours: [
    { weekday: 1, opens: '09:00', closes: '10:00' },
    { weekday: 3, opens: '14:00', closes: '15:00' },
  ],
  slotMinutes: 20,
  capacity: 2,
};
const LONG_AGO = new Date('2000-01-01T00:00:00Z');

describe('office slots', () => {
  it('should read Italian wall-clock times in winter and in summer time', () => {
    expect(romeInstant('2026-12-07', '09:00').toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(romeInstant('2026-07-06', '09:00').toISOString()).toBe('2026-07-06T07:00:00.000Z');
    // The Monday after the clocks moved forward (29 March 2026).
    expect(romeInstant('2026-03-30', '09:00').toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(romeWallClock(new Date('2026-10-26T08:00:00Z'))).toEqual({ date: '2026-10-26', time: '09:00' });
  });

  it('should cut the hours into whole slots only', () => {
    expect(slotTimes(OFFICE.weeklyHours, 1, 20)).toEqual(['09:00', '09:20', '09:40']);
    expect(slotTimes(OFFICE.weeklyHours, 1, 25)).toEqual(['09:00', '09:25']);
    expect(slotTimes(OFFICE.weeklyHours, 2, 20)).toEqual([]);
  });

  it('should skip national holidays, closures and days without hours, and count free seats', () => {
    // Monday 7 and Wednesday 9 December 2026; 8 December (Immacolata) is a Tuesday anyway.
    const taken = new Map([[romeInstant('2026-12-07', '09:20').getTime(), 2]]);
    const slots = officeSlots(
      OFFICE,
      { from: '2026-12-06', to: '2026-12-13' },
      new Set(['2026-12-09']),
      taken,
      LONG_AGO,
    );
    expect(slots.map((slot) => `${slot.date} ${slot.time} ${slot.free}`)).toEqual([
      '2026-12-07 09:00 2',
      '2026-12-07 09:20 0',
      '2026-12-07 09:40 2',
    ]);
    expect(parseSlotId(slots[0].id)).toEqual({ officeId: OFFICE.id, date: '2026-12-07', time: '09:00' });
    // Monday 6 April 2026 is Easter Monday.
    expect(
      officeSlots(OFFICE, { from: '2026-04-06', to: '2026-04-06' }, new Set(), new Map(), LONG_AGO),
    ).toEqual([]);
  });

  it('should refuse past slots, times off the grid and closed days', () => {
    const ref = { officeId: OFFICE.id, date: '2026-12-07', time: '09:20' };
    expect(bookableSlot(OFFICE, ref, new Set(), LONG_AGO).startsAt.toISOString()).toBe(
      '2026-12-07T08:20:00.000Z',
    );
    const refusals = [
      () => bookableSlot(OFFICE, ref, new Set(), new Date('2026-12-07T08:20:00Z')),
      () => bookableSlot(OFFICE, { ...ref, time: '09:10' }, new Set(), LONG_AGO),
      () => bookableSlot(OFFICE, ref, new Set(['2026-12-07']), LONG_AGO),
      () => bookableSlot(OFFICE, { ...ref, date: '2026-12-08' }, new Set(), LONG_AGO),
    ];
    for (const refusal of refusals) expect(refusal).toThrow(DomainError);
  });

  it('should bound the range of days and refuse days that do not exist', () => {
    expect(checkRange('2026-12-01', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(() => checkRange('2026-12-01', '2027-01-01')).toThrow(/31 giorni/);
    expect(() => checkRange('2026-12-05', '2026-12-04')).toThrow(DomainError);
    expect(() => checkRange('2026-02-30', '2026-03-01')).toThrow(DomainError);
  });

  it('should refuse overlapping or reversed opening hours', () => {
    expect(() => checkWeeklyHours([{ weekday: 1, opens: '10:00', closes: '09:00' }])).toThrow(DomainError);
    expect(() =>
      checkWeeklyHours([
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '11:00', closes: '13:00' },
      ]),
    ).toThrow(/sovrappongono/);
    expect(() => checkWeeklyHours([{ weekday: 8, opens: '09:00', closes: '12:00' }])).toThrow(DomainError);
    expect(() => checkWeeklyHours([{ weekday: 1, opens: '24:00', closes: '25:00' }])).toThrow(DomainError);
  });

  it('should refuse slot ids that are not a real day of an office', () => {
    expect(parseSlotId(`${OFFICE.id}.2026-02-30T09:00`)).toBeNull();
    expect(parseSlotId(`${OFFICE.id}.2026-02-03T9:00`)).toBeNull();
    expect(parseSlotId('x\u0000')).toBeNull();
  });
});

describe('office slots under arbitrary input', () => {
  it('should read back every slot id it writes, and refuse or read any other text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const ref = parseSlotId(text);
        if (ref) expect(parseSlotId(`${ref.officeId}.${ref.date}T${ref.time}`)).toEqual(ref);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (hour, minute) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const ref = parseSlotId(`${OFFICE.id}.2026-12-07T${time}`);
        expect(ref?.time).toBe(time);
      }),
    );
  }, 20_000);

  it('should answer any week of hours with sorted periods or a DomainError naming a field', () => {
    const time = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc
        .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    );
    const period = fc.record({ weekday: fc.integer({ min: -1, max: 9 }), opens: time, closes: time });
    fc.assert(
      fc.property(fc.array(period, { maxLength: 10 }), (periods) => {
        try {
          const sorted = checkWeeklyHours(periods);
          for (const weekday of [1, 2, 3, 4, 5, 6, 7])
            expect(slotTimes(sorted, weekday, 15).length).toBeLessThan(97);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).field).toMatch(/^hours\.\d+\.(weekday|opens|closes)$/);
        }
      }),
    );
  });
});
