import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../paths.js';

const ENTRY = join(PROJECT_ROOT, 'src', 'explorer', 'browser', 'main.ts');

/**
 * The explorer's script, bundled by esbuild from src/explorer/browser (with Cytoscape.js from
 * node_modules and the domain constants from src/model) into one file held in memory. It is
 * small and builds in well under a second, so it is built as the service starts rather than
 * cached on disk; nothing is downloaded at run time.
 */
export async function buildExplorerBundle(): Promise<Buffer> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    write: false,
    absWorkingDir: PROJECT_ROOT,
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild produced no explorer bundle');
  return Buffer.from(file.contents);
}
