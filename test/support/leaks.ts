import { expect } from 'vitest';

/**
 * What would give the service's insides away: a stack frame, a database address, a Neo4j error
 * code, Cypher text.
 */
export const INTERNALS = /\bat .+\.(?:js|ts):\d+|neo4j:\/\/|bolt:\/\/|Neo\.ClientError|MATCH \(/;

export interface Answer {
  headers?: Headers;
  /** The body as sent. */
  text: string;
}

/**
 * Where a leak would be: the headers, and what the body says about errors (each error's message,
 * path and extensions, or an HTTP error's own object). Never the data: the graph holds text that
 * tests stored on purpose (Cypher among it), and returning it is the service's job. Nor the
 * `cypher` report of the top-level extensions, which the test service turns on (CRG_DEBUG) to
 * count statements. A body that is not JSON is an error page, all of it.
 */
export function leakSurface(answer: Answer): string {
  const headers = [...(answer.headers?.entries() ?? [])].map(([name, value]) => `${name}: ${value}`);
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...headers, answer.text].join('\n');
  }
  const told = Array.isArray(body) ? body.map(aboutErrors) : [aboutErrors(body)];
  return [...headers, ...told.map((part) => JSON.stringify(part))].join('\n');
}

/** A GraphQL body's errors; any other JSON object without its `data` and `extensions`. */
function aboutErrors(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { data: _data, extensions: _extensions, ...rest } = body as Record<string, unknown>;
  return rest;
}

export function expectNoLeak(answer: Answer, internals: RegExp = INTERNALS): void {
  expect(leakSurface(answer), answer.text.slice(0, 300)).not.toMatch(internals);
}
