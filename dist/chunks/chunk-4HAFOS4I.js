#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  prepareJobHome
} from "./chunk-7I6EZSAW.js";
import {
  finishAndClean
} from "./chunk-T4AT2VG4.js";
import {
  loadActionState
} from "./chunk-TFGH4AVS.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunk-6OAQ2F6D.js";
import {
  restoreStream
} from "./chunk-4HHFL6CX.js";
import {
  assertSupportedPlatform,
  codexForJob,
  codexIfPresent,
  refuseUnsafeJobs
} from "./chunk-GU5DGIGL.js";
import {
  DEFAULT_CODEX_VERSION,
  createActionContext,
  jobHomesDir,
  maskSecretInputs,
  readSealRequest,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunk-UEEPTXA7.js";
import {
  DEFAULT_RESTORE_LEASE_MS
} from "./chunk-N7GVTKFE.js";
import {
  Inputs,
  readBoolean,
  readInput,
  setOutputs
} from "./chunk-OJBEYJKB.js";
import {
  exportVariable
} from "./chunk-GP2XTTJE.js";

// src/app/restore.ts
async function restore(request, ctx) {
  const { codex, ...rest } = request;
  const codexPath = "path" in codex ? codex.path : await codexIfPresent(codex.find, request.baseEnv);
  return restoreStream(ctx, { ...rest, codexPath });
}

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
  const request = {
    seed: seedFromInputs(settings, secrets),
    codexHome,
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    lockTimeoutMs: settings.lockTimeoutMs,
    leaseMs: DEFAULT_RESTORE_LEASE_MS,
    seal: readSealRequest(),
    // The probe runs the codex later steps will find on PATH (or the version asked for).
    codex: { path: await codexForJob(readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION, env) },
    baseEnv: env,
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    sealPaths: [jobHomesDir(env)]
  };
  const result = await restore(request, ctx);
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
