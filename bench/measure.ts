import { load, type RunResult, type Target } from './traffic.js';
import type { OperationResult, ServerStats } from './results.js';
import type { ServerName } from './servers.js';
import { median, round } from './stats.js';

export interface MeasureOptions {
  connections: number;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  say: (message: string) => void;
}

/**
 * Measures one operation on every server that has a target for it: a warm-up each (Apollo's
 * parse and validation caches, the JIT, Neo4j's plan and page caches), then interleaved rounds,
 * each server once per round in an order that rotates, so slow drift on a shared machine hits
 * every server alike. Ratios are taken per round, then the median across rounds.
 */
export async function measure(
  label: string,
  targets: Partial<Record<ServerName, Target>>,
  options: MeasureOptions,
): Promise<Pick<OperationResult, 'servers' | 'ratios'>> {
  const names = Object.keys(targets) as ServerName[];
  for (const name of names) await check(name, targets[name] as Target);
  for (const name of names) await load(targets[name] as Target, { connections: options.connections, seconds: options.warmupSeconds });

  const rounds: Partial<Record<ServerName, RunResult[]>> = {};
  for (let r = 0; r < options.rounds; r += 1) {
    const order = [...names.slice(r % names.length), ...names.slice(0, r % names.length)];
    for (const name of order) {
      const result = await load(targets[name] as Target, { connections: options.connections, seconds: options.seconds });
      (rounds[name] ??= []).push(result);
    }
    options.say(
      `  ${label} round ${r + 1}/${options.rounds}: ` +
        names.map((n) => `${n} p50 ${rounds[n]?.[r]?.p50.toFixed(2)} ms, ${rounds[n]?.[r]?.rps.toFixed(0)} req/s`).join('; '),
    );
  }

  const servers: Partial<Record<ServerName, ServerStats>> = {};
  for (const name of names) {
    const list = rounds[name] ?? [];
    servers[name] = {
      p50: round(median(list.map((x) => x.p50)), 3),
      p99: round(median(list.map((x) => x.p99)), 3),
      rps: round(median(list.map((x) => x.rps)), 1),
      errors: list.reduce((sum, x) => sum + x.errors, 0),
      rounds: list,
    };
  }
  const perRound = (a: ServerName, b: ServerName, pick: (x: RunResult) => number, invert = false) => {
    const ra = rounds[a];
    const rb = rounds[b];
    if (!ra || !rb) return undefined;
    return round(median(ra.map((x, i) => (invert ? pick(rb[i] as RunResult) / pick(x) : pick(x) / pick(rb[i] as RunResult)))), 3);
  };
  return {
    servers,
    ratios: {
      p50VsRaw: perRound('service', 'raw', (x) => x.p50),
      p99VsRaw: perRound('service', 'raw', (x) => x.p99),
      rpsVsPeer: perRound('service', 'peer', (x) => x.rps),
      p50VsPeer: perRound('service', 'peer', (x) => x.p50),
      cachedP50VsRaw: perRound('cached', 'raw', (x) => x.p50),
      cachedRpsVsPeer: perRound('cached', 'peer', (x) => x.rps),
    },
  };
}

/** One request first: a server that answers with an error must not be timed. */
async function check(name: ServerName, target: Target): Promise<void> {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body });
  const text = await response.text();
  if (response.status !== 200 || /^\{"errors"|"errors":\[/.test(text.slice(0, 200))) {
    throw new Error(`${name} answered ${response.status}: ${text.slice(0, 300)}`);
  }
}
