import { secretValues } from '../core/bundle.js';
import { StoreConflictError } from '../core/errors.js';
import type { RoundTripContext, SeedSource } from './context.js';
import { parseSeed, writeBundle } from './load-stream.js';
import { lockWaitNotice } from './messages.js';
import { releaseLock } from './run-round-trip.js';

export interface SeedRequest {
  readonly seed: SeedSource;
  readonly force: boolean;
  readonly lockTimeoutMs: number;
}

export interface SeedResult {
  readonly stream: string;
  readonly store: string;
  readonly generation: number;
  readonly replaced: number | null;
  readonly fingerprint: string;
  readonly lastRefresh: string | null;
}

/** Stores a fresh login as the stream's copy. Validates it before touching the store, so a bad seed changes nothing. */
export async function seedStream(ctx: RoundTripContext, request: SeedRequest): Promise<SeedResult> {
  const bundle = parseSeed(request.seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: request.lockTimeoutMs,
    leaseMs: 60_000,
    mode: 'process',
    onWait: lockWaitNotice(ctx),
  });
  try {
    const current = await ctx.store.currentGeneration();
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null
          ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be read; pass --force to replace it with this login.`
          : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`,
      );
    }
    const generation = await writeBundle(ctx, bundle, request.force ? 'replace' : 0, (current ?? 0) + 1);
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      generation,
      replaced: current === 0 ? null : current,
      fingerprint: bundle.fingerprint,
      lastRefresh: bundle.auth.last_refresh ?? null,
    };
  } finally {
    await releaseLock(handle, ctx);
  }
}
