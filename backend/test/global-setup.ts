import type { TestProject } from 'vitest/node';
import { startTestStack, type TestStackInfo } from './support/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: TestStackInfo;
  }
}

/** One portal for the whole e2e run; each test seeds its own data, so files run in parallel. */
export default async function setup(project: TestProject) {
  const stack = await startTestStack();
  const { services: _services, stop, ...info } = stack;
  project.provide('stack', info);
  return stop;
}
