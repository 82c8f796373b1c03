#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  finishAndClean
} from "./chunk-Y2F7UTB6.js";
import {
  restoreStream
} from "./chunk-OOC66WIJ.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunk-A5JAGZ5P.js";
import {
  loadActionState,
  prepareJobHome
} from "./chunk-72MCERQP.js";
import {
  codexForJob,
  refuseUnsafeJobs
} from "./chunk-MWRTIYCH.js";
import {
  assertSupportedPlatform,
  jobHomesDir,
  maskSecretInputs
} from "./chunk-ACOLFB4Q.js";
import {
  DEFAULT_CODEX_VERSION,
  readSealRequest,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-DVAYRWER.js";
import {
  Inputs,
  readBoolean,
  readInput,
  setOutputs
} from "./chunk-SH6FB6NS.js";
import {
  createActionContext
} from "./chunk-2PSMXHHV.js";
import {
  DEFAULT_RESTORE_LEASE_MS
} from "./chunk-OVITESHP.js";
import {
  exportVariable
} from "./chunk-GP2XTTJE.js";

// src/action/restore.ts
async function runRestore(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = readStreamSettings(env, secrets);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
      allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents)
    },
    secrets.githubToken,
    env
  );
  const codexHome = await prepareJobHome(env, settings.store.stream);
  const ctx = await createActionContext(settings, secrets, env);
  const codexConfig = readInput(Inputs.codexConfig);
  const result = await restoreStream(ctx, {
    seed: seedFromInputs(settings, secrets),
    codexHome,
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    lockTimeoutMs: settings.lockTimeoutMs,
    leaseMs: DEFAULT_RESTORE_LEASE_MS,
    seal: readSealRequest(),
    // The probe runs the codex later steps will find on PATH (or the version asked for).
    codexPath: await codexForJob(readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION, env),
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
  setOutputs({ "codex-home": codexHome });
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
