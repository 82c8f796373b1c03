import { secretValues } from '../core/bundle.js';
import { StoreConflictError } from '../core/errors.js';
import type { RoundTripContext, SeedSource } from './context.js';
import {
  checkLegacyStream,
  checkLegacyStreamBeforeLock,
  parseSeed,
  refuseLegacyOnGitRef,
  refuseSeedBelowMark,
  writeBundle,
} from './load-stream.js';
import { releaseLock, takeLock } from './phases/acquire.js';

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
  refuseLegacyOnGitRef(ctx);
  if (!request.force) await checkLegacyStreamBeforeLock(ctx);
  const { handle } = await takeLock(ctx, { timeoutMs: request.lockTimeoutMs, mode: 'process' });
  try {
    const current = await ctx.store.currentGeneration();
    checkLegacyStream(ctx, current !== 0);
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null
          ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be used (${await whyUnusable(ctx)}); pass --force to replace it with this login.`
          : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`,
      );
    }
    if (current === 0 && !request.force) await refuseSeedBelowMark(ctx, request.seed.origin);
    // Above the rollback guard's high-water mark too, so generations never repeat (cache keys are immutable) and
    // the forced seed is the new newest copy.
    const highWater = request.force ? ((await ctx.store.highWater?.().catch(() => null)) ?? 0) : 0;
    const generation = await writeBundle(
      ctx,
      bundle,
      request.force ? 'replace' : 0,
      Math.max(current ?? 0, highWater) + 1,
    );
    if (request.force && highWater > (current ?? 0)) {
      ctx.log.warn(
        `stream "${ctx.stream}" ${current === 0 ? 'held nothing' : `held generation ${current ?? '(unreadable)'}`} below its high-water mark ${highWater} (its copy had been removed, or an older one put back): seed --force replaced it, and the stream is at generation ${generation} now.`,
      );
    }
    await warnIfSeededElsewhere(ctx, bundle.fingerprint);
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

async function whyUnusable(ctx: RoundTripContext): Promise<string> {
  try {
    await ctx.store.read();
    return 'it could not be read';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * One login in two streams: the first of them to refresh rotates the refresh token and the other one's copy dies
 * (refresh_token_reused). Same fingerprint means the same tokens of the same account. Stores that cannot read
 * other streams' fingerprints for free (git-ref) are not asked per stream.
 */
async function warnIfSeededElsewhere(ctx: RoundTripContext, fingerprint: string): Promise<void> {
  const streams = (await ctx.store.storedStreams?.().catch(() => null)) ?? [];
  const twins = streams.filter((other) => other.name !== ctx.stream && other.fingerprint === fingerprint);
  if (twins.length === 0) return;
  const names = twins.map((twin) => `"${twin.name}"`).join(', ');
  ctx.log.warn(
    `this login (fingerprint ${fingerprint}) is also stored in stream ${names} of this store: two streams of one login kill each other, since the first to refresh rotates the refresh token the other holds (refresh_token_reused). Give each stream its own login: sign in again in a fresh CODEX_HOME and reseed one of them with \`codex-auth seed --force --stream ${ctx.stream}\` (do not revoke either: that signs out the login both hold).`,
  );
}
