#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  assertSupportedPlatform,
  jobCodexHome,
  refuseUnsafeJobs
} from "./chunk-NQHYV4UI.js";
import {
  finishAndClean
} from "./chunk-YLD3EEP5.js";
import {
  loadActionState,
  saveActionState
} from "./chunk-EDBG6CTG.js";
import {
  DEFAULT_RESTORE_LEASE_MS,
  restoreStream
} from "./chunk-546M73PZ.js";
import {
  createActionContext,
  maskSecretInputs,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs,
  setRoundTripOutputs,
  writeSummary
} from "./chunk-NG4FWKHX.js";
import {
  exportVariable,
  getInput,
  setOutput
} from "./chunk-SE5PFNQ5.js";

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
