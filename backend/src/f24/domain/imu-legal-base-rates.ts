import { perImuRateCategory } from './imu-rate-categories.js';
import type { ImuRates } from './imu-types.js';

/**
 * The base rates of L. 160/2019 (cc. 748-754) for demo data, labelled 'demo': a real comune enters the
 * rates of its own resolution.
 */
export function legalBaseImuRates(year: number): ImuRates {
  return {
    year,
    label: 'demo',
    ...perImuRateCategory((category) => category.base),
    mainResidenceDeduction: 20000,
    minimumAmount: 1200,
  };
}
