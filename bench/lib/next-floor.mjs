// The floor of a server-rendered page: a throwaway Next.js app (built and started here, from the repository's
// own `next` and `react`) with one page, rendered per request (`force-dynamic`), that makes no backend call
// and answers markup as large as the portal's page it stands for. What a portal page costs beyond it is the
// portal's: its backend calls, its components.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort, startService } from '../../scripts/services.mjs';
import { root } from './stack.mjs';

const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/** Builds and starts the floor app serving `html` (a page's <body> content) at `/`; resolves to `{ url, stop }`. */
export async function startNextFloor(html) {
  // Inside the repository, so `next` and `react` resolve from its node_modules.
  const dir = path.join(root, 'bench', `.next-floor-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'app'), { recursive: true });
  await writeFile(path.join(dir, 'app', 'body.json'), JSON.stringify({ html }));
  await writeFile(
    path.join(dir, 'app', 'layout.jsx'),
    `export default function Layout({ children }) {
  return <html lang="it"><body>{children}</body></html>;
}
`,
  );
  await writeFile(
    path.join(dir, 'app', 'page.jsx'),
    `import body from './body.json';

export const dynamic = 'force-dynamic';

export default async function Page() {
  return <div dangerouslySetInnerHTML={{ __html: body.html }} />;
}
`,
  );
  await writeFile(
    path.join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(root)} }, outputFileTracingRoot: ${JSON.stringify(root)} };\n`,
  );
  await writeFile(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  const build = startService('next-floor-build', process.execPath, [nextBin, 'build'], {
    cwd: dir,
    quiet: true,
    env,
  });
  const built = await build.exited;
  if (built.code !== 0) {
    const output = build.output();
    await rm(dir, { recursive: true, force: true });
    throw new Error(`building the bare Next.js page failed:\n${output}`);
  }
  const url = `http://127.0.0.1:${await freePort()}`;
  const server = startService(
    'next-floor',
    process.execPath,
    [nextBin, 'start', '-p', new URL(url).port, '-H', '127.0.0.1'],
    { cwd: dir, quiet: true, env, readyUrl: `${url}/`, timeoutMs: 60_000 },
  );
  const stop = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await server.ready();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** The content of a page's <body>, without its scripts (the floor page brings its own). */
export function bodyMarkup(page) {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)?.[1] ?? page;
  return body.replace(/<script\b[\s\S]*?<\/script>/gi, '');
}
