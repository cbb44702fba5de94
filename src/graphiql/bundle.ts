import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../paths.js';

const require = createRequire(join(PROJECT_ROOT, 'package.json'));
const ENTRY = join(PROJECT_ROOT, 'src', 'graphiql', 'browser', 'main.ts');
/** This file's source, part of the bundle's key: named by path, since the running module may be the compiled bundle. */
const BUILDER = join(PROJECT_ROOT, 'src', 'graphiql', 'bundle.ts');
/** Monaco's web workers, each bundled on its own (label → module). */
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};
/** The packages whose versions decide the bundle's content (with the entry's source). */
const PACKAGES = ['graphiql', '@graphiql/react', '@graphiql/toolkit', 'monaco-editor', 'monaco-graphql', 'react', 'react-dom', 'esbuild'];

/**
 * GraphiQL bundled from the installed npm packages with esbuild, once per version of its inputs,
 * into `<cacheDir>/graphiql/<key>/` (git-ignored; never committed). Built on first use and
 * reused afterwards; several processes building at once each build into a folder of their own
 * and the first rename wins, so nobody ever serves a half-written bundle.
 */
export async function ensureGraphiqlBundle(cacheDir: string): Promise<string> {
  const dir = join(cacheDir, 'graphiql', bundleKey());
  if (existsSync(join(dir, 'graphiql.js'))) return dir;
  const building = `${dir}.building-${process.pid}-${Date.now()}`;
  await mkdir(building, { recursive: true });
  try {
    const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'silent', target: 'es2022' } as const;
    await build({
      ...common,
      entryPoints: { graphiql: ENTRY },
      outdir: building,
      // One script and one stylesheet: with code splitting, the CSS that Monaco's lazily loaded
      // modules import would land in files no page loads.
      format: 'iife',
      loader: { '.ttf': 'file' },
      define: { 'process.env.NODE_ENV': '"production"' },
      absWorkingDir: PROJECT_ROOT,
    });
    await build({
      ...common,
      entryPoints: Object.fromEntries(Object.entries(WORKERS).map(([name, module]) => [name, require.resolve(module)])),
      outdir: building,
      format: 'iife',
      absWorkingDir: PROJECT_ROOT,
    });
    await rename(building, dir).catch((error: unknown) => {
      if (!existsSync(join(dir, 'graphiql.js'))) throw error; // else another process won the race
    });
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  return dir;
}

function bundleKey(): string {
  const hash = createHash('sha256').update(readFileSync(ENTRY)).update(readFileSync(BUILDER));
  for (const name of PACKAGES) {
    const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    hash.update(`${name}@${manifest.version}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}
