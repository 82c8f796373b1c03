#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  withAuditLog
} from "./chunk-6RGMQ3H4.js";
import {
  LOCK_KINDS,
  STORE_KINDS
} from "./chunk-OVITESHP.js";
import {
  RefHandoff,
  currentWorkflowRun
} from "./chunk-PQT25EE2.js";
import {
  GitRefs
} from "./chunk-N3T4XKQI.js";
import {
  stateDirOrigin
} from "./chunk-VMHUWGWS.js";
import {
  runCodex
} from "./chunk-DLC5UYKE.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  debug,
  info,
  setSecret,
  warning
} from "./chunk-GP2XTTJE.js";

// src/core/key.ts
import { createHash, randomBytes } from "node:crypto";

// src/core/key-env.ts
var KEY_ENV = "CODEX_AUTH_KEY";

// src/core/key.ts
var KEY_BYTES = 32;
var STANDARD_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
function parseKey(value, source = KEY_ENV) {
  const text = value?.trim() ?? "";
  if (text === "") {
    throw new UsageError(
      `${source} is not set: it must hold the envelope key (standard base64 of 32 bytes). Create one with \`codex-auth keygen\` and keep it in your secret store.`
    );
  }
  if (!STANDARD_BASE64_32.test(text)) {
    throw new UsageError(
      `${source} is malformed: it must be standard base64 of exactly 32 bytes (44 characters ending in "="). Create one with \`codex-auth keygen\`.`
    );
  }
  const bytes = new Uint8Array(Buffer.from(text, "base64"));
  if (bytes.length !== KEY_BYTES) {
    throw new UsageError(`${source} is malformed: it decodes to ${bytes.length} bytes, not 32.`);
  }
  return { bytes, id: keyId(bytes) };
}
function keyId(bytes) {
  return createHash("sha256").update("codex-auth key id\0").update(bytes).digest("hex").slice(0, 12);
}

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  contains(text) {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

// src/github/writer.ts
import os from "node:os";
function describeWriter(env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "";
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
  }
  if (env.CI_JOB_URL) return env.CI_JOB_URL;
  let user = "unknown";
  try {
    user = os.userInfo().username;
  } catch {
  }
  return `${user}@${os.hostname()} (codex-auth pid ${process.pid})`;
}

// src/locks/create-lock.ts
import path from "node:path";
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
        import("./file-lease-lock-3NCNXEGC.js"),
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
      const { GitRefLock } = await import("./git-ref-lock-J6XZONXC.js");
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
      const { FileStore } = await import("./file-store-UNVO6PLD.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-KIWIWLOB.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-UITP4P52.js");
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
      const { CacheStore } = await import("./cache-store-4UAPBEHD.js");
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

// src/app/context.ts
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
  const octokit = onGitHub ? await import("./octokit-CPF2DTCC.js") : null;
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

// src/app/round-trip-context.ts
async function createRoundTripContext(request, env) {
  const backends = await createBackends(request.store, request.lock, env, request.log);
  return {
    stream: request.store.stream,
    ...backends,
    key: request.key(),
    runCodex,
    log: request.log,
    secrets: request.secrets,
    writer: writerOf(env),
    now: () => /* @__PURE__ */ new Date()
  };
}
function writerOf(env) {
  return describeWriter(env);
}
function runUrlOf(env) {
  return currentWorkflowRun(env)?.url ?? null;
}

// src/action/action-context.ts
var runnerMasks = new class extends Redactor {
  add(values) {
    for (const value of values) if (value.length >= 8) setSecret(value);
    super.add(values);
  }
}();
var actionLogger = {
  info: (message) => info(runnerMasks.redact(message)),
  warn: (message) => warning(runnerMasks.redact(message)),
  debug: (message) => debug(runnerMasks.redact(message))
};
function logCodexLines(lines) {
  for (const line of lines) info(runnerMasks.redact(line));
}
async function createActionContext(settings, secrets, env) {
  return createRoundTripContext(
    {
      store: settings.store,
      lock: settings.lock,
      key: () => parseKey(secrets.key || void 0, `input key (${KEY_ENV})`),
      log: actionLogger,
      secrets: runnerMasks
    },
    env
  );
}

export {
  parseLockKind,
  defaultLockKind,
  parseStoreKind,
  runUrlOf,
  runnerMasks,
  actionLogger,
  logCodexLines,
  createActionContext
};
