import { CONNECTIONS } from './suite/connections.js';
import { CURATION } from './suite/curation.js';
import { EXPLORATION } from './suite/exploration.js';
import { QUESTIONS } from './suite/questions.js';
import type { SuiteOperation } from './suite/types.js';

export type { SuiteOperation } from './suite/types.js';

/**
 * Every operation the benchmark measures (`bench: true`) and the performance tests check: one
 * statement per root field, one Cypher text per shape, index seeks, plan-cache hits. A new root
 * field gets an entry here (the statements test fails until it has one).
 */
export const SUITE: SuiteOperation[] = [...QUESTIONS, ...EXPLORATION, ...CONNECTIONS, ...CURATION];

/** The variables the benchmark sends (its corpus always holds generated States). */
export function benchVariables(operation: SuiteOperation): Record<string, unknown> {
  return operation.benchVariables?.() ?? operation.variables;
}

export function suiteOperation(name: string): SuiteOperation {
  const operation = SUITE.find((o) => o.name === name);
  if (!operation) throw new Error(`no suite operation "${name}" (have ${SUITE.map((o) => o.name).join(', ')})`);
  return operation;
}
