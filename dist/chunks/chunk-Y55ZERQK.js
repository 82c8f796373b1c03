#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readRunContext,
  repositoryVisibility
} from "./chunk-4VC5WTQP.js";
import {
  maskUnparsedSeed,
  normalizeSeedText
} from "./chunk-PAFOGDWI.js";
import {
  actionLogger,
  runnerMasks
} from "./chunk-F6UBE5YP.js";
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

// src/action/job-setup.ts
import { randomBytes } from "node:crypto";
import path from "node:path";

// src/action/safety.ts
var OPENAI_PUBLIC_REPO_WARNING = "Do not use this workflow for public or open-source repositories";
function untrustedEventReason(event) {
  const own = event.repository.toLowerCase();
  const nameOf = (repo) => typeof repo?.full_name === "string" ? String(repo.full_name).toLowerCase() : null;
  switch (event.name) {
    case "pull_request_target":
      return "pull_request_target runs with the repository's secrets on behalf of a pull request that anyone can open";
    case "pull_request": {
      const head = nameOf(
        event.payload.pull_request?.head?.repo
      );
      return head !== own ? `this pull_request comes from a fork (${head ?? "a deleted repository"})` : null;
    }
    case "workflow_run": {
      const head = nameOf(
        event.payload.workflow_run?.head_repository
      );
      return head !== null && head !== own ? `this workflow_run was triggered by a fork (${head})` : null;
    }
    default:
      return null;
  }
}
function assertSafeToRun(event, visibility, allow) {
  const untrusted = untrustedEventReason(event);
  if (untrusted && !allow.untrustedEvents) {
    throw new UsageError(
      `refusing to restore a ChatGPT login: ${untrusted}, so code you did not review could read the login. Run this on trusted events (push, schedule, workflow_dispatch, pull_request from this repository), or set allow-untrusted-events: true if you accept that risk.`
    );
  }
  if (visibility === "public" && !allow.publicRepository) {
    throw new UsageError(
      `refusing to restore a ChatGPT login in public repository ${event.repository}: OpenAI's guide says "${OPENAI_PUBLIC_REPO_WARNING}". Use an API key (input api-key) there, or set allow-public-repository: true if you accept that risk.`
    );
  }
  if (visibility === null && !allow.publicRepository) {
    throw new UsageError(
      `cannot tell whether ${event.repository} is public (the event has no repository visibility and the API did not say): set allow-public-repository: true to run anyway, or give github-token read access to the repository.`
    );
  }
}

// src/action/job-setup.ts
function assertSupportedPlatform(platform = process.platform) {
  if (platform === "win32") {
    throw new UsageError(
      "codex-auth-action does not support Windows runners yet (it relies on POSIX file modes and process groups to protect the login): use a Linux or macOS runner."
    );
  }
}
async function refuseUnsafeJobs(allow, githubToken, env) {
  const event = readRunContext(env);
  const visibility = allow.allowPublicRepository ? null : await repositoryVisibility(event, githubToken, env);
  assertSafeToRun(event, visibility, {
    publicRepository: allow.allowPublicRepository,
    untrustedEvents: allow.allowUntrustedEvents
  });
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
  const scrubbed = scrubEnvironBlock(values.filter((value) => value !== ""));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null ? "this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step." : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`
    );
  }
}

export {
  assertSupportedPlatform,
  refuseUnsafeJobs,
  jobCodexHome,
  jobHomesDir,
  maskSecretInputs,
  hideSecretInputsFromProc,
  runEntry
};
