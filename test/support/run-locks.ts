import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Locks between the test files of one run, which vitest may run in several worker processes at
 * once. They live in a folder the global setup makes for the run, so nothing left by an earlier
 * run can hold them. `mkdir` is atomic, so a folder is a mutex: whoever made it holds it.
 */
const POLL_MS = 200;

export interface Held {
  release(): Promise<void>;
}

export interface Waiter {
  /** The test file that waits, named in the lock so that a file waiting too long can say who holds it. */
  by: string;
  /** How long to wait before failing with the holders' names (below the hook's own timeout). */
  waitMs: number;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

async function tryMkdir(path: string): Promise<boolean> {
  try {
    await mkdir(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readAll(folder: string): Promise<string[]> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  return Promise.all(
    entries.map((entry) =>
      readFile(join(folder, entry), 'utf8').then(
        (text) => text.trim(),
        () => entry,
      ),
    ),
  );
}

function tooLong(what: string, waiter: Waiter, holders: string[]): Error {
  return new Error(
    `${waiter.by} waited ${waiter.waitMs / 1000} s for ${what}, held by: ${holders.join('; ') || 'nobody (released meanwhile)'}`,
  );
}

/** One holder at a time. */
export async function exclusive(dir: string, name: string, waiter: Waiter): Promise<Held> {
  const path = join(dir, name);
  const deadline = Date.now() + waiter.waitMs;
  while (!(await tryMkdir(path))) {
    if (Date.now() > deadline) throw tooLong(name, waiter, await readAll(path));
    await pause();
  }
  await writeFile(join(path, 'holder'), `${waiter.by} (pid ${process.pid}, since ${new Date().toISOString()})\n`);
  return { release: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Two classes of holders that exclude each other, with any number of holders of the same class
 * at once: for example the files that read the whole graph together, or the files that write
 * to it together, never a mix of both.
 */
export async function oneClassAtATime(dir: string, name: string, classes: { mine: string; other: string }, waiter: Waiter): Promise<Held> {
  const root = join(dir, name);
  await mkdir(join(root, classes.mine), { recursive: true });
  await mkdir(join(root, classes.other), { recursive: true });
  const entry = join(root, classes.mine, `${process.pid}-${Math.random().toString(36).slice(2)}`);
  const deadline = Date.now() + waiter.waitMs;
  for (;;) {
    // The guard makes "the other class holds nothing, so I join mine" one step.
    const guard = await exclusive(root, 'guard', { ...waiter, waitMs: Math.max(deadline - Date.now(), POLL_MS) });
    try {
      if ((await readdir(join(root, classes.other))).length === 0) {
        await writeFile(entry, `${waiter.by} (pid ${process.pid}, since ${new Date().toISOString()})\n`);
        return { release: () => rm(entry, { force: true }) };
      }
    } finally {
      await guard.release();
    }
    if (Date.now() > deadline) throw tooLong(`${name} as one of the ${classes.mine}`, waiter, await readAll(join(root, classes.other)));
    await pause();
  }
}
