#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunk-U5V4QCXT.js";
import {
  restoreStream
} from "./chunk-O5N7DOR4.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunk-2UVUXSNC.js";
import {
  loadActionState,
  prepareJobHome
} from "./chunk-6XKGMBZN.js";
import {
  codexForJob
} from "./chunk-7MCREBH7.js";
import {
  DEFAULT_RESTORE_LEASE_MS
} from "./chunk-VEWUXA3N.js";
import {
  assertSupportedPlatform,
  jobHomesDir,
  maskSecretInputs,
  refuseUnsafeJobs
} from "./chunk-UZHB4YXX.js";
import {
  DEFAULT_CODEX_VERSION,
  readBoolean,
  readSealRequest,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-UHFTKGOZ.js";
import {
  createActionContext
} from "./chunk-QKU27C5W.js";
import {
  exportVariable,
  getInput,
  setOutput
} from "./chunk-EYVVJBUX.js";

// src/action/restore.ts
async function runRestore(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = readStreamSettings(env, secrets);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean("allow-public-repository"),
      allowUntrustedEvents: readBoolean("allow-untrusted-events")
    },
    secrets.githubToken,
    env
  );
  const codexHome = await prepareJobHome(env, settings.store.stream);
  const ctx = await createActionContext(settings, secrets, env);
  const codexConfig = getInput("codex-config");
  const result = await restoreStream(ctx, {
    seed: seedFromInputs(settings, secrets),
    codexHome,
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    lockTimeoutMs: settings.lockTimeoutMs,
    leaseMs: DEFAULT_RESTORE_LEASE_MS,
    seal: readSealRequest(),
    // The probe runs the codex later steps will find on PATH (or the version asked for).
    codexPath: await codexForJob(getInput("codex-version") || DEFAULT_CODEX_VERSION, env),
    baseEnv: env,
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    sealPaths: [jobHomesDir(env)]
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
  const result = await finishAndClean(
    { ...state, codexHome: state.codexHome },
    env,
    "the persist step did not run"
  );
  if (!result) return;
  await writeSummary(result, "persisted by the restore step's safety net");
  if (result.error) throw result.error;
}

export {
  runRestore,
  runRestorePost
};
