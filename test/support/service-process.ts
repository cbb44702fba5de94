import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';
import { QUERY_TIMEOUT_MS } from './budgets.js';
import { freePort } from './free-port.js';
import type { Neo4jAccess } from './neo4j.js';

/** Starting `tsx src/main.ts` compiles the sources: up to a minute and a half on a busy machine. */
export const SERVICE_PROCESS_START_MS = 120_000;

/**
 * The service as `npm start` runs it, a process of its own (node with tsx's loader, so signals
 * reach the service itself), on a free loopback port, over the Neo4j given. No dataset load
 * unless `env` asks for one.
 */
export function spawnService(neo4j: Neo4jAccess, env: Record<string, string> = {}, port?: number): Promise<SpawnedService> {
  return spawnEntry(['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')], neo4j, env, port);
}

/** The same, from a compiled bundle (scripts/build.ts): plain Node, no loader, as `npm start` runs it. */
export function spawnCompiledService(mainJs: string, neo4j: Neo4jAccess, env: Record<string, string> = {}): Promise<SpawnedService> {
  return spawnEntry([mainJs], neo4j, env);
}

function spawnEntry(args: string[], neo4j: Neo4jAccess, env: Record<string, string>, port?: number): Promise<SpawnedService> {
  return (port === undefined ? freePort() : Promise.resolve(port)).then((chosen) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        PORT: String(chosen),
        HOST: '127.0.0.1',
        CRG_LOAD_DATA: 'never',
        CRG_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new SpawnedService(child, `http://127.0.0.1:${chosen}`);
  });
}

export class SpawnedService {
  private text = '';
  /** Resolves with the exit code once the process has exited and its output is all read. */
  readonly exited: Promise<number | null>;

  constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    this.exited = once(child, 'close').then(([code]) => code as number | null);
  }

  /** Everything it wrote to stdout and stderr so far. */
  output(): string {
    return this.text;
  }

  /** Resolves once it serves; rejects with its output if it exits or takes longer than the budget. */
  async ready(): Promise<this> {
    const deadline = Date.now() + SERVICE_PROCESS_START_MS;
    while (!this.text.includes('GraphQL at')) {
      if (this.child.exitCode !== null) throw new Error(`the service exited (${this.child.exitCode}):\n${this.text.slice(-3000)}`);
      if (Date.now() > deadline)
        throw new Error(`the service did not start within ${SERVICE_PROCESS_START_MS} ms:\n${this.text.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this;
  }

  /** SIGTERM, then its exit code (SIGKILL after 30 s). */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
