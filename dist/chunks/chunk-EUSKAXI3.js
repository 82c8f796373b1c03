#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError,
  assertSafeToRun,
  exec,
  info,
  readCodexVersion,
  readEventContext,
  repositoryVisibility,
  resolveCodex
} from "./chunk-YQTOBCUV.js";

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
async function refuseUnsafeJobs(allow, githubToken, env) {
  const event = await readEventContext(env);
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

// src/action/install-codex.ts
import path2 from "node:path";
async function codexForJob(version, env) {
  if (version === "path") return resolveCodex(void 0, env);
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new UsageError(
      `input codex-version must be an exact version such as 0.169.0, or "path", not "${version}".`
    );
  }
  const onPath = await resolveCodex(void 0, env).catch(() => null);
  if (onPath && await readCodexVersion(onPath, env) === version) return onPath;
  const prefix = path2.join(
    env.RUNNER_TOOL_CACHE || env.RUNNER_TEMP || "/tmp",
    "codex-auth",
    `codex-${version}`
  );
  const installed = path2.join(prefix, "node_modules", ".bin", "codex");
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

export {
  assertSupportedPlatform,
  refuseUnsafeJobs,
  jobCodexHome,
  jobHomesDir,
  codexForJob
};
