import type { ImuRates } from './imu-types.js';

/**
 * The base rates of L. 160/2019 (cc. 748-754) for demo data, labelled 'demo': a real comune enters the
 * rates of its own resolution. Building land falls under c. 754 ("altri immobili"), hence 0,86.
 */
export function legalBaseImuRates(year: number): ImuRates {
  return {
    year,
    label: 'demo',
    mainResidence: '0.5',
    ruralInstrumental: '0.1',
    land: '0.76',
    buildingLand: '0.86',
    groupD: '0.86',
    otherBuildings: '0.86',
    mainResidenceDeduction: 20000,
    minimumAmount: 1200,
  };
}
