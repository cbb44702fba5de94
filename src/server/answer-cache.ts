import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { OperationTypeNode, print, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import { GRAPH_VERSION } from '../db/graph-version.js';
import { newStatementStats, type StatementStats } from '../db/stats.js';

/** A cached answer: the `data` of a response without errors, and its size as JSON. */
interface Answer {
  data: Record<string, unknown>;
  bytes: number;
}

/**
 * Answers to anonymous read operations, kept in memory under the normalised document (printed,
 * so spacing and comments do not matter), the operation name, the variables and the graph
 * version (src/db/graph-version.ts). Each such request first reads the graph version, one tiny
 * statement, waiting for the client's crg-bookmark like any read; a hit then runs nothing else.
 * Every write that changed data moved the version on in its own transaction, so an answer is
 * never served after a write that any instance of the same Neo4j acknowledged. Mutations and
 * callers with a token always run. Bounded by the answers' size as JSON (least recently used go
 * first); see docs/performance.md.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, Answer>;
  private readonly printed = new WeakMap<DocumentNode, string>();
  private readonly hits: Counter;
  private readonly misses: Counter;

  constructor(
    private readonly db: Database,
    maxBytes: number,
    registry: Registry,
  ) {
    this.answers = new LRUCache<string, Answer>({ maxSize: maxBytes, sizeCalculation: (answer) => Math.max(1, answer.bytes) });
    this.hits = new Counter({
      name: 'crg_answer_cache_hits_total',
      help: 'Anonymous reads answered from the answer cache.',
      registers: [registry],
    });
    this.misses = new Counter({
      name: 'crg_answer_cache_misses_total',
      help: 'Anonymous reads the answer cache did not hold (run, then kept when they had no error).',
      registers: [registry],
    });
    const answers = this.answers;
    new Gauge({
      name: 'crg_answer_cache_bytes',
      help: 'Size of the answers held, as JSON (bounded by CRG_ANSWER_CACHE_BYTES).',
      registers: [registry],
      collect() {
        this.set(answers.calculatedSize);
      },
    });
    new Gauge({
      name: 'crg_answer_cache_entries',
      help: 'Answers held in the answer cache.',
      registers: [registry],
      collect() {
        this.set(answers.size);
      },
    });
  }

  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: () => {
        let missed: string | undefined;
        return Promise.resolve({
          responseForOperation: async ({ document, operation, request, contextValue }): Promise<GraphQLResponse | null> => {
            if (operation.operation !== OperationTypeNode.QUERY || contextValue.principal) return null;
            const version = await this.graphVersion(contextValue.stats);
            if (version === null) return null;
            const key = JSON.stringify([
              version,
              request.operationName ?? null,
              this.normalised(document),
              sorted(request.variables ?? {}),
            ]);
            const answer = this.answers.get(key);
            if (!answer) {
              this.misses.inc();
              contextValue.stats.answerCache = 'miss';
              missed = key;
              return null;
            }
            this.hits.inc();
            contextValue.stats.answerCache = 'hit';
            // A new result object: other plugins add their extensions to it, never to the cached one.
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: answer.data } } };
          },
          willSendResponse: ({ response }) => {
            if (missed === undefined || response.body.kind !== 'single') return Promise.resolve();
            const { data, errors } = response.body.singleResult;
            if (data && !errors?.length) this.answers.set(missed, { data, bytes: Buffer.byteLength(JSON.stringify(data)) });
            return Promise.resolve();
          },
        });
      },
    };
  }

  /**
   * The graph version, read before the answer is computed (an answer is never older than the
   * version it is kept under), after the client's bookmarks. Not counted among the request's
   * statements: those stay one per root field. Null when there is none yet or Neo4j did not
   * answer: the request then runs as if there were no cache, and fails or succeeds on its own.
   */
  private async graphVersion(stats: StatementStats): Promise<string | null> {
    const own = newStatementStats(stats.causal?.after);
    try {
      const [row] = await this.db.read('graph-version', GRAPH_VERSION.read.text, {}, own);
      return typeof row?.['version'] === 'string' ? row['version'] : null;
    } catch {
      return null;
    }
  }

  private normalised(document: DocumentNode): string {
    let text = this.printed.get(document);
    if (text === undefined) {
      text = print(document);
      this.printed.set(document, text);
    }
    return text;
  }
}

/** The variables with their keys in order, so `{a, b}` and `{b, a}` are one key. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sorted(object[key])]),
  );
}
