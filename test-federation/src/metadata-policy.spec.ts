import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('metadata policy of the test federation', () => {
  it('should be the same code as the portal relying party applies', async () => {
    // The workspaces build apart (the test federation's rootDir is its src/), so it carries a copy; any edit
    // must be made to both, or the federation would test the portal against rules it does not have.
    const [portal, federation] = await Promise.all([
      readFile(new URL('../../backend/src/auth/oidc/metadata-policy.ts', import.meta.url), 'utf8'),
      readFile(new URL('./metadata-policy.ts', import.meta.url), 'utf8'),
    ]);
    expect(federation).toBe(portal);
  });
});
