import { describe, expect, it } from 'vitest';
import { imuDueDates } from './imu-due-dates.js';

describe('imuDueDates', () => {
  it('should move the 2024 acconto from Sunday 16 June to Monday 17 June', () => {
    expect(imuDueDates(2024).firstInstalment).toBe('2024-06-17');
    expect(imuDueDates(2024).balance).toBe('2024-12-16');
  });

  it('should move a saldo falling on Saturday 16 December to Monday 18 December', () => {
    expect(imuDueDates(2023).balance).toBe('2023-12-18');
    expect(imuDueDates(2028).balance).toBe('2028-12-18');
  });

  it('should move a saldo falling on Sunday 16 December 2029 to Monday 17 December', () => {
    expect(imuDueDates(2029).balance).toBe('2029-12-17');
  });

  it('should keep 16 June and 16 December when they are working days', () => {
    expect(imuDueDates(2025)).toEqual({ firstInstalment: '2025-06-16', balance: '2025-12-16' });
  });
});
