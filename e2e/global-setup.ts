import type { TestProject } from 'vitest/node';
import { startTestStack, type TestStackInfo } from '../backend/test/support/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStackInfo;
  }
}

/** The whole portal, frontend included, for the browser scenarios. */
export default async function setup(project: TestProject) {
  const stack = await startTestStack({ frontend: true });
  const { services: _services, stop, ...info } = stack;
  project.provide('stack', info);
  return stop;
}
