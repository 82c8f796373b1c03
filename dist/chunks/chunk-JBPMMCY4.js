#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunk-NDIGEN6C.js";
import {
  loadActionState,
  saveActionState
} from "./chunk-BBJZXURZ.js";
import {
  DEFAULT_RESTORE_LEASE_MS,
  restoreStream
} from "./chunk-TECLYIRT.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunk-IDG7GM6I.js";
import {
  assertSupportedPlatform,
  jobCodexHome,
  refuseUnsafeJobs
} from "./chunk-M57LHYZL.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-JXFYNLSM.js";
import {
  exportVariable,
  getInput,
  setOutput
} from "./chunk-5NE6GDH3.js";

// src/action/restore.ts
async function runRestore(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = readStreamSettings(env, secrets);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: getInput("allow-public-repository") === "true",
      allowUntrustedEvents: getInput("allow-untrusted-events") === "true"
    },
    secrets.githubToken,
    env
  );
  const codexHome = jobCodexHome(env, settings.store.stream);
  saveActionState({ codexHome });
  const ctx = createActionContext(settings, secrets, env);
  const codexConfig = getInput("codex-config");
  const result = await restoreStream(ctx, {
    seed: seedFromInputs(settings, secrets),
    codexHome,
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    lockTimeoutMs: settings.lockTimeoutMs,
    leaseMs: DEFAULT_RESTORE_LEASE_MS
  });
  setRoundTripOutputs(result);
  if (result.error) {
    await writeSummary(result, "restore");
    throw result.error;
  }
  exportVariable("CODEX_HOME", codexHome);
  setOutput("codex-home", codexHome);
}
async function runRestorePost(env = process.env) {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(state.codexHome, env, "the persist step did not run");
  if (!result) return;
  await writeSummary(result, "persisted by the restore step's safety net");
  if (result.error) throw result.error;
}

export {
  runRestore,
  runRestorePost
};
