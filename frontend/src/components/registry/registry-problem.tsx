import type { Problem } from '../../lib/api/api-error';

/** The backend's Italian explanation of why registry data cannot be shown. */
export function RegistryProblem({ problem }: { problem: Problem }) {
  return (
    <div className="alert alert-warning" role="alert">
      {problem.detail}
    </div>
  );
}
