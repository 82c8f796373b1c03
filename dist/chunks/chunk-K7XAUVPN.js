#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  DEFAULT_LOCK_TIMEOUT_SECONDS
} from "./chunk-4AH7IMLG.js";
import {
  SEED_ENV
} from "./chunk-G4TKJDY6.js";
import {
  buildStoreSettings,
  readRunContext
} from "./chunk-QAFNNIV2.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  parseRepository
} from "./chunk-J5IH24H5.js";
import {
  defaultStateDir,
  defaultStateDirSource
} from "./chunk-67EZGFYO.js";
import {
  parseStreamName
} from "./chunk-7S5RA6R7.js";
import {
  defaultLockKind,
  parseLockKind,
  parseStoreKind
} from "./chunk-LRSS5WRI.js";
import {
  parseOrgVisibility,
  parseSecretScope
} from "./chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/cli/options.ts
import path from "node:path";
function parseStoreFlags(values, env) {
  const stream = parseStreamName(values.stream);
  const kind = parseStoreKind(values.store);
  const lock = values.lock ? parseLockKind(values.lock) : defaultLockKind({ kind }, env.GITHUB_ACTIONS === "true");
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: values.stateDir ? path.resolve(values.stateDir) : defaultStateDir(env),
    stateDirSource: values.stateDir ? "--state-dir" : defaultStateDirSource(env),
    github: () => githubTarget(values, env),
    secretName: values.secretName,
    secretScope: parseSecretScope(values.secretScope ?? "repo", "--secret-scope"),
    secretVisibility: parseOrgVisibility(values.secretVisibility ?? "", "--secret-visibility"),
    secretValue: env[SEED_ENV] ?? "",
    readCommand: values.readCommand,
    writeCommand: values.writeCommand,
    commandTimeoutMs: parseSeconds(values.commandTimeout ?? "60", "--command-timeout", 1, 3600) * 1e3,
    cacheRef: env.GITHUB_REF ?? "",
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: values.allowBranchScope === true,
    names: {
      secretName: "--secret-name NAME",
      readCommand: "--read-command CMD",
      writeCommand: "--write-command CMD"
    }
  });
  return {
    store,
    lock,
    lockTimeoutMs: parseSeconds(values.lockTimeout ?? String(DEFAULT_LOCK_TIMEOUT_SECONDS), "--lock-timeout", 0, 86400) * 1e3,
    json: values.json === true,
    verbose: values.verbose === true
  };
}
function parseSeconds(value, flag, min, max) {
  const seconds = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds) || seconds < min || seconds > max) {
    throw new UsageError(
      `${flag} must be a number of seconds between ${min} and ${max}, not ${JSON.stringify(value)}.`
    );
  }
  return seconds;
}
function githubTarget(values, env) {
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError("this store needs --repo OWNER/NAME (or GITHUB_REPOSITORY).");
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "the git-ref store needs a token in GITHUB_TOKEN or GH_TOKEN that can write the repository's refs (contents: write)."
    );
  }
  return {
    repository: parseRepository(repo, "--repo"),
    token,
    apiUrl: values.githubApiUrl ?? env.GITHUB_API_URL ?? DEFAULT_API_URL
  };
}

export {
  parseStoreFlags,
  parseSeconds
};
