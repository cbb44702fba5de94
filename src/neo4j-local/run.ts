import { spawn, type SpawnOptions } from 'node:child_process';

/** Runs a command to completion, keeping its output for the error message if it fails. */
export function run(command: string, args: string[]): Promise<void> {
  return capture(command, args).then(({ code, output }) => {
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${code}:\n${output}`);
  });
}

export interface Captured {
  /** The exit code; null when the command could not be run at all (then `output` says why). */
  code: number | null;
  /** The last 8000 characters of stdout and stderr together. */
  output: string;
}

/** Runs a command and hands back its exit code and output, never throwing. */
export function capture(command: string, args: string[], options: Pick<SpawnOptions, 'env' | 'timeout'> = {}): Promise<Captured> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('error', (error) => resolvePromise({ code: null, output: `could not run ${command}: ${error.message}` }));
    child.on('close', (code, signal) => resolvePromise({ code: code ?? (signal ? 128 : 1), output }));
  });
}
