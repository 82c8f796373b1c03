#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRoundTrip
} from "./chunk-DAQPASZN.js";

// src/ops/keep-fresh.ts
var KEEP_FRESH_ARGS = [
  "--ephemeral",
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
      onOutput: request.onOutput
    });
    const lastWriter = await ctx.store.read().then((envelope) => envelope?.writer ?? null).catch(() => null);
    rows.push(rowOf(result, lastWriter));
  }
  return rows;
}
function rowOf(result, lastWriter) {
  return {
    stream: result.stream,
    healthy: result.error === null,
    refreshed: result.refreshed,
    persisted: result.persisted,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter,
    exitCode: result.error?.exitCode ?? 0,
    problem: result.error?.message ?? null,
    // A dead session, an unusable bundle, or a stored copy that cannot be opened: a human has to act.
    reseedNeeded: result.error !== null && [3, 6].includes(result.error.exitCode)
  };
}

export {
  KEEP_FRESH_ARGS,
  keepFresh
};
