#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent
} from "./chunks/chunk-L3RVWHVS.js";
import {
  saveActionState
} from "./chunks/chunk-RDN6KHPB.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-A455B3GQ.js";
import {
  assertSupportedPlatform,
  codexForJob,
  jobCodexHome,
  jobHomesDir,
  refuseUnsafeJobs
} from "./chunks/chunk-Z3WJLZQF.js";
import {
  actionLogger,
  createActionContext,
  maskSecretInputs,
  readActionSettings,
  readSecretInputs,
  runEntry,
  runnerMasks,
  seedFromInputs
} from "./chunks/chunk-XDL275XI.js";
import {
  CodexFailedError,
  asCodexAuthError,
  buildCodexEnv,
  codexFailedMessage,
  createPrivateCodexHome,
  emptyResult,
  removeCodexHome,
  runCodex,
  runRoundTrip,
  sealHome
} from "./chunks/chunk-N2BZP6NP.js";

// src/fs/environ-scrub.ts
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
function scrubEnvironBlock(secrets, names = []) {
  if (process.platform !== "linux") return null;
  let bounds;
  try {
    bounds = environBounds(readFileSync("/proc/self/stat", "latin1"));
  } catch {
    return null;
  }
  const wanted = new Set(secrets.filter((value) => value.length > 0));
  const wantedNames = new Set(names);
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
  } catch {
    return null;
  }
  try {
    const block = Buffer.alloc(bounds.end - bounds.start);
    readSync(fd, block, 0, block.length, bounds.start);
    let overwritten = 0;
    let offset = 0;
    while (offset < block.length) {
      let stop = block.indexOf(0, offset);
      if (stop === -1) stop = block.length;
      const entry = block.toString("utf8", offset, stop);
      const eq = entry.indexOf("=");
      if (eq > 0 && (wanted.has(entry.slice(eq + 1)) || wantedNames.has(entry.slice(0, eq)))) {
        const valueStart = offset + Buffer.byteLength(entry.slice(0, eq + 1));
        const blank = Buffer.alloc(stop - valueStart, "x");
        writeSync(fd, blank, 0, blank.length, bounds.start + valueStart);
        overwritten += 1;
      }
      offset = stop + 1;
    }
    return overwritten;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
function environBounds(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const start = Number(fields[47]);
  const end = Number(fields[48]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
    throw new Error("no environment bounds in /proc/self/stat");
  }
  return { start, end };
}

// src/roundtrip/run-token-mode.ts
async function runTokenMode(runCodex2, log, secrets, request) {
  const startedAt = Date.now();
  const result = emptyResult("-", "none");
  let home = null;
  try {
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, log, { stream: false }),
      [request.variable]: request.token
    };
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: request.codexArgs,
        codexPath: request.codexPath,
        env,
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [home.sealRoot, ...request.sealPaths ?? []],
        seal: request.seal
      },
      log,
      secrets
    );
    result.seal = sealed.report;
    const run = await runCodex2({
      codexPath: request.codexPath,
      args: sealed.args,
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
function hideSecretInputsFromProc(secrets, optedIn) {
  const values = [secrets.key, secrets.authJson, secrets.githubToken, secrets.accessToken, secrets.apiKey];
  const scrubbed = scrubEnvironBlock(values.filter((value) => value !== ""));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null ? "this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step." : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`
    );
  }
}
async function runMain(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = await readActionSettings(secrets, env);
  hideSecretInputsFromProc(secrets, settings.seal.allowUnsealed);
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
    seal: settings.seal,
    sealPaths: [jobHomesDir(env)],
    ...progress
  };
  let result;
  if (settings.mode === "stream") {
    const ctx = createActionContext(settings, secrets, env);
    result = await runRoundTrip(ctx, {
      ...codexRun,
      seed: seedFromInputs(settings, secrets),
      lockTimeoutMs: settings.lockTimeoutMs
    });
  } else {
    result = await runTokenMode(runCodex, actionLogger, runnerMasks, {
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
