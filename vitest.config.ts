import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

// SWC keeps decorator metadata, which NestJS dependency injection needs (esbuild drops it).
const decorators = swc.vite({
  module: { type: 'es6' },
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [decorators],
        test: {
          name: 'unit',
          include: [
            'backend/src/**/*.spec.ts',
            'test-federation/src/**/*.spec.ts',
            'frontend/src/**/*.spec.ts',
            'bench/**/*.spec.ts',
          ],
          environment: 'node',
        },
      },
      {
        plugins: [decorators],
        test: {
          name: 'e2e',
          include: ['backend/test/**/*.e2e-spec.ts'],
          exclude: [...configDefaults.exclude, 'backend/test/anpr/**'],
          environment: 'node',
          globalSetup: ['backend/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [decorators],
        test: {
          // The registry read from ANPR through PDND: a portal with REGISTRY_SOURCE=anpr on the local sandboxes. The
          // registry, certificate and personal-area suites run here too, their residents seeded in ANPR.
          name: 'e2e-anpr',
          include: [
            'backend/test/anpr/**/*.e2e-spec.ts',
            'backend/test/registry.e2e-spec.ts',
            'backend/test/certificates.e2e-spec.ts',
            'backend/test/personal-area.e2e-spec.ts',
          ],
          environment: 'node',
          globalSetup: ['backend/test/anpr/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [decorators],
        test: {
          // `npm run test:faults`: each file owns its PostgreSQL and backends, stops and restarts them; one file
          // at a time keeps latency assertions honest on small machines.
          name: 'faults',
          include: ['backend/test/faults/**/*.spec.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
