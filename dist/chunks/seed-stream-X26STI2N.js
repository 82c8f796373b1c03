#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  lockWaitNotice,
  parseSeed,
  releaseLock,
  writeBundle
} from "./chunk-DAQPASZN.js";
import "./chunk-ZLOALNCE.js";
import "./chunk-4GGFQ26H.js";
import "./chunk-GYIPTURG.js";
import {
  secretValues
} from "./chunk-EPBMPH63.js";
import "./chunk-WTV45NIT.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-EUK65H27.js";
import {
  StoreConflictError
} from "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";

// src/roundtrip/seed-stream.ts
async function seedStream(ctx, request) {
  const bundle = parseSeed(request.seed);
  ctx.secrets.add(secretValues(bundle));
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: request.lockTimeoutMs,
    leaseMs: 6e4,
    mode: "process",
    onWait: lockWaitNotice(ctx)
  });
  try {
    const current = await ctx.store.currentGeneration();
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be read; pass --force to replace it with this login.` : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`
      );
    }
    const generation = await writeBundle(ctx, bundle, request.force ? "replace" : 0, (current ?? 0) + 1);
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      generation,
      replaced: current === 0 ? null : current,
      fingerprint: bundle.fingerprint,
      lastRefresh: bundle.auth.last_refresh ?? null
    };
  } finally {
    await releaseLock(handle, ctx);
  }
}
export {
  seedStream
};
