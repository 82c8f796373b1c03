#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent
} from "./chunks/chunk-L3RVWHVS.js";
import {
  assertSupportedPlatform,
  jobCodexHome,
  refuseUnsafeJobs
} from "./chunks/chunk-NQHYV4UI.js";
import {
  saveActionState
} from "./chunks/chunk-EDBG6CTG.js";
import {
  actionLogger,
  createActionContext,
  maskSecretInputs,
  readActionSettings,
  readSecretInputs,
  runEntry,
  seedFromInputs,
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-NG4FWKHX.js";
import {
  CodexFailedError,
  UsageError,
  asCodexAuthError,
  buildCodexEnv,
  codexFailedMessage,
  createPrivateCodexHome,
  emptyResult,
  exec,
  info,
  readCodexVersion,
  removeCodexHome,
  resolveCodex,
  runCodex,
  runRoundTrip,
  writeCodexConfig
} from "./chunks/chunk-SE5PFNQ5.js";

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

// src/action/install-codex.ts
import path from "node:path";
async function codexForJob(version, env) {
  if (version === "path") return resolveCodex(void 0, env);
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new UsageError(
      `input codex-version must be an exact version such as 0.169.0, or "path", not "${version}".`
    );
  }
  const onPath = await resolveCodex(void 0, env).catch(() => null);
  if (onPath && await readCodexVersion(onPath, env) === version) return onPath;
  const prefix = path.join(
    env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || "/tmp",
    "codex-auth",
    `codex-${version}`
  );
  const installed = path.join(prefix, "node_modules", ".bin", "codex");
  if (await readCodexVersion(installed, env) === version) return installed;
  info(
    `installing @openai/codex@${version} (the codex on PATH is ${onPath ? "another version" : "missing"})`
  );
  const code = await exec(
    "npm",
    ["install", "--no-audit", "--no-fund", "--prefix", prefix, `@openai/codex@${version}`],
    {
      ignoreReturnCode: true
    }
  );
  if (code !== 0) {
    throw new UsageError(
      `npm could not install @openai/codex@${version}; set codex-version: path to use a codex you install yourself.`
    );
  }
  return installed;
}

// src/action/main.ts
var progress = {
  onEvent: (event) => {
    const line = describeEvent(event);
    if (line) info(line);
  },
  onOutput: (line) => info(line)
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
  let result;
  if (settings.mode === "stream") {
    const ctx = createActionContext(settings, secrets, env);
    result = await runRoundTrip(ctx, {
      seed: seedFromInputs(settings, secrets),
      codexPath,
      codexArgs: settings.codexExecArgs,
      codexHome,
      codexConfig: settings.codexConfig,
      baseEnv: env,
      cwd: settings.workingDirectory,
      lockTimeoutMs: settings.lockTimeoutMs,
      ...progress
    });
  } else {
    result = await runTokenMode(runCodex, actionLogger, {
      variable: settings.mode === "access-token" ? "CODEX_ACCESS_TOKEN" : "CODEX_API_KEY",
      token: settings.mode === "access-token" ? secrets.accessToken : secrets.apiKey,
      codexPath,
      codexArgs: settings.codexExecArgs,
      codexHome,
      codexConfig: settings.codexConfig,
      baseEnv: env,
      cwd: settings.workingDirectory,
      ...progress
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
