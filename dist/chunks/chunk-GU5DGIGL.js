#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readRunContext,
  repositoryVisibility
} from "./chunk-UEEPTXA7.js";
import {
  actionLogger,
  readCodexVersion,
  resolveCodex
} from "./chunk-OJBEYJKB.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  exec
} from "./chunk-GP2XTTJE.js";

// src/app/codex-for-job.ts
import path from "node:path";
async function codexForJob(version, env, context) {
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
  context.log.info(
    `installing @openai/codex@${version} (the codex on PATH is ${onPath ? "another version" : "missing"})`
  );
  const code = await context.npm([
    "install",
    "--no-audit",
    "--no-fund",
    "--prefix",
    prefix,
    `@openai/codex@${version}`
  ]);
  if (code !== 0) {
    throw new UsageError(
      `npm could not install @openai/codex@${version}; set codex-version: path to use a codex you install yourself.`
    );
  }
  return installed;
}
async function codexIfPresent(explicit, env) {
  return resolveCodex(explicit, env).catch(() => void 0);
}

// src/action/install-codex.ts
function codexForJob2(version, env) {
  return codexForJob(version, env, {
    log: actionLogger,
    npm: (args) => exec("npm", [...args], { ignoreReturnCode: true })
  });
}

// src/action/job-setup.ts
function assertSupportedPlatform(platform = process.platform) {
  if (platform === "win32") {
    throw new UsageError(
      "codex-auth-action does not support Windows runners yet (it relies on POSIX file modes and process groups to protect the login): use a Linux or macOS runner."
    );
  }
}

// src/app/job-safety.ts
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
async function refuseUnsafeJobs(allow, githubToken, env) {
  const event = readRunContext(env);
  const visibility = allow.allowPublicRepository ? null : await repositoryVisibility(event, githubToken, env);
  assertSafeToRun(event, visibility, {
    publicRepository: allow.allowPublicRepository,
    untrustedEvents: allow.allowUntrustedEvents
  });
}

export {
  codexIfPresent,
  codexForJob2 as codexForJob,
  assertSupportedPlatform,
  refuseUnsafeJobs
};
