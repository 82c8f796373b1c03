#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent
} from "./chunks/chunk-JZZ362IR.js";
import {
  saveActionState
} from "./chunks/chunk-2KUI7UVM.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-KZ5OKWPP.js";
import {
  codexForJob
} from "./chunks/chunk-34V3LUDD.js";
import {
  assertSupportedPlatform,
  jobCodexHome,
  refuseUnsafeJobs
} from "./chunks/chunk-JRAVPNVI.js";
import {
  actionLogger,
  createActionContext,
  maskSecretInputs,
  readActionSettings,
  readSecretInputs,
  runEntry,
  seedFromInputs
} from "./chunks/chunk-RHCMH4YS.js";
import {
  runCodex
} from "./chunks/chunk-GXJNN65B.js";
import "./chunks/chunk-YRXWNNAZ.js";
import {
  codexFailedMessage,
  emptyResult,
  runRoundTrip
} from "./chunks/chunk-DAQPASZN.js";
import {
  createPrivateCodexHome,
  removeCodexHome,
  writeCodexConfig
} from "./chunks/chunk-ZLOALNCE.js";
import "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-REG6GF25.js";
import "./chunks/chunk-4GGFQ26H.js";
import "./chunks/chunk-UNPX5PW2.js";
import {
  buildCodexEnv
} from "./chunks/chunk-GYIPTURG.js";
import "./chunks/chunk-EPBMPH63.js";
import "./chunks/chunk-WTV45NIT.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import "./chunks/chunk-Q7FCD7UB.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ZRHYAIJ2.js";
import "./chunks/chunk-ONUVPJLT.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-MM24DVJB.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-QTEMIPGM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-6RQQHR7T.js";
import "./chunks/chunk-SAJVSWFQ.js";
import "./chunks/chunk-RNFTHGOL.js";
import {
  CodexFailedError,
  asCodexAuthError
} from "./chunks/chunk-5JPDCXPM.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/roundtrip/run-token-mode.ts
async function runTokenMode(runCodex2, log, request) {
  const startedAt = Date.now();
  const result = emptyResult("-", "none");
  let home = null;
  try {
    home = await createPrivateCodexHome(request.codexHome);
    if (request.codexConfig !== void 0) await writeCodexConfig(home.dir, request.codexConfig);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, log, { stream: false }),
      [request.variable]: request.token
    };
    const run = await runCodex2({
      codexPath: request.codexPath,
      args: request.codexArgs,
      env,
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {}
    });
    Object.assign(result, { codexExitCode: run.exitCode, finalMessage: run.finalMessage, usage: run.usage });
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (home) await removeCodexHome(home.dir).catch(() => void 0);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}

// src/action/main.ts
var progress = {
  onEvent: (event) => {
    const line = describeEvent(event);
    if (line) actionLogger.info(line);
  },
  onOutput: (line) => actionLogger.info(line)
};
async function runMain(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = await readActionSettings(secrets, env);
  await refuseUnsafeJobs(settings, secrets.githubToken, env);
  const codexPath = await codexForJob(settings.codexVersion, env);
  const codexHome = jobCodexHome(env, settings.store.stream);
  saveActionState({ codexHome, finished: false });
  const codexRun = {
    codexPath,
    codexArgs: settings.codexExecArgs,
    codexHome,
    codexConfig: settings.codexConfig,
    baseEnv: env,
    cwd: settings.workingDirectory,
    ...progress
  };
  let result;
  if (settings.mode === "stream") {
    const ctx = await createActionContext(settings, secrets, env);
    result = await runRoundTrip(ctx, {
      ...codexRun,
      seed: seedFromInputs(settings, secrets),
      lockTimeoutMs: settings.lockTimeoutMs
    });
  } else {
    result = await runTokenMode(runCodex, actionLogger, {
      variable: settings.mode === "access-token" ? "CODEX_ACCESS_TOKEN" : "CODEX_API_KEY",
      token: settings.mode === "access-token" ? secrets.accessToken : secrets.apiKey,
      ...codexRun
    });
  }
  saveActionState({ finished: true });
  setRoundTripOutputs(result);
  await writeSummary(
    result,
    settings.mode === "stream" ? "run" : `run (${settings.mode} mode, nothing stored)`
  );
  if (result.error) throw result.error;
}

// src/entry/main.ts
await runEntry(() => runMain());
