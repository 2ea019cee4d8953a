/** One entry of `metadata_policy.<entity type>`: the OpenID Federation operators. */
export interface PolicyOperators {
  value?: unknown;
  add?: unknown;
  default?: unknown;
  one_of?: unknown[];
  subset_of?: unknown[];
  superset_of?: unknown[];
  essential?: boolean;
}

export class MetadataPolicyError extends Error {
  override readonly name = 'MetadataPolicyError';
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function sameJson(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function includes(list: unknown[], value: unknown): boolean {
  return list.some((item) => sameJson(item, value));
}

/**
 * Applies an OpenID Federation metadata policy (one entity type) to metadata, in the order the
 * specification sets: value, add, default, then the checks one_of, subset_of, superset_of, essential.
 * Throws MetadataPolicyError when the metadata cannot satisfy the policy.
 */
export function applyMetadataPolicy(
  metadata: Record<string, unknown>,
  policy: Record<string, PolicyOperators> | undefined,
): Record<string, unknown> {
  const result: Record<string, unknown> = structuredClone(metadata);
  for (const [parameter, operators] of Object.entries(policy ?? {})) {
    if ('value' in operators) {
      if (operators.value === null) delete result[parameter];
      else result[parameter] = structuredClone(operators.value);
    }
    if ('add' in operators) {
      const merged = asArray(result[parameter]);
      for (const item of asArray(operators.add)) {
        if (!includes(merged, item)) merged.push(item);
      }
      result[parameter] = merged;
    }
    if ('default' in operators && result[parameter] === undefined) {
      result[parameter] = structuredClone(operators.default);
    }
    const value = result[parameter];
    if (value !== undefined) {
      if (operators.one_of && !includes(operators.one_of, value)) {
        throw new MetadataPolicyError(
          `${parameter}: ${JSON.stringify(value)} is not one of the allowed values`,
        );
      }
      if (operators.subset_of) {
        const allowed = operators.subset_of;
        const kept = asArray(value).filter((item) => includes(allowed, item));
        if (kept.length) result[parameter] = kept;
        else delete result[parameter];
      }
      if (operators.superset_of) {
        const present = asArray(result[parameter]);
        const missing = operators.superset_of.filter((item) => !includes(present, item));
        if (missing.length) {
          throw new MetadataPolicyError(`${parameter}: must contain ${JSON.stringify(missing)}`);
        }
      }
    }
    if (operators.essential === true && result[parameter] === undefined) {
      throw new MetadataPolicyError(`${parameter}: essential parameter is missing`);
    }
  }
  return result;
}
