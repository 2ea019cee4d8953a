import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Environment } from './env.js';
import { type ConfigurationProblem, productionProblems } from './production-rules.js';
import { registrySourceProblems } from './registry-source-rules.js';

/**
 * Validates `source` (normally `process.env`), throwing one error that names every bad variable: malformed
 * values and, with `NODE_ENV=production`, everything meant for development only (production-rules.ts).
 */
export function validateEnvironment(source: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const env = plainToInstance(Environment, defined, {
    enableImplicitConversion: true,
    exposeDefaultValues: true,
  });
  const problems: ConfigurationProblem[] = validateSync(env, { skipMissingProperties: false }).map(
    (error) => ({
      variable: error.property,
      reason: Object.values(error.constraints ?? {}).join('; '),
    }),
  );
  const invalid = new Set(problems.map((problem) => problem.variable));
  for (const problem of [...productionProblems(env, defined), ...registrySourceProblems(env)]) {
    if (!invalid.has(problem.variable)) problems.push(problem);
  }
  if (problems.length > 0) {
    const lines = problems.map(({ variable, reason }) =>
      variable in defined
        ? `  ${variable}=${JSON.stringify(defined[variable])}: ${reason}`
        : `  ${variable} (unset): ${reason}`,
    );
    throw new Error(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  return env;
}
