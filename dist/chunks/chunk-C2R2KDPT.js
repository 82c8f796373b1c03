#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  hideFromProcEnviron,
  maskUnparsedSeed,
  normalizeSeedText
} from "./chunk-MIT27QZB.js";
import {
  actionLogger,
  runnerMasks
} from "./chunk-JRQGORCM.js";
import {
  parseBundle,
  secretValues
} from "./chunk-5QKIY3HD.js";
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

// src/app/job-homes.ts
import { randomBytes, timingSafeEqual } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
var RECORD_SUFFIX = ".owner";
async function prepareJobHome(env, stream, saveState) {
  const home = jobCodexHome(env, stream);
  const proof = randomBytes(16).toString("hex");
  saveState(home, proof);
  const base = jobHomesDir(env);
  await fs.mkdir(base, { recursive: true, mode: 448 });
  const stat = await fs.lstat(base);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${base} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== 448) await fs.chmod(base, 448);
  await fs.writeFile(recordPath(home), proof, { mode: 384, flag: "wx" });
  return home;
}
async function whyNotOurHome(home, proof, env) {
  const base = path.resolve(jobHomesDir(env));
  const resolved = path.resolve(home);
  if (path.dirname(resolved) !== base || !/^[A-Za-z0-9._-]+$/.test(path.basename(resolved))) {
    return `it is not a direct child of the Action's private homes directory ${base}`;
  }
  if (proof === void 0 || proof === "") return "the saved state carries no proof that this Action made it";
  const baseStat = await fs.lstat(base).catch(() => null);
  if (baseStat === null || baseStat.isSymbolicLink() || !ours(baseStat)) {
    return `${base} is missing, a symbolic link, or not owned by this user`;
  }
  const recordStat = await fs.lstat(recordPath(resolved)).catch(() => null);
  if (recordStat === null || !recordStat.isFile() || !ours(recordStat)) return "its owner record is missing";
  if (proof !== null) {
    const record = Buffer.from(await fs.readFile(recordPath(resolved), "utf8"));
    const wanted = Buffer.from(proof);
    if (record.length !== wanted.length || !timingSafeEqual(record, wanted)) {
      return "its owner record does not match the saved state";
    }
  }
  const stat = await fs.lstat(resolved).catch(() => null);
  if (stat === null) return null;
  if (stat.isSymbolicLink() || !stat.isDirectory()) return "it is a symbolic link or not a directory";
  if (!ours(stat) || (stat.mode & 511) !== 448) return "it is not owned by this user with mode 0700";
  return null;
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
async function removeHomeRecord(home) {
  await fs.rm(recordPath(path.resolve(home)), { force: true });
}
function recordPath(home) {
  return `${home}${RECORD_SUFFIX}`;
}
function ours(stat) {
  return process.getuid === void 0 || stat.uid === process.getuid();
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
  prepareJobHome,
  whyNotOurHome,
  jobHomesDir,
  removeHomeRecord,
  maskSecretInputs,
  hideSecretInputsFromProc,
  runEntry
};
