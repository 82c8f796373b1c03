#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError,
  assertSafeToRun,
  readEventContext,
  repositoryVisibility
} from "./chunk-PNOLWMBI.js";

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
  const base = env.RUNNER_TEMP;
  if (!base)
    throw new UsageError("RUNNER_TEMP is not set: this entry point runs only inside a GitHub Actions job.");
  return path.join(base, `codex-auth-${stream}-${randomBytes(4).toString("hex")}`);
}

export {
  assertSupportedPlatform,
  refuseUnsafeJobs,
  jobCodexHome
};
