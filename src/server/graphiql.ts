import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { ensureGraphiqlBundle } from '../graphiql/bundle.js';
import { loadExamples } from '../graphiql/examples.js';
import { GRAPHIQL_CSP_DIRECTIVES } from './security-headers.js';

const ASSETS = '/graphiql/assets';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/**
 * `/graphiql`: the GraphiQL IDE, bundled from npm packages when the service starts (or taken from
 * the cache; src/graphiql/bundle.ts), with the example operations of docs/examples open as tabs.
 * `/` leads there too.
 */
export function registerGraphiqlRoutes(http: FastifyInstance, config: Pick<Config, 'localNeo4j'>): void {
  let bundle: Promise<string> | undefined;
  const bundleDir = () =>
    (bundle ??= ensureGraphiqlBundle(config.localNeo4j.cacheDir).catch((error: unknown) => {
      bundle = undefined; // try again on the next request
      throw error;
    }));
  // Built (or found in the cache) as the service starts, so the first visit does not wait.
  http.addHook('onReady', (done) => {
    bundleDir().catch((error: unknown) => http.log.warn({ err: error }, 'GraphiQL bundle failed; /graphiql will retry'));
    done();
  });
  let assets: Promise<Set<string>> | undefined;
  const assetNames = async () => (assets ??= readdir(await bundleDir()).then((files) => new Set(files)));

  http.get('/', (_request, reply) => reply.redirect('/graphiql'));
  // Everything the page needs comes from this service: a CDN could not be reached if it tried.
  http.get(
    '/graphiql',
    { helmet: { contentSecurityPolicy: { useDefaults: false, directives: GRAPHIQL_CSP_DIRECTIVES } } },
    async (_request, reply) => {
      await bundleDir();
      return reply.type('text/html; charset=utf-8').send(page());
    },
  );
  http.get<{ Params: { file: string } }>(`${ASSETS}/:file`, async (request, reply) => {
    const { file } = request.params;
    if (!(await assetNames()).has(file)) return reply.code(404).send({ error: 'Not Found' });
    const body = await readFile(join(await bundleDir(), file));
    return reply
      .type(TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=3600')
      .send(body);
  });
}

function page(): string {
  const settings = { endpoint: '/graphql', assets: ASSETS, examples: loadExamples() };
  // JSON inside <script>: `<` escaped so no string in it can close the element.
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Child Rights Graph · GraphiQL</title>
    <link rel="stylesheet" href="${ASSETS}/graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script id="graphiql-config" type="application/json">${json}</script>
    <script src="${ASSETS}/graphiql.js"></script>
  </body>
</html>
`;
}

/**
 * Apollo's default landing page loads its code from a CDN. This one only points to /graphiql,
 * for browsers that open /graphql.
 */
export function landingPageToGraphiQL(): ApolloServerPlugin<Context> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta http-equiv="refresh" content="0; url=/graphiql" /><title>Child Rights Graph</title></head><body><p>GraphQL endpoint. The IDE is at <a href="/graphiql">/graphiql</a>.</p></body></html>`;
  return {
    serverWillStart: () => Promise.resolve({ renderLandingPage: () => Promise.resolve({ html }) }),
  };
}
