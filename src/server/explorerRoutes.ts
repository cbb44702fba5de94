import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildExplorerBundle } from '../explorer/bundle.js';
import { PROJECT_ROOT } from '../paths.js';

const PAGE = join(PROJECT_ROOT, 'public', 'explore', 'index.html');
const STYLES = join(PROJECT_ROOT, 'public', 'explore', 'explore.css');

/**
 * `/explore`: the explorer page (a coverage matrix and a graph, as of a day, filtered, its whole
 * view in the URL). Its script is TypeScript bundled by esbuild as the service starts
 * (src/explorer/bundle.ts); the page and its style sheet are files read once. No path from a
 * request ever reaches the file system.
 */
export function registerExplorerRoutes(http: FastifyInstance): void {
  let bundle: Promise<Buffer> | undefined;
  const script = () =>
    (bundle ??= buildExplorerBundle().catch((error: unknown) => {
      bundle = undefined; // try again on the next request
      throw error;
    }));
  http.addHook('onReady', (done) => {
    script().catch((error: unknown) => http.log.warn({ err: error }, 'explorer bundle failed; /explore/explore.js will retry'));
    done();
  });
  const page = readFileSync(PAGE);
  const styles = readFileSync(STYLES);
  const send = (type: string, body: Buffer) => (_request: unknown, reply: FastifyReply) =>
    reply.header('content-type', type).header('cache-control', 'no-cache').send(body);
  http.get('/explore', send('text/html; charset=utf-8', page));
  http.get('/explore/explore.css', send('text/css; charset=utf-8', styles));
  http.get('/explore/explore.js', async (_request, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await script()),
  );
  http.get('/explore/', (_request, reply) => reply.redirect('/explore'));
}
