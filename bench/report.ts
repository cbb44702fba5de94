import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchResults, OperationResult, SizeResult } from './results.js';
import type { ServerName } from './servers.js';
import { median } from './stats.js';

/** The goals: p50 ÷ raw with the cache off (small, large answers) and on; req/s ÷ peer on same-answer operations. */
export const GOALS = { p50VsRawSmall: 1.2, p50VsRawLarge: 1.5, cachedP50VsRaw: 1.0, rpsVsPeerMedian: 1.5, rpsVsPeerEach: 1.0 } as const;
/** Up to this many objects with an id (about 50 entities and their links) an answer is a small traversal. */
export const SMALL_ANSWER_IDS = 150;
/** An export carries its subgraph as one string (no ids to count): its size tells a large one. */
export const SMALL_ANSWER_BYTES = 100 * 1024;

export function latencyGoal(op: Pick<OperationResult, 'ids' | 'bytes'>): number {
  return op.ids <= SMALL_ANSWER_IDS && op.bytes <= SMALL_ANSWER_BYTES ? GOALS.p50VsRawSmall : GOALS.p50VsRawLarge;
}

/** Writes latest.json and latest.md into the results folder (the README quotes latest.md). */
export async function writeResults(results: BenchResults, dir: string): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const markdown = toMarkdown(results);
  await writeFile(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(dir, 'latest.md'), markdown);
  return { json: join(dir, 'latest.json'), markdown };
}

const ms = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1);
const rps = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : Math.round(value).toLocaleString('en'));
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);
const count = (value: number) => value.toLocaleString('en');
const states = (n: number) => `${count(n)} State${n === 1 ? '' : 's'}`;
const kb = (bytes: number) => (bytes < 10_240 ? `${(bytes / 1024).toFixed(1)} KB` : `${Math.round(bytes / 1024).toLocaleString('en')} KB`);

function mark(value: number | undefined, goal: number, atMost: boolean): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return (atMost ? value <= goal : value >= goal) ? ' ✓' : ' ✗';
}

function triple(op: OperationResult, server: ServerName): string {
  const s = op.servers[server];
  return s ? `${ms(s.p50)} / ${ms(s.p99)} / ${rps(s.rps)}` : '–';
}

/** The same-answer verdict, in words (the first difference, or why there is no comparison). */
export function sameAnswerCell(op: Pick<OperationResult, 'sameAnswer'>): string {
  const same = op.sameAnswer;
  if (!same) return '–';
  if (same.verdict === 'same') return 'same ✓';
  if (same.verdict === 'different') return `**different** ✗: ${same.differences[0] ?? ''}`;
  return `not comparable: ${same.reason}`;
}

/** A ratio to the peer, only between same answers; a different answer's ratio (--allow-differences) is shown struck through. */
function peerRatio(op: OperationResult, value: number | undefined, goal: boolean): string {
  if (value === undefined || op.sameAnswer?.verdict === 'not comparable') return '–';
  if (op.sameAnswer?.verdict !== 'same') return `~~${ratio(value)}~~`;
  return `${ratio(value)}${goal ? mark(value, GOALS.rpsVsPeerEach, false) : ''}`;
}

export function comparisonTable(size: SizeResult): string {
  const rows = size.operations.map((op) => {
    const goal = latencyGoal(op);
    const { p50VsRaw, cachedP50VsRaw, rpsVsPeer, cachedRpsVsPeer } = op.ratios;
    return (
      `| ${op.title} | ${op.ids ? `${count(op.ids)} ids, ` : ''}${kb(op.bytes)} | ${sameAnswerCell(op)} ` +
      `| ${triple(op, 'service')} | ${triple(op, 'cached')} | ${triple(op, 'raw')} | ${triple(op, 'peer')} ` +
      `| ${ratio(p50VsRaw)}${mark(p50VsRaw, goal, true)} (≤ ${goal}) | ${ratio(cachedP50VsRaw)}${mark(cachedP50VsRaw, GOALS.cachedP50VsRaw, true)} ` +
      `| ${peerRatio(op, rpsVsPeer, true)} | ${peerRatio(op, cachedRpsVsPeer, false)} | ${count(op.dbHits)} / ${op.peerDbHits === undefined ? '–' : count(op.peerDbHits)} ` +
      `| ${op.wire ? `${kb(op.wire.identity)} / ${kb(op.wire.br)} / ${kb(op.wire.gzip)}` : '–'} | ${op.cacheHitRate === undefined ? '–' : `${(op.cacheHitRate * 100).toFixed(1)} %`} |`
    );
  });
  const same = size.operations.filter((o) => o.sameAnswer?.verdict === 'same' && o.ratios.rpsVsPeer !== undefined);
  const peerRatios = same.map((o) => o.ratios.rpsVsPeer as number);
  const below = same.filter((o) => (o.ratios.rpsVsPeer as number) < GOALS.rpsVsPeerEach).map((o) => o.name);
  const other = size.operations
    .filter((o) => o.sameAnswer && o.sameAnswer.verdict !== 'same')
    .map((o) => `${o.name} (${o.sameAnswer?.verdict})`);
  const summary = peerRatios.length
    ? `\nMedian throughput ÷ @neo4j/graphql, answer cache off, over the ${peerRatios.length} operations with the same answer: ` +
      `**${ratio(median(peerRatios))}**${mark(median(peerRatios), GOALS.rpsVsPeerMedian, false)} (goal ≥ ${GOALS.rpsVsPeerMedian}, none below ${GOALS.rpsVsPeerEach}` +
      `${below.length ? `; below: ${below.join(', ')}` : ''}).${other.length ? ` No ratio for ${other.join(', ')}.` : ''}\n`
    : '';
  return (
    [
      '| operation | answer | same answer as @neo4j/graphql | this service, cache off: p50 / p99 ms / req/s | this service, cache on | raw driver | @neo4j/graphql ' +
        '| p50 ÷ raw, cache off (goal) | p50 ÷ raw, cache on (≤ 1) | req/s ÷ @neo4j/graphql, cache off | req/s ÷ @neo4j/graphql, cache on (not like with like) ' +
        '| dbHits this / peer | on the wire: plain / br / gzip | answer cache hits (cache on) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n') + summary
  );
}

export function scaleTable(sizes: SizeResult[]): string {
  const names = [...new Set(sizes.flatMap((s) => s.operations.map((o) => o.name)))];
  const header = `| operation | ${sizes.map((s) => `${states(s.states)} (${count(s.nodes)} nodes)`).join(' | ')} | ${sizes.length > 1 ? `${sizes.at(-1)?.states} ÷ ${sizes[0]?.states}` : ''} |`;
  const rows = names.map((name) => {
    const ops = sizes.map((s) => s.operations.find((o) => o.name === name));
    const title = ops.find(Boolean)?.title ?? name;
    const cells = ops.map((o) =>
      o ? `${ms(o.servers.service?.p50)} ms (raw ${ms(o.servers.raw?.p50)}${o.ids ? `; ${count(o.ids)} ids` : ''})` : '–',
    );
    const first = ops[0]?.servers.service?.p50;
    const last = ops.at(-1)?.servers.service?.p50;
    return `| ${title} | ${cells.join(' | ')} | ${first && last ? ratio(last / first) : '–'} |`;
  });
  return [header, `| --- | ${sizes.map(() => '---').join(' | ')} | --- |`, ...rows].join('\n');
}

export function toMarkdown(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const compared = r.sizes.filter((size) => size.operations.some((o) => o.sameAnswer ?? o.servers.peer));
  const lines = [
    `Run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}, Neo4j ${m.neo4j} ` +
      `(embedded, heap ${s.heap}, page cache ${s.pageCache}). Load average before/after: ${m.loadAverageBefore.map((x) => x.toFixed(1)).join(', ')} / ` +
      `${m.loadAverageAfter.map((x) => x.toFixed(1)).join(', ')}; the load generator, the servers and Neo4j share these cores.`,
    '',
    `Method: ${s.connections} connection(s), a ${s.warmupSeconds} s warm-up per server and operation, then ${s.rounds} interleaved rounds ` +
      `(${s.scaleRounds} for sizes without the peer) of ${s.seconds} s per server; latency percentiles from every response, ` +
      'medians over rounds, ratios taken per round then their median. p50/p99 in ms.',
    '',
    'This service runs twice, compiled like `npm start`: with its answer cache **off** (every request goes to Neo4j) and **on** ' +
      '(the same request repeated, so all but the first are hits). Only the cache-off figures compare like with like against ' +
      '@neo4j/graphql, which has no cache; the cache-on ratio to the peer is shown for completeness. A ratio to the peer is only given ' +
      'where both answers, normalised (bench/suite/peer-answers.ts), hold the same information.',
    '',
  ];
  for (const size of compared) {
    lines.push(
      `**${states(size.states)} generated + the real dataset: ${count(size.nodes)} nodes, ${count(size.relationships)} relationships**`,
      '',
      comparisonTable(size),
      '',
    );
  }
  if (r.sizes.length > 1) lines.push('**Latency (p50) of this service as the corpus grows**', '', scaleTable(r.sizes), '');
  const generated = r.sizes.filter((size) => size.generated?.added);
  if (generated.length || r.loadComparison) {
    lines.push('**Loading the synthetic corpus**', '');
    for (const size of generated) {
      const g = size.generated;
      if (g)
        lines.push(
          `- to ${states(size.states)}: ${states(g.added)}, ${count(g.rows)} rows in ${g.seconds.toFixed(1)} s = ${count(Math.round(g.rowsPerSecond))} rows/s (batches of ${count(s.batchSize)})`,
        );
    }
    const c = r.loadComparison;
    if (c) {
      lines.push(
        `- one sample State (${count(c.rows)} rows): one row per transaction ${count(Math.round(c.singleRowsPerSecond))} rows/s, ` +
          `UNWIND batches ${count(Math.round(c.batchedRowsPerSecond))} rows/s: **${c.ratio.toFixed(1)}×**${mark(c.ratio, 25, false)} (goal ≥ 25×)`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
