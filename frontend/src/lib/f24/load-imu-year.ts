import { ApiError } from '../api/api-error';
import { getImuYear, type ImuYear } from '../api/f24';

export type ImuYearResult =
  | { kind: 'ok'; imu: ImuYear }
  /** The backend's Italian explanation, e.g. the year has no rates yet. */
  | { kind: 'refused'; detail: string }
  | { kind: 'unavailable' };

/** The caller's IMU of a year for a page: a refusal or an outage is shown, a lost session goes to login. */
export async function loadImuYear(year: number): Promise<ImuYearResult> {
  try {
    return { kind: 'ok', imu: await getImuYear(year) };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    if (error.status === 422) return { kind: 'refused', detail: error.problem.detail };
    console.warn(`IMU unavailable (${error.status} ${error.problem.code})`);
    return { kind: 'unavailable' };
  }
}
