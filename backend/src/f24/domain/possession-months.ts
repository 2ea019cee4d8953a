import type { DatePeriod } from './imu-types.js';
import { daysInMonth, isoDate, italianMonthName, toDayNumber } from './iso-date.js';

export interface MonthCoverage {
  monthDays: number;
  /** Days of the month inside the periods (overlaps counted once). */
  days: number;
  /** The last day of the month is covered: on equal halves, this side is the acquirer's. */
  includesLastDay: boolean;
}

export function monthCoverage(periods: readonly DatePeriod[], year: number, month: number): MonthCoverage {
  const monthDays = daysInMonth(year, month);
  const first = toDayNumber(isoDate(year, month, 1));
  const last = first + monthDays - 1;
  const clipped = periods
    .map((p): [number, number] => [
      Math.max(first, toDayNumber(p.from)),
      Math.min(last, p.to === undefined ? last : toDayNumber(p.to)),
    ])
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let days = 0;
  let coveredUpTo = first - 1;
  for (const [from, to] of clipped) {
    const start = Math.max(from, coveredUpTo + 1);
    if (to >= start) days += to - start + 1;
    coveredUpTo = Math.max(coveredUpTo, to);
  }
  return { monthDays, days, includesLastDay: coveredUpTo === last };
}

/**
 * L. 160/2019 art. 1 c. 761: a month counts when possessed for more than half of its days; the day of
 * transfer counts for the acquirer, and on equal halves the month goes to the acquirer. With inclusive
 * periods the acquirer is the side holding the last day of the month, so a month never counts for both.
 * A holder who neither starts nor ends the month and has exactly half of it (bought and resold within the
 * month) does not get it.
 */
export function monthCounts(coverage: MonthCoverage): boolean {
  const twice = 2 * coverage.days;
  return twice > coverage.monthDays || (twice === coverage.monthDays && coverage.includesLastDay);
}

/** The months (1-12) of `year` that count for these periods. */
export function countedMonths(periods: readonly DatePeriod[], year: number): number[] {
  const months: number[] = [];
  for (let month = 1; month <= 12; month++) {
    if (monthCounts(monthCoverage(periods, year, month))) months.push(month);
  }
  return months;
}

/** [1,2,3,6] → 'gennaio-marzo, giugno'. */
export function describeMonths(months: readonly number[]): string {
  const runs: Array<[number, number]> = [];
  for (const month of [...months].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && run[1] === month - 1) run[1] = month;
    else runs.push([month, month]);
  }
  return runs
    .map(([from, to]) =>
      from === to ? italianMonthName(from) : `${italianMonthName(from)}-${italianMonthName(to)}`,
    )
    .join(', ');
}
