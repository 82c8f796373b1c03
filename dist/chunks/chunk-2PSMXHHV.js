#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  VERIFIED_CODEX_VERSIONS,
  findNativeCodex,
  launcherEnv,
  stopSession
} from "./chunk-SSEI6XJJ.js";
import {
  LOCK_KINDS,
  STORE_KINDS
} from "./chunk-OVITESHP.js";
import {
  RefHandoff,
  currentWorkflowRun
} from "./chunk-PQT25EE2.js";
import {
  withAuditLog
} from "./chunk-AKZEFLNV.js";
import {
  GitRefs
} from "./chunk-N3T4XKQI.js";
import {
  stateDirOrigin
} from "./chunk-VMHUWGWS.js";
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

// src/codex/run-codex.ts
import { spawn } from "node:child_process";

// src/codex/jsonl-events.ts
import { StringDecoder } from "node:string_decoder";
function parseJsonlLine(line) {
  const trimmed = stripCr(line);
  if (trimmed.trim() === "") return null;
  const start = trimmed.trimStart();
  if (start.startsWith("{")) {
    try {
      const value = JSON.parse(start);
      if (isRecord(value) && typeof value.type === "string") {
        return { kind: "event", event: value };
      }
    } catch {
    }
  }
  return { kind: "text", line: trimmed };
}
var LineSplitter = class {
  #decoder = new StringDecoder("utf8");
  #pending = "";
  push(chunk) {
    this.#pending += typeof chunk === "string" ? chunk : this.#decoder.write(chunk);
    const lines = this.#pending.split("\n");
    this.#pending = lines.pop() ?? "";
    return lines.map(stripCr);
  }
  /** The last line, if the stream did not end with a newline. */
  end() {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = "";
    return rest === "" ? [] : [stripCr(rest)];
  }
};
var JsonlParser = class {
  #lines = new LineSplitter();
  push(chunk) {
    return classify(this.#lines.push(chunk));
  }
  end() {
    return classify(this.#lines.end());
  }
};
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function classify(lines) {
  const items = [];
  for (const line of lines) {
    const item = parseJsonlLine(line);
    if (item) items.push(item);
  }
  return items;
}
var USAGE_FIELDS = [
  "input_tokens",
  "cached_input_tokens",
  "cache_write_input_tokens",
  "output_tokens",
  "reasoning_output_tokens"
];
var CodexEventReducer = class {
  #finalMessage = null;
  #usage = null;
  #errorMessages = [];
  #eventCount = 0;
  add(event) {
    this.#eventCount += 1;
    switch (event.type) {
      case "item.completed": {
        const item = event.item;
        if (isRecord(item) && item.type === "agent_message" && typeof item.text === "string") {
          this.#finalMessage = item.text;
        }
        break;
      }
      case "turn.completed":
        if (isRecord(event.usage)) this.#usage = pickUsage(event.usage);
        break;
      case "error":
        if (typeof event.message === "string") this.#errorMessages.push(event.message);
        break;
      case "turn.failed":
        if (isRecord(event.error) && typeof event.error.message === "string") {
          this.#errorMessages.push(event.error.message);
        }
        break;
    }
  }
  summary() {
    return {
      finalMessage: this.#finalMessage,
      usage: this.#usage,
      errorMessages: [...this.#errorMessages],
      eventCount: this.#eventCount
    };
  }
};
function pickUsage(raw) {
  const usage = {};
  for (const field of USAGE_FIELDS) {
    const value = raw[field];
    if (typeof value === "number" && Number.isFinite(value)) usage[field] = value;
  }
  return usage;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/codex/spawn-error.ts
function codexSpawnError(codexPath, error) {
  const code = error?.code;
  const install = `npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}`;
  if (code === "ENOENT") {
    return new UsageError(
      `the codex executable was not found at ${codexPath}; pass --codex PATH, or install @openai/codex (\`${install}\`).`,
      { cause: error }
    );
  }
  if (code === "EACCES") {
    return new UsageError(
      `the codex executable at ${codexPath} cannot be run (permission denied); pass --codex PATH to an executable codex, or install @openai/codex (\`${install}\`).`,
      { cause: error }
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`could not start codex (${codexPath}): ${message}`, { cause: error });
}

// src/codex/process-group.ts
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
function signalGroup(child, signal) {
  if (child.pid === void 0) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if (error.code !== "ESRCH") child.kill(signal);
  }
}
function drainAfterExit(child, graceMs) {
  return setTimeout(() => {
    signalGroup(child, "SIGKILL");
    child.stdout?.destroy();
    child.stderr?.destroy();
  }, graceMs);
}

// src/codex/refresh-failure.ts
var PATTERNS = [
  { code: "refresh_token_expired", needles: ["refresh token has expired", "refresh_token_expired"] },
  { code: "refresh_token_reused", needles: ["refresh token was already used", "refresh_token_reused"] },
  { code: "refresh_token_invalidated", needles: ["refresh token was revoked", "refresh_token_invalidated"] },
  { code: "refresh_failed", needles: ["access token could not be refreshed"] }
];
function classifyRefreshFailure(message) {
  const normalized = message.toLowerCase().replace(/\s+/g, " ");
  for (const { code, needles } of PATTERNS) {
    if (needles.some((needle) => normalized.includes(needle))) return code;
  }
  return null;
}
function firstRefreshFailure(messages) {
  for (const message of messages) {
    const code = classifyRefreshFailure(message);
    if (code) return code;
  }
  return null;
}

// src/codex/codex-run.ts
function runResult(reducer, exitCode, signal, flags) {
  const summary = reducer.summary();
  return {
    exitCode,
    signal,
    finalMessage: summary.finalMessage,
    usage: summary.usage,
    errorMessages: summary.errorMessages,
    eventCount: summary.eventCount,
    refreshFailure: firstRefreshFailure(summary.errorMessages),
    timedOut: flags.timedOut,
    aborted: flags.aborted,
    forwardedSignal: flags.forwardedSignal
  };
}
var CodexRun = class {
  constructor(request, child, grace, resolve, reject) {
    this.request = request;
    this.child = child;
    this.grace = grace;
    this.resolve = resolve;
    this.reject = reject;
  }
  request;
  child;
  grace;
  resolve;
  reject;
  reducer = new CodexEventReducer();
  flags = {
    timedOut: false,
    aborted: false,
    forwardedSignal: null
  };
  timers = [];
  stopping = false;
  // A throwing callback must not crash the process while Codex holds the credentials: the first such error is
  // kept, Codex runs to its end, and then the run rejects with it.
  callbackError = null;
  stdout = new JsonlParser();
  stderr = new LineSplitter();
  settled = false;
  exitCode = null;
  exitSignal = null;
  leftovers = Promise.resolve(0);
  onParentSignal = (signal) => {
    this.flags.forwardedSignal ??= signal;
    this.stop(signal);
  };
  onAbort = () => {
    this.flags.aborted = true;
    this.stop("SIGTERM");
  };
  follow() {
    const { child, request } = this;
    for (const signal of FORWARDED_SIGNALS) process.on(signal, this.onParentSignal);
    request.signal?.addEventListener("abort", this.onAbort, { once: true });
    if (request.timeoutMs !== void 0) {
      this.timers.push(
        setTimeout(() => {
          this.flags.timedOut = true;
          this.stop("SIGTERM");
        }, request.timeoutMs)
      );
    }
    child.stdout?.on("data", (chunk) => this.deliver(this.stdout.push(chunk)));
    child.stderr?.on("data", (chunk) => this.deliverText(this.stderr.push(chunk)));
    child.on("error", (error) => {
      if (this.settled) return;
      this.settled = true;
      this.cleanup();
      this.reject(codexSpawnError(request.codexPath, error));
    });
    child.on("exit", (code, signal) => this.onExit(code, signal));
    child.on("close", (code, signal) => this.onClose(code, signal));
  }
  /** The signal to the group now (every time: a second Ctrl-C is passed on too), SIGKILL once after the grace. */
  stop(signal) {
    signalGroup(this.child, signal);
    if (this.stopping) return;
    this.stopping = true;
    this.timers.push(setTimeout(() => signalGroup(this.child, "SIGKILL"), this.grace.killMs));
  }
  cleanup() {
    for (const timer of this.timers) clearTimeout(timer);
    for (const signal of FORWARDED_SIGNALS) process.off(signal, this.onParentSignal);
    this.request.signal?.removeEventListener("abort", this.onAbort);
  }
  call(callback, value) {
    try {
      callback?.(value);
    } catch (error) {
      this.callbackError ??= { error };
    }
  }
  deliver(items) {
    for (const item of items) {
      if (item.kind === "event") {
        this.reducer.add(item.event);
        this.call(this.request.onEvent, item.event);
      } else {
        this.call(this.request.onOutput, item.line);
      }
    }
  }
  deliverText(lines) {
    for (const line of lines) if (line.trim() !== "") this.call(this.request.onOutput, line);
  }
  onExit(code, signal) {
    this.exitCode = code;
    this.exitSignal = signal;
    if (this.child.pid !== void 0) {
      this.leftovers = stopSession(this.child.pid, this.request.env.CODEX_HOME ?? null).catch(() => 0);
    }
    this.timers.push(drainAfterExit(this.child, this.grace.drainMs));
  }
  onClose(code, signal) {
    if (this.settled) return;
    this.settled = true;
    this.cleanup();
    this.deliver(this.stdout.end());
    this.deliverText(this.stderr.end());
    void this.leftovers.then(() => {
      if (this.callbackError) this.reject(this.callbackError.error);
      else
        this.resolve(runResult(this.reducer, this.exitCode ?? code, this.exitSignal ?? signal, this.flags));
    });
  }
};

// src/codex/run-codex.ts
var JSON_FLAGS = ["--json", "--experimental-json"];
function buildExecArgs(args) {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const hasJson = options.some((arg) => JSON_FLAGS.includes(arg));
  return hasJson ? ["exec", ...args] : ["exec", "--json", ...args];
}
function createCodexRunner(runnerOptions = {}) {
  const grace = {
    killMs: runnerOptions.killGraceMs ?? 5e3,
    drainMs: runnerOptions.drainGraceMs ?? 2e3
  };
  return (request) => new Promise((resolve, reject) => {
    if (request.signal?.aborted ?? false) {
      resolve(
        runResult(new CodexEventReducer(), null, null, {
          timedOut: false,
          aborted: true,
          forwardedSignal: null
        })
      );
      return;
    }
    let started;
    try {
      started = spawnCodex(request);
    } catch (error) {
      reject(codexSpawnError(request.codexPath, error));
      return;
    }
    if (started.child.pid !== void 0) request.onSpawn?.(started.child.pid, started.command);
    new CodexRun(request, started.child, grace, resolve, reject).follow();
  });
}
function spawnCodex(request) {
  const native = findNativeCodex(request.codexPath);
  const command = native?.binary ?? request.codexPath;
  const env = native ? launcherEnv(native, request.env) : request.env;
  const plan = request.spawnAs?.(command, buildExecArgs(request.args), env) ?? {
    command,
    args: buildExecArgs(request.args),
    env
  };
  const child = spawn(plan.command, [...plan.args], {
    env: plan.env,
    ...plan.uid === void 0 ? {} : { uid: plan.uid },
    ...plan.gid === void 0 ? {} : { gid: plan.gid },
    ...request.cwd === void 0 ? {} : { cwd: request.cwd },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    windowsHide: true
  });
  return { child, command };
}
var defaultRunner = createCodexRunner();
var runCodex = defaultRunner;

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
        import("./file-lease-lock-53LFB4RN.js"),
        import("./lease-record-UHQN57YJ.js"),
        import("./checked-lock-4BYABBQS.js")
      ]);
      return new CheckedFileLock(
        new FileLeaseLock(path.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME
      );
    }
    case "git-ref": {
      const { GitRefLock } = await import("./git-ref-lock-DTLX6UE5.js");
      return new GitRefLock(deps.git(), deps.client(), store.stream, {
        run: deps.run,
        log: deps.log,
        handoff: deps.handoff
      });
    }
    case "none": {
      const { NoLock } = await import("./no-lock-DPBCQ4ZE.js");
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
      const { FileStore } = await import("./file-store-6QET3OCH.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-ZYS2T23I.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-23O6YWJA.js");
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
      const { CacheStore } = await import("./cache-store-I4LGILEK.js");
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore } = await import("./command-store-KQFBJGUG.js");
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
  const octokit = onGitHub ? await import("./octokit-XS4PRLHY.js") : null;
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
  runCodex,
  parseLockKind,
  defaultLockKind,
  parseStoreKind,
  runUrlOf,
  runnerMasks,
  actionLogger,
  logCodexLines,
  createActionContext
};
