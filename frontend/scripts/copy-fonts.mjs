// Copies the web fonts of the bootstrap-italia package (woff2 and their licences) to public/fonts/, so the pages
// load them from a stable address of the portal's own origin: the root layout preloads the face of the first text
// it draws (app/layout.tsx), which a hashed file name under /_next/static/media would not allow. Run before
// `next build` and `next dev` (package.json); public/fonts/ is not committed.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const FAMILIES = ['Titillium_Web', 'Lora', 'Roboto_Mono'];
const source = path.join(
  path.dirname(createRequire(import.meta.url).resolve('bootstrap-italia/package.json')),
  'dist/fonts',
);
const target = path.join(path.dirname(new URL(import.meta.url).pathname), '../public/fonts');

let copied = 0;
for (const family of FAMILIES) {
  const from = path.join(source, family);
  const to = path.join(target, family);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) {
    if (!file.endsWith('.woff2') && !/^(OFL|LICENSE)\.txt$/.test(file)) continue;
    const origin = path.join(from, file);
    const copy = path.join(to, file);
    const existing = statSync(copy, { throwIfNoEntry: false });
    if (existing && existing.size === statSync(origin).size && existing.mtimeMs >= statSync(origin).mtimeMs)
      continue;
    copyFileSync(origin, copy);
    copied++;
  }
}
if (copied > 0)
  console.log(`[fonts] ${copied} files copied to ${path.relative(process.cwd(), target) || '.'}`);
