#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  hideFromProcEnviron
} from "./chunk-DVAYRWER.js";
import {
  maskUnparsedSeed,
  normalizeSeedText
} from "./chunk-YX4J4FQJ.js";
import {
  actionLogger,
  runnerMasks
} from "./chunk-2PSMXHHV.js";
import {
  parseBundle,
  secretValues
} from "./chunk-3DQ7LV76.js";
import {
  UsageError,
  asCodexAuthError
} from "./chunk-V4C5BGZE.js";
import {
  setFailed
} from "./chunk-GP2XTTJE.js";

// src/entry/run-entry.ts
async function runEntry(step) {
  try {
    await step();
  } catch (error) {
    setFailed(asCodexAuthError(error).message);
  }
}

// src/action/job-setup.ts
import { randomBytes } from "node:crypto";
import path from "node:path";
function assertSupportedPlatform(platform = process.platform) {
  if (platform === "win32") {
    throw new UsageError(
      "codex-auth-action does not support Windows runners yet (it relies on POSIX file modes and process groups to protect the login): use a Linux or macOS runner."
    );
  }
}
function jobCodexHome(env, stream) {
  return path.join(jobHomesDir(env), `${stream}-${randomBytes(4).toString("hex")}`);
}
function jobHomesDir(env) {
  const base = env.RUNNER_TEMP;
  if (!base)
    throw new UsageError("RUNNER_TEMP is not set: this entry point runs only inside a GitHub Actions job.");
  return path.join(base, "codex-auth");
}

// src/action/masking.ts
function maskSecretInputs(secrets) {
  for (const value of [secrets.key, secrets.accessToken, secrets.apiKey, secrets.githubToken]) {
    if (value) {
      runnerMasks.add([value, value.trim()]);
    }
  }
  if (!secrets.authJson) return;
  try {
    const { text, decodedFrom } = normalizeSeedText(secrets.authJson, "auth-json", "");
    runnerMasks.add(secretValues(parseBundle(text)));
    if (decodedFrom) runnerMasks.add([secrets.authJson, secrets.authJson.trim()]);
  } catch {
    maskUnparsedSeed(runnerMasks, secrets.authJson);
  }
}
function hideSecretInputsFromProc(secrets, optedIn) {
  const values = [secrets.key, secrets.authJson, secrets.githubToken, secrets.accessToken, secrets.apiKey];
  const scrubbed = hideFromProcEnviron(values.filter((value) => value !== ""));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null ? "this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step." : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`
    );
  }
}

export {
  assertSupportedPlatform,
  jobCodexHome,
  jobHomesDir,
  maskSecretInputs,
  hideSecretInputsFromProc,
  runEntry
};
