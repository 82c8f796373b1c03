import type { Acquired, LockHandle } from '../../locks/lock.js';
import type { RoundTripContext } from '../context.js';
import { checkLegacyStreamBeforeLock } from '../load-stream.js';
import { lockWaitNotice } from '../messages.js';
import { timedAcquire } from '../result.js';
import type { RunState } from './run-state.js';

/** A process-bound lock renews its lease by heartbeat; this only bounds how long a vanished host blocks others. */
export const PROCESS_LEASE_MS = 60_000;

export interface LockTerms {
  readonly timeoutMs: number;
  /** `process`: the lock dies with this process (run, seed). `lease`: it outlives it until persist (restore). */
  readonly mode: 'process' | 'lease';
  /** Default PROCESS_LEASE_MS. */
  readonly leaseMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** Takes the stream's lock in this context's name, telling the user now and then who holds it while waiting. */
export function takeLock(ctx: RoundTripContext, terms: LockTerms): Promise<Acquired> {
  return ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: terms.timeoutMs,
    leaseMs: terms.leaseMs ?? PROCESS_LEASE_MS,
    mode: terms.mode,
    onWait: lockWaitNotice(ctx),
    ...(terms.signal ? { signal: terms.signal } : {}),
  });
}

/** Phase: refuse a legacy stream name that does not exist (before the lock would create it). */
export async function checkStreamName(state: RunState): Promise<void> {
  await checkLegacyStreamBeforeLock(state.ctx);
}

/** Phase: acquire the lock, recording the wait in the result (also when it times out). */
export async function acquireLock(state: RunState, terms: LockTerms): Promise<void> {
  const acquired = await timedAcquire(state.result, () => takeLock(state.ctx, terms));
  state.lock = acquired.handle;
}

/** Releases the lock; never throws, since a failed release must not hide what the round trip did. */
export async function releaseLock(
  lock: LockHandle,
  ctx: Pick<RoundTripContext, 'stream' | 'log'>,
): Promise<void> {
  try {
    if (!(await lock.release())) {
      ctx.log.warn(
        `the lock of stream "${ctx.stream}" had been taken over by another holder before release.`,
      );
    }
  } catch (error) {
    ctx.log.warn(`could not release the lock of stream "${ctx.stream}": ${String(error)}`);
  }
}
