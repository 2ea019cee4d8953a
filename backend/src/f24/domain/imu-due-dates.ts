import { nextItalianWorkingDay } from '../../common/calendar/italian-holidays.js';
import { type IsoDate, isoDate } from './iso-date.js';

export interface ImuDueDates {
  /** Acconto, and the single payment of the whole year: 16 June. */
  firstInstalment: IsoDate;
  /** Saldo: 16 December. */
  balance: IsoDate;
}

/**
 * L. 160/2019 art. 1 c. 762, moved to the next working day when 16 June or 16 December falls on a Saturday,
 * a Sunday or a national holiday (D.L. 70/2011 art. 7 c. 2 lett. l).
 */
export function imuDueDates(year: number): ImuDueDates {
  return {
    firstInstalment: nextItalianWorkingDay(isoDate(year, 6, 16)),
    balance: nextItalianWorkingDay(isoDate(year, 12, 16)),
  };
}
