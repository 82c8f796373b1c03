#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
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
} from "./chunk-IE4YYKEB.js";
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
  getInput,
  info,
  setOutput,
  setSecret,
  warning
} from "./chunk-GP2XTTJE.js";

// src/core/stream.ts
var CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var RULE = 'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';
function legacyStreamNameProblem(name) {
  if (name.includes("..")) return 'contains ".."';
  if (name.endsWith(".")) return 'ends in "."';
  if (name.toLowerCase().endsWith(".lock")) return 'ends in ".lock"';
  return null;
}
function parseStreamName(name) {
  if (!CHARACTERS.test(name) || name === "..") {
    throw new UsageError(`invalid stream name ${JSON.stringify(name)}: ${RULE}.`);
  }
  return name;
}
function legacyStreamMessage(name, exists) {
  const problem = legacyStreamNameProblem(name);
  if (problem === null) return null;
  return exists ? `stream name ${JSON.stringify(name)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.` : `invalid stream name ${JSON.stringify(name)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}

// src/app/input-values.ts
var TRUE_TEXTS = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE_TEXTS = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function parseBoolean(text, name) {
  if (text === "" || FALSE_TEXTS.has(text)) return false;
  if (TRUE_TEXTS.has(text)) return true;
  throw new UsageError(`${name} must be true or false, not ${JSON.stringify(text)}.`);
}
function parseNumber(text, name, range) {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < range.min || value > range.max) {
    const what = range.unit ? `a number ${range.unit}` : "a number";
    throw new UsageError(
      `${name} must be ${what} between ${range.min} and ${range.max}, not ${JSON.stringify(text)}.`
    );
  }
  return value;
}
function parseStreamList(text, name) {
  const streams = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "").map(parseStreamName);
  if (streams.length === 0) throw new UsageError(`${name} needs at least one stream name.`);
  return streams;
}

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

// src/codex/native-codex.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
var MANAGED_BY = [
  "CODEX_MANAGED_BY_NPM",
  "CODEX_MANAGED_BY_BUN",
  "CODEX_MANAGED_BY_PNPM",
  "CODEX_MANAGED_BY_VITE_PLUS"
];
function launcherEnv(native, env) {
  const out = { ...env, CODEX_MANAGED_PACKAGE_ROOT: native.packageRoot };
  for (const name of MANAGED_BY) delete out[name];
  out.CODEX_MANAGED_BY_NPM = "1";
  return out;
}
var TRIPLES = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl"
};
var found = /* @__PURE__ */ new Map();
function findNativeCodex(codexPath) {
  let native = found.get(codexPath);
  if (native === void 0) {
    native = lookUpNativeCodex(codexPath);
    found.set(codexPath, native);
  }
  return native;
}
function lookUpNativeCodex(codexPath) {
  try {
    const launcher = realpathSync(codexPath);
    if (path.basename(launcher) !== "codex.js") return null;
    const packageRoot = realpathSync(path.dirname(path.dirname(launcher)));
    const manifest = JSON.parse(readFileSync(path.join(packageRoot, "package.json"), "utf8"));
    if (manifest.name !== "@openai/codex" || typeof manifest.version !== "string") return null;
    const platform = `${process.platform}-${process.arch}`;
    const triple = TRIPLES[platform];
    if (triple === void 0) return null;
    const require2 = createRequire(path.join(packageRoot, "package.json"));
    const platformRoot = path.dirname(require2.resolve(`@openai/codex-${platform}/package.json`));
    const vendorDir = path.join(platformRoot, "vendor", triple);
    for (const candidate of [path.join(vendorDir, "bin", "codex"), path.join(vendorDir, "codex", "codex")]) {
      if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        return { binary: candidate, version: manifest.version, vendorDir, packageRoot };
      }
    }
    return null;
  } catch {
    return null;
  }
}

// src/codex/resolve-codex.ts
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import path2 from "node:path";

// src/core/verified-versions.ts
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];

// src/codex/resolve-codex.ts
var INSTALL_HINT = `pass --codex PATH, or install it with \`npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}\``;
async function resolveCodex(explicit, env) {
  if (explicit !== void 0) {
    const candidate = path2.resolve(explicit);
    const problem = await executableProblem(candidate);
    if (problem) throw new UsageError(`--codex PATH: ${candidate} ${problem}; ${INSTALL_HINT}.`);
    return candidate;
  }
  for (const candidate of pathCandidates(env)) {
    if (await executableProblem(candidate) === null) return candidate;
  }
  throw new UsageError(`the codex executable was not found on PATH; ${INSTALL_HINT}.`);
}
function pathCandidates(env) {
  const entries = (env.PATH ?? env.Path ?? "").split(path2.delimiter).filter((entry) => path2.isAbsolute(entry));
  const names = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").map((ext) => `codex${ext.toLowerCase()}`) : ["codex"];
  return entries.flatMap((entry) => names.map((name) => path2.join(entry, name)));
}
async function executableProblem(file) {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return "does not exist";
  }
  if (!stat.isFile()) return "is not a file";
  try {
    await fs.access(file, constants.X_OK);
  } catch {
    return "is not executable";
  }
  return null;
}
async function readCodexVersion(codexPath, env = process.env) {
  return (await identifyCodex(codexPath, env)).version;
}
async function identifyCodex(codexPath, env = process.env) {
  const native = findNativeCodex(codexPath);
  if (native) return { version: native.version, notCodex: null };
  return new Promise((resolve) => {
    execFile(codexPath, ["--version"], { env, timeout: 15e3 }, (error, stdout, stderr) => {
      const printed = firstLine(stdout) ?? firstLine(stderr);
      const version = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1] ?? null;
      if (!error && version !== null) return resolve({ version, notCodex: null });
      const exit = error ? error.killed ? "did not answer within 15 s" : `exited with ${typeof error.code === "number" ? `code ${error.code}` : String(error.code ?? error.signal)}` : "exited 0";
      resolve({
        version: null,
        notCodex: `\`${codexPath} --version\` ${exit} and printed ${printed === null ? "nothing" : `"${printed}"`}, where the Codex CLI prints "codex-cli <version>"`
      });
    });
  });
}
function firstLine(text) {
  const line = text.split("\n").find((l) => l.trim() !== "")?.replace(/[\u0000-\u001f\u007f]/g, "");
  if (line === void 0) return null;
  return line.length > 80 ? `${line.slice(0, 80)}...` : line.trim();
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

// src/codex/processes.ts
import { readdirSync, readFileSync as readFileSync2, readlinkSync, statSync as statSync2 } from "node:fs";
function readStat(pid) {
  let text;
  try {
    text = readFileSync2(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const [state, ppid, pgid, sid, startTime] = [fields[0], fields[1], fields[2], fields[3], fields[19]];
  if (state === void 0 || ppid === void 0 || pgid === void 0 || sid === void 0) return null;
  if (startTime === void 0) return null;
  return { pid, state, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), startTime };
}
function startTimeOf(pid) {
  return readStat(pid)?.startTime ?? null;
}
function isSameProcessAlive(pid, startTime) {
  return startTimeOf(pid) === startTime;
}
function readCmdline(pid) {
  try {
    return readFileSync2(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, -1);
  } catch {
    return [];
  }
}
function readEnvVar(pid, name) {
  let text;
  try {
    text = readFileSync2(`/proc/${pid}/environ`, "utf8");
  } catch {
    return void 0;
  }
  const prefix = `${name}=`;
  for (const entry of text.split("\0")) if (entry.startsWith(prefix)) return entry.slice(prefix.length);
  return null;
}
function readExe(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
  } catch {
    return null;
  }
}
function uidOf(pid) {
  try {
    return statSync2(`/proc/${pid}`).uid;
  } catch {
    return null;
  }
}
function listPids() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  return names.filter((name) => /^[0-9]+$/.test(name)).map(Number);
}
function isOurs(pid) {
  const uid = uidOf(pid);
  return uid !== null && uid === (process.getuid?.() ?? -1);
}

// src/codex/stop-session.ts
var POLL_MS = 20;
function runMembers(sid, home) {
  const members = [];
  for (const pid of listPids()) {
    if (pid === process.pid) continue;
    const stat = readStat(pid);
    if (stat === null || stat.state === "Z") continue;
    if (stat.sid === sid || home !== null && isOurs(pid) && readEnvVar(pid, "CODEX_HOME") === home) {
      members.push(pid);
    }
  }
  return members;
}
async function stopSession(leader, home = null, timeoutMs = 2e3) {
  if (leader !== null && readStat(process.pid)?.sid === leader) return 0;
  try {
    if (leader !== null) process.kill(-leader, "SIGKILL");
  } catch {
  }
  let signalled = 0;
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    const members = runMembers(leader, home);
    if (members.length === 0 || Date.now() > deadline) return signalled;
    for (const pid of members) {
      try {
        process.kill(pid, "SIGKILL");
        signalled += 1;
      } catch {
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
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
import path3 from "node:path";
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
        new FileLeaseLock(path3.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME
      );
    }
    case "git-ref": {
      const { GitRefLock } = await import("./git-ref-lock-HE7VIALQ.js");
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
import path4 from "node:path";
function parseStoreKind(value) {
  if (STORE_KINDS.includes(value)) return value;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(", ")}.`);
}
async function createStore(settings, deps) {
  switch (settings.kind) {
    case "file": {
      const { FileStore } = await import("./file-store-SGJD3JMB.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-67H34MS5.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-K7CV3IFO.js");
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
      const { CacheStore } = await import("./cache-store-QCOH4FRA.js");
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore } = await import("./command-store-VSEATVWE.js");
      return new CommandStore(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: path4.join(settings.stateDir, settings.stream, "command-high-water.json")
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
var codexRunner = runCodex;
async function createRoundTripContext(request, env) {
  const backends = await createBackends(request.store, request.lock, env, request.log);
  return {
    stream: request.store.stream,
    ...backends,
    key: request.key(),
    runCodex: codexRunner,
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

// src/action/settings.ts
var Inputs = {
  accessToken: "access-token",
  alert: "alert",
  allowAgentToReadCredentials: "allow-agent-to-read-credentials",
  allowBranchScope: "allow-branch-scope",
  allowPublicRepository: "allow-public-repository",
  allowUntrustedEvents: "allow-untrusted-events",
  apiKey: "api-key",
  authJson: "auth-json",
  codexArgs: "codex-args",
  codexConfig: "codex-config",
  codexHome: "codex-home",
  codexVersion: "codex-version",
  commandTimeout: "command-timeout",
  fixSandbox: "fix-sandbox",
  githubToken: "github-token",
  key: "key",
  lanes: "lanes",
  lock: "lock",
  lockTimeout: "lock-timeout",
  model: "model",
  prompt: "prompt",
  promptFile: "prompt-file",
  readCommand: "read-command",
  runTimeout: "run-timeout",
  sandbox: "sandbox",
  secretName: "secret-name",
  secretScope: "secret-scope",
  secretVisibility: "secret-visibility",
  stateDir: "state-dir",
  store: "store",
  stream: "stream",
  streams: "streams",
  usageWarningPercent: "usage-warning-percent",
  waitForReset: "wait-for-reset",
  workingDirectory: "working-directory",
  writeCommand: "write-command"
};
function readInput(name, options) {
  return getInput(name, options);
}
function readBoolean(name) {
  return parseBoolean(readInput(name), `input ${name}`);
}
function readSeconds(name, fallback, min, max) {
  const text = readInput(name);
  return text === "" ? fallback : parseNumber(text, `input ${name}`, { min, max, unit: "of seconds" });
}
function readNumber(name, fallback, min, max) {
  const text = readInput(name);
  return text === "" ? fallback : parseNumber(text, `input ${name}`, { min, max });
}
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, runnerMasks.redact(value));
}

// src/core/plan-usage.ts
var USAGE_LIMIT_MESSAGE = /you['’]ve hit your usage limit/i;
function isUsageLimitMessage(message) {
  return USAGE_LIMIT_MESSAGE.test(message);
}
function planUsageFromCodex(raw) {
  if (!isRecord2(raw)) return null;
  const short = windowOf(raw.primary);
  const weekly = windowOf(raw.secondary);
  return short === null && weekly === null ? null : { short, weekly };
}
function windowOf(raw) {
  if (!isRecord2(raw) || typeof raw.used_percent !== "number" || !Number.isFinite(raw.used_percent))
    return null;
  const minutes = raw.window_minutes;
  const resets = raw.resets_at;
  return {
    usedPercent: raw.used_percent,
    windowMinutes: typeof minutes === "number" && Number.isFinite(minutes) ? minutes : null,
    resetsAt: typeof resets === "number" && Number.isFinite(resets) ? new Date(resets * 1e3).toISOString() : null
  };
}
function resetTimeOf(usage) {
  const windows = [usage?.short, usage?.weekly].filter(
    (w) => w !== null && w !== void 0
  );
  const exhausted = windows.filter((w) => w.usedPercent >= 100);
  const candidates = (exhausted.length > 0 ? exhausted : windows).map((w) => w.resetsAt).filter((at) => at !== null).sort();
  return candidates.at(-1) ?? null;
}
function describePlanUsage(usage) {
  if (usage === null) return "unknown";
  const part = (name, w) => w === null ? null : `${name} ${round(w.usedPercent)} % used${w.windowMinutes === null ? "" : ` of ${describeMinutes(w.windowMinutes)}`}${w.resetsAt === null ? "" : ` (resets ${w.resetsAt})`}`;
  return [part("short window", usage.short), part("weekly window", usage.weekly)].filter(Boolean).join(", ");
}
function describeMinutes(minutes) {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
function round(value) {
  return String(Math.round(value * 10) / 10);
}
function isRecord2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var RETRY_AT = /try again at (?:([A-Z][a-z]{2}) (\d{1,2})(?:st|nd|rd|th), (\d{4}) )?(\d{1,2}):(\d{2}) ([AP]M)\./i;
function resetTimeFromMessage(message, now = /* @__PURE__ */ new Date()) {
  const match = RETRY_AT.exec(message);
  if (match === null) return null;
  const [, month, day, year, hour, minute, half] = match;
  const at = new Date(now);
  if (month !== void 0 && day !== void 0 && year !== void 0) {
    const index = MONTHS.indexOf(month.toLowerCase());
    if (index === -1) return null;
    at.setFullYear(Number(year), index, Number(day));
  }
  const hour12 = Number(hour) % 12;
  at.setHours(half?.toUpperCase() === "PM" ? hour12 + 12 : hour12, Number(minute) + 1, 0, 0);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

// src/core/untrusted-text.ts
var MAX_UNTRUSTED_LINE = 2e3;
var MAX_UNTRUSTED_LINES = 200;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
var ANSI = (
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? "") ? max - 1 : max;
  return `${clean.slice(0, cut)}\u2026 [${clean.length - cut} more characters]`;
}
function untrustedLines(text, options = {}) {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? "";
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}\u2026 [cut: ${moreLines > 0 ? `${moreLines} more lines` : "more text"}]`);
  }
  return shown;
}

export {
  untrustedLines,
  findNativeCodex,
  resolveCodex,
  readCodexVersion,
  identifyCodex,
  readStat,
  startTimeOf,
  isSameProcessAlive,
  readCmdline,
  readEnvVar,
  readExe,
  isOurs,
  stopSession,
  parseLockKind,
  defaultLockKind,
  parseStoreKind,
  codexRunner,
  runUrlOf,
  runnerMasks,
  actionLogger,
  logCodexLines,
  createActionContext,
  parseStreamName,
  legacyStreamMessage,
  parseStreamList,
  Inputs,
  readInput,
  readBoolean,
  readSeconds,
  readNumber,
  setOutputs,
  isUsageLimitMessage,
  planUsageFromCodex,
  resetTimeOf,
  describePlanUsage,
  describeMinutes,
  resetTimeFromMessage
};
