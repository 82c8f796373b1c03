#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  errorJson
} from "./chunk-KIXTEUMW.js";

// src/cli/print-result.ts
function resultJson(result) {
  const { error, ...rest } = result;
  return { ...rest, error: error ? errorJson(error) : null };
}
function printResult(kit, result, json, verb) {
  if (json) {
    kit.json(resultJson(result));
    return result.error?.exitCode ?? 0;
  }
  if (result.finalMessage !== null) kit.out(`${result.finalMessage}
`);
  const state = [
    result.seeded ? "seeded" : null,
    result.refreshed ? "refreshed" : "not refreshed",
    result.persisted ? "persisted" : "nothing written",
    sealWords(result)
  ].filter(Boolean);
  const generation = result.generation === null ? "no generation" : `generation ${result.generation}`;
  kit.io.stderr(
    kit.redactor.redact(
      `codex-auth: ${verb} stream "${result.stream}" (${result.store}): ${generation}, ${state.join(", ")}, lock wait ${(result.lockWaitMs / 1e3).toFixed(1)} s, ${(result.durationMs / 1e3).toFixed(1)} s in all
`
    )
  );
  if (result.error) return kit.fail(result.error, false);
  return 0;
}
function sealWords(result) {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `sealed (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NOT sealed: ${result.seal.reason ?? "not probed"}`;
}

export {
  resultJson,
  printResult
};
