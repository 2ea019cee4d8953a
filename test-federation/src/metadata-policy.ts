// OpenID Federation 1.0 metadata policies (section 6.1), without imports so that the test federation can
// carry a byte-identical copy (test-federation/src/metadata-policy.ts; a unit test there keeps them equal).

/** One entry of `metadata_policy.<entity type>.<parameter>`: the standard operators. */
export interface PolicyOperators {
  value?: unknown;
  add?: unknown;
  default?: unknown;
  one_of?: unknown[];
  subset_of?: unknown[];
  superset_of?: unknown[];
  essential?: boolean;
}

/** `metadata_policy`: entity type → metadata parameter → operators. */
export type MetadataPolicy = Record<string, Record<string, PolicyOperators>>;

/** `metadata`: entity type → metadata parameters. */
export type EntityMetadata = Record<string, Record<string, unknown>>;

export class MetadataPolicyError extends Error {
  override readonly name = 'MetadataPolicyError';
}

const LIST_OPERATORS = ['one_of', 'subset_of', 'superset_of'] as const;

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

function union(left: unknown[], right: unknown[]): unknown[] {
  return [...left, ...right.filter((item) => !includes(left, item))];
}

function intersection(left: unknown[], right: unknown[]): unknown[] {
  return left.filter((item) => includes(right, item));
}

function containsAll(list: unknown[], required: unknown[]): boolean {
  return required.every((item) => includes(list, item));
}

function assertOperatorTypes(parameter: string, operators: PolicyOperators): void {
  for (const name of LIST_OPERATORS) {
    if (name in operators && !Array.isArray(operators[name])) {
      throw new MetadataPolicyError(`${parameter}: ${name} must be a list`);
    }
  }
  if ('one_of' in operators && operators.one_of?.length === 0) {
    throw new MetadataPolicyError(`${parameter}: one_of must not be empty`);
  }
  if ('essential' in operators && typeof operators.essential !== 'boolean') {
    throw new MetadataPolicyError(`${parameter}: essential must be true or false`);
  }
}

/** The combinations of operators in one policy entry that the specification forbids or constrains. */
function assertConsistent(parameter: string, operators: PolicyOperators): void {
  assertOperatorTypes(parameter, operators);
  const fail = (reason: string) => {
    throw new MetadataPolicyError(`${parameter}: ${reason}`);
  };
  if ('one_of' in operators && ('subset_of' in operators || 'superset_of' in operators)) {
    fail('one_of cannot be combined with subset_of or superset_of');
  }
  if (
    operators.subset_of &&
    operators.superset_of &&
    !containsAll(operators.subset_of, operators.superset_of)
  ) {
    fail('superset_of must be contained in subset_of');
  }
  if (
    operators.subset_of &&
    'add' in operators &&
    !containsAll(operators.subset_of, asArray(operators.add))
  ) {
    fail('the values of add must be allowed by subset_of');
  }
  if (!('value' in operators)) return;
  const { value } = operators;
  if (value === null) {
    if (operators.essential === true) fail('value null contradicts essential');
    if ('add' in operators || 'default' in operators)
      fail('value null cannot be combined with add or default');
    return;
  }
  if ('add' in operators && !containsAll(asArray(value), asArray(operators.add))) {
    fail('the values of add must be part of value');
  }
  if (operators.one_of && !includes(operators.one_of, value)) fail('value is not among one_of');
  if (operators.subset_of && !containsAll(operators.subset_of, asArray(value))) {
    fail('value is not a subset of subset_of');
  }
  if (operators.superset_of && !containsAll(asArray(value), operators.superset_of)) {
    fail('value does not contain superset_of');
  }
}

/** Merges the operators a superior and a subordinate set on the same parameter (section 6.1.3). */
function combineOperators(parameter: string, superior: PolicyOperators, subordinate: PolicyOperators) {
  assertOperatorTypes(parameter, superior);
  assertOperatorTypes(parameter, subordinate);
  const combined: PolicyOperators = { ...superior };
  for (const name of ['value', 'default'] as const) {
    if (!(name in subordinate)) continue;
    if (name in superior && !sameJson(superior[name], subordinate[name])) {
      throw new MetadataPolicyError(`${parameter}: the superiors set different ${name}s`);
    }
    combined[name] = subordinate[name];
  }
  if ('add' in subordinate) combined.add = union(asArray(superior.add), asArray(subordinate.add));
  if (subordinate.superset_of)
    combined.superset_of = union(superior.superset_of ?? [], subordinate.superset_of);
  if (subordinate.subset_of) {
    combined.subset_of = superior.subset_of
      ? intersection(superior.subset_of, subordinate.subset_of)
      : subordinate.subset_of;
  }
  if (subordinate.one_of) {
    combined.one_of = superior.one_of
      ? intersection(superior.one_of, subordinate.one_of)
      : subordinate.one_of;
    if (combined.one_of.length === 0) {
      throw new MetadataPolicyError(`${parameter}: the superiors allow no common one_of value`);
    }
  }
  if ('essential' in subordinate) combined.essential = superior.essential === true || subordinate.essential;
  assertConsistent(parameter, combined);
  return structuredClone(combined);
}

/**
 * Combines the policy of a superior with the policy of its subordinate, for every entity type. A trust
 * chain's policies are combined from the trust anchor down to the leaf's immediate superior.
 */
export function combineMetadataPolicies(
  superior: MetadataPolicy | undefined,
  subordinate: MetadataPolicy | undefined,
): MetadataPolicy {
  const combined: MetadataPolicy = structuredClone(superior ?? {});
  for (const [entityType, parameters] of Object.entries(subordinate ?? {})) {
    const target = combined[entityType] ?? {};
    combined[entityType] = target;
    for (const [parameter, operators] of Object.entries(parameters)) {
      target[parameter] = combineOperators(parameter, target[parameter] ?? {}, operators);
    }
  }
  return combined;
}

/**
 * Applies a metadata policy (one entity type) to metadata, in the order the specification sets: value, add,
 * default, then the checks one_of, subset_of, superset_of, essential. Throws MetadataPolicyError when the
 * metadata cannot satisfy the policy. The input is left untouched.
 */
export function applyMetadataPolicy(
  metadata: Record<string, unknown>,
  policy: Record<string, PolicyOperators> | undefined,
): Record<string, unknown> {
  const result: Record<string, unknown> = structuredClone(metadata);
  for (const [parameter, operators] of Object.entries(policy ?? {})) {
    assertConsistent(parameter, operators);
    if ('value' in operators) {
      if (operators.value === null) delete result[parameter];
      else result[parameter] = structuredClone(operators.value);
    }
    if ('add' in operators) result[parameter] = union(asArray(result[parameter]), asArray(operators.add));
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
      // An empty intersection leaves an empty list (not a missing parameter that a default could refill).
      if (operators.subset_of) result[parameter] = intersection(asArray(value), operators.subset_of);
      if (operators.superset_of) {
        const missing = operators.superset_of.filter((item) => !includes(asArray(result[parameter]), item));
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

/**
 * The metadata a trust chain gives its leaf (section 6.1.4.1): the leaf's own metadata, overridden parameter
 * by parameter by the `metadata` of the statement its immediate superior issued about it, then the policies of
 * the chain, combined from the trust anchor down (`policies[0]` is the anchor's), applied to the result.
 */
export function resolveMetadata(
  leafMetadata: EntityMetadata | undefined,
  superiorMetadata: EntityMetadata | undefined,
  policies: (MetadataPolicy | undefined)[],
): EntityMetadata {
  const policy = policies.reduce<MetadataPolicy>(
    (combined, next) => combineMetadataPolicies(combined, next),
    {},
  );
  const resolved: EntityMetadata = {};
  const entityTypes = new Set([...Object.keys(leafMetadata ?? {}), ...Object.keys(superiorMetadata ?? {})]);
  for (const entityType of entityTypes) {
    resolved[entityType] = applyMetadataPolicy(
      { ...leafMetadata?.[entityType], ...superiorMetadata?.[entityType] },
      policy[entityType],
    );
  }
  return resolved;
}
