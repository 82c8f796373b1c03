import { isErrno } from '../platform/secure-files.js';
import { sleep } from './backoff.js';

// Every "read lease -> decide -> write" runs under a short-lived proper-lockfile guard (`lock.json.guard`), so two
// waiters never both judge the same stale lease and both take it.

export const GUARD_STALE_MS = 2_000; // proper-lockfile's minimum; the guard is held for milliseconds.

/** Runs `critical` under the guard; { ok: false } if the guard stayed busy until `deadline` (epoch ms). */
export async function guarded<T>(
  file: string,
  guard: string,
  critical: () => Promise<T>,
  deadline: number,
  signal?: AbortSignal,
): Promise<{ ok: true; value: T } | { ok: false }> {
  // Imported when a guard is first needed: proper-lockfile brings graceful-fs, which patches `fs` as it loads
  // (about 11 ms of CPU), and neither `status` (which only reads the lease) nor a run that takes a free lock and
  // releases it in time needs the guard.
  const { default: lockfile } = await import('proper-lockfile');
  for (;;) {
    signal?.throwIfAborted();
    let unlock: () => Promise<void>;
    try {
      unlock = await lockfile.lock(file, {
        lockfilePath: guard,
        realpath: false,
        stale: GUARD_STALE_MS,
        retries: 0,
        // The default throws from a timer. A broken guard is survivable: the lease writes re-check the file.
        onCompromised: () => {},
      });
    } catch (error) {
      if (!isErrno(error, 'ELOCKED')) throw error;
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false };
      await sleep(Math.min(left, 5 + Math.random() * 20), signal);
      continue;
    }
    try {
      return { ok: true, value: await critical() };
    } finally {
      await unlock().catch(() => {});
    }
  }
}
