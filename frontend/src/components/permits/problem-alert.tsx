import type { Problem } from '../../lib/api/api-error';

/** The backend's Italian explanation of a refused request. */
export function ProblemAlert({ problem }: { problem: Problem }) {
  return (
    <div className="alert alert-danger" role="alert">
      {problem.detail}
    </div>
  );
}
