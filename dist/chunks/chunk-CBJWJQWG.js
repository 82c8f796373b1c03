#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  stateDirOrigin
} from "./chunk-VMHUWGWS.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";

// src/locks/create-lock.ts
import path from "node:path";

// src/core/backend-kinds.ts
var STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
var LOCK_KINDS = ["file", "git-ref", "none"];

// src/locks/create-lock.ts
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
        import("./file-lease-lock-7YG7KPO7.js"),
        import("./lease-record-6ZWVTEHY.js"),
        import("./checked-lock-5QBIPNV2.js")
      ]);
      return new CheckedFileLock(
        new FileLeaseLock(path.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME
      );
    }
    case "git-ref": {
      const { GitRefLock } = await import("./git-ref-lock-BMTA572Y.js");
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

// src/stores/create-store.ts
import path2 from "node:path";
function parseStoreKind(value) {
  if (STORE_KINDS.includes(value)) return value;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(", ")}.`);
}
async function createStore(settings, deps) {
  switch (settings.kind) {
    case "file": {
      const { FileStore } = await import("./file-store-5BG4WFSL.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-WSFTHJRL.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-G2TOEJ6A.js");
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
      const { CacheStore } = await import("./cache-store-IKAQLX3R.js");
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore } = await import("./command-store-VPLG4JYK.js");
      return new CommandStore(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: path2.join(settings.stateDir, settings.stream, "command-high-water.json")
      });
    }
  }
}
function required(value, message) {
  if (value === void 0) throw new UsageError(message);
  return value;
}

export {
  parseLockKind,
  defaultLockKind,
  createLock,
  parseStoreKind,
  createStore
};
