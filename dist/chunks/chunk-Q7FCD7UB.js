#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-5JPDCXPM.js";

// src/core/stream.ts
var STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var DEFAULT_STREAM = "default";
function parseStreamName(name) {
  if (!STREAM_NAME.test(name)) {
    throw new UsageError(
      `invalid stream name ${JSON.stringify(name)}: use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit (for example "default" or "nightly-review")`
    );
  }
  return name;
}

// src/roundtrip/describe.ts
function describeNextRefresh(value) {
  const next = value.nextRefresh;
  if (!next) return "";
  if (next.reason === null) return "none scheduled (Codex refreshes only after a 401)";
  return `${next.due ? "due now" : next.at} (${next.reason})`;
}

// src/stores/store-settings.ts
function buildStoreSettings(choice) {
  const { kind } = choice;
  return {
    kind,
    stream: choice.stream,
    stateDir: choice.stateDir,
    github: kind === "git-ref" || kind === "github-secret" || choice.lock === "git-ref" ? choice.github() : void 0,
    secret: kind === "github-secret" ? {
      name: required(choice.secretName, choice.names.secretName),
      scope: choice.secretScope,
      currentValue: choice.secretValue,
      newVisibility: choice.secretVisibility
    } : void 0,
    command: kind === "command" ? {
      read: required(choice.readCommand, choice.names.readCommand),
      write: required(choice.writeCommand, choice.names.writeCommand),
      timeoutMs: choice.commandTimeoutMs
    } : void 0,
    cache: kind === "cache" ? {
      ref: choice.cacheRef,
      defaultBranch: choice.defaultBranch,
      allowBranchScope: choice.allowBranchScope
    } : void 0
  };
}
function required(value, name) {
  if (!value) throw new UsageError(`this store needs ${name}.`);
  return value;
}

// src/github/run-context.ts
import { readFileSync } from "node:fs";
var cache = /* @__PURE__ */ new WeakMap();
function readRunContext(env) {
  const path = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path) return cached.context;
  const payload = readPayload(path);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path, context });
  return context;
}
function readPayload(path) {
  if (path === "") return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
function visibilityFromPayload(payload) {
  const repo = payload.repository;
  if (repo?.visibility === "public" || repo?.visibility === "private" || repo?.visibility === "internal") {
    return repo.visibility;
  }
  if (typeof repo?.private === "boolean") return repo.private ? "private" : "public";
  return null;
}
async function repositoryVisibility(event, token, env) {
  const fromPayload = visibilityFromPayload(event.payload);
  if (fromPayload) return fromPayload;
  const [owner, repo] = event.repository.split("/");
  if (!owner || !repo) return null;
  try {
    const { createOctokit } = await import("./octokit-OPGEB4EX.js");
    const { data } = await createOctokit({ token, baseUrl: env.GITHUB_API_URL }).rest.repos.get({
      owner,
      repo
    });
    if (data.visibility === "public" || data.visibility === "private" || data.visibility === "internal") {
      return data.visibility;
    }
    return data.private ? "private" : "public";
  } catch {
    return null;
  }
}

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

export {
  DEFAULT_STREAM,
  parseStreamName,
  buildStoreSettings,
  readRunContext,
  repositoryVisibility,
  describeNextRefresh,
  Redactor
};
