import type { RunResult } from './traffic.js';
import type { SameAnswer } from './same-answer.js';
import type { ServerName } from './servers.js';

/** What `npm run bench` measures, as written to bench/results/latest.json. */
export interface ServerStats {
  /** Medians over the rounds. */
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  rounds: RunResult[];
}

export interface OperationResult {
  name: string;
  title: string;
  /** Objects with an id in this service's answer (nodes and links), and its size. */
  ids: number;
  bytes: number;
  dbHits: number;
  peerDbHits?: number;
  servers: Partial<Record<ServerName, ServerStats>>;
  /**
   * Medians of the per-round ratios (A and B measured back to back in each round). Without
   * `cached` in the name, this service with its answer cache off (the Neo4j path); the `cached`
   * ones with it on (every request after the first a hit). Against the peer only the first are fair.
   */
  ratios: {
    p50VsRaw?: number;
    p99VsRaw?: number;
    rpsVsPeer?: number;
    p50VsPeer?: number;
    cachedP50VsRaw?: number;
    cachedRpsVsPeer?: number;
  };
  /** Whether the peer gave the same information; a ratio to the peer is only reported when it did. */
  sameAnswer?: SameAnswer;
  peerNote?: string;
  /** The service's answer on the wire, in bytes: uncompressed, brotli, gzip (bench/wire.ts). */
  wire?: { identity: number; br: number; gzip: number };
  /** Share of the cache-on service's requests for this operation answered from its answer cache, during the measured rounds. */
  cacheHitRate?: number;
}

export interface SizeResult {
  states: number;
  nodes: number;
  relationships: number;
  /** Loading the States added for this size. */
  generated?: { added: number; rows: number; seconds: number; rowsPerSecond: number };
  operations: OperationResult[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    os: string;
    node: string;
    neo4j: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  settings: {
    connections: number;
    rounds: number;
    scaleRounds: number;
    seconds: number;
    warmupSeconds: number;
    heap: string;
    pageCache: string;
    batchSize: number;
  };
  loadComparison?: { rows: number; singleRowsPerSecond: number; batchedRowsPerSecond: number; ratio: number };
  sizes: SizeResult[];
}
