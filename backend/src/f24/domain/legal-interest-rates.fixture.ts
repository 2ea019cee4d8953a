import type { LegalInterestRates } from './imu-types.js';

/**
 * The legal interest rates of the decrees of the Ministry of Economy up to 2026 (art. 1284 c.c.), in
 * percent per year, for the tests of the rules (2024: D.M. 29/11/2023; 2025: D.M. 10/12/2024; 2026:
 * D.M. 10/12/2025). The application reads them from the database, where the taxes office enters each new
 * year and migration 1765000200000 put these as initial data.
 */
export const ITALIAN_LEGAL_INTEREST_RATES: LegalInterestRates = {
  2015: '0.5',
  2016: '0.2',
  2017: '0.1',
  2018: '0.3',
  2019: '0.8',
  2020: '0.05',
  2021: '0.01',
  2022: '1.25',
  2023: '5',
  2024: '2.5',
  2025: '2',
  2026: '1.6',
};
