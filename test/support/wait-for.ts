// Waiting on what a test is waiting for, not on the clock. A fixed sleep is either too short on a loaded machine
// (the test flakes) or too long everywhere (the suite crawls). Where the awaited thing has an event (a callback, a
// child's message, a request the simulator logged), the test awaits a promise the event resolves (`deferred`).
// Where it has none (a process that is not our child dying, a file another process rewrites), `waitFor` polls the
// condition with a deadline and fails saying what it waited for and what it saw last.
import { readFile } from 'node:fs/promises';

export interface WaitForOptions {
  /** Give up after this long; generous, because a loaded runner is slow and a pass returns at once anyway. */
  timeoutMs?: number;
  /** How often to look again. */
  intervalMs?: number;
  /** What the test waits for, for the failure message ("the holder's heartbeat renewed the lease"). */
  what: string;
}

/**
 * Resolves with the first truthy value `condition` returns; rejects after `timeoutMs` with `what` and the last
 * value seen (or the last error the condition threw).
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs = 10_000, intervalMs = 20, what }: WaitForOptions,
): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await condition();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (performance.now() >= deadline) {
      const seen = last instanceof Error ? `${last.name}: ${last.message}` : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last seen: ${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** A promise and its resolvers, for a callback to settle and a test to await. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Rejects with "`what` did not happen within `ms` ms" unless `promise` settles first. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** True once `pid` runs no more (a zombie waiting to be reaped counts as gone). */
export async function processGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat === '' || stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
}

/** Waits until `pid` runs no more; fails naming it after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs = 10_000): Promise<void> {
  await waitFor(() => processGone(pid), { timeoutMs, what: `process ${pid} to be gone` });
}
