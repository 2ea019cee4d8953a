import type { TestProject } from 'vitest/node';
import { startTestStack } from '../support/stack.js';

/** One portal reading the registry from ANPR through PDND (the local sandboxes) for the `e2e-anpr` project. */
export default async function setup(project: TestProject) {
  const { services: _services, stop, ...info } = await startTestStack({ registrySource: 'anpr' });
  // The sandboxes compile their OpenAPI validators on the first request: done here, not inside the portal's
  // bounded ANPR timeout of the first test.
  for (const path of ['/pdnd/token.oauth2', '/anpr/residence-verification']) {
    await (await fetch(`${info.federationUrl}${path}`, { method: 'POST', body: '' })).arrayBuffer();
  }
  project.provide('stack', info);
  return stop;
}
