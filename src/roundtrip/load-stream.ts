import { assertStreamable, type Bundle, parseBundle, secretValues } from '../core/bundle.js';
import { type Envelope, openEnvelope, sealEnvelope } from '../core/envelope.js';
import { NotSeededError, RollbackRefusedError, UsageError } from '../core/errors.js';
import { nearNames } from '../core/near-names.js';
import { legacyStreamMessage } from '../core/stream.js';
import type { Logger } from '../core/logger.js';
import { futureRefreshWarning, normalizeSeedText } from '../core/seed-text.js';
import type { RoundTripContext, SeedSource } from './context.js';
import { type LoadedCopy, storedCopyOf } from './loaded-copy.js';

/** The loaded copy together with its bundle (the bundle holds the tokens; the copy does not). */
export interface LoadedStream extends LoadedCopy {
  readonly bundle: Bundle;
}

/** Reads and opens the stream's envelope; stores the seed first when (and only when) the store holds nothing. */
export async function loadStream(
  ctx: RoundTripContext,
  given: SeedSource | undefined,
): Promise<LoadedStream> {
  refuseLegacyOnGitRef(ctx);
  const envelope = await ctx.store.read();
  checkLegacyStream(ctx, envelope !== null);
  // A store may hold a plain auth.json (a login pasted into a secret): that is its seed.
  const seed = envelope ? given : (given ?? (await ctx.store.plainSeed?.()) ?? undefined);
  if (envelope) {
    const bundle = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
    ctx.secrets.add(secretValues(bundle));
    const skew = futureRefreshWarning(bundle, `the stored copy of stream "${ctx.stream}"`, ctx.now());
    if (skew) ctx.log.warn(skew);
    if (seed) {
      ctx.log.info(
        `stream "${ctx.stream}" already holds generation ${envelope.generation}; the seed from ${seed.origin} is not used (a seed never replaces a stored copy).`,
      );
    }
    return { bundle, ...storedCopyOf(bundle, envelope.generation), seeded: false };
  }
  if (!seed) throw await notSeeded(ctx);
  const bundle = parseSeed(seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  await refuseSeedBelowMark(ctx, seed.origin);
  await writeBundle(ctx, bundle, 0);
  ctx.log.info(`stream "${ctx.stream}" was empty: stored the seed from ${seed.origin} as generation 1.`);
  return { bundle, ...storedCopyOf(bundle, 1), seeded: true };
}

/**
 * An empty store whose high-water mark says generations were written lost its copy (deleted by hand, a partial
 * restore). The seed at hand is then most likely the first login (a workflow passes the same auth-json secret on
 * every run), whose refresh token was rotated away long ago: using it could get the session revoked. Only `seed
 * --force` passes the mark; `revoke` removes the mark with the stream, so revoke-then-seed works as before.
 */
export async function refuseSeedBelowMark(ctx: Pick<RoundTripContext, 'stream' | 'store'>, origin: string) {
  const mark = (await ctx.store.highWater?.().catch(() => null)) ?? null;
  if (mark === null || mark <= 0) return;
  throw new RollbackRefusedError(
    `stream "${ctx.stream}" holds nothing in ${ctx.store.location}, but generation ${mark} was already written (its high-water mark remains): the stored copy was removed or lost, and the seed from ${origin} is most likely an older login whose refresh token was rotated away, so it was not used and nothing was run. Put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark; \`codex-auth revoke\` removes a stream together with its mark).`,
  );
}

/** A name accepted only by the old rule keeps an existing stream working (with a warning), never a new one. */
export function checkLegacyStream(ctx: Pick<RoundTripContext, 'stream' | 'log'>, exists: boolean): void {
  const message = legacyStreamMessage(ctx.stream, exists);
  if (message === null) return;
  if (!exists) throw new UsageError(message);
  ctx.log.warn(message);
}

/**
 * Before the lock (which would create the stream's directory): a name only the old rule allowed is refused for a
 * stream that does not exist. Costs a store read only for such names.
 */
export async function checkLegacyStreamBeforeLock(ctx: Pick<RoundTripContext, 'stream' | 'store' | 'log'>) {
  if (legacyStreamMessage(ctx.stream, false) === null) return;
  refuseLegacyOnGitRef(ctx);
  if ((await ctx.store.currentGeneration()) === 0)
    throw new UsageError(legacyStreamMessage(ctx.stream, false) ?? '');
}

/** A git ref cannot hold such a name at all: no stream can exist under it there. */
export function refuseLegacyOnGitRef(ctx: Pick<RoundTripContext, 'stream' | 'store'>): void {
  const message = legacyStreamMessage(ctx.stream, false);
  if (message !== null && ctx.store.kind === 'git-ref') throw new UsageError(message);
}

/** Validates a seed as users paste it (BOM, base64, a path by mistake); warns when its clock looks wrong. */
export function parseSeed(seed: SeedSource, log?: Logger, now = new Date()): Bundle {
  const { text, decodedFrom } = normalizeSeedText(seed.raw, seed.origin, seed.pathHint ?? SEED_PATH_HINT);
  const bundle = parseBundle(text, seed.origin);
  assertStreamable(bundle, seed.origin);
  if (decodedFrom)
    log?.info(`${seed.origin} holds base64 of an auth.json; it was decoded and stored as JSON.`);
  const skew = futureRefreshWarning(bundle, seed.origin, now);
  if (skew) log?.warn(skew);
  return bundle;
}

const SEED_PATH_HINT = 'pass the file with --auth-file PATH (seed) or --seed-file PATH (run, restore)';

/**
 * Seals `bundle` as the generation after `expectedGeneration` and verifies it reads back. `replace` (seed
 * --force) writes `generation` over whatever is stored.
 */
export async function writeBundle(
  ctx: RoundTripContext,
  bundle: Bundle,
  expectedGeneration: number | 'replace',
  generation = typeof expectedGeneration === 'number' ? expectedGeneration + 1 : 1,
): Promise<number> {
  const envelope = await sealEnvelope(
    { bundle, stream: ctx.stream, generation, writer: ctx.writer, now: ctx.now() },
    ctx.key,
  );
  await ctx.store.write(envelope, expectedGeneration);
  await verifyStored(ctx, envelope, bundle.fingerprint);
  return generation;
}

/** Reads the stream back and opens it; a write that does not verify is rolled back and reported. */
export async function verifyStored(
  ctx: RoundTripContext,
  written: Envelope,
  fingerprint: string,
): Promise<void> {
  const generation = written.generation;
  try {
    // A store whose write is itself a content-addressed compare-and-swap (git-ref) is not read back: the
    // envelope is checked in memory, which proves the key and the associated data, at no API cost.
    const stored = ctx.store.readBackAfterWrite ? await ctx.store.read() : written;
    if (!stored || stored.generation !== generation) {
      throw new Error(`expected generation ${generation}, found ${stored?.generation ?? 'nothing'}`);
    }
    const bundle = await openEnvelope(stored, ctx.stream, ctx.key, ctx.store.location);
    if (bundle.fingerprint !== fingerprint) throw new Error('the stored bundle is not the one written');
  } catch (error) {
    const rolledBack = await ctx.store.rollback(generation).catch(() => false);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the write of generation ${generation} to ${ctx.store.location} did not verify (${reason})${rolledBack ? '; the previous generation was put back' : ''}.`,
    );
  }
}

/** A stream with nothing stored and no seed: never seeded, or a typo of a stream the store does hold. */
async function notSeeded(ctx: Pick<RoundTripContext, 'stream' | 'store'>): Promise<NotSeededError> {
  const names = ((await ctx.store.storedStreams?.().catch(() => null)) ?? []).map((stream) => stream.name);
  const near = nearNames(ctx.stream, names);
  const meant =
    near.length > 0
      ? ` Did you mean ${near.map((name) => `"${name}"`).join(' or ')}? Otherwise, to start this stream:`
      : '';
  return new NotSeededError(
    `stream "${ctx.stream}" is not seeded: ${ctx.store.location} holds nothing and no seed was given.${meant} Seed it once from a fresh login: \`codex-auth seed --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (or pass --seed-file FILE / set CODEX_AUTH_JSON).`,
  );
}
