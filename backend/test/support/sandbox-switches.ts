/** The local sandboxes of the national platforms that the test federation serves (test-federation/README.md). */
export type Sandbox = 'pagopa' | 'io' | 'pdnd' | 'anpr' | 'firma';

/**
 * Changes switches of a sandbox of the test federation at `federationUrl` (merged into the current ones; each
 * sandbox's switches are in test-federation/README.md), failing on a refusal.
 */
export async function sandboxSwitches(
  federationUrl: string,
  sandbox: Sandbox,
  patch: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${federationUrl}/${sandbox}/_sandbox/switches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  if (response.status !== 200) {
    throw new Error(`${sandbox} sandbox switches refused: ${response.status} ${await response.text()}`);
  }
}
