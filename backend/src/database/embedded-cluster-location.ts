import { createHash } from 'node:crypto';
import path from 'node:path';

export interface ClusterLocationInput {
  /** Where the cluster belongs: DATA_DIR/postgres inside the checkout. */
  preferred: string;
  /** Only root hands the server to the `postgres` user; any other user runs it as itself. */
  runningAsRoot: boolean;
  /** Permission bits of an existing folder, or null when it does not exist (yet). */
  modeOf: (dir: string) => number | null;
  /** A folder every user may enter that survives restarts, such as /var/lib/portale-cittadino. */
  fallbackRoot: string;
}

export interface ClusterLocation {
  dir: string;
  /** The first folder above `preferred` the `postgres` user cannot enter; null when the cluster stays there. */
  blockedBy: string | null;
}

/** The first existing folder above `dir` that others cannot enter (no execute bit for "others"), if any. */
export function firstUntraversableParent(dir: string, modeOf: (dir: string) => number | null): string | null {
  let parent = path.dirname(path.resolve(dir));
  const blocked: string[] = [];
  while (true) {
    const mode = modeOf(parent);
    if (mode !== null && (mode & 0o001) === 0) blocked.push(parent);
    if (parent === path.dirname(parent)) break;
    parent = path.dirname(parent);
  }
  // The outermost one is what the operator has to know about: /root rather than /root/src/portale.
  return blocked.at(-1) ?? null;
}

/**
 * Where the embedded PostgreSQL cluster lives. As root, PostgreSQL runs as `postgres`, which cannot reach a
 * checkout cloned under a private folder (/root, any `mktemp -d`): the cluster then moves to a folder of its
 * own under `fallbackRoot`, named by a hash of the path it would have had, so each checkout (and each
 * DATA_DIR) keeps the same cluster across restarts and never shares another's.
 */
export function chooseClusterLocation(input: ClusterLocationInput): ClusterLocation {
  const preferred = path.resolve(input.preferred);
  if (!input.runningAsRoot) return { dir: preferred, blockedBy: null };
  const blockedBy = firstUntraversableParent(preferred, input.modeOf);
  if (blockedBy === null) return { dir: preferred, blockedBy: null };
  const key = createHash('sha256').update(preferred).digest('hex').slice(0, 16);
  return { dir: path.join(input.fallbackRoot, `cluster-${key}`, 'postgres'), blockedBy };
}
