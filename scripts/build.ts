import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../src/paths.js';

/** Where `npm start` runs the service from (git-ignored). */
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

/**
 * The service compiled for production: src/main.ts and everything it imports as one ES module,
 * `<outdir>/main.js`. Packages stay external (node_modules is resolved at run time, as under tsx),
 * so the bundle holds only the project's own code. No source maps: Node would then map every
 * stack the driver captures, the cost that running under tsx paid. Cypher files, the schema,
 * public/ and the GraphiQL bundle are found from the project folder (src/paths.ts), not from the
 * bundle's place. Takes well under a second, so `npm start` builds every time (`prestart`).
 */
export async function buildService(outdir = DIST_DIR): Promise<string> {
  return buildEntry(join(PROJECT_ROOT, 'src', 'main.ts'), outdir, 'main');
}

/** Any entry point compiled the same way (the benchmark's servers run like the service): `<outdir>/<name>.js`. */
export async function buildEntry(entry: string, outdir: string, name: string): Promise<string> {
  await build({
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: PROJECT_ROOT,
  });
  return join(outdir, `${name}.js`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildService();
}
