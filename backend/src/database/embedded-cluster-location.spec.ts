import { describe, expect, it } from 'vitest';
import { chooseClusterLocation, firstUntraversableParent } from './embedded-cluster-location.js';

/** Folder modes of a machine: anything not listed does not exist. */
function machine(modes: Record<string, number>) {
  return (dir: string) => modes[dir] ?? null;
}

const DEBIAN = { '/': 0o755, '/root': 0o700, '/home': 0o755, '/home/anna': 0o755, '/tmp': 0o1777 };
const FALLBACK = '/var/lib/portale-cittadino';

describe('chooseClusterLocation', () => {
  it('should keep the cluster in the checkout when the postgres user can reach it', () => {
    const location = chooseClusterLocation({
      preferred: '/home/anna/portale/.data/postgres',
      runningAsRoot: true,
      modeOf: machine({ ...DEBIAN, '/home/anna/portale': 0o755 }),
      fallbackRoot: FALLBACK,
    });
    expect(location).toEqual({ dir: '/home/anna/portale/.data/postgres', blockedBy: null });
  });

  it('should move the cluster out of /root, naming /root as the reason', () => {
    const location = chooseClusterLocation({
      preferred: '/root/src/portale/.data/postgres',
      runningAsRoot: true,
      modeOf: machine({ ...DEBIAN, '/root/src': 0o755, '/root/src/portale': 0o755 }),
      fallbackRoot: FALLBACK,
    });
    expect(location.blockedBy).toBe('/root');
    expect(location.dir).toMatch(/^\/var\/lib\/portale-cittadino\/cluster-[0-9a-f]{16}\/postgres$/);
  });

  it('should move the cluster out of a mktemp -d folder (mode 700) outside /root too', () => {
    const location = chooseClusterLocation({
      preferred: '/tmp/tmp.Xy12/portale/.data/postgres',
      runningAsRoot: true,
      modeOf: machine({ ...DEBIAN, '/tmp/tmp.Xy12': 0o700, '/tmp/tmp.Xy12/portale': 0o755 }),
      fallbackRoot: FALLBACK,
    });
    expect(location.blockedBy).toBe('/tmp/tmp.Xy12');
    expect(location.dir.startsWith(`${FALLBACK}/cluster-`)).toBe(true);
  });

  it('should give a checkout the same folder at every start and another checkout another one', () => {
    const choose = (preferred: string) =>
      chooseClusterLocation({
        preferred,
        runningAsRoot: true,
        modeOf: machine(DEBIAN),
        fallbackRoot: FALLBACK,
      }).dir;
    expect(choose('/root/portale/.data/postgres')).toBe(choose('/root/portale/.data/../.data/postgres'));
    expect(choose('/root/portale/.data/postgres')).not.toBe(choose('/root/portale-2/.data/postgres'));
    expect(choose('/root/portale/.data/postgres')).not.toBe(choose('/root/portale/other-data/postgres'));
  });

  it('should leave the cluster where it is for a user other than root, who runs PostgreSQL as itself', () => {
    const location = chooseClusterLocation({
      preferred: '/root/portale/.data/postgres',
      runningAsRoot: false,
      modeOf: machine(DEBIAN),
      fallbackRoot: FALLBACK,
    });
    expect(location).toEqual({ dir: '/root/portale/.data/postgres', blockedBy: null });
  });
});

describe('firstUntraversableParent', () => {
  it('should name the outermost folder the others cannot enter and ignore folders not created yet', () => {
    const modes = machine({ '/': 0o755, '/srv': 0o750, '/srv/a': 0o700 });
    expect(firstUntraversableParent('/srv/a/b/c', modes)).toBe('/srv');
    expect(firstUntraversableParent('/opt/new/folder', modes)).toBeNull();
  });
});
