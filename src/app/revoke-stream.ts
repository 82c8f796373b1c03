import { secretValues } from '../core/bundle.js';
import { openEnvelope } from '../core/envelope.js';
import { LockTimeoutError, RevokeUnconfirmedError } from '../core/errors.js';
import { buildCodexEnv } from '../codex/codex-env.js';
import {
  createPrivateCodexHome,
  materialiseAuth,
  readAuth,
  removeCodexHome,
  writeCodexConfig,
} from '../codex/codex-home.js';
import { runCodexLogout } from '../codex/codex-logout.js';
import { describeHolder } from '../locks/lock.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import { type RevokeOutcome, startRevokeRelay } from './revoke-relay.js';

export interface RevokeRequest {
  readonly codexPath: string;
  readonly codexConfig?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  /** Take the stream even while its lock is held (the holder is known to be gone). */
  readonly force: boolean;
  readonly onOutput: (line: string) => void;
}

export interface RevokeResult {
  readonly stream: string;
  readonly store: string;
  readonly signedOut: boolean;
  readonly removed: boolean;
  readonly generation: number | null;
}

/**
 * Disconnects a stream: signs the session out at OpenAI with Codex's own logout (which revokes the refresh token),
 * then, once the revoke endpoint confirmed it, removes the stream and its lock from the store. Refuses while the
 * lock is held, unless forced; keeps the stream when the revoke is not confirmed.
 */
export async function revokeStream(ctx: RoundTripContext, request: RevokeRequest): Promise<RevokeResult> {
  const holder = await ctx.lock.inspect();
  // A stale lock (its holder gone) does not stop revoke: the acquire below takes it.
  if (holder && !holder.stale && !request.force) {
    throw new LockTimeoutError(
      `stream "${ctx.stream}" is in use: its lock is held by ${describeHolder(holder)}. Wait for it, or pass --force if you know the holder is gone.`,
    );
  }
  if (holder && !holder.stale) await ctx.lock.forceRelease();
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: 30_000,
    leaseMs: 60_000,
    mode: 'process',
  });
  try {
    const envelope = await ctx.store.read();
    let signedOut = false;
    if (envelope) {
      const bundle = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
      ctx.secrets.add(secretValues(bundle));
      await signOut(ctx, request, bundle.raw, envelope.generation);
      signedOut = true;
    }
    await ctx.store.remove();
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      signedOut,
      removed: true,
      generation: envelope?.generation ?? null,
    };
  } finally {
    await handle.release().catch(() => false);
  }
}

/**
 * Runs `codex logout` on the stream's login through the revoke relay, and returns only when the revoke endpoint
 * confirmed it (2xx). Anything else throws, and the caller keeps the stream: the session may still be live, and
 * the stored login is then the only way left to sign it out.
 */
async function signOut(
  ctx: RoundTripContext,
  request: RevokeRequest,
  authJson: string,
  generation: number,
): Promise<void> {
  const relay = await startRevokeRelay(request.baseEnv);
  const home = await createPrivateCodexHome();
  try {
    await materialiseAuth(home.dir, authJson);
    if (request.codexConfig !== undefined) await writeCodexConfig(home.dir, request.codexConfig);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, ctx.log),
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: relay.url,
      // A proxy in the environment must not take Codex's call to the relay on 127.0.0.1 elsewhere.
      NO_PROXY: withLoopback(request.baseEnv.NO_PROXY),
      no_proxy: withLoopback(request.baseEnv.no_proxy),
    };
    const code = await runCodexLogout(request.codexPath, env, 60_000, request.onOutput);
    const outcome = relay.outcome();
    const kept = `The session may still be live, so stream "${ctx.stream}" was kept (generation ${generation}) in ${ctx.store.location}.`;
    if (code !== 0 || (await readAuth(home.dir)) !== null) {
      throw new RevokeUnconfirmedError(
        `codex logout exited with ${code} without signing the session out. ${kept} Run revoke again; if it keeps failing, sign the session out at chatgpt.com (Settings > Security), then run revoke again.`,
      );
    }
    if (outcome.kind !== 'confirmed') {
      throw new RevokeUnconfirmedError(
        `could not confirm that the session of stream "${ctx.stream}" was signed out: the revoke endpoint ${relay.upstream} ${describeOutcome(outcome)}. ${kept} Run revoke again when the endpoint answers (a session already signed out is confirmed too), or sign it out at chatgpt.com (Settings > Security) and then run revoke again.`,
      );
    }
  } finally {
    await removeCodexHome(home.dir);
    await relay.close();
  }
}

function withLoopback(list: string | undefined): string {
  return list ? `${list},127.0.0.1` : '127.0.0.1';
}

function describeOutcome(outcome: RevokeOutcome): string {
  switch (outcome.kind) {
    case 'refused':
      return `answered HTTP ${outcome.status}`;
    case 'timeout':
      return `did not answer within ${(outcome.afterMs / 1000).toFixed(0)} s`;
    case 'unreachable':
      return `could not be reached (${outcome.reason})`;
    case 'not-asked':
      return 'was never called by codex logout';
    case 'confirmed':
      return `answered HTTP ${outcome.status}`;
  }
}
