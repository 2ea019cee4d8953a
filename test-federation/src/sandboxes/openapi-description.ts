import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The file of an OpenAPI description in `shared/openapi/` at the repository root, found by walking up from this
 * module: the same from `src/sandboxes/` (tests) and from `dist/test-federation/src/sandboxes/` (the build).
 */
export function openapiDescription(name: string): URL {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'shared', 'openapi', name))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`shared/openapi/${name} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return pathToFileURL(path.join(dir, 'shared', 'openapi', name));
}
