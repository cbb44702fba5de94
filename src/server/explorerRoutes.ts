import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PROJECT_ROOT } from '../paths.js';
import { explorerModel } from './explorer-model.js';

const require = createRequire(import.meta.url);

/** The explorer's files: a fixed list (no path from a request ever reaches the file system). */
const FILES: Record<string, { file: string; type: string }> = {
  '/explore': { file: join(PROJECT_ROOT, 'public', 'explore', 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/explore.js': { file: join(PROJECT_ROOT, 'public', 'explore', 'explore.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/api.js': { file: join(PROJECT_ROOT, 'public', 'explore', 'api.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/panel.js': { file: join(PROJECT_ROOT, 'public', 'explore', 'panel.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/style.js': { file: join(PROJECT_ROOT, 'public', 'explore', 'style.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explore.css': { file: join(PROJECT_ROOT, 'public', 'explore', 'explore.css'), type: 'text/css; charset=utf-8' },
  // Cytoscape.js from the installed package, so the page works offline (no CDN).
  '/explore/vendor/cytoscape.esm.min.mjs': {
    file: join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs'),
    type: 'text/javascript; charset=utf-8',
  },
};

/**
 * `/explore`: a small static page to look at the graph (search, a neighbourhood drawn with
 * Cytoscape.js, expand on click, a side panel, downloads). Plain ES modules, no build step; it
 * talks to /graphql and /export like any client. Files are read once, at start.
 */
export function registerExplorerRoutes(http: FastifyInstance): void {
  for (const [path, { file, type }] of Object.entries(FILES)) {
    const content = readFileSync(file);
    http.get(path, (_request, reply) => reply.header('content-type', type).header('cache-control', 'no-cache').send(content));
  }
  const model = explorerModel();
  http.get('/explore/model.js', (_request, reply) =>
    reply.header('content-type', 'text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(model),
  );
  http.get('/explore/', (_request, reply) => reply.redirect('/explore'));
}
