#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readCodexVersion,
  resolveCodex
} from "./chunk-WUFYWEWF.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  exec,
  info
} from "./chunk-GP2XTTJE.js";

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

export {
  codexForJob
};
