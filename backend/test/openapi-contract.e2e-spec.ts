import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { sortKeys } from '../src/openapi/openapi-document.js';

const { backendUrl } = inject('stack');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the OpenAPI document the frontend is generated from', () => {
  it('should be exactly the one the running backend serves', async () => {
    const served = await (await fetch(`${backendUrl}/api/openapi.json`)).json();
    const written = execFileSync(process.execPath, ['backend/dist/backend/src/cli/openapi.js'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(JSON.parse(written.toString('utf8'))).toEqual(sortKeys(served));
  });
});
