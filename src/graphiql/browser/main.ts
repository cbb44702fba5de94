/**
 * The GraphiQL page's script, bundled by esbuild from npm packages (src/graphiql/bundle.ts): no
 * CDN is involved at run time. The server writes the endpoint and the example operations into
 * the page as JSON; each example opens as a tab.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

interface PageConfig {
  endpoint: string;
  assets: string;
  examples: Array<{ name: string; query: string }>;
}

const config = JSON.parse(document.getElementById('graphiql-config')?.textContent ?? '{}') as PageConfig;

// Monaco runs its language services in web workers, bundled next to this script.
const workers: Record<string, string> = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
Object.assign(globalThis, {
  MonacoEnvironment: {
    getWorker: (_id: string, label: string) => new Worker(`${config.assets}/${workers[label] ?? 'editor.worker.js'}`),
  },
});

const container = document.getElementById('graphiql');
if (container) {
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher: createGraphiQLFetcher({ url: new URL(config.endpoint, location.href).toString() }),
      defaultTabs: config.examples.map((example) => ({ query: example.query })),
      defaultEditorToolsVisibility: false,
    }),
  );
}
