import { addDays, dayOfWeek, formatIsoDate, type IsoDate } from './civil-date.js';

function isoDate(year: number, month: number, day: number): IsoDate {
  return formatIsoDate({ year, month, day });
}

/**
 * Italian national public holidays (L. 260/1949 art. 2 as in force, L. 54/1977, D.P.R. 792/1985,
 * L. 336/2000 for 2 June, L. 151/2025 for 4 October from 2026), valid from 2001 on. Local patron saints'
 * days are not national holidays and do not move tax deadlines.
 */

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

export interface ItalianHoliday {
  date: IsoDate;
  name: string;
}

const FIXED_HOLIDAYS: ReadonlyArray<{ month: number; day: number; name: string; since?: number }> = [
  { month: 1, day: 1, name: 'Capodanno' },
  { month: 1, day: 6, name: 'Epifania' },
  { month: 4, day: 25, name: 'Festa della Liberazione' },
  { month: 5, day: 1, name: 'Festa del Lavoro' },
  { month: 6, day: 2, name: 'Festa della Repubblica' },
  { month: 8, day: 15, name: 'Assunzione (Ferragosto)' },
  { month: 10, day: 4, name: "San Francesco d'Assisi, patrono d'Italia", since: 2026 },
  { month: 11, day: 1, name: 'Ognissanti' },
  { month: 12, day: 8, name: 'Immacolata Concezione' },
  { month: 12, day: 25, name: 'Natale' },
  { month: 12, day: 26, name: 'Santo Stefano' },
];

// One-off national holiday: 150th anniversary of the unification (D.L. 5/2011).
const ONE_OFF_HOLIDAYS: readonly ItalianHoliday[] = [
  { date: '2011-03-17', name: "150° anniversario dell'Unità d'Italia" },
];

/** The national holidays of `year`, in date order. */
export function italianNationalHolidays(year: number): ItalianHoliday[] {
  const easter = easterSunday(year);
  const holidays: ItalianHoliday[] = [
    ...FIXED_HOLIDAYS.filter((h) => h.since === undefined || year >= h.since).map((h) => ({
      date: isoDate(year, h.month, h.day),
      name: h.name,
    })),
    { date: easter, name: 'Pasqua' },
    { date: addDays(easter, 1), name: "Lunedì dell'Angelo (Pasquetta)" },
    ...ONE_OFF_HOLIDAYS.filter((h) => Number(h.date.slice(0, 4)) === year),
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

export function isItalianNationalHoliday(date: IsoDate): boolean {
  return italianNationalHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** Saturdays count as non-working for tax deadlines (D.L. 70/2011 art. 7 c. 2 lett. l). */
export function isItalianWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isItalianNationalHoliday(date);
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextItalianWorkingDay(date: IsoDate): IsoDate {
  let candidate = date;
  while (!isItalianWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}
