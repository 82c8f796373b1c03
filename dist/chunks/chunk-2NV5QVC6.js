#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  RefHandoff,
  currentWorkflowRun
} from "./chunk-A5OKKLZU.js";
import {
  withAuditLog
} from "./chunk-QM46CLBH.js";
import {
  GitRefs
} from "./chunk-J5IH24H5.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/locks/create-lock.ts
import path2 from "node:path";

// src/stores/create-store.ts
import path from "node:path";
var STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
function parseStoreKind(value) {
  if (STORE_KINDS.includes(value)) return value;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(", ")}.`);
}
async function createStore(settings, deps) {
  switch (settings.kind) {
    case "file": {
      const { FileStore } = await import("./file-store-ZY6EVW5W.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-RSB7732W.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-WXC6MB2F.js");
      return new GitHubSecretStore(settings.stream, {
        client: deps.client(),
        repository: github.repository,
        scope: secret.scope,
        secretName: secret.name,
        currentValue: secret.currentValue,
        newVisibility: secret.newVisibility
      });
    }
    case "cache": {
      const cache = required(settings.cache, "the cache store runs only inside GitHub Actions.");
      const { CacheStore } = await import("./cache-store-3TYCFGFR.js");
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore } = await import("./command-store-MDJQYWKA.js");
      return new CommandStore(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: path.join(settings.stateDir, settings.stream, "command-high-water.json")
      });
    }
  }
}
function required(value, message) {
  if (value === void 0) throw new UsageError(message);
  return value;
}
function stateDirOrigin(settings) {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? "the state directory" };
}

// src/locks/create-lock.ts
var LOCK_KINDS = ["file", "git-ref", "none"];
function parseLockKind(value) {
  if (LOCK_KINDS.includes(value)) return value;
  throw new UsageError(`unknown lock "${value}": use one of ${LOCK_KINDS.join(", ")}.`);
}
function defaultLockKind(store, onGitHub) {
  if (store.kind === "file") return "file";
  if (store.kind === "git-ref") return "git-ref";
  return onGitHub ? "git-ref" : "file";
}
async function createLock(kind, store, deps) {
  switch (kind) {
    case "file": {
      const [{ FileLeaseLock }, { LOCK_FILE_NAME }, { CheckedFileLock }] = await Promise.all([
        import("./file-lease-lock-S4DQDIYR.js"),
        import("./lease-record-6ZWVTEHY.js"),
        import("./checked-lock-LAPY23NF.js")
      ]);
      return new CheckedFileLock(
        new FileLeaseLock(path2.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME
      );
    }
    case "git-ref": {
      const { GitRefLock } = await import("./git-ref-lock-BWMF4BVM.js");
      return new GitRefLock(deps.git(), deps.client(), store.stream, {
        run: deps.run,
        log: deps.log,
        handoff: deps.handoff
      });
    }
    case "none": {
      const { NoLock } = await import("./no-lock-BT6TUDYS.js");
      return new NoLock();
    }
  }
}

// src/roundtrip/backends.ts
function withHistory(store, settings) {
  return settings.kind === "file" ? withAuditLog(store, settings.stateDir) : store;
}
async function createBackends(settings, lockKind, env, log) {
  const target = () => {
    if (!settings.github) {
      throw new UsageError(
        "the git-ref store and lock need a repository and a token: pass --repo OWNER/NAME and set GITHUB_TOKEN (in the Action: github-token)."
      );
    }
    return settings.github;
  };
  const onGitHub = settings.kind === "git-ref" || settings.kind === "github-secret" || lockKind === "git-ref";
  const octokit = onGitHub ? await import("./octokit-OPGEB4EX.js") : null;
  let client = null;
  let git = null;
  const clientOf = () => {
    if (!octokit) throw new Error("internal: a GitHub client was asked for by a backend not on GitHub");
    return client ??= octokit.createOctokit({ token: target().token, baseUrl: target().apiUrl });
  };
  const gitOf = () => git ??= new GitRefs(clientOf(), target().repository);
  const handoff = settings.kind === "git-ref" && lockKind === "git-ref" ? new RefHandoff() : void 0;
  return {
    store: withHistory(
      await createStore(settings, { git: gitOf, client: clientOf, log, env, handoff }),
      settings
    ),
    lock: await createLock(lockKind, settings, {
      git: gitOf,
      client: clientOf,
      run: currentWorkflowRun(env),
      log,
      handoff
    })
  };
}

export {
  STORE_KINDS,
  parseStoreKind,
  LOCK_KINDS,
  parseLockKind,
  defaultLockKind,
  createBackends
};
