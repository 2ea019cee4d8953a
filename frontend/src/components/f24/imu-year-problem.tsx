import type { ImuYearResult } from '../../lib/f24/load-imu-year';

/** Why a step of the IMU flow shows no figures: the backend's refusal (a year without rates) or an outage. */
export function ImuYearProblem({ result, unavailable }: { result: ImuYearResult; unavailable: string }) {
  if (result.kind === 'unavailable') {
    return (
      <div className="alert alert-warning" role="alert">
        {unavailable}
      </div>
    );
  }
  if (result.kind === 'refused') {
    return (
      <div className="alert alert-info" role="status">
        {result.detail}
      </div>
    );
  }
  return null;
}
