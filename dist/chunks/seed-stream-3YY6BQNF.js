#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  checkLegacyStream,
  checkLegacyStreamBeforeLock,
  lockWaitNotice,
  parseSeed,
  refuseLegacyOnGitRef,
  refuseSeedBelowMark,
  releaseLock,
  writeBundle
} from "./chunk-O7UCNDJT.js";
import "./chunk-CIWH6T25.js";
import "./chunk-Q42TUPIE.js";
import "./chunk-XIAVRHVS.js";
import "./chunk-YZ6XO2XS.js";
import "./chunk-VEWUXA3N.js";
import "./chunk-UGWYQO4N.js";
import "./chunk-H3YLSNVV.js";
import "./chunk-66ZDSCP4.js";
import {
  secretValues
} from "./chunk-4YZFDFZ3.js";
import "./chunk-JLPINNX3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-7S5RA6R7.js";
import "./chunk-OTHGSV5L.js";
import "./chunk-PU5KTUZ5.js";
import "./chunk-342JZ6O6.js";
import "./chunk-EUK65H27.js";
import {
  StoreConflictError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/roundtrip/seed-stream.ts
async function seedStream(ctx, request) {
  const bundle = parseSeed(request.seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  refuseLegacyOnGitRef(ctx);
  if (!request.force) await checkLegacyStreamBeforeLock(ctx);
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: request.lockTimeoutMs,
    leaseMs: 6e4,
    mode: "process",
    onWait: lockWaitNotice(ctx)
  });
  try {
    const current = await ctx.store.currentGeneration();
    checkLegacyStream(ctx, current !== 0);
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be used (${await whyUnusable(ctx)}); pass --force to replace it with this login.` : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`
      );
    }
    if (current === 0 && !request.force) await refuseSeedBelowMark(ctx, request.seed.origin);
    const highWater = request.force ? await ctx.store.highWater?.().catch(() => null) ?? 0 : 0;
    const generation = await writeBundle(
      ctx,
      bundle,
      request.force ? "replace" : 0,
      Math.max(current ?? 0, highWater) + 1
    );
    if (request.force && highWater > (current ?? 0)) {
      ctx.log.warn(
        `stream "${ctx.stream}" ${current === 0 ? "held nothing" : `held generation ${current ?? "(unreadable)"}`} below its high-water mark ${highWater} (its copy had been removed, or an older one put back): seed --force replaced it, and the stream is at generation ${generation} now.`
      );
    }
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
async function whyUnusable(ctx) {
  try {
    await ctx.store.read();
    return "it could not be read";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
export {
  seedStream
};
