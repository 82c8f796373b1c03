#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRoundTrip
} from "./chunk-FR7755A4.js";

// src/ops/keep-fresh.ts
var KEEP_FRESH_ARGS = [
  "--skip-git-repo-check",
  "--sandbox",
  "read-only",
  "-c",
  'model_reasoning_effort="minimal"',
  "--",
  "Reply with the single word OK."
];
async function keepFresh(contexts, request) {
  const rows = [];
  for (const ctx of contexts) {
    const result = await runRoundTrip(ctx, {
      codexPath: request.codexPath,
      codexArgs: KEEP_FRESH_ARGS,
      codexConfig: request.codexConfig,
      baseEnv: request.baseEnv,
      lockTimeoutMs: request.lockTimeoutMs,
      onOutput: request.onOutput,
      seal: request.seal
    });
    const lastWriter = await ctx.store.read().then((envelope) => envelope?.writer ?? null).catch(() => null);
    rows.push(rowOf(result, lastWriter));
  }
  return rows;
}
function rowOf(result, lastWriter) {
  const healthy = result.error === null || result.usageLimited;
  return {
    stream: result.stream,
    healthy,
    refreshed: result.refreshed,
    persisted: result.persisted,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter,
    exitCode: healthy ? 0 : result.error?.exitCode ?? 0,
    problem: result.error?.message ?? null,
    // A dead session, an unusable bundle, or a stored copy that cannot be opened: a human has to act.
    reseedNeeded: result.error !== null && [3, 6].includes(result.error.exitCode),
    planUsage: result.planUsage,
    usageLimited: result.usageLimited,
    resetsAt: result.resetsAt
  };
}

export {
  KEEP_FRESH_ARGS,
  keepFresh
};
