/**
 * What every benchmark server shares: where Neo4j is (from the environment the harness sets),
 * announcing its address on stdout, and ending when the harness closes its stdin, so no server
 * outlives a benchmark that crashed.
 */
export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
}

export function benchNeo4j(): BenchNeo4j {
  const { BENCH_NEO4J_URI: uri, BENCH_NEO4J_USER: user, BENCH_NEO4J_PASSWORD: password } = process.env;
  if (!uri || !user || !password)
    throw new Error('BENCH_NEO4J_URI, BENCH_NEO4J_USER and BENCH_NEO4J_PASSWORD must be set (the harness sets them)');
  return { uri, user, password };
}

export function announce(url: string, close: () => Promise<void>): void {
  console.log(`LISTENING ${url}`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void close().finally(() => process.exit(0));
  });
}
