import { describe, expect, it } from 'vitest';
import { areaOf, profileTable, readProfile } from '../../bench/profile-read.js';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0, scriptId: '1' });
/** Five samples 100 µs apart from t = 1,000 µs: graphql, fastify, idle, the service, then one after the window. */
const profile = {
  nodes: [
    { id: 1, callFrame: frame('execute', 'file:///p/node_modules/graphql/execution/execute.js') },
    { id: 2, callFrame: frame('route', 'file:///p/node_modules/fastify/lib/route.js') },
    { id: 3, callFrame: frame('(idle)', '') },
    { id: 4, callFrame: frame('resolve', 'file:///p/.cache/bench-build/servers-service.js') },
  ],
  startTime: 1_000,
  samples: [1, 2, 3, 4, 1],
  timeDeltas: [100, 100, 100, 100, 100],
};

describe('reading a CPU profile', () => {
  it('names the area of a frame: a package (scoped or not), Node, the service, V8', () => {
    expect(areaOf(frame('x', 'file:///p/node_modules/@apollo/server/dist/a.js'))).toBe('@apollo/server');
    expect(areaOf(frame('x', 'file:///p/node_modules/neo4j-driver-bolt-connection/lib/x.js'))).toBe('neo4j-driver-bolt-connection');
    expect(areaOf(frame('writev', 'node:internal/stream_base_commons'))).toBe('node');
    expect(areaOf(frame('(garbage collector)', ''))).toBe('(garbage collector)');
    expect(areaOf(frame('x', 'file:///p/dist/main.js'))).toBe('this service');
  });

  it('counts self time inside the window only, without idle time, and per request', () => {
    const summary = readProfile(profile, { fromUs: 1_050, toUs: 1_450 });
    expect(summary.busyUs).toBe(300);
    expect(summary.byArea).toEqual([
      { name: 'graphql', us: 100 },
      { name: 'fastify', us: 100 },
      { name: 'this service', us: 100 },
    ]);
    expect(summary.byFunction.map((f) => f.name)).toContain('execute graphql/execution/execute.js:10');
    expect(profileTable(summary, 2, 5)).toContain('150.0 µs per request');
  });
});
