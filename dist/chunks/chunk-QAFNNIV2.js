#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  legacyStreamMessage
} from "./chunk-7S5RA6R7.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/stores/store-settings.ts
function buildStoreSettings(choice) {
  const { kind } = choice;
  const legacy = legacyStreamMessage(choice.stream, false);
  if (legacy !== null && (kind === "git-ref" || choice.lock === "git-ref")) throw new UsageError(legacy);
  return {
    kind,
    stream: choice.stream,
    stateDir: choice.stateDir,
    stateDirSource: choice.stateDirSource,
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

export {
  buildStoreSettings,
  readRunContext,
  repositoryVisibility
};
