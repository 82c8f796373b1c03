import { secretValues } from '../core/bundle.js';
import { openEnvelope } from '../core/envelope.js';
import { InternalError, LockTimeoutError } from '../core/errors.js';
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
 * then removes the stream and its lock from the store. Refuses while the lock is held, unless forced.
 */
export async function revokeStream(ctx: RoundTripContext, request: RevokeRequest): Promise<RevokeResult> {
  const holder = await ctx.lock.inspect();
  if (holder && !request.force) {
    throw new LockTimeoutError(
      `stream "${ctx.stream}" is in use: its lock is held by ${describeHolder(holder)}. Wait for it, or pass --force if you know the holder is gone.`,
    );
  }
  if (holder) await ctx.lock.forceRelease();
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
      const home = await createPrivateCodexHome();
      try {
        await materialiseAuth(home.dir, bundle.raw);
        if (request.codexConfig !== undefined) await writeCodexConfig(home.dir, request.codexConfig);
        const code = await runCodexLogout(
          request.codexPath,
          buildCodexEnv(request.baseEnv, home.dir, ctx.log),
          60_000,
          request.onOutput,
        );
        signedOut = code === 0 && (await readAuth(home.dir)) === null;
        if (!signedOut) {
          throw new InternalError(
            `codex logout exited with ${code} and the session may still be active; the stream was left in place. Try again, or sign the session out at chatgpt.com (Settings > Security) and then run revoke --force.`,
          );
        }
      } finally {
        await removeCodexHome(home.dir);
      }
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
