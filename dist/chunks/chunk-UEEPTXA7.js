#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  withAuditLog
} from "./chunk-OFMCRVKK.js";
import {
  LOCK_KINDS,
  STORE_KINDS,
  parseOrgVisibility,
  parseSecretScope
} from "./chunk-N7GVTKFE.js";
import {
  Inputs,
  VERIFIED_CODEX_VERSIONS,
  actionLogger,
  describePlanUsage,
  findNativeCodex,
  identifyCodex,
  isUsageLimitMessage,
  launcherEnv,
  legacyStreamMessage,
  parseStreamName,
  planUsageFromCodex,
  readBoolean,
  readInput,
  readNumber,
  readSeconds,
  resetTimeFromMessage,
  resetTimeOf,
  runnerMasks,
  untrustedLines
} from "./chunk-OJBEYJKB.js";
import {
  FileLeaseLock
} from "./chunk-KFJRHRRK.js";
import {
  RefHandoff,
  currentWorkflowRun
} from "./chunk-F5ZJYPQG.js";
import {
  GitRefs,
  parseRepository
} from "./chunk-N3T4XKQI.js";
import {
  describeHolder
} from "./chunk-7SAFMP73.js";
import {
  RESEED_HINT,
  assertStreamable,
  decodeJwtLikeCodex,
  identityClaims,
  jwtExpiry,
  parseBundle,
  secretValues
} from "./chunk-3DQ7LV76.js";
import {
  defaultStateDir,
  defaultStateDirSource
} from "./chunk-FOGE6YFT.js";
import {
  openEnvelope,
  sealEnvelope
} from "./chunk-PBCKZ5WM.js";
import {
  MAX_CONFIG_BYTES,
  readInputFile,
  stateDirOrigin
} from "./chunk-4RUKDEO4.js";
import {
  ensurePrivateDir,
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";
import {
  boolean,
  integer,
  literal,
  minValue,
  nullable,
  number,
  object,
  pipe,
  safeParse,
  string
} from "./chunk-2G7TLW22.js";
import {
  AuthUnusableError,
  CodexFailedError,
  LockTimeoutError,
  NotSeededError,
  RollbackRefusedError,
  RunTimeoutError,
  SealError,
  UsageError,
  UsageLimitError,
  asCodexAuthError,
  needsSignIn,
  prefixError
} from "./chunk-V4C5BGZE.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  setFailed
} from "./chunk-GP2XTTJE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-DZ5XX4ZY.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    module.exports = function quote(xs) {
      return xs.map(function(s) {
        if (s === "") {
          return "''";
        }
        if (s && typeof s === "object") {
          return s.op.replace(/(.)/g, "\\$1");
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s.replace(/(['])/g, "\\$1") + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`!])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = "(?:" + [
      "\\|\\|",
      "\\&\\&",
      ";;",
      "\\|\\&",
      "\\<\\(",
      "\\<\\<\\<",
      ">>",
      ">\\&",
      "<\\&",
      "[&;()|<>]"
    ].join("|") + ")";
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = "|&;()<> \\t";
    var SINGLE_QUOTE = '"((\\\\"|[^"])*?)"';
    var DOUBLE_QUOTE = "'((\\\\'|[^'])*?)'";
    var hash = /^#$/;
    var SQ = "'";
    var DQ = '"';
    var DS = "$";
    var TOKEN = "";
    var mult = 4294967296;
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches.push(matchObj);
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    function parseInternal(string2, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var BAREWORD = "(\\" + BS + `['"` + META + `]|[^\\s'"` + META + "])+";
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + BAREWORD + "|" + SINGLE_QUOTE + "|" + DOUBLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string2, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return { op: s };
        }
        var quote = false;
        var esc = false;
        var out = "";
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            varend = s.indexOf("}", i2);
            if (varend < 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!_-]/.test(char)) {
            varname = char;
            i2 += 1;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += varend.index - 1;
            }
          }
          return getVar(env, "", varname);
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
          } else if (controlRE.test(c)) {
            return { op: s };
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string2.slice(match.index + i2 + 1) };
            if (out.length) {
              return [out, commentObj];
            }
            return [commentObj];
          } else if (c === BS) {
            esc = true;
          } else if (c === DS) {
            out += parseEnvVar();
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return { op: "glob", pattern: out };
        }
        return out;
      }).reduce(function(prev, arg) {
        return typeof arg === "undefined" ? prev : prev.concat(arg);
      }, []);
    }
    module.exports = function parse2(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(function(acc, s2) {
        if (typeof s2 === "object") {
          return acc.concat(s2);
        }
        var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
        if (xs.length === 1) {
          return acc.concat(xs[0]);
        }
        return acc.concat(xs.filter(Boolean).map(function(x) {
          if (startsWithToken.test(x)) {
            return JSON.parse(x.split(TOKEN)[1]);
          }
          return x;
        }));
      }, []);
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/entry/run-entry.ts
async function runEntry(step) {
  try {
    await step();
  } catch (error) {
    setFailed(asCodexAuthError(error).message);
  }
}

// src/app/vocabulary.ts
var ACTION_VOCABULARY = {
  frontEnd: "action",
  lanes: "input lanes",
  waitForReset: "input wait-for-reset",
  usageWarningPercent: "input usage-warning-percent",
  streams: "input streams",
  alert: "input alert",
  apiKey: "input api-key",
  accessToken: "input access-token",
  seal: {
    sandbox: "input sandbox",
    codexArgs: "input codex-args",
    codexConfig: "input codex-config",
    optIn: "input allow-agent-to-read-credentials",
    fixNamespaces: "input fix-sandbox",
    codexVersion: "set input codex-version to 0.149.0 or later",
    codexUser: "input codex-user"
  }
};

// src/core/sandbox-mode.ts
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
function sandboxMode(value, where) {
  if (SANDBOX_MODES.includes(value)) return value;
  throw new UsageError(
    `${where} must be one of ${SANDBOX_MODES.join(", ")}, not ${JSON.stringify(value ?? "")}.`
  );
}

// src/action/seal-inputs.ts
function readSealRequest(defaultSandbox = "workspace-write") {
  const sandbox = readInput(Inputs.sandbox);
  return {
    sandbox: sandbox === "" ? defaultSandbox : sandboxMode(sandbox, ACTION_VOCABULARY.seal.sandbox),
    names: ACTION_VOCABULARY.seal,
    allowUnsealed: readBoolean(Inputs.allowAgentToReadCredentials),
    // Default true: on GitHub's ubuntu-24.04 runners the sandbox cannot start without it.
    fixNamespaces: readInput(Inputs.fixSandbox) === "" ? true : readBoolean(Inputs.fixSandbox),
    ...readInput(Inputs.codexUser) === "" ? {} : { codexUser: readInput(Inputs.codexUser) }
  };
}

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

// src/codex/processes.ts
import { readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
var PF_KTHREAD = 2097152;
function readStat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const [state, ppid, pgid, sid, flags, startTime] = [
    fields[0],
    fields[1],
    fields[2],
    fields[3],
    fields[6],
    fields[19]
  ];
  if (state === void 0 || ppid === void 0 || pgid === void 0 || sid === void 0) return null;
  if (startTime === void 0 || flags === void 0) return null;
  const kernelThread = (Number(flags) & PF_KTHREAD) !== 0;
  return { pid, state, ppid: Number(ppid), pgid: Number(pgid), sid: Number(sid), startTime, kernelThread };
}
function startTimeOf(pid) {
  return readStat(pid)?.startTime ?? null;
}
function isSameProcessAlive(pid, startTime) {
  return startTimeOf(pid) === startTime;
}
function readCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, -1);
  } catch {
    return [];
  }
}
function readEnvVar(pid, name2) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/environ`, "utf8");
  } catch {
    return void 0;
  }
  const prefix = `${name2}=`;
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
    return statSync(`/proc/${pid}`).uid;
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
  return names.filter((name2) => /^[0-9]+$/.test(name2)).map(Number);
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
    if (stat === null || stat.state === "Z" || stat.kernelThread) continue;
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
      const [{ FileLeaseLock: FileLeaseLock2 }, { LOCK_FILE_NAME }, { CheckedFileLock }] = await Promise.all([
        import("./file-lease-lock-PC5XD6VR.js"),
        import("./lease-record-6ZWVTEHY.js"),
        import("./checked-lock-SBLFUKBF.js")
      ]);
      return new CheckedFileLock(
        new FileLeaseLock2(path.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME
      );
    }
    case "git-ref": {
      const { GitRefLock } = await import("./git-ref-lock-RTKR7KQO.js");
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
      const { FileStore } = await import("./file-store-JZ2B6U2R.js");
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore } = await import("./git-ref-store-Z3B3QL35.js");
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore } = await import("./github-secret-store-6DXBVUFM.js");
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
      const cache2 = required(settings.cache, "the cache store runs only inside GitHub Actions.");
      const { CacheStore } = await import("./cache-store-HV72SJQ7.js");
      return new CacheStore(settings.stream, { ...cache2, log: deps.log });
    }
    case "command": {
      const command = required(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore } = await import("./command-store-FO4MTBKD.js");
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

// src/core/lane-spec.ts
function laneName(lane) {
  return lane.kind === "stream" ? `stream:${lane.stream}` : lane.kind;
}
function parseLaneList(text, primary, names, hasSecret) {
  const trimmed = text.trim();
  if (trimmed === "") return [primary];
  const lanes = [primary];
  trimmed.split(/[,\n]/).forEach((raw, index) => {
    const entry = raw.trim();
    const where = `${names.input}, entry ${index + 1}`;
    if (entry === "") {
      throw new UsageError(
        `${where} is empty: write one lane per entry (stream:NAME, api-key or access-token), separated by commas or new lines, with no empty entry.`
      );
    }
    const lane = parseEntry(entry, where);
    if (lane.kind !== "stream" && !hasSecret(lane.kind)) {
      throw new UsageError(
        `${where} is a ${lane.kind} lane, but ${names.secrets[lane.kind]} is empty: give the ${lane.kind === "api-key" ? "API key" : "access token"} there (from a secret), or remove the lane.`
      );
    }
    const name2 = laneName(lane);
    if (lanes.some((seen) => laneName(seen) === name2)) {
      const first = laneName(primary) === name2 ? " (it is the primary stream, which always runs first)" : "";
      throw new UsageError(
        `${where} repeats lane ${JSON.stringify(name2)}${first}: each lane may appear once.`
      );
    }
    lanes.push(lane);
  });
  return lanes;
}
function parseEntry(entry, where) {
  if (entry === "api-key" || entry === "access-token") return { kind: entry };
  const stream = entry.startsWith("stream:") ? entry.slice("stream:".length) : entry;
  if (entry.includes(":") && !entry.startsWith("stream:")) {
    throw new UsageError(
      `${where}: unknown lane ${JSON.stringify(entry)}; a lane is stream:NAME (or NAME), api-key or access-token.`
    );
  }
  try {
    return { kind: "stream", stream: parseStreamName(stream) };
  } catch (error) {
    throw new UsageError(`${where}: ${error.message}`);
  }
}

// src/roundtrip/lanes.ts
var TALK_ITEMS = /* @__PURE__ */ new Set(["agent_message", "reasoning", "todo_list", "error"]);
function isWorkEvent(event) {
  if (!["item.started", "item.updated", "item.completed"].includes(event.type)) return false;
  const item = event.item;
  if (item === null || typeof item !== "object") return false;
  const type = item.type;
  return typeof type === "string" && !TALK_ITEMS.has(type);
}
async function runLanes(request) {
  const now = request.now ?? (() => /* @__PURE__ */ new Date());
  const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const attempts = [];
  let waited = false;
  for (; ; ) {
    let last = null;
    for (const [index, lane] of request.lanes.entries()) {
      const name2 = laneName(lane);
      if (index > 0 || attempts.length > 0) request.log.info(`codex-auth: trying lane ${name2}`);
      let workStarted = false;
      const result2 = await request.runLane(lane, (event) => {
        if (isWorkEvent(event)) workStarted = true;
        request.onEvent?.(event);
      });
      last = result2;
      if (result2.error === null) {
        attempts.push({ lane: name2, outcome: "ran", reason: null, resetsAt: null });
        return { result: result2, lane: name2, attempts };
      }
      if (result2.usageLimited && workStarted) {
        attempts.push({
          lane: name2,
          outcome: "usage-limited-after-work",
          reason: "usage limit after the agent had run tool calls: not re-run on another lane",
          resetsAt: result2.resetsAt
        });
        result2.error = new UsageLimitError(
          `lane ${name2} hit its usage limit after the agent had already executed tool calls; the half-done work was NOT re-run on another lane (it could repeat side effects). ${result2.error.message}`
        );
        return { result: result2, lane: null, attempts };
      }
      if (result2.usageLimited) {
        attempts.push({
          lane: name2,
          outcome: "usage-limited",
          reason: `usage limit before any tool call${result2.resetsAt ? `; resets at ${result2.resetsAt}` : ""}`,
          resetsAt: result2.resetsAt
        });
        continue;
      }
      if (needsSignIn(result2.error) && !workStarted) {
        attempts.push({ lane: name2, outcome: "dead-login", reason: result2.error.message, resetsAt: null });
        await request.onDeadLogin?.(lane, result2).catch((error) => {
          request.log.warn(`could not raise the reseed alert for lane ${name2}: ${String(error)}`);
        });
        continue;
      }
      attempts.push({ lane: name2, outcome: "failed", reason: result2.error.message, resetsAt: null });
      return { result: result2, lane: null, attempts };
    }
    const resets = attempts.filter((attempt) => attempt.outcome === "usage-limited" && attempt.resetsAt !== null).map((attempt) => Date.parse(attempt.resetsAt ?? "")).filter(Number.isFinite).sort((a, b) => a - b);
    const earliest = resets[0];
    const waitMs = earliest === void 0 ? null : Math.max(0, earliest - now().getTime());
    if (!waited && waitMs !== null && request.waitForResetMs > 0 && waitMs <= request.waitForResetMs) {
      waited = true;
      request.log.info(
        `codex-auth: every lane is usage-limited; waiting ${Math.ceil(waitMs / 1e3)} s for the reset at ${new Date(earliest ?? 0).toISOString()} (within wait-for-reset), then trying the lanes again`
      );
      await sleep(waitMs + 1e3);
      continue;
    }
    const result = last;
    if (request.lanes.length > 1) result.error = exhausted(attempts, earliest, request.waitForResetMs);
    if (earliest !== void 0) result.resetsAt = new Date(earliest).toISOString();
    return { result, lane: null, attempts };
  }
}
function exhausted(attempts, earliest, boundMs) {
  const tried = attempts.map((attempt) => `${attempt.lane} (${attempt.outcome})`).join(", ");
  const limited = attempts.some((attempt) => attempt.outcome === "usage-limited");
  if (!limited) {
    return new AuthUnusableError(
      `no lane is left: every login is dead (${tried}). Reseed them (see the alert).`
    );
  }
  const when = earliest === void 0 ? "an unknown time" : new Date(earliest).toISOString();
  const bound = boundMs > 0 ? ` That is later than wait-for-reset allows (${Math.round(boundMs / 1e3)} s).` : "";
  return new UsageLimitError(
    `no lane is left: ${tried}. The earliest usage window resets at ${when}.${bound} Run again then, or add a lane (an API key billed to your platform account is the clean fallback).`
  );
}

// src/core/near-names.ts
function nearNames(name2, candidates) {
  const limit = Math.min(2, Math.max(1, Math.floor(name2.length / 3)));
  return candidates.filter((candidate) => candidate !== name2).map((candidate) => ({ candidate, distance: editDistance(name2.toLowerCase(), candidate.toLowerCase()) })).filter(({ distance }) => distance <= limit).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).map(({ candidate }) => candidate);
}
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i];
    const above = rows[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        above[j] + 1,
        row[j - 1] + 1,
        above[j - 1] + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
      }
    }
  }
  return rows[a.length][b.length];
}

// src/core/seed-text.ts
var BOM = "\uFEFF";
var BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
function normalizeSeedText(raw, origin, pathHint) {
  const text = stripBom(raw);
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new UsageError(
      `${origin} is empty: it must hold the content of an auth.json from \`codex login\` (for example the file ~/.codex/auth.json). Check that the file or secret was written.`
    );
  }
  if (trimmed.startsWith("{")) return { text, decodedFrom: null };
  if (looksLikePath(trimmed)) {
    throw new UsageError(
      `${origin} holds a path (${trimmed}), not the content of an auth.json: ${pathHint.replace("PATH", trimmed)}.`
    );
  }
  const compact = trimmed.replace(/\s+/g, "");
  if (compact.length >= 16 && BASE64.test(compact)) {
    const decoded = stripBom(Buffer.from(compact, "base64").toString("utf8"));
    if (decoded.trim().startsWith("{") && isJsonObject(decoded))
      return { text: decoded, decodedFrom: "base64" };
  }
  return { text, decodedFrom: null };
}
function looksLikePath(value) {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.length > 4096 || /[\n{}"]/.test(trimmed)) return false;
  return /^(~|\.{1,2})?[/\\]/.test(trimmed) || /^[A-Za-z]:[/\\]/.test(trimmed) || /^\$\{?[A-Z_]+\}?[/\\]/.test(trimmed) || /^[^\s]+\.json$/i.test(trimmed);
}
function stripBom(text) {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
var SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
function futureRefreshWarning(bundle, origin, now) {
  const lastRefresh = bundle.auth.last_refresh;
  if (!lastRefresh) return null;
  const at = Date.parse(lastRefresh);
  if (!Number.isFinite(at) || at - now.getTime() <= SKEW_TOLERANCE_MS) return null;
  const minutes = Math.round((at - now.getTime()) / 6e4);
  return `${origin}: last_refresh (${lastRefresh}) is ${minutes} minutes ahead of this machine's clock (${now.toISOString()}). One of the clocks is wrong (check NTP on the machine that signed in and on this one); until it is fixed, Codex's scheduled refresh comes that much later.`;
}
function maskUnparsedSeed(redactor, value) {
  if (looksLikePath(value)) return;
  const json2 = stripBom(value).trimStart().startsWith("{");
  redactor.add([value, value.trim(), ...json2 ? [] : value.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []]);
}

// src/roundtrip/loaded-copy.ts
function storedCopyOf(bundle, generation) {
  return { generation, fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
}
function loadedCopyOf(copy) {
  const { generation, fingerprint, lastRefresh, seeded } = copy;
  return { generation, fingerprint, lastRefresh, seeded };
}

// src/roundtrip/load-stream.ts
async function loadStream(ctx, given) {
  refuseLegacyOnGitRef(ctx);
  const envelope = await ctx.store.read();
  checkLegacyStream(ctx, envelope !== null);
  const seed = envelope ? given : given ?? await ctx.store.plainSeed?.() ?? void 0;
  if (envelope) {
    const bundle2 = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
    ctx.secrets.add(secretValues(bundle2));
    const skew = futureRefreshWarning(bundle2, `the stored copy of stream "${ctx.stream}"`, ctx.now());
    if (skew) ctx.log.warn(skew);
    if (seed) {
      ctx.log.info(
        `stream "${ctx.stream}" already holds generation ${envelope.generation}; the seed from ${seed.origin} is not used (a seed never replaces a stored copy).`
      );
    }
    return { bundle: bundle2, ...storedCopyOf(bundle2, envelope.generation), seeded: false };
  }
  if (!seed) throw await notSeeded(ctx);
  const bundle = parseSeed(seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  await refuseSeedBelowMark(ctx, seed.origin);
  await writeBundle(ctx, bundle, 0);
  ctx.log.info(`stream "${ctx.stream}" was empty: stored the seed from ${seed.origin} as generation 1.`);
  return { bundle, ...storedCopyOf(bundle, 1), seeded: true };
}
async function refuseSeedBelowMark(ctx, origin) {
  const mark = await ctx.store.highWater?.().catch(() => null) ?? null;
  if (mark === null || mark <= 0) return;
  throw new RollbackRefusedError(
    `stream "${ctx.stream}" holds nothing in ${ctx.store.location}, but generation ${mark} was already written (its high-water mark remains): the stored copy was removed or lost, and the seed from ${origin} is most likely an older login whose refresh token was rotated away, so it was not used and nothing was run. Put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark; \`codex-auth revoke\` removes a stream together with its mark).`
  );
}
function checkLegacyStream(ctx, exists) {
  const message = legacyStreamMessage(ctx.stream, exists);
  if (message === null) return;
  if (!exists) throw new UsageError(message);
  ctx.log.warn(message);
}
async function checkLegacyStreamBeforeLock(ctx) {
  if (legacyStreamMessage(ctx.stream, false) === null) return;
  refuseLegacyOnGitRef(ctx);
  if (await ctx.store.currentGeneration() === 0)
    throw new UsageError(legacyStreamMessage(ctx.stream, false) ?? "");
}
function refuseLegacyOnGitRef(ctx) {
  const message = legacyStreamMessage(ctx.stream, false);
  if (message !== null && ctx.store.kind === "git-ref") throw new UsageError(message);
}
function parseSeed(seed, log, now = /* @__PURE__ */ new Date()) {
  const { text, decodedFrom } = normalizeSeedText(seed.raw, seed.origin, seed.pathHint ?? SEED_PATH_HINT);
  const bundle = parseBundle(text, seed.origin);
  assertStreamable(bundle, seed.origin);
  if (decodedFrom)
    log?.info(`${seed.origin} holds base64 of an auth.json; it was decoded and stored as JSON.`);
  const skew = futureRefreshWarning(bundle, seed.origin, now);
  if (skew) log?.warn(skew);
  return bundle;
}
var SEED_PATH_HINT = "pass the file with --auth-file PATH (seed) or --seed-file PATH (run, restore)";
async function writeBundle(ctx, bundle, expectedGeneration, generation = typeof expectedGeneration === "number" ? expectedGeneration + 1 : 1) {
  const envelope = await sealEnvelope(
    { bundle, stream: ctx.stream, generation, writer: ctx.writer, now: ctx.now() },
    ctx.key
  );
  await ctx.store.write(envelope, expectedGeneration);
  await verifyStored(ctx, envelope, bundle.fingerprint);
  return generation;
}
async function verifyStored(ctx, written, fingerprint) {
  const generation = written.generation;
  try {
    const stored = ctx.store.readBackAfterWrite ? await ctx.store.read() : written;
    if (!stored || stored.generation !== generation) {
      throw new Error(`expected generation ${generation}, found ${stored?.generation ?? "nothing"}`);
    }
    const bundle = await openEnvelope(stored, ctx.stream, ctx.key, ctx.store.location);
    if (bundle.fingerprint !== fingerprint) throw new Error("the stored bundle is not the one written");
  } catch (error) {
    const rolledBack = await ctx.store.rollback(generation).catch(() => false);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the write of generation ${generation} to ${ctx.store.location} did not verify (${reason})${rolledBack ? "; the previous generation was put back" : ""}.`
    );
  }
}
async function notSeeded(ctx) {
  const names = (await ctx.store.storedStreams?.().catch(() => null) ?? []).map((stream) => stream.name);
  const near = nearNames(ctx.stream, names);
  const meant = near.length > 0 ? ` Did you mean ${near.map((name2) => `"${name2}"`).join(" or ")}? Otherwise, to start this stream:` : "";
  return new NotSeededError(
    `stream "${ctx.stream}" is not seeded: ${ctx.store.location} holds nothing and no seed was given.${meant} Seed it once from a fresh login: \`codex-auth seed --stream ${ctx.stream} --auth-file ~/.codex/auth.json\` (or pass --seed-file FILE / set CODEX_AUTH_JSON).`
  );
}

// src/roundtrip/messages.ts
var REFRESH_FAILURE_CAUSE = {
  refresh_token_reused: "the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth",
  refresh_token_expired: "the refresh token has expired (the session was unused for too long)",
  refresh_token_invalidated: "the refresh token was revoked (signed out elsewhere, password change, or admin action)",
  refresh_failed: "the token endpoint rejected the refresh token"
};
function reseedMessage(stream, run2, generation) {
  const code = run2.refreshFailure ?? "refresh_failed";
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}
function codexFailedMessage(run2) {
  const how = run2.signal ? `was stopped by ${run2.signal}` : `exited with code ${run2.exitCode}`;
  const last = run2.errorMessages.at(-1);
  return `codex exec ${how}${last ? `: ${last}` : ""}. Anything Codex refreshed was persisted; check Codex's output above for the cause.`;
}
function noEventsMessage(codexPath) {
  return `${codexPath} exited 0 but printed no Codex events, so Codex did not run: that program is not the Codex CLI, or not one that knows \`codex exec --json\`. Point --codex (Action: codex-version) at the real Codex CLI (\`npm i -g @openai/codex\`).`;
}
function persistFailedPrefix(stream) {
  return `Codex refreshed the login of stream "${stream}" but it could NOT be persisted, and the old refresh token is already rotated away: `;
}
function lockWaitNotice(ctx) {
  return (holder, waitedMs) => ctx.log.info(
    `waiting for the lock of stream "${ctx.stream}" (${Math.round(waitedMs / 1e3)} s so far), held by ${describeHolder(holder)}`
  );
}
function runTimeoutMessage(timeoutMs, what) {
  return `codex exec ran longer than the run timeout (${Math.round(timeoutMs / 1e3)} s) and was stopped with everything it started. ${what} If the task needs longer, raise --run-timeout (Action: input run-timeout).`;
}

// src/core/inspect.ts
var PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
var SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function inspectBundle(bundle, now) {
  const identity = identityClaims(bundle);
  const lastRefresh = bundle.auth.last_refresh ?? null;
  const lastRefreshDate = lastRefresh ? new Date(lastRefresh) : null;
  const accessToken = bundle.auth.tokens?.access_token;
  const expiry = accessToken ? jwtExpiry(accessToken) : null;
  const problems = [];
  if (bundle.kind === "chatgpt" && !lastRefresh) {
    problems.push("last_refresh is missing: Codex will not refresh proactively and needs a 401 to recover");
  }
  if (bundle.kind !== "chatgpt") {
    problems.push(`this is a ${bundle.kind} credential, not a ChatGPT login a stream can carry`);
  }
  return {
    kind: bundle.kind,
    authMode: bundle.authMode,
    accountId: identity.accountId,
    plan: identity.plan,
    email: identity.email ? redactEmail(identity.email) : null,
    lastRefresh,
    lastRefreshAgeDays: lastRefreshDate ? round2((now.getTime() - lastRefreshDate.getTime()) / DAY_MS) : null,
    accessTokenExpiresAt: expiry ? expiry.toISOString() : null,
    nextRefresh: bundle.kind === "chatgpt" ? nextRefresh(now, expiry, lastRefreshDate) : NO_REFRESH,
    fingerprint: bundle.fingerprint,
    problems
  };
}
var NO_REFRESH = { due: false, reason: null, at: null };
function nextRefresh(now, expiry, lastRefresh) {
  if (expiry) {
    const at = new Date(expiry.getTime() - PROACTIVE_EXPIRY_WINDOW_MS);
    return { due: now >= at, reason: "proactive_expiry", at: at.toISOString() };
  }
  if (lastRefresh) {
    const at = new Date(lastRefresh.getTime() + SCHEDULED_REFRESH_AFTER_MS);
    return { due: now > at, reason: "scheduled", at: at.toISOString() };
  }
  return NO_REFRESH;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}
function redactEmail(email) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

// src/roundtrip/result.ts
function emptyResult(stream, store) {
  return {
    stream,
    store,
    generation: null,
    seeded: false,
    refreshed: false,
    persisted: false,
    lastRefreshBefore: null,
    lastRefreshAfter: null,
    fingerprintBefore: null,
    fingerprintAfter: null,
    codexExitCode: null,
    finalMessage: null,
    usage: null,
    refreshFailure: null,
    nextRefresh: null,
    accessTokenExpiresAt: null,
    lockWaitMs: 0,
    durationMs: 0,
    seal: null,
    usageLimited: false,
    resetsAt: null,
    planUsage: null,
    protection: null,
    brokerLog: [],
    error: null
  };
}
function describeBundleInto(result, bundle, now) {
  const report2 = inspectBundle(bundle, now);
  result.nextRefresh = report2.nextRefresh;
  result.accessTokenExpiresAt = report2.accessTokenExpiresAt;
}
function startFrom(result, loaded) {
  Object.assign(result, {
    generation: loaded.generation,
    seeded: loaded.seeded,
    persisted: loaded.seeded,
    fingerprintBefore: loaded.fingerprint,
    fingerprintAfter: loaded.fingerprint,
    lastRefreshBefore: loaded.lastRefresh,
    lastRefreshAfter: loaded.lastRefresh
  });
}
function reportPersisted(result, persister, before, how) {
  Object.assign(result, {
    generation: persister.currentGeneration,
    fingerprintAfter: persister.observed.fingerprint,
    lastRefreshAfter: persister.observed.lastRefresh,
    refreshed: persister.observed.fingerprint !== before.fingerprint,
    // `run` stored the seed itself; `persist` reports only its own writes (the seed was restore's).
    persisted: how.seedWrittenHere && before.seeded || persister.writes > 0
  });
  if (persister.observedBundle) describeBundleInto(result, persister.observedBundle, how.now);
}
async function timedAcquire(result, acquire) {
  const started = performance.now();
  try {
    const acquired = await acquire();
    result.lockWaitMs = acquired.waitedMs;
    return acquired;
  } catch (error) {
    result.lockWaitMs = Math.round(performance.now() - started);
    throw error;
  }
}

// src/roundtrip/phases/acquire.ts
var PROCESS_LEASE_MS = 6e4;
function takeLock(ctx, terms) {
  return ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: terms.timeoutMs,
    leaseMs: terms.leaseMs ?? PROCESS_LEASE_MS,
    mode: terms.mode,
    onWait: lockWaitNotice(ctx),
    ...terms.signal ? { signal: terms.signal } : {}
  });
}
async function checkStreamName(state) {
  await checkLegacyStreamBeforeLock(state.ctx);
}
async function acquireLock(state, terms) {
  const acquired = await timedAcquire(state.result, () => takeLock(state.ctx, terms));
  state.lock = acquired.handle;
}
async function releaseLock(lock, ctx) {
  try {
    if (!await lock.release()) {
      ctx.log.warn(
        `the lock of stream "${ctx.stream}" had been taken over by another holder before release.`
      );
    }
  } catch (error) {
    ctx.log.warn(`could not release the lock of stream "${ctx.stream}": ${String(error)}`);
  }
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string2, ptr) {
  let lines = string2.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string2, line, column) {
  let lines = string2.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign2, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign2 || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign2) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign2 || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var BARE_KEY = /^[a-z0-9-_]+$/i;
var HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}

// src/broker/allowlist.ts
var RESPONSES_PATH = "/backend-api/codex/responses";
var CHATGPT_PREFIX = "/backend-api/";
var CHATGPT_GETS = /* @__PURE__ */ new Set([
  "codex/models",
  "wham/usage",
  // Business/Enterprise plans load workspace-managed policies here; a 404 is fatal to Codex.
  "wham/config/bundle"
]);
function routeOf(method, pathname, upgrade) {
  if (upgrade) return method === "GET" && pathname === RESPONSES_PATH ? { kind: "responses" } : refused;
  if (method === "POST" && pathname === RESPONSES_PATH) return { kind: "responses" };
  if (method === "POST" && pathname === "/oauth/token") return { kind: "token" };
  if (method === "POST" && pathname === "/oauth/revoke") return { kind: "revoke" };
  if (!pathname.startsWith(CHATGPT_PREFIX)) return refused;
  const rest = pathname.slice(CHATGPT_PREFIX.length);
  if (method === "POST" && rest === "codex/analytics-events/events") return { kind: "analytics" };
  if (method !== "GET") return refused;
  if (rest === "wham/accounts/check") return { kind: "accounts-check", rest };
  return CHATGPT_GETS.has(rest) ? { kind: "chatgpt", rest } : refused;
}
var refused = { kind: "refused" };
var HOP_BY_HOP = /* @__PURE__ */ new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade"
]);
function copyHeaders(raw, drop, keepUpgrade = false) {
  const named2 = /* @__PURE__ */ new Set();
  for (let i = 0; i < raw.length; i += 2) {
    if ((raw[i] ?? "").toLowerCase() === "connection") {
      for (const token of (raw[i + 1] ?? "").split(",")) named2.add(token.trim().toLowerCase());
    }
  }
  const out = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name2 = raw[i] ?? "";
    const lower = name2.toLowerCase();
    if (drop.has(lower)) continue;
    const upgradeHeader = lower === "connection" || lower === "upgrade";
    if (keepUpgrade && upgradeHeader) {
      out.push([name2, raw[i + 1] ?? ""]);
      continue;
    }
    if (HOP_BY_HOP.has(lower) || named2.has(lower) && !(keepUpgrade && lower === "upgrade")) continue;
    out.push([name2, raw[i + 1] ?? ""]);
  }
  return out;
}

// src/broker/placeholders.ts
import { randomBytes } from "node:crypto";
var OPENAI_AUTH_CLAIM = "https://api.openai.com/auth";
var OPENAI_PROFILE_CLAIM = "https://api.openai.com/profile";
var AUTH_CLAIM_KEYS = [
  "chatgpt_plan_type",
  "chatgpt_user_id",
  "user_id",
  "chatgpt_account_id",
  "chatgpt_account_is_fedramp",
  "chatgpt_subscription_active_start",
  "chatgpt_subscription_active_until"
];
var REFRESH_PLACEHOLDER_PREFIX = "cab_rt_";
function isPlaceholderBundle(bundle) {
  return bundle.auth.tokens?.refresh_token.startsWith(REFRESH_PLACEHOLDER_PREFIX) === true;
}
function part(value) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
function randomPart(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}
function unsignedJwt(payload) {
  return `${part({ alg: "none", typ: "JWT" })}.${part(payload)}.${randomPart(16)}`;
}
function identityPayload(realIdToken) {
  const decoded = decodeJwtLikeCodex(realIdToken);
  const claims = decoded.ok ? decoded.claims : {};
  const payload = {};
  if (typeof claims.email === "string") payload.email = claims.email;
  const profile = claims[OPENAI_PROFILE_CLAIM];
  if (profile && typeof profile === "object") {
    const email = profile.email;
    if (typeof email === "string") payload[OPENAI_PROFILE_CLAIM] = { email };
  }
  const auth = claims[OPENAI_AUTH_CLAIM];
  if (auth && typeof auth === "object") {
    const copied = {};
    for (const key of AUTH_CLAIM_KEYS) {
      const value = auth[key];
      if (value !== void 0) copied[key] = value;
    }
    payload[OPENAI_AUTH_CLAIM] = copied;
  }
  return payload;
}
function mintPlaceholders(bundle) {
  const tokens = bundle.auth.tokens;
  if (!tokens) throw new Error("mintPlaceholders: the bundle holds no ChatGPT tokens");
  const exp = jwtExpiry(tokens.access_token);
  const access = { jti: randomPart(24), iss: "codex-auth-broker" };
  if (exp !== null) access.exp = Math.floor(exp.getTime() / 1e3);
  return {
    idToken: unsignedJwt(identityPayload(tokens.id_token)),
    accessToken: unsignedJwt(access),
    refreshToken: `${REFRESH_PLACEHOLDER_PREFIX}${randomPart(32)}`
  };
}
function placeholderAuthJson(bundle, set2) {
  const tokens = bundle.auth.tokens;
  if (!tokens) throw new Error("placeholderAuthJson: the bundle holds no ChatGPT tokens");
  const file = {
    auth_mode: "chatgpt",
    OPENAI_API_KEY: null,
    tokens: {
      id_token: set2.idToken,
      access_token: set2.accessToken,
      refresh_token: set2.refreshToken,
      account_id: tokens.account_id ?? null
    },
    last_refresh: bundle.auth.last_refresh ?? (/* @__PURE__ */ new Date()).toISOString()
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function refreshAnswer(set2) {
  return JSON.stringify({
    id_token: set2.idToken,
    access_token: set2.accessToken,
    refresh_token: set2.refreshToken
  });
}

// src/broker/credential-state.ts
var STALE_BEFORE_EXPIRY_MS = 5 * 60 * 1e3;
var STALE_AFTER_LAST_REFRESH_MS = 8 * 24 * 60 * 60 * 1e3;
var CredentialState = class {
  bundleNow;
  accessPlaceholders = /* @__PURE__ */ new Set();
  refreshPlaceholders = /* @__PURE__ */ new Set();
  placeholders;
  deadAnswer = null;
  spent = /* @__PURE__ */ new Map();
  last401At = 0;
  lastRotationAt = 0;
  constructor(bundle) {
    this.bundleNow = bundle;
    this.placeholders = this.issue();
  }
  get bundle() {
    return this.bundleNow;
  }
  get current() {
    return this.placeholders;
  }
  /**
   * A new generation of placeholders for the current real tokens. Older generations stay valid: a request Codex
   * started before the refresh may still carry an old access placeholder.
   */
  issue() {
    const set2 = mintPlaceholders(this.bundleNow);
    this.accessPlaceholders.add(set2.accessToken);
    this.refreshPlaceholders.add(set2.refreshToken);
    this.placeholders = set2;
    return set2;
  }
  isAccessPlaceholder(token) {
    return this.accessPlaceholders.has(token);
  }
  isRefreshPlaceholder(token) {
    return this.refreshPlaceholders.has(token);
  }
  realAccessToken() {
    return this.bundleNow.auth.tokens?.access_token ?? "";
  }
  accountId() {
    return this.bundleNow.auth.tokens?.account_id ?? void 0;
  }
  realRefreshToken() {
    return this.bundleNow.auth.tokens?.refresh_token ?? "";
  }
  /** After a relayed refresh succeeded and was persisted. */
  rotated(bundle, now) {
    this.bundleNow = bundle;
    this.lastRotationAt = now;
  }
  noteUpstream401(now) {
    this.last401At = now;
  }
  /** The real token expires soon (or, without `exp`, was refreshed long ago): a refresh is really due. */
  isStale(now) {
    const exp = jwtExpiry(this.realAccessToken());
    if (exp !== null) return exp.getTime() - now < STALE_BEFORE_EXPIRY_MS;
    const last = this.bundleNow.auth.last_refresh;
    return last === null || last === void 0 || now - Date.parse(last) > STALE_AFTER_LAST_REFRESH_MS;
  }
  /**
   * Whether Codex's refresh ask should go upstream. An agent holding the placeholders can ask as often as it
   * likes; only a real need reaches OpenAI: a stale token, or a backend 401 not yet followed by a rotation.
   */
  needsUpstream(reason, now) {
    if (reason === "unauthorized_recovery" && this.last401At > this.lastRotationAt) return true;
    return this.isStale(now);
  }
  /** What upstream answered the current real refresh token, if it was already spent without a rotation. */
  spentAnswer() {
    return this.spent.get(this.realRefreshToken()) ?? null;
  }
  markSpent(answer) {
    this.spent.set(this.realRefreshToken(), answer);
  }
  markDead(answer) {
    this.deadAnswer = answer;
  }
  get dead() {
    return this.deadAnswer;
  }
};

// src/broker/upstream.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { connect as tlsConnect, createSecureContext, rootCertificates } from "node:tls";

// src/broker/warm-agent.ts
import { Agent } from "node:https";
import { connect } from "node:tls";
var keyOf = (host, port, servername) => `${String(host)}:${String(port)}:${typeof servername === "string" ? servername : ""}`;
var WarmAgent = class extends Agent {
  #ready = [];
  constructor() {
    super({ keepAlive: true });
  }
  /** Opens `count` connections to `target` now, for the next requests to it. */
  preconnect(target, count) {
    for (let i = 0; i < count; i += 1) {
      const socket = connect({
        host: target.host,
        port: target.port,
        ...target.servername === "" ? {} : { servername: target.servername },
        secureContext: target.secureContext,
        ALPNProtocols: ["http/1.1"]
      });
      const entry = { key: keyOf(target.host, target.port, target.servername), socket };
      socket.setNoDelay(true);
      socket.on("error", () => socket.destroy());
      socket.once("close", () => {
        const at = this.#ready.indexOf(entry);
        if (at !== -1) this.#ready.splice(at, 1);
      });
      this.#ready.push(entry);
    }
  }
  /** How many connections opened ahead are still waiting for a request. */
  get waiting() {
    return this.#ready.length;
  }
  createConnection(options, callback) {
    const key = keyOf(options.host, options.port, options.servername);
    const at = this.#ready.findIndex((entry2) => entry2.key === key && !entry2.socket.destroyed);
    if (at === -1) return super.createConnection(options, callback);
    const [entry] = this.#ready.splice(at, 1);
    return entry?.socket;
  }
  destroy() {
    for (const entry of this.#ready.splice(0)) entry.socket.destroy();
    super.destroy();
  }
};

// src/broker/upstream.ts
function upstreamTls(extraCa, proxy) {
  let context;
  const secureContext = () => context ??= extraCa === void 0 ? createSecureContext() : rootsPlus(extraCa);
  const agent = new WarmAgent();
  return {
    secureContext,
    agent,
    proxy,
    preconnect: (origin, count) => {
      const { direct, ...endpoint } = endpointOf(origin, proxy);
      if (direct) agent.preconnect({ ...endpoint, secureContext: secureContext() }, count);
    }
  };
}
function endpointOf(url, proxy) {
  return {
    host: url.hostname,
    port: Number(url.port || 443),
    // SNI takes host names only (RFC 6066); an IP upstream (a test's loopback server) gets none.
    servername: isIP(url.hostname) === 0 ? url.hostname : "",
    direct: proxy === void 0 || bypassesProxy(url.hostname, proxy.noProxy)
  };
}
function rootsPlus(extraCa, fast = true) {
  const context = createSecureContext();
  const native = context.context;
  if (fast && typeof native?.addCACert === "function") {
    native.addCACert(extraCa);
    return context;
  }
  return createSecureContext({ ca: [...rootCertificates, extraCa] });
}
function bypassesProxy(host, noProxy) {
  for (const entry of (noProxy ?? "").split(",").map((item) => item.trim().toLowerCase())) {
    if (entry === "") continue;
    if (entry === "*") return true;
    const bare = entry.startsWith(".") ? entry.slice(1) : entry;
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}
function upstreamRequest(target, method, headers, tls, fresh = false) {
  const proxy = tls.proxy;
  const { host, port, servername, direct: unproxied } = endpointOf(target, proxy);
  const base = {
    host,
    port,
    method,
    path: `${target.pathname}${target.search}`,
    headers,
    secureContext: tls.secureContext(),
    servername,
    ALPNProtocols: ["http/1.1"],
    // `fresh`: a new connection. A pooled one that upstream closed meanwhile fails after "connected", which for a
    // refresh would look like a request that may have been received, and its token would be spent for nothing.
    agent: fresh ? false : tls.agent
  };
  if (unproxied || proxy === void 0) return noDelay(httpsRequest(base));
  const { agent: _none, ...direct } = base;
  const request = httpsRequest({
    ...direct,
    createConnection: (_options, callback) => {
      tunnel(new URL(proxy.url), host, port, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error("proxy tunnel failed"), void 0);
        const secure = tlsConnect({
          socket,
          servername,
          secureContext: tls.secureContext(),
          ALPNProtocols: ["http/1.1"]
        });
        callback(null, secure);
      });
      return void 0;
    }
  });
  return noDelay(request);
}
function noDelay(request) {
  request.setNoDelay(true);
  return request;
}
function tunnel(proxy, host, port, done) {
  const connect2 = httpRequest({
    host: proxy.hostname,
    port: Number(proxy.port || 80),
    method: "CONNECT",
    path: `${host}:${port}`,
    headers: { host: `${host}:${port}` }
  });
  connect2.once("connect", (res, socket) => {
    if (res.statusCode !== 200) {
      socket.destroy();
      done(new Error(`the proxy refused CONNECT ${host}:${port} (status ${res.statusCode ?? "?"})`));
      return;
    }
    done(null, socket);
  });
  connect2.once("error", (error) => done(error));
  connect2.end();
}

// src/broker/forward.ts
var REQUEST_DROP = /* @__PURE__ */ new Set(["host", "authorization"]);
var RESPONSE_DROP = /* @__PURE__ */ new Set(["set-cookie"]);
function swappedBearer(req, state) {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "");
  const token = match?.[1];
  return token !== void 0 && state.isAccessPlaceholder(token) ? state.realAccessToken() : null;
}
function targetOf(route, search, ctx) {
  if (route.kind === "responses") {
    const path21 = `${ctx.openaiBase.pathname.replace(/\/+$/, "")}/responses${search}`;
    return new URL(path21, ctx.routedOrigin ?? ctx.openaiBase.origin);
  }
  const rest = route.kind === "chatgpt" || route.kind === "accounts-check" ? route.rest : "";
  const base = ctx.chatgptBase.pathname.endsWith("/") ? ctx.chatgptBase.pathname : `${ctx.chatgptBase.pathname}/`;
  return new URL(`${base}${rest}${search}`, ctx.chatgptBase.origin);
}
function outgoingHeaders(pairs) {
  const headers = {};
  for (const [name2, value] of pairs) {
    const key = name2.toLowerCase();
    const seen = headers[key];
    headers[key] = seen === void 0 ? value : [...Array.isArray(seen) ? seen : [seen], value];
  }
  return headers;
}
function refuse(res, status, message) {
  const body = Buffer.from(
    JSON.stringify({ error: { message, code: status === 403 ? "forbidden" : "unauthorized" } })
  );
  res.writeHead(status, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
  return body.length;
}
function forwardHttp(req, res, route, search, ctx, finish) {
  const real = swappedBearer(req, ctx.state);
  if (real === null) {
    req.resume();
    finish(401, "refused", 0, refuse(res, 401, "This broker accepts only the access placeholder it issued."));
    return;
  }
  const target = targetOf(route, search, ctx);
  const rewrite = route.kind === "accounts-check";
  const drop = rewrite ? /* @__PURE__ */ new Set([...REQUEST_DROP, "accept-encoding"]) : REQUEST_DROP;
  const pairs = copyHeaders(req.rawHeaders, drop);
  pairs.push(["host", target.host], ["authorization", `Bearer ${real}`]);
  if (rewrite) pairs.push(["accept-encoding", "identity"]);
  const upstream = upstreamRequest(target, req.method ?? "GET", outgoingHeaders(pairs), ctx.tls);
  let bytesIn = 0;
  let bytesOut = 0;
  req.on("data", (chunk) => bytesIn += chunk.length);
  res.on("close", () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.on("response", (answer) => {
    const status = answer.statusCode ?? 502;
    if (status === 401) ctx.state.noteUpstream401(Date.now());
    ctx.requestLog.noteHeaders(answer.headers);
    const headers = copyHeaders(answer.rawHeaders, RESPONSE_DROP);
    if (rewrite && status === 200 && answer.headers["content-encoding"] === void 0) {
      rewriteAccountsCheck(answer, res, headers, ctx, (size) => finish(status, "forwarded", bytesIn, size));
      return;
    }
    res.writeHead(status, headers.flat());
    res.flushHeaders();
    answer.on("data", (chunk) => bytesOut += chunk.length);
    answer.on("end", () => finish(status, "forwarded", bytesIn, bytesOut));
    answer.on("error", () => res.destroy());
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    ctx.log.debug(`broker: upstream ${route.kind} request failed: ${error.message}`);
    if (!res.headersSent) {
      const body = Buffer.from(
        JSON.stringify({ error: { message: "The broker could not reach upstream." } })
      );
      res.writeHead(502, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
      finish(502, "forwarded", bytesIn, body.length);
    } else {
      res.destroy();
      finish(502, "forwarded", bytesIn, bytesOut);
    }
  });
  req.pipe(upstream);
}
function rewriteAccountsCheck(answer, res, headers, ctx, done) {
  const chunks = [];
  answer.on("data", (chunk) => chunks.push(chunk));
  answer.on("end", () => {
    let body = Buffer.concat(chunks);
    try {
      const parsed = JSON.parse(body.toString("utf8"));
      const ours2 = ctx.state.accountId();
      for (const entry of Array.isArray(parsed.accounts) ? parsed.accounts : []) {
        const account = entry;
        const origin = account.workspace_backend_origin;
        if (account.id !== ours2 || typeof origin !== "string" || !origin.startsWith("https://")) continue;
        const routed = new URL(origin).origin;
        if (routed !== ctx.routedOrigin && routed !== ctx.chatgptBase.origin)
          ctx.tls.preconnect(new URL(routed), 1);
        ctx.routedOrigin = routed;
        account.workspace_backend_origin = ctx.origin;
      }
      body = Buffer.from(JSON.stringify(parsed));
    } catch {
      ctx.log.debug("broker: accounts/check answer is not JSON; passed on unchanged");
    }
    const kept = headers.filter(([name2]) => name2.toLowerCase() !== "content-length");
    kept.push(["content-length", String(body.length)]);
    res.writeHead(answer.statusCode ?? 200, kept.flat());
    res.end(body);
    done(body.length);
  });
  answer.on("error", () => res.destroy());
}

// src/broker/refresh-relay.ts
var MAX_BODY = 64 * 1024;
var PERMANENT_CODES = /* @__PURE__ */ new Set([
  "refresh_token_expired",
  "refresh_token_reused",
  "refresh_token_invalidated"
]);
var JSON_TYPE = "application/json";
function json(status, value) {
  return { status, body: Buffer.from(JSON.stringify(value)), contentType: JSON_TYPE };
}
function readBody(req, limit = MAX_BODY) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
function send(res, answer) {
  res.writeHead(answer.status, { "content-type": answer.contentType, "content-length": answer.body.length });
  res.end(answer.body);
  return answer.body.length;
}
function singleFlight() {
  let tail = Promise.resolve();
  return (task) => {
    const run2 = tail.then(task, task);
    tail = run2.catch(() => void 0);
    return run2;
  };
}
async function relayRefresh(req, res, ctx, queue) {
  const body = await readBody(req);
  const bytesIn = body?.length ?? MAX_BODY;
  let ask = null;
  try {
    const parsed = body === null ? null : JSON.parse(body.toString("utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      ask = parsed;
  } catch {
    ask = null;
  }
  const presented = typeof ask?.refresh_token === "string" ? ask.refresh_token : "";
  if (ask === null || !ctx.state.isRefreshPlaceholder(presented)) {
    const answer2 = json(401, {
      error: { code: "invalid_grant", message: "Not a refresh token issued by this run." }
    });
    return { status: 401, bytesIn, bytesOut: send(res, answer2) };
  }
  const reason = typeof ask.refresh_reason === "string" ? ask.refresh_reason : null;
  const request = ask;
  const answer = await queue(() => decide(request, reason, req, ctx));
  return { status: answer.status, bytesIn, bytesOut: send(res, answer) };
}
async function decide(ask, reason, req, ctx) {
  const { state } = ctx;
  if (state.dead) return state.dead;
  if (!state.needsUpstream(reason, Date.now())) {
    ctx.log.debug(
      `broker: refresh (${reason ?? "no reason"}) answered locally: the real token is still fresh`
    );
    return { status: 200, body: Buffer.from(refreshAnswer(state.issue())), contentType: JSON_TYPE };
  }
  const spent = state.spentAnswer();
  if (spent) return spent;
  const upstream = await sendUpstream(ask, req, ctx);
  if (upstream.kind === "not-sent") return json(503, { error: { message: upstream.message } });
  if (upstream.kind === "lost") {
    ctx.log.warn(
      `broker: the refresh request reached upstream but its answer was lost (${upstream.message}); that refresh token is not sent again`
    );
    const answer2 = json(503, { error: { message: "The refresh answer was lost; not retried." } });
    state.markSpent(answer2);
    return answer2;
  }
  const { answer } = upstream;
  if (answer.status < 200 || answer.status >= 300) return failed(answer, ctx);
  return rotated(answer, ctx);
}
function failed(answer, ctx) {
  ctx.state.markSpent(answer);
  const code = errorCode(answer.body);
  if (answer.status === 401 || code !== null && PERMANENT_CODES.has(code)) {
    ctx.state.markDead(answer);
    ctx.log.warn(
      `broker: upstream refused the refresh (status ${answer.status}${code === null ? "" : `, ${code}`}): the login is dead`
    );
  } else {
    ctx.log.warn(`broker: upstream refresh failed with status ${answer.status}; not retried with this token`);
  }
  return answer;
}
function errorCode(body) {
  try {
    const parsed = JSON.parse(body.toString("utf8"));
    const nested = parsed.error && typeof parsed.error === "object" ? parsed.error : {};
    const code = nested.code ?? parsed.code;
    return typeof code === "string" ? code : null;
  } catch {
    return null;
  }
}
async function rotated(answer, ctx) {
  const { state } = ctx;
  let fields;
  try {
    fields = JSON.parse(answer.body.toString("utf8"));
  } catch {
    fields = {};
  }
  const text = (name2) => typeof fields[name2] === "string" && fields[name2] !== "" ? fields[name2] : null;
  const fresh = [text("id_token"), text("access_token"), text("refresh_token")];
  ctx.secrets.add(fresh.filter((value) => value !== null));
  const old = state.bundle.auth;
  const oldTokens = old.tokens ?? { id_token: "", access_token: "", refresh_token: "" };
  const idToken = text("id_token");
  if (idToken !== null && !decodeJwtLikeCodex(idToken).ok) {
    ctx.log.warn("broker: the refreshed id_token is not a JWT; the previous one is kept");
  }
  const tokens = {
    ...oldTokens,
    id_token: idToken !== null && decodeJwtLikeCodex(idToken).ok ? idToken : oldTokens.id_token,
    access_token: text("access_token") ?? oldTokens.access_token,
    refresh_token: text("refresh_token") ?? oldTokens.refresh_token
  };
  const next = parseBundle(
    `${JSON.stringify({ ...old, tokens, last_refresh: (/* @__PURE__ */ new Date()).toISOString() }, null, 2)}
`,
    "the refreshed login"
  );
  ctx.secrets.add(secretValues(next));
  state.rotated(next, Date.now());
  try {
    await ctx.persist(next);
  } catch (error) {
    ctx.log.warn(`broker: saving the refreshed login failed: ${error.message}`);
    return json(503, { error: { message: "The refreshed login could not be saved yet." } });
  }
  ctx.log.info("broker: relayed a refresh; the new login is saved");
  return { status: 200, body: Buffer.from(refreshAnswer(state.issue())), contentType: JSON_TYPE };
}
function sendUpstream(ask, req, ctx) {
  const body = Buffer.from(JSON.stringify({ ...ask, refresh_token: ctx.state.realRefreshToken() }));
  const headers = {
    host: ctx.refreshUrl.host,
    "content-type": JSON_TYPE,
    "content-length": body.length,
    accept: req.headers.accept ?? "*/*"
  };
  for (const name2 of ["user-agent", "originator"]) {
    const value = req.headers[name2];
    if (typeof value === "string") headers[name2] = value;
  }
  return new Promise((resolve) => {
    let connected = false;
    const upstream = upstreamRequest(ctx.refreshUrl, "POST", headers, ctx.tls, true);
    upstream.on("socket", (socket) => {
      const secure = socket;
      if (!secure.connecting) connected = true;
      else secure.once("secureConnect", () => connected = true);
    });
    upstream.on("response", (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        const contentType = res.headers["content-type"] ?? JSON_TYPE;
        resolve({
          kind: "answer",
          answer: { status: res.statusCode ?? 502, body: Buffer.concat(chunks), contentType }
        });
      });
      res.on("error", (error) => resolve({ kind: "lost", message: error.message }));
    });
    upstream.on(
      "error",
      (error) => resolve(
        connected ? { kind: "lost", message: error.message } : { kind: "not-sent", message: error.message }
      )
    );
    upstream.end(body);
  });
}

// src/broker/request-log.ts
var MAX_ENTRIES = 1e4;
var RequestLog = class {
  entries = [];
  usage = null;
  /** Starts timing one request; call the returned function once with the outcome. */
  begin(method, path21) {
    const started = performance.now();
    const at = (/* @__PURE__ */ new Date()).toISOString();
    let done = false;
    return (status, handling, bytesIn, bytesOut) => {
      if (done) return;
      done = true;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      this.entries.push({ at, method, path: path21, status, bytesIn, bytesOut, durationMs, handling });
      if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    };
  }
  noteHeaders(headers) {
    const usage = planUsageFromHeaders(headers);
    if (usage !== null) this.usage = usage;
  }
  list() {
    return [...this.entries];
  }
  planUsage() {
    return this.usage;
  }
};
function header(headers, name2) {
  const value = headers[name2];
  const text = Array.isArray(value) ? value[0] : value;
  if (text === void 0 || text.trim() === "") return void 0;
  const number2 = Number(text);
  return Number.isFinite(number2) ? number2 : void 0;
}
function planUsageFromHeaders(headers) {
  const window = (name2) => ({
    used_percent: header(headers, `x-codex-${name2}-used-percent`),
    window_minutes: header(headers, `x-codex-${name2}-window-minutes`),
    resets_at: header(headers, `x-codex-${name2}-reset-at`)
  });
  return planUsageFromCodex({ primary: window("primary"), secondary: window("secondary") });
}

// src/broker/listener.ts
import { writeFile } from "node:fs/promises";
import { createServer } from "node:https";
import {
  createServer as createTcpServer
} from "node:net";
import { join } from "node:path";

// src/broker/run-ca.ts
import { createHash, generateKeyPairSync, randomBytes as randomBytes2, sign, webcrypto } from "node:crypto";

// src/broker/der.ts
function length(n) {
  if (n < 128) return Buffer.from([n]);
  const bytes = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function tlv(tag, ...parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}
var sequence = (...parts) => tlv(48, ...parts);
var set = (...parts) => tlv(49, ...parts);
var octetString = (bytes) => tlv(4, bytes);
var utf8String = (text) => tlv(12, Buffer.from(text, "utf8"));
var TRUE = Buffer.from([1, 1, 255]);
var bitString = (bytes) => tlv(3, Buffer.from([0]), bytes);
function unsignedInteger(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  return tlv(2, (trimmed[0] ?? 0) & 128 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
var smallInteger = (n) => unsignedInteger(Buffer.from([n]));
function oid(dotted) {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups = [arc & 127];
    for (let high = arc >>> 7; high > 0; high >>>= 7) groups.unshift(high & 127 | 128);
    bytes.push(...groups);
  }
  return tlv(6, Buffer.from(bytes));
}
function time(date) {
  const iso = date.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:T]/g, "");
  return date.getUTCFullYear() < 2050 ? tlv(23, Buffer.from(`${digits.slice(2)}Z`)) : tlv(24, Buffer.from(`${digits}Z`));
}

// src/broker/run-ca.ts
var DAY_MS2 = 24 * 60 * 60 * 1e3;
var ECDSA_WITH_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));
var COMMON_NAME = oid("2.5.4.3");
var EXTENSION = {
  subjectKeyIdentifier: oid("2.5.29.14"),
  keyUsage: oid("2.5.29.15"),
  subjectAltName: oid("2.5.29.17"),
  basicConstraints: oid("2.5.29.19"),
  authorityKeyIdentifier: oid("2.5.29.35"),
  extKeyUsage: oid("2.5.29.37")
};
var SERVER_AUTH = oid("1.3.6.1.5.5.7.3.1");
var KEY_USAGE_CA = Buffer.from([3, 2, 1, 6]);
var KEY_USAGE_LEAF = Buffer.from([3, 2, 7, 128]);
var name = (commonName) => sequence(set(sequence(COMMON_NAME, utf8String(commonName))));
function extension(id, critical, value) {
  return critical ? sequence(id, TRUE, octetString(value)) : sequence(id, octetString(value));
}
function serial() {
  const bytes = randomBytes2(16);
  bytes[0] = (bytes[0] ?? 0) & 63 | 64;
  return unsignedInteger(bytes);
}
function keyId(spki) {
  return createHash("sha1").update(spki.subarray(spki.length - 65)).digest();
}
function certificate(tbsInput, signer) {
  const tbs = sequence(
    tlv(160, smallInteger(2)),
    // [0] EXPLICIT version: v3
    serial(),
    ECDSA_WITH_SHA256,
    tbsInput.issuer,
    sequence(time(tbsInput.notBefore), time(tbsInput.notAfter)),
    tbsInput.subject,
    tbsInput.spki,
    tlv(163, sequence(...tbsInput.extensions))
    // [3] EXPLICIT extensions
  );
  const signature = sign("sha256", tbs, { key: signer, dsaEncoding: "der" });
  return sequence(tbs, ECDSA_WITH_SHA256, bitString(signature));
}
var pem = (der) => `-----BEGIN CERTIFICATE-----
${der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "")}
-----END CERTIFICATE-----
`;
var DEFAULT_VALID_DAYS = 2;
var prepared = null;
function prepareRunCa() {
  if (prepared) return;
  prepared = makeRunCa(DEFAULT_VALID_DAYS);
  prepared.catch(() => void 0);
}
async function createRunCa(validDays = DEFAULT_VALID_DAYS) {
  const early = validDays === DEFAULT_VALID_DAYS ? prepared : null;
  if (early) {
    prepared = null;
    return early;
  }
  return makeRunCa(validDays);
}
async function makeRunCa(validDays) {
  const notBefore = new Date(Date.now() - 60 * 60 * 1e3);
  const notAfter = new Date(Date.now() + validDays * DAY_MS2);
  const caKeys = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
    "sign",
    "verify"
  ]);
  const caSpki = Buffer.from(await webcrypto.subtle.exportKey("spki", caKeys.publicKey));
  const leafKeys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const leafSpki = leafKeys.publicKey.export({ type: "spki", format: "der" });
  const caName = name(`codex-auth broker CA ${process.pid}`);
  const caKeyId = keyId(caSpki);
  const ca = certificate(
    {
      issuer: caName,
      subject: caName,
      notBefore,
      notAfter,
      spki: caSpki,
      extensions: [
        extension(EXTENSION.basicConstraints, true, sequence(TRUE, smallInteger(0))),
        extension(EXTENSION.keyUsage, true, KEY_USAGE_CA),
        extension(EXTENSION.subjectKeyIdentifier, false, octetString(caKeyId))
      ]
    },
    caKeys.privateKey
  );
  const leaf = certificate(
    {
      issuer: caName,
      subject: name("127.0.0.1"),
      notBefore,
      notAfter,
      spki: leafSpki,
      extensions: [
        extension(EXTENSION.basicConstraints, true, sequence()),
        extension(EXTENSION.keyUsage, true, KEY_USAGE_LEAF),
        extension(EXTENSION.extKeyUsage, false, sequence(SERVER_AUTH)),
        // GeneralName [7] iPAddress (4 bytes) and [2] dNSName, both IMPLICIT.
        extension(
          EXTENSION.subjectAltName,
          false,
          sequence(tlv(135, Buffer.from([127, 0, 0, 1])), tlv(130, Buffer.from("localhost")))
        ),
        extension(EXTENSION.authorityKeyIdentifier, false, sequence(tlv(128, caKeyId)))
      ]
    },
    caKeys.privateKey
  );
  const caPem = pem(ca);
  return {
    caPem,
    leafCertPem: `${pem(leaf)}${caPem}`,
    leafKeyPem: leafKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString()
  };
}

// src/broker/listener.ts
var BROKER_CA_FILE = "broker-ca.pem";
async function startListener(options) {
  const ca = await createRunCa();
  const caPath = join(options.dir, BROKER_CA_FILE);
  await writeFile(caPath, ca.caPem, { mode: 384 });
  const sockets = /* @__PURE__ */ new Set();
  const gated = gate(options.gate, options.log);
  let https = null;
  const httpsServer = () => https ??= createHttpsServer(ca, options, gated, sockets);
  const tcp = createTcpServer({ pauseOnConnect: true, noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    httpsServer().emit("connection", socket);
  });
  const origin = await listenOnLoopback(tcp);
  return {
    origin,
    caPath,
    prepare: () => void httpsServer(),
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      options.tls.agent.destroy();
      tcp.close(() => resolve());
    })
  };
}
function createHttpsServer(ca, options, gated, sockets) {
  const server = createServer(
    // noDelay: Node's default for a server, said here because the relay depends on it (upstream.ts, noDelay).
    // ca: [] because a server that asks for no client certificate trusts nobody; without it Node would build its
    // root store (about 28 ms) here instead of in warmUp, beside the first upstream connections.
    { key: ca.leafKeyPem, cert: ca.leafCertPem, ALPNProtocols: ["http/1.1"], noDelay: true, ca: [] },
    (req, res) => gated(
      () => options.onRequest(req, res),
      () => {
        req.resume();
        refuse(res, 503, "The run was refused before Codex could use the login.");
      }
    )
  );
  server.on("upgrade", (req, socket, head) => {
    sockets.add(socket);
    gated(
      () => options.onUpgrade(req, socket, head),
      () => socket.destroy()
    );
  });
  return server;
}
function gate(pending, log) {
  let state = pending === void 0 ? "open" : "waiting";
  const settled = (pending ?? Promise.resolve()).then(
    () => state = "open",
    () => {
      state = "shut";
      log.debug("broker: the seal was not proven, every request is refused");
    }
  );
  return (serve, refuseIt) => {
    if (state === "open") serve();
    else if (state === "shut") refuseIt();
    else void settled.then(() => state === "open" ? serve() : refuseIt());
  };
}
async function listenOnLoopback(server) {
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return `https://127.0.0.1:${server.address().port}`;
}

// src/broker/token-credential.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var WHOAMI_PATH = "/api/accounts/v1/user-auth-credential/whoami";
var AUTHAPI_PREFIX = "/api/accounts";
function tokenPlaceholder(kind) {
  return kind === "api_key" ? `sk-proj-${randomBytes3(48).toString("base64url")}` : `at-${randomBytes3(32).toString("base64url")}`;
}
var TokenState = class {
  constructor(kind, real) {
    this.kind = kind;
    this.real = real;
    this.placeholder = tokenPlaceholder(kind);
  }
  kind;
  real;
  placeholder;
  account;
  isAccessPlaceholder(token) {
    return token === this.placeholder;
  }
  realAccessToken() {
    return this.real;
  }
  noteUpstream401() {
  }
  accountId() {
    return this.account;
  }
  /** The account whoami named for the personal access token: accounts/check rewrites that entry's origin. */
  learnAccount(id) {
    if (typeof id === "string" && id !== "") this.account = id;
  }
};

// src/broker/token-routes.ts
var REFUSED = { kind: "refused" };
function tokenRouteOf(kind, method, pathname) {
  if (kind === "access_token" && method === "GET" && pathname === WHOAMI_PATH) return { kind: "whoami" };
  const route = routeOf(method, pathname, false);
  if (route.kind === "token" || route.kind === "revoke") return REFUSED;
  if (kind === "api_key" && route.kind !== "responses") return REFUSED;
  return route;
}

// src/broker/types.ts
var OPENAI_UPSTREAM = {
  chatgptBaseUrl: "https://chatgpt.com/backend-api/",
  openaiBaseUrl: "https://chatgpt.com/backend-api/codex",
  refreshUrl: "https://auth.openai.com/oauth/token",
  revokeUrl: "https://auth.openai.com/oauth/revoke",
  authApiBaseUrl: "https://auth.openai.com/api/accounts"
};
var OPENAI_API_BASE_URL = "https://api.openai.com/v1";

// src/broker/websocket.ts
function rawAnswer(socket, status, text, message) {
  const body = JSON.stringify({ error: { message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r
content-type: application/json\r
content-length: ${Buffer.byteLength(body)}\r
connection: close\r
\r
${body}`
  );
  return Buffer.byteLength(body);
}
function statusBlock(status, message, rawHeaders) {
  const kept = copyHeaders(rawHeaders, /* @__PURE__ */ new Set(["set-cookie"]), true);
  return `HTTP/1.1 ${status} ${message}\r
${kept.map(([name2, value]) => `${name2}: ${value}\r
`).join("")}\r
`;
}
function forwardUpgrade(req, socket, head, ctx, finish) {
  socket.on("error", () => socket.destroy());
  const url = new URL(req.url ?? "/", "https://127.0.0.1");
  const route = routeOf(req.method ?? "GET", url.pathname, true);
  if (route.kind === "refused") {
    finish(403, "refused", 0, rawAnswer(socket, 403, "Forbidden", "Not a path this broker serves."));
    return;
  }
  const real = swappedBearer(req, ctx.state);
  if (real === null) {
    const size = rawAnswer(
      socket,
      401,
      "Unauthorized",
      "This broker accepts only the access placeholder it issued."
    );
    finish(401, "refused", 0, size);
    return;
  }
  const target = targetOf(route, url.search, ctx);
  const pairs = copyHeaders(req.rawHeaders, /* @__PURE__ */ new Set(["host", "authorization"]), true);
  pairs.push(["host", target.host], ["authorization", `Bearer ${real}`]);
  const upstream = upstreamRequest(target, "GET", outgoingHeaders(pairs), ctx.tls);
  let bytesIn = head.length;
  let bytesOut = 0;
  upstream.on("upgrade", (answer, upSocket, upHead) => {
    ctx.requestLog.noteHeaders(answer.headers);
    socket.write(statusBlock(101, "Switching Protocols", answer.rawHeaders));
    if (upHead.length > 0) socket.write(upHead);
    if (head.length > 0) upSocket.write(head);
    socket.on("data", (chunk) => bytesIn += chunk.length);
    upSocket.on("data", (chunk) => bytesOut += chunk.length);
    socket.pipe(upSocket);
    upSocket.pipe(socket);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      socket.destroy();
      upSocket.destroy();
      finish(101, "forwarded", bytesIn, bytesOut);
    };
    socket.on("close", close);
    upSocket.on("close", close);
    upSocket.on("error", close);
    socket.on("error", close);
  });
  upstream.on("response", (answer) => {
    const status = answer.statusCode ?? 502;
    if (status === 401) ctx.state.noteUpstream401(Date.now());
    const chunks = [];
    answer.on("data", (chunk) => chunks.push(chunk));
    answer.on("end", () => {
      const body = Buffer.concat(chunks);
      const kept = copyHeaders(answer.rawHeaders, /* @__PURE__ */ new Set(["set-cookie", "content-length"]));
      kept.push(["content-length", String(body.length)], ["connection", "close"]);
      const lines = kept.map(([name2, value]) => `${name2}: ${value}\r
`).join("");
      const block = `HTTP/1.1 ${status} ${answer.statusMessage ?? ""}\r
${lines}\r
`;
      socket.end(Buffer.concat([Buffer.from(block), body]));
      finish(status, "forwarded", bytesIn, body.length);
    });
  });
  upstream.on("error", () => {
    finish(
      502,
      "forwarded",
      bytesIn,
      rawAnswer(socket, 502, "Bad Gateway", "The broker could not reach upstream.")
    );
  });
  upstream.end();
}
function upgradeHandler(ctx) {
  return (req, socket, head) => {
    const finish = ctx.requestLog.begin("GET", new URL(req.url ?? "/", "https://127.0.0.1").pathname);
    forwardUpgrade(req, socket, head, ctx, finish);
  };
}

// src/broker/token-broker.ts
var WHOAMI_MAX = 64 * 1024;
async function startTokenBroker(options, kind, token) {
  if (token.trim() === "") {
    throw new UsageError(
      `the token broker was given an empty ${kind === "api_key" ? "API key" : "access token"}`
    );
  }
  options.secrets.add([token]);
  const state = new TokenState(kind, token);
  const upstream = options.upstream ?? {};
  const openaiBase = upstream.openaiBaseUrl ?? (kind === "api_key" ? OPENAI_API_BASE_URL : OPENAI_UPSTREAM.openaiBaseUrl);
  const authApi = new URL(upstream.authApiBaseUrl ?? OPENAI_UPSTREAM.authApiBaseUrl ?? "");
  const tls = upstreamTls(options.upstreamCa, options.proxy);
  const requestLog = new RequestLog();
  const ctx = {
    state,
    tls,
    chatgptBase: new URL(upstream.chatgptBaseUrl ?? OPENAI_UPSTREAM.chatgptBaseUrl),
    openaiBase: new URL(openaiBase),
    origin: "",
    requestLog,
    log: options.log,
    routedOrigin: null
  };
  const listener = await startListener({
    dir: options.dir,
    onRequest: (req, res) => dispatch(req, res, ctx, state, authApi),
    onUpgrade: upgradeHandler(ctx),
    tls,
    gate: options.gate,
    log: options.log
  });
  const origin = listener.origin;
  ctx.origin = origin;
  options.log.debug(`broker (${kind}): listening on ${origin}`);
  return {
    origin,
    placeholderAuthJson: "",
    codexEnv: {
      CODEX_CA_CERTIFICATE: listener.caPath,
      // Refused here: nothing of a key or token may reach an OAuth endpoint, and Codex never needs one in these modes.
      CODEX_REFRESH_TOKEN_URL_OVERRIDE: `${origin}/oauth/token`,
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: `${origin}/oauth/revoke`
    },
    tokenEnv: kind === "api_key" ? { CODEX_API_KEY: state.placeholder } : { CODEX_ACCESS_TOKEN: state.placeholder, CODEX_AUTHAPI_BASE_URL: `${origin}${AUTHAPI_PREFIX}` },
    codexConfig: {
      chatgpt_base_url: `${origin}/backend-api/`,
      openai_base_url: `${origin}/backend-api/codex`,
      features: { apps: false, plugins: false, remote_plugin: false },
      otel: { metrics_exporter: "none" }
    },
    currentBundle: () => null,
    loginDead: () => false,
    requestLog: () => requestLog.list(),
    planUsage: () => requestLog.planUsage(),
    // An API key's first calls go to the platform API; an access token's to the ChatGPT backend.
    warmUp: () => {
      listener.prepare();
      tls.preconnect(kind === "api_key" ? ctx.openaiBase : ctx.chatgptBase, 2);
    },
    close: () => listener.close()
  };
}
function dispatch(req, res, ctx, state, authApi) {
  const url = new URL(req.url ?? "/", "https://127.0.0.1");
  const method = req.method ?? "GET";
  const finish = ctx.requestLog.begin(method, url.pathname);
  const route = tokenRouteOf(state.kind, method, url.pathname);
  switch (route.kind) {
    case "refused":
      req.resume();
      finish(403, "refused", 0, refuse(res, 403, "Not a path this broker serves."));
      return;
    case "analytics":
      req.resume();
      res.writeHead(204);
      res.end();
      finish(204, "local", 0, 0);
      return;
    case "whoami":
      relayWhoami(
        req,
        res,
        ctx,
        state,
        new URL(
          `${authApi.pathname.replace(/\/+$/, "")}${WHOAMI_PATH.slice(AUTHAPI_PREFIX.length)}${url.search}`,
          authApi.origin
        ),
        finish
      );
      return;
    default:
      forwardHttp(req, res, route, url.search, ctx, finish);
  }
}
function relayWhoami(req, res, ctx, state, target, finish) {
  req.resume();
  const real = swappedBearer(req, state);
  if (real === null) {
    finish(401, "refused", 0, refuse(res, 401, "This broker accepts only the placeholder it issued."));
    return;
  }
  const pairs = copyHeaders(req.rawHeaders, /* @__PURE__ */ new Set(["host", "authorization", "accept-encoding"]));
  pairs.push(["host", target.host], ["authorization", `Bearer ${real}`], ["accept-encoding", "identity"]);
  const upstream = upstreamRequest(target, "GET", outgoingHeaders(pairs), ctx.tls);
  upstream.on("response", (answer) => {
    const chunks = [];
    let size = 0;
    answer.on("data", (chunk) => {
      size += chunk.length;
      if (size <= WHOAMI_MAX) chunks.push(chunk);
    });
    answer.on("end", () => {
      const body = Buffer.concat(chunks);
      const status = answer.statusCode ?? 502;
      if (status === 200) state.learnAccount(accountOf(body));
      const headers = copyHeaders(answer.rawHeaders, /* @__PURE__ */ new Set(["set-cookie", "content-length"]));
      headers.push(["content-length", String(body.length)]);
      res.writeHead(status, headers.flat());
      res.end(body);
      finish(status, "forwarded", 0, body.length);
    });
    answer.on("error", () => res.destroy());
  });
  upstream.on("error", (error) => {
    ctx.log.debug(`broker: upstream whoami failed: ${error.message}`);
    if (res.headersSent) return;
    const body = Buffer.from(JSON.stringify({ error: { message: "The broker could not reach upstream." } }));
    res.writeHead(502, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
    finish(502, "forwarded", 0, body.length);
  });
  upstream.end();
}
function accountOf(body) {
  try {
    return JSON.parse(body.toString("utf8")).chatgpt_account_id;
  } catch {
    return void 0;
  }
}

// src/broker/broker.ts
async function startBroker(options) {
  const { credential } = options;
  if (credential.kind === "api_key") return startTokenBroker(options, "api_key", credential.apiKey);
  if (credential.kind === "access_token") {
    return startTokenBroker(options, "access_token", credential.accessToken);
  }
  const bundle = credential.bundle;
  if (!bundle.auth.tokens)
    throw new UsageError("the token broker needs a ChatGPT login (tokens in auth.json)");
  options.secrets.add(secretValues(bundle));
  const upstream = { ...OPENAI_UPSTREAM, ...options.upstream };
  const state = new CredentialState(bundle);
  const requestLog = new RequestLog();
  const tls = upstreamTls(options.upstreamCa, options.proxy);
  const relay = {
    state,
    refreshUrl: new URL(upstream.refreshUrl),
    tls,
    persist: options.persist,
    secrets: options.secrets,
    log: options.log
  };
  const ctx = {
    state,
    tls,
    chatgptBase: new URL(upstream.chatgptBaseUrl),
    openaiBase: new URL(upstream.openaiBaseUrl),
    origin: "",
    requestLog,
    log: options.log,
    routedOrigin: null
  };
  const listener = await startListener({
    dir: options.dir,
    onRequest: dispatcher(ctx, relay, options.log),
    onUpgrade: upgradeHandler(ctx),
    tls,
    gate: options.gate,
    log: options.log
  });
  const origin = listener.origin;
  ctx.origin = origin;
  options.log.debug(`broker: listening on ${origin}`);
  return {
    origin,
    placeholderAuthJson: placeholderAuthJson(bundle, state.current),
    codexEnv: {
      CODEX_CA_CERTIFICATE: listener.caPath,
      CODEX_REFRESH_TOKEN_URL_OVERRIDE: `${origin}/oauth/token`,
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: `${origin}/oauth/revoke`
    },
    codexConfig: codexConfigFor(origin),
    currentBundle: () => state.bundle,
    loginDead: () => state.dead !== null,
    requestLog: () => requestLog.list(),
    planUsage: () => requestLog.planUsage(),
    // Codex's first calls go to the ChatGPT backend, two or three at once.
    warmUp: () => {
      listener.prepare();
      tls.preconnect(ctx.chatgptBase, 2);
    },
    close: () => listener.close()
  };
}
function dispatcher(ctx, relay, log) {
  const queue = singleFlight();
  const { requestLog } = ctx;
  return (req, res) => {
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const method = req.method ?? "GET";
    const finish = requestLog.begin(method, url.pathname);
    const route = routeOf(method, url.pathname, false);
    switch (route.kind) {
      case "refused":
        req.resume();
        finish(403, "refused", 0, refuse(res, 403, "Not a path this broker serves."));
        return;
      case "revoke":
        req.resume();
        res.writeHead(200, { "content-type": "application/json", "content-length": 2 });
        res.end("{}");
        finish(200, "local", 0, 2);
        return;
      case "analytics":
        req.resume();
        res.writeHead(204);
        res.end();
        finish(204, "local", 0, 0);
        return;
      case "token":
        relayRefresh(req, res, relay, queue).then(
          ({ status, bytesIn, bytesOut }) => finish(status, "local", bytesIn, bytesOut),
          (error) => {
            log.warn(`broker: refresh relay failed: ${error.message}`);
            if (!res.headersSent) res.writeHead(503).end();
            finish(503, "local", 0, 0);
          }
        );
        return;
      default:
        forwardHttp(req, res, route, url.search, ctx, finish);
    }
  };
}
function codexConfigFor(origin) {
  return {
    chatgpt_base_url: `${origin}/backend-api/`,
    openai_base_url: `${origin}/backend-api/codex`,
    cli_auth_credentials_store: "file",
    features: { apps: false, plugins: false, remote_plugin: false },
    otel: { metrics_exporter: "none" }
  };
}

// src/codex/codex-home.ts
import { promises as fs2 } from "node:fs";
import os2 from "node:os";
import path4 from "node:path";

// src/codex/orphan-homes.ts
import { promises as fs, realpathSync } from "node:fs";
import path3 from "node:path";
var PRIVATE_HOME_PREFIX = "codex-auth-home-";
var OWNER_FILE = "codex-auth-owner.json";
var RECORD_VERSION = 2;
async function recordOwner(home, codex) {
  const record = {
    version: RECORD_VERSION,
    ownerPid: process.pid,
    ownerStart: startTimeOf(process.pid),
    codexPid: codex?.pid ?? null,
    codexStart: codex === null ? null : startTimeOf(codex.pid),
    codexCommand: codex?.command ?? null
  };
  await writePrivateFileAtomic(path3.join(home, OWNER_FILE), JSON.stringify(record), { durable: false });
}
async function sweepOrphanedHomes(log, base) {
  if (!await isPrivateDir(base)) return 0;
  let removed = 0;
  for (const entry of await fs.readdir(base).catch(() => [])) {
    if (!entry.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = path3.join(base, entry);
    if (!await isPrivateDir(home)) continue;
    const record = await readOwner(home);
    if (record === null || ownerAlive(record)) continue;
    if (!await stopOrphanedCodex(log, home, record)) continue;
    await fs.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}
async function isPrivateDir(dir) {
  const stat = await fs.lstat(dir).catch(() => null);
  if (stat === null || !stat.isDirectory()) return false;
  const uid = process.getuid?.();
  return (uid === void 0 || stat.uid === uid) && (stat.mode & 511) === 448;
}
function ownerAlive(record) {
  if (record.ownerStart !== null) return isSameProcessAlive(record.ownerPid, record.ownerStart);
  try {
    process.kill(record.ownerPid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function stopOrphanedCodex(log, home, record) {
  const { codexPid, codexStart } = record;
  if (codexPid === null || codexStart === null || !isSameProcessAlive(codexPid, codexStart)) {
    await stopSession(null, home);
    return true;
  }
  if (readStat(codexPid)?.state === "Z") {
    const stopped = await stopSession(null, home);
    log.warn(
      `Codex (pid ${codexPid}) of a codex-auth process that died (pid ${record.ownerPid}) had already exited; stopped ${stopped} process(es) it left running.`
    );
    return true;
  }
  if (!isHomesCodex(codexPid, home, record.codexCommand)) {
    log.warn(
      `left ${home} in place: pid ${codexPid} runs since Codex's recorded start, but is not provably that Codex; nothing was signalled.`
    );
    return false;
  }
  await stopSession(codexPid, home);
  log.warn(
    `stopped Codex (pid ${codexPid}) left running by a codex-auth process that died (pid ${record.ownerPid}).`
  );
  return true;
}
function isHomesCodex(pid, home, command) {
  if (command === null || !isOurs(pid)) return false;
  const codexHome = readEnvVar(pid, "CODEX_HOME");
  if (codexHome !== void 0 && codexHome !== home) return false;
  const argv = readCmdline(pid);
  if (argv[0] === command || argv[1] === command) return true;
  const exe = readExe(pid);
  return exe !== null && exe === realOrNull(command);
}
function realOrNull(file) {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}
async function readOwner(home) {
  try {
    const text = await readPrivateFile(path3.join(home, OWNER_FILE));
    if (text === null) return null;
    const parsed = JSON.parse(text);
    if (typeof parsed.ownerPid !== "number") return null;
    const text_ = (value) => typeof value === "string" ? value : null;
    const current = parsed.version === RECORD_VERSION;
    return {
      version: RECORD_VERSION,
      ownerPid: parsed.ownerPid,
      ownerStart: current ? text_(parsed.ownerStart) : null,
      codexPid: current && typeof parsed.codexPid === "number" ? parsed.codexPid : null,
      codexStart: current ? text_(parsed.codexStart) : null,
      codexCommand: current ? text_(parsed.codexCommand) : null
    };
  } catch {
    return null;
  }
}

// src/codex/codex-home.ts
var AUTH_FILE = "auth.json";
var CONFIG_FILE = "config.toml";
var AUTH_LEFTOVERS = [
  /^auth\.lock$/,
  /^auth\.json\.lock$/,
  /^\.auth-[A-Za-z0-9]+$/,
  /^\.auth\.json\.[0-9a-f]+\.tmp$/
];
function privateHomesBase(env = process.env) {
  const cache2 = env.XDG_CACHE_HOME && path4.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return path4.join(cache2 ?? path4.join(os2.homedir(), ".cache"), "codex-auth", "homes");
}
async function createPrivateCodexHome(explicit, env = process.env) {
  if (explicit === void 0) {
    const base = privateHomesBase(env);
    await fs2.mkdir(base, { recursive: true, mode: 448 });
    await ensurePrivateDir(base);
    const dir2 = await fs2.mkdtemp(path4.join(base, PRIVATE_HOME_PREFIX));
    await ensurePrivateDir(dir2);
    return { dir: dir2, created: true, sealRoot: base };
  }
  const dir = path4.resolve(explicit);
  await refuseInsideWorkspace(dir, env);
  let existing = null;
  try {
    existing = await fs2.lstat(dir);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
  if (existing) {
    if (existing.isSymbolicLink() || !existing.isDirectory()) {
      throw new UsageError(
        `--codex-home ${dir} exists and is not a directory (or is a symbolic link); pass a new path.`
      );
    }
    if ((await fs2.readdir(dir)).length > 0) {
      throw new UsageError(
        `--codex-home ${dir} is not empty; pass an absent or empty directory (it must not hold another Codex login).`
      );
    }
  }
  await ensurePrivateDir(dir);
  return { dir, created: existing === null, sealRoot: dir };
}
async function refuseInsideWorkspace(dir, env) {
  const real = await realpathOfNearestExisting(dir);
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) {
    const realWorkspace = await realpathOfNearestExisting(path4.resolve(workspace));
    if (isInside(real, realWorkspace)) {
      throw new UsageError(
        `--codex-home ${dir} is inside GITHUB_WORKSPACE (${workspace}); the job's checkout could commit or read the plaintext auth.json there. Pass a directory outside it, e.g. under $RUNNER_TEMP.`
      );
    }
  }
  for (let parent = real; ; parent = path4.dirname(parent)) {
    if (await isGitDir(path4.join(parent, ".git"))) {
      throw new UsageError(
        `--codex-home ${dir} is inside the git work tree ${parent}; the checkout could commit or read the plaintext auth.json there. Pass a directory outside it.`
      );
    }
    if (path4.dirname(parent) === parent) break;
  }
}
async function realpathOfNearestExisting(target) {
  const missing = [];
  let current = target;
  for (; ; ) {
    try {
      return path4.join(await fs2.realpath(current), ...missing.reverse());
    } catch (error) {
      if (!isErrno(error, "ENOENT") && !isErrno(error, "ENOTDIR")) throw error;
      const parent = path4.dirname(current);
      if (parent === current) return target;
      missing.push(path4.basename(current));
      current = parent;
    }
  }
}
function isInside(child, parent) {
  const relative = path4.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path4.isAbsolute(relative);
}
async function isGitDir(candidate) {
  try {
    const stat = await fs2.lstat(candidate);
    if (stat.isDirectory()) return await fs2.lstat(path4.join(candidate, "HEAD")).catch(() => null) !== null;
    if (stat.isFile()) return (await fs2.readFile(candidate, "utf8")).startsWith("gitdir:");
    return false;
  } catch {
    return false;
  }
}
var IN_HOME = { durable: false };
async function materialiseAuth(dir, raw) {
  await writePrivateFileAtomic(path4.join(dir, AUTH_FILE), raw, IN_HOME);
}
async function writeCodexConfig(dir, tomlText) {
  await writePrivateFileAtomic(path4.join(dir, CONFIG_FILE), tomlText, IN_HOME);
}
async function readCodexConfig(dir) {
  return readPrivateFile(path4.join(dir, CONFIG_FILE));
}
async function readAuth(dir) {
  return readPrivateFile(path4.join(dir, AUTH_FILE));
}
async function removeAuth(dir) {
  await removeFile(path4.join(dir, AUTH_FILE));
  let names;
  try {
    names = await fs2.readdir(dir);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return;
    throw error;
  }
  for (const name2 of names) {
    if (AUTH_LEFTOVERS.some((pattern) => pattern.test(name2))) await removeFile(path4.join(dir, name2));
  }
}
async function removeCodexHome(dir) {
  if (!path4.isAbsolute(dir) || path4.dirname(dir) === dir) {
    throw new Error(`refusing to remove ${JSON.stringify(dir)}: not an absolute, non-root directory`);
  }
  await fs2.rm(dir, { recursive: true, force: true });
}

// src/roundtrip/broker-upstream.ts
import { promises as fs3 } from "node:fs";
async function brokerUpstreamOf(userConfig2, env) {
  const doc = userConfig2 ? parse(userConfig2) : {};
  const upstream = {};
  const text = (value) => typeof value === "string" && value !== "" ? value : void 0;
  const chatgpt = text(doc.chatgpt_base_url);
  const openai = text(doc.openai_base_url);
  const refresh = text(env.CODEX_REFRESH_TOKEN_URL_OVERRIDE);
  const revoke = text(env.CODEX_REVOKE_TOKEN_URL_OVERRIDE);
  if (chatgpt) upstream.chatgptBaseUrl = chatgpt;
  if (openai) upstream.openaiBaseUrl = openai;
  if (refresh) upstream.refreshUrl = refresh;
  if (revoke) upstream.revokeUrl = revoke;
  const caPath = text(env.CODEX_CA_CERTIFICATE) ?? text(env.SSL_CERT_FILE);
  return {
    upstream,
    ...caPath ? {
      upstreamCa: await readCa(
        caPath,
        env.CODEX_CA_CERTIFICATE ? "CODEX_CA_CERTIFICATE" : "SSL_CERT_FILE"
      )
    } : {},
    proxy: proxyOf(env)
  };
}
async function readCa(file, variable) {
  try {
    return await fs3.readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${variable} names ${file}, which cannot be read (${error.code ?? String(error)}); point it at a PEM certificate file or unset it.`
    );
  }
}
function proxyOf(env) {
  const url = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy;
  if (!url) return void 0;
  let parsed;
  try {
    parsed = new URL(url.includes("://") ? url : `http://${url}`);
  } catch {
    throw new UsageError(`HTTPS_PROXY (${url}) is not a URL; set it to http://HOST:PORT or unset it.`);
  }
  if (parsed.protocol !== "http:") {
    throw new UsageError(
      `HTTPS_PROXY uses ${parsed.protocol.replace(":", "")}://, but the token broker reaches OpenAI only through an http:// proxy (CONNECT); set HTTPS_PROXY to http://HOST:PORT.`
    );
  }
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return { url: parsed.toString(), ...noProxy === void 0 ? {} : { noProxy } };
}

// src/roundtrip/phases/run-state.ts
function newRunState(ctx, stream, store) {
  return {
    ctx,
    result: emptyResult(stream, store),
    startedAt: Date.now(),
    lock: null,
    home: null,
    homeRecorded: false,
    splitState: null,
    codexEnv: null,
    loaded: null,
    sealing: null,
    sealed: null,
    proof: null,
    persister: null,
    broker: null,
    isolating: null,
    isolation: null,
    codexRun: null,
    usage: null,
    stops: []
  };
}
async function runPhases(state, request, phases, release2) {
  const timings = [];
  state.result.timings = timings;
  try {
    for (const phase of phases) await timed(timings, phase.name, () => phase(state, request));
  } catch (error) {
    state.result.error = asCodexAuthError(error);
  } finally {
    await timed(timings, "release", () => release2(state));
  }
  state.result.durationMs = Date.now() - state.startedAt;
  return state.result;
}
async function timed(timings, phase, fn) {
  const atMs = performance.now();
  const cpu = process.cpuUsage();
  try {
    await fn();
  } finally {
    const used = process.cpuUsage(cpu);
    timings.push({
      phase: phase || "anonymous",
      atMs: Math.round(atMs),
      ms: Math.round(performance.now() - atMs),
      cpuMs: Math.round((used.user + used.system) / 1e3)
    });
  }
}
function named(name2, phase) {
  return Object.defineProperty(phase, "name", { value: name2 });
}
function required2(value, what) {
  if (value === null) throw new Error(`internal: the round trip needs ${what} before this phase`);
  return value;
}

// src/roundtrip/phases/broker.ts
async function startRunBroker(state, request) {
  if (request.tokenBroker === false) return;
  const home = required2(state.home, "the home");
  const loaded = required2(state.loaded, "the loaded copy");
  const broker = await startBroker({
    credential: { kind: "chatgpt", bundle: loaded.bundle },
    ...await brokerUpstreamOf(request.codexConfig, request.baseEnv),
    persist: async (bundle) => {
      const persister = required2(state.persister, "the Persister");
      await persister.persist(bundle.raw, "the login the token broker refreshed");
      if (persister.error) throw persister.error;
    },
    log: state.ctx.log,
    secrets: state.ctx.secrets,
    dir: home.dir,
    // Nothing reaches upstream (the model included) before the seal is proven: Codex may start before that.
    gate: required2(state.sealing, "the seal started").done
  });
  state.broker = broker;
  state.stops.push(() => broker.close());
}
async function pointCodexAtBroker(state) {
  const broker = state.broker;
  if (broker === null) return;
  const home = required2(state.home, "the home");
  const doc = parse(await readCodexConfig(home.dir) ?? "");
  for (const [key, value] of Object.entries(broker.codexConfig)) {
    const own = doc[key];
    doc[key] = typeof value === "object" && own !== null && typeof own === "object" ? { ...own, ...value } : value;
  }
  await writeCodexConfig(home.dir, stringify(doc));
  const env = { ...required2(state.codexEnv, "Codex's environment") };
  for (const name2 of ["NO_PROXY", "no_proxy"]) {
    const kept = env[name2];
    if (kept !== void 0 || name2 === "NO_PROXY") env[name2] = kept ? `${kept},127.0.0.1` : "127.0.0.1";
  }
  state.codexEnv = { ...env, ...broker.codexEnv };
}
function reportProtection(state) {
  const seal = state.result.seal;
  const broker = state.broker;
  const unsealed = broker && state.isolation ? "broker+separate-user" : "none";
  state.result.protection = seal === null ? null : !seal.sealed ? unsealed : broker ? "broker" : "deny-read";
  state.result.brokerLog = (broker?.requestLog() ?? []).map((entry) => ({
    ...entry,
    path: untrustedLines(entry.path, { maxLineLength: 200, maxLines: 1 })[0] ?? ""
  }));
}

// src/codex/auth-watcher.ts
import { promises as fs4, watch } from "node:fs";
import path5 from "node:path";
function watchAuthFile(dir, onChange, options = {}) {
  const watch2 = new AuthFileWatch(dir, onChange, options);
  if (options.useFsWatch ?? true) watch2.watchDirectory();
  watch2.startPolling(options.pollIntervalMs ?? 200);
  void watch2.check();
  return {
    errors: watch2.errors,
    flush: () => watch2.flush(),
    close: () => watch2.close()
  };
}
var AuthFileWatch = class {
  constructor(dir, onChange, options) {
    this.dir = dir;
    this.onChange = onChange;
    this.options = options;
    this.file = path5.join(dir, AUTH_FILE);
    this.lastText = options.initialText;
  }
  dir;
  onChange;
  options;
  errors = [];
  file;
  unreported = [];
  lastText;
  lastSignature = "";
  lastReadError = "";
  closed = false;
  // One check at a time; a request during a check makes it run once more afterwards.
  running = null;
  again = false;
  watcher = null;
  timer = null;
  fail(error) {
    this.errors.push(error);
    this.unreported.push(error);
    try {
      this.options.onError?.(error);
    } catch {
    }
  }
  async checkOnce() {
    let text;
    try {
      text = await readPrivateFile(this.file);
      this.lastReadError = "";
    } catch (error) {
      const description = error instanceof Error ? error.message : String(error);
      if (description !== this.lastReadError) this.fail(error);
      this.lastReadError = description;
      return;
    }
    if (this.lastText === void 0) {
      this.lastText = text;
      return;
    }
    if (text === null || text === this.lastText) return;
    if (!isCompleteJson(text)) {
      this.lastSignature = "";
      return;
    }
    this.lastText = text;
    try {
      await this.onChange(text);
    } catch (error) {
      this.fail(error);
    }
  }
  check() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const running = (async () => {
      try {
        do {
          this.again = false;
          await this.checkOnce();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    this.running = running;
    return running;
  }
  async poll() {
    let signature;
    try {
      const stat = await fs4.stat(this.file);
      signature = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      if (!isErrno(error, "ENOENT")) signature = "unreadable";
      else return;
    }
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    await this.check();
  }
  /** The directory, not the file: Codex renames a new auth.json over the old one (see the top of this file). */
  watchDirectory() {
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        if (this.closed) return;
        if (filename === null || filename.toString() === AUTH_FILE) void this.check();
      });
      this.watcher.on("error", () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null;
    }
  }
  startPolling(intervalMs) {
    this.timer = setInterval(() => {
      if (!this.closed && !this.running) void this.poll();
    }, intervalMs);
    this.timer.unref();
  }
  async flush() {
    await this.check();
    if (this.unreported.length === 0) return;
    const pending = this.unreported;
    this.unreported = [];
    if (pending.length === 1) throw pending[0];
    throw new AggregateError(pending, `${pending.length} errors while following ${this.file}`);
  }
  async close() {
    if (this.closed) {
      if (this.running) await this.running;
      return;
    }
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    this.watcher = null;
    await this.flush();
  }
};
function isCompleteJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// src/roundtrip/persister.ts
var Persister = class {
  constructor(ctx, loaded, onWrite) {
    this.ctx = ctx;
    this.onWrite = onWrite;
    this.generation = loaded.generation;
    this.fingerprint = loaded.fingerprint;
    this.observed = { fingerprint: loaded.fingerprint, lastRefresh: loaded.lastRefresh };
  }
  ctx;
  onWrite;
  generation;
  fingerprint;
  queue = Promise.resolve();
  firstError = null;
  /** Generations this run wrote after loading (refreshes, not the seed). */
  writes = 0;
  /** The newest valid bundle Codex produced, persisted or not: tells whether Codex refreshed at all. */
  observed;
  /** The newest valid bundle read back from Codex (null until one was read). */
  observedBundle = null;
  get currentGeneration() {
    return this.generation;
  }
  get currentFingerprint() {
    return this.fingerprint;
  }
  /** The first failure of any persist, or null. A failure after a refresh must fail the job loudly. */
  get error() {
    return this.firstError;
  }
  /** Persists `raw` if it is a valid bundle whose tokens differ from the stored ones. Never throws. */
  persist(raw, origin) {
    const next = this.queue.then(() => this.persistNow(raw, origin));
    this.queue = next.catch(() => void 0);
    return next.catch((error) => {
      this.firstError ??= asCodexAuthError(error);
    });
  }
  async persistNow(raw, origin) {
    let bundle;
    try {
      bundle = parseBundle(raw, origin);
      assertStreamable(bundle, origin);
    } catch (error) {
      this.ctx.log.warn(`${asCodexAuthError(error).message} It was not persisted.`);
      return;
    }
    if (isPlaceholderBundle(bundle)) {
      this.ctx.log.debug(`${origin} holds the token broker's placeholders; it was not persisted.`);
      return;
    }
    this.ctx.secrets.add(secretValues(bundle));
    this.observed = { fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
    this.observedBundle = bundle;
    if (bundle.fingerprint === this.fingerprint) return;
    const generation = await writeBundle(this.ctx, bundle, this.generation);
    this.generation = generation;
    this.fingerprint = bundle.fingerprint;
    this.writes += 1;
    await this.onWrite?.({
      generation,
      fingerprint: bundle.fingerprint,
      lastRefresh: this.observed.lastRefresh
    });
    this.ctx.log.info(
      `persisted the refreshed login of stream "${this.ctx.stream}" as generation ${generation} (${bundle.fingerprint}).`
    );
  }
  /** Waits for every queued persist. */
  async settle() {
    await this.queue;
  }
};

// src/roundtrip/split-state.ts
import path6 from "node:path";
var STATE_FILE = "codex-auth-state.json";
var splitStateSchema = object({
  version: literal(1),
  stream: string(),
  store: string(),
  lockId: nullable(string()),
  generation: pipe(number(), integer(), minValue(1)),
  fingerprint: string(),
  lastRefresh: nullable(string()),
  seeded: boolean(),
  restoredAt: string()
});
function splitStateOf(ctx, lockId, copy, restoredAt) {
  return {
    version: 1,
    stream: ctx.stream,
    store: ctx.store.kind,
    lockId,
    ...loadedCopyOf(copy),
    restoredAt: restoredAt.toISOString()
  };
}
function splitStatePath(codexHome) {
  return path6.join(codexHome, STATE_FILE);
}
async function saveSplitState(codexHome, state) {
  await writePrivateFileAtomic(splitStatePath(codexHome), `${JSON.stringify(state, null, 2)}
`, {
    durable: false
  });
}
async function loadSplitState(codexHome) {
  const text = await readPrivateFile(splitStatePath(codexHome));
  if (text === null) {
    throw new UsageError(
      `${codexHome} holds no codex-auth restore state: run \`codex-auth restore --codex-home ${codexHome} ...\` before \`persist\`, with the same --codex-home.`
    );
  }
  const parsed = safeParse(splitStateSchema, JSON.parse(text));
  if (!parsed.success) {
    throw new UsageError(
      `${splitStatePath(codexHome)} is damaged; release the lock with \`codex-auth unlock --force\`.`
    );
  }
  return parsed.output;
}
async function removeSplitState(codexHome) {
  await removeFile(splitStatePath(codexHome));
}

// src/codex/rollout.ts
import { promises as fs5 } from "node:fs";
import path7 from "node:path";
var NOTHING = { found: false, usageLimitExceeded: false, planUsage: null };
var MAX_BYTES = 32 * 1024 * 1024;
async function readRolloutFacts(codexHome, sinceMs = 0) {
  const files = (await listRollouts(path7.join(codexHome, "sessions"))).filter(
    (file) => file.mtimeMs >= sinceMs
  );
  if (files.length === 0) return NOTHING;
  files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  let usageLimitExceeded = false;
  let planUsage = null;
  for (const file of files) {
    const handle = await fs5.open(file.path, "r");
    let text;
    try {
      const buffer = Buffer.alloc(Math.min(file.size, MAX_BYTES));
      await handle.read(buffer, 0, buffer.length, 0);
      text = buffer.toString("utf8");
    } finally {
      await handle.close();
    }
    for (const line of text.split("\n")) {
      if (!line.includes("rate_limits") && !line.includes("usage_limit_exceeded")) continue;
      const payload = eventPayload(line);
      if (payload === null) continue;
      if (payload.type === "token_count") planUsage = planUsageFromCodex(payload.rate_limits) ?? planUsage;
      if (JSON.stringify(payload).includes('"codex_error_info":"usage_limit_exceeded"'))
        usageLimitExceeded = true;
    }
  }
  return { found: true, usageLimitExceeded, planUsage };
}
function eventPayload(line) {
  try {
    const parsed = JSON.parse(line);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { type, payload } = parsed;
    if (type !== "event_msg" || typeof payload !== "object" || payload === null) return null;
    return payload;
  } catch {
    return null;
  }
}
async function listRollouts(dir, depth = 0) {
  let entries;
  try {
    entries = await fs5.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return [];
    throw error;
  }
  const out = [];
  for (const entry of entries) {
    const full = path7.join(dir, entry.name);
    if (entry.isDirectory() && depth < 3) out.push(...await listRollouts(full, depth + 1));
    else if (entry.isFile() && /^rollout-.*\.jsonl$/.test(entry.name)) {
      const stat = await fs5.stat(full);
      out.push({ path: full, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  return out;
}

// src/roundtrip/usage-limit.ts
async function readUsageFacts(codexHome, run2, sinceMs, log, headerUsage = null) {
  const read = await readRolloutFacts(codexHome, sinceMs - 1e3).catch((error) => {
    log.debug(`could not read Codex's rollout file for plan usage: ${String(error)}`);
    return { found: false, usageLimitExceeded: false, planUsage: null };
  });
  const rollout = { ...read, planUsage: read.planUsage ?? headerUsage };
  const byMessage = run2.exitCode !== 0 && run2.errorMessages.some(isUsageLimitMessage);
  const usageLimited = run2.exitCode !== 0 && (rollout.usageLimitExceeded || byMessage);
  const fromMessage = () => run2.errorMessages.map((message) => resetTimeFromMessage(message)).find((at) => at !== null) ?? null;
  return {
    usageLimited,
    resetsAt: usageLimited ? resetTimeOf(rollout.planUsage) ?? fromMessage() : null,
    planUsage: rollout.planUsage
  };
}
async function readPersistUsageFacts(codexHome, sinceMs) {
  const rollout = await readRolloutFacts(codexHome, sinceMs - 1e3).catch(() => null);
  if (rollout === null) return { usageLimited: false, resetsAt: null, planUsage: null };
  return {
    usageLimited: rollout.usageLimitExceeded,
    resetsAt: rollout.usageLimitExceeded ? resetTimeOf(rollout.planUsage) : null,
    planUsage: rollout.planUsage
  };
}
function usageLimitMessage(who, facts) {
  const when = facts.resetsAt === null ? "at a time Codex did not report" : `at ${facts.resetsAt}`;
  return `${who} hit its ChatGPT plan's usage limit (${describePlanUsage(facts.planUsage)}); the window resets ${when}. The login is fine and was not marked dead; run again after the reset, or add a fallback lane (input lanes / --lanes).`;
}
function lowUsageWarning(who, facts, thresholdPercent) {
  if (thresholdPercent === null || facts.planUsage === null) return null;
  const windows = [
    ["short", facts.planUsage.short],
    ["weekly", facts.planUsage.weekly]
  ];
  const low = windows.filter(([, w]) => w !== null && 100 - w.usedPercent < thresholdPercent);
  if (low.length === 0) return null;
  return `${who} runs low on plan usage: ${low.map(
    ([name2, w]) => `${name2} window ${Math.round((100 - (w?.usedPercent ?? 0)) * 10) / 10} % left${w?.resetsAt ? ` (resets ${w.resetsAt})` : ""}`
  ).join(", ")}, below the threshold of ${thresholdPercent} %.`;
}

// src/roundtrip/phases/isolate.ts
import { realpathSync as realpathSync3 } from "node:fs";
import path12 from "node:path";

// src/codex/codex-env.ts
import { realpathSync as realpathSync2 } from "node:fs";
import path8 from "node:path";
var CREDENTIAL_OVERRIDES = ["CODEX_API_KEY", "CODEX_ACCESS_TOKEN"];
var RUNNER_FILE_COMMANDS = [
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_STATE",
  "GITHUB_PATH",
  "GITHUB_STEP_SUMMARY"
];
var RUNNER_FILE_COMMANDS_DIR = "_runner_file_commands";
var HIDDEN_FROM_CODEX = [
  "CODEX_AUTH_KEY",
  "CODEX_AUTH_JSON",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  ...RUNNER_FILE_COMMANDS
];
var HIDDEN_PREFIXES = ["INPUT_"];
function buildCodexEnv(base, codexHome, log, options = {}) {
  const env = {};
  for (const [name2, value] of Object.entries(base)) {
    if (value === void 0 || isHidden(name2)) continue;
    env[name2] = value;
  }
  if (options.stream ?? true) {
    for (const name2 of Object.keys(env)) {
      if (!CREDENTIAL_OVERRIDES.some((override) => sameName(name2, override))) continue;
      delete env[name2];
      log.warn(
        `${name2} is set; it was removed from Codex's environment because Codex would silently prefer it over the stream's auth.json (which then would never be refreshed or saved). Unset it to silence this warning.`
      );
    }
  }
  for (const name2 of Object.keys(env)) if (sameName(name2, "CODEX_HOME")) delete env[name2];
  env.CODEX_HOME = codexHome;
  return env;
}
function runnerFileCommandPaths(env) {
  const candidates = RUNNER_FILE_COMMANDS.map((name2) => env[name2]).filter(
    (file) => typeof file === "string" && path8.isAbsolute(file)
  );
  const dirs = candidates.map((file) => path8.dirname(file));
  if (env.RUNNER_TEMP && path8.isAbsolute(env.RUNNER_TEMP)) {
    dirs.push(path8.join(env.RUNNER_TEMP, RUNNER_FILE_COMMANDS_DIR));
  }
  const found = /* @__PURE__ */ new Set();
  for (const candidate of [...dirs, ...candidates]) {
    try {
      found.add(realpathSync2(candidate));
    } catch {
    }
  }
  return [...found];
}
function isHidden(name2) {
  const key = canonical(name2);
  return HIDDEN_FROM_CODEX.some((hidden) => key === hidden) || HIDDEN_PREFIXES.some((prefix) => key.startsWith(prefix));
}
function canonical(name2) {
  return process.platform === "win32" ? name2.toUpperCase() : name2;
}
function sameName(name2, wanted) {
  return canonical(name2) === wanted;
}

// src/core/seal-request.ts
var CODEX_USER_CREATE = "create";

// src/seal/agent-isolation.ts
import { existsSync as existsSync3 } from "node:fs";
import os4 from "node:os";
import path11 from "node:path";

// src/seal/agent-commands.ts
import { spawn as spawn2 } from "node:child_process";
var SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
function runCommand(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn2(command, [...args], {
      env: { PATH: SYSTEM_PATH, LANG: "C.UTF-8" },
      stdio: ["pipe", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 3e4,
      ...options.cwd === void 0 ? {} : { cwd: options.cwd },
      ...options.uid === void 0 ? {} : { uid: options.uid },
      ...options.gid === void 0 ? {} : { gid: options.gid }
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => stdout += chunk.toString("utf8"));
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on(
      "error",
      (error) => resolve({ code: null, stdout, stderr, spawnError: error.code ?? "EUNKNOWN" })
    );
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input ?? "");
  });
}
function isRoot() {
  return process.getuid?.() === 0;
}
function runPrivileged(argv, options = {}) {
  const [command, ...args] = argv;
  if (command === void 0) throw new Error("runPrivileged: empty command");
  return isRoot() ? runCommand(command, args, options) : runCommand("sudo", ["-n", "--", ...argv], options);
}
function runAsUser(user, argv, options = {}) {
  const [command, ...args] = argv;
  if (command === void 0) throw new Error("runAsUser: empty command");
  if (isRoot()) return runCommand(command, args, { ...options, uid: user.uid, gid: user.gid });
  return runCommand("sudo", ["-n", "-u", user.name, "--", ...argv], options);
}
function firstLine(result) {
  const line = (result.stderr.trim().split("\n")[0] ?? "").trim();
  return line === "" ? `exit ${String(result.code ?? result.spawnError)}` : line;
}

// src/seal/agent-user-probe.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";

// src/seal/agent-user-facts.ts
function readSudo(answer) {
  if (answer.spawnError === "ENOENT") return "absent";
  return answer.code === 0 ? "passwordless" : "refused";
}
var PRIVILEGED_GROUPS = [
  "root",
  "sudo",
  "wheel",
  "admin",
  "docker",
  "podman",
  "lxd",
  "incus",
  "incus-admin",
  "libvirt",
  "kvm",
  "disk",
  "adm",
  "systemd-journal",
  "shadow"
];
function privilegedGroupsIn(idGroups) {
  return idGroups.split(/\s+/).filter((name2) => name2 !== "").filter((name2) => PRIVILEGED_GROUPS.includes(name2));
}
function readPtraceScope(text) {
  if (text === null) {
    return {
      value: null,
      note: "Yama is absent: a same-user agent could read our memory; a separate user cannot"
    };
  }
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 0 || value > 3) {
    return { value: null, note: `ptrace_scope reads ${JSON.stringify(text.trim())}: treated as absent` };
  }
  const notes = [
    "classic: any same-user process may attach",
    "restricted: only descendants may be attached",
    "admin-only attach",
    "no attach at all"
  ];
  return { value, note: `ptrace_scope ${value} (${notes[value]})` };
}
function rootDaemonSockets(runnerUid) {
  return [
    "/var/run/docker.sock",
    "/run/docker.sock",
    "/run/containerd/containerd.sock",
    "/run/podman/podman.sock",
    "/run/buildkit/buildkitd.sock",
    "/var/run/crio/crio.sock",
    "/run/k3s/containerd/containerd.sock",
    "/var/lib/lxd/unix.socket",
    "/var/snap/lxd/common/lxd/unix.socket",
    "/var/run/libvirt/libvirt-sock",
    `/run/user/${runnerUid}/docker.sock`,
    `/run/user/${runnerUid}/podman/podman.sock`
  ];
}
function presentSockets(candidates, exists) {
  return candidates.filter((file) => exists(file));
}
function isValidUserName(name2) {
  return /^[a-z_][a-z0-9_-]{0,31}$/.test(name2);
}

// src/seal/agent-user-probe.ts
var PROBE_SCRIPT = `
for spec in "$@"; do
  kind=\${spec%%:*}; t=\${spec#*:}
  case $kind in
    pid)
      if ( : < "/proc/$t/environ" ) 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r environ $t"
      if ( : < "/proc/$t/mem" ) 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r mem $t"
      if kill -0 "$t" 2>/dev/null; then r=FAIL; else r=ok; fi; echo "$r signal $t" ;;
    read)
      if [ -r "$t" ] || { [ -d "$t" ] && [ -x "$t" ]; }; then r=FAIL; else r=ok; fi; echo "$r read $t" ;;
    write)
      d=$(dirname -- "$t")
      if [ -w "$t" ] || [ -w "$d" ]; then r=FAIL; else r=ok; fi; echo "$r write $t" ;;
    work)
      if [ -d "$t" ] && [ -w "$t" ] && [ -x "$t" ]; then r=ok; else r=FAIL; fi; echo "$r work $t" ;;
  esac
done
if sudo -n true >/dev/null 2>&1; then echo "FAIL sudo -"; else echo "ok sudo -"; fi
echo end
`;
function ourProcessChain() {
  const me = process.getuid?.() ?? -1;
  const chain = [];
  for (let pid = process.pid; pid !== void 0 && pid > 1; ) {
    if (uidOf(pid) !== me) break;
    chain.push(pid);
    pid = readStat(pid)?.ppid;
  }
  return chain;
}
function socketsHere() {
  return presentSockets(rootDaemonSockets(process.getuid?.() ?? 0), (file) => existsSync(file));
}
function readScope() {
  try {
    return readPtraceScope(readFileSync2("/proc/sys/kernel/yama/ptrace_scope", "utf8"));
  } catch {
    return readPtraceScope(null);
  }
}
function expectedChecks(targets) {
  const out = [];
  for (const pid of targets.pids) {
    for (const check of ["environ", "mem", "signal"]) out.push({ check, target: String(pid) });
  }
  for (const target of targets.secrets) out.push({ check: "read", target });
  for (const target of [...targets.runnerFiles, ...targets.sockets]) out.push({ check: "write", target });
  out.push({ check: "work", target: targets.workspace });
  out.push({ check: "sudo", target: "-" });
  return out;
}
function readProbeOutput(stdout, asked) {
  const lines = stdout.split("\n");
  const complete = lines.includes("end");
  const answers = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const match = /^(ok|FAIL) (\S+) (.*)$/.exec(line);
    if (match?.[1] !== void 0 && match[2] !== void 0 && match[3] !== void 0) {
      answers.set(`${match[2]} ${match[3]}`, match[1] === "ok");
    }
  }
  return asked.map(({ check, target }) => ({
    check,
    target,
    ok: complete && answers.get(`${check} ${target}`) === true
  }));
}
function probeArgs(targets) {
  const all = [...targets.secrets, ...targets.runnerFiles, ...targets.sockets, targets.workspace];
  if (all.some((file) => file.includes("\n"))) throw new SealError("a probed path holds a newline: refused.");
  return [
    ...targets.pids.map((pid) => `pid:${pid}`),
    ...targets.secrets.map((file) => `read:${file}`),
    ...[...targets.runnerFiles, ...targets.sockets].map((file) => `write:${file}`),
    `work:${targets.workspace}`
  ];
}
function probeReport(agent, targets, stdout, ms) {
  const checks = readProbeOutput(stdout, expectedChecks(targets));
  return {
    user: agent.name,
    checks,
    failures: checks.filter((check) => !check.ok),
    ptraceScope: readScope(),
    ms
  };
}
var WHY = {
  environ: "can read our process's environment",
  mem: "can open our process's memory",
  signal: "can signal our process (SIGUSR1 opens Node\u2019s inspector)",
  read: "can read",
  write: "can write",
  work: "cannot write the workspace",
  sudo: "can use sudo"
};
function assertIsolated(report2) {
  if (report2.failures.length === 0) return;
  const lines = report2.failures.map((f) => `${report2.user} ${WHY[f.check] ?? f.check} ${f.target}`);
  throw new SealError(
    `danger-full-access refused: the agent user is not isolated from this job: ${lines.join("; ")}. Use a dedicated unprivileged user with no sudo rights and no access to these paths.`
  );
}

// src/seal/agent-batch.ts
var SET_UP_SCRIPT = `root=$(mktemp -d /tmp/codex-agent.XXXXXXXXXX) && mkdir -m 0700 "$root/home" "$root/codex-home" || exit 97
echo "home $root"
${PROBE_SCRIPT}`;
async function setUpAsAgent(agent, targets) {
  const started = Date.now();
  const args = probeArgs(targets);
  const result = await runAsUser(agent, ["sh", "-c", SET_UP_SCRIPT, "probe", ...args], { cwd: "/" });
  const root = /^home (\/tmp\/codex-agent\.[A-Za-z0-9]+)$/m.exec(result.stdout)?.[1];
  if (root === void 0) {
    if (result.code === 97) {
      throw new SealError(`cannot make a private home for ${agent.name} in /tmp (${firstLine(result)}).`);
    }
    throw new SealError(
      `this step cannot run commands as ${agent.name} (${firstLine(result)}): allow it without a password, e.g. a sudoers rule "<runner user> ALL=(${agent.name}) NOPASSWD: ALL".`
    );
  }
  const home = { root, home: `${root}/home`, codexHome: `${root}/codex-home` };
  if (result.code !== 0) {
    await removeAgentHomeAndKill(agent, home, []);
    throw new SealError(`the isolation probe could not run as ${agent.name}: ${firstLine(result)}`);
  }
  return { home, probe: probeReport(agent, targets, result.stdout, Date.now() - started) };
}
async function removeAgentHomeAndKill(agent, home, pids) {
  const script = 'if [ "$#" -gt 1 ]; then h=$1; shift; kill -KILL -- "$@" 2>/dev/null; set -- "$h"; fi; rm -rf --one-file-system "$1"';
  await runAsUser(agent, ["sh", "-c", script, "finish", home.root, ...pids]);
}
async function chownBack(agent, runner, dirs) {
  const script = 'u=$1; o=$2; shift 2; for d in "$@"; do n=$(find "$d" -xdev -user "$u" -exec chown -h "$o" -- {} + -print0 | tr -cd "\\0" | wc -c); echo "$n"; done';
  const owner = `${runner.uid}:${runner.gid}`;
  const result = await runPrivileged(["sh", "-c", script, "chown-back", String(agent.uid), owner, ...dirs]);
  const counts = result.stdout.trim().split("\n").map(Number);
  return dirs.map((_, i) => Number.isInteger(counts[i]) ? counts[i] ?? 0 : 0);
}

// src/seal/agent-launch.ts
var AGENT_ENV_ALLOWLIST = [
  "HOME",
  "CODEX_HOME",
  "CODEX_CA_CERTIFICATE",
  "CODEX_REFRESH_TOKEN_URL_OVERRIDE",
  "CODEX_REVOKE_TOKEN_URL_OVERRIDE",
  "CODEX_MANAGED_BY_NPM",
  "CODEX_MANAGED_PACKAGE_ROOT",
  "LANG",
  "LC_ALL",
  "TZ",
  "TERM",
  "NO_COLOR",
  "TMPDIR",
  "XDG_CONFIG_HOME",
  "XDG_CACHE_HOME",
  "XDG_DATA_HOME",
  "XDG_STATE_HOME",
  "CI",
  "GITHUB_ACTIONS",
  "GITHUB_WORKSPACE",
  "GITHUB_REPOSITORY",
  "GITHUB_SHA",
  "GITHUB_REF"
];
function agentEnv(env) {
  const out = { PATH: SYSTEM_PATH };
  const dropped = [];
  for (const [name2, value] of Object.entries(env)) {
    if (value === void 0 || name2 === "PATH") continue;
    if (AGENT_ENV_ALLOWLIST.includes(name2) && !value.includes("\0")) out[name2] = value;
    else dropped.push(name2);
  }
  return { env: out, dropped: dropped.sort() };
}
function agentSpawnPlan(agent, command, args, env, asRoot = isRoot()) {
  const allowed = agentEnv(env).env;
  if (asRoot) return { command, args: [...args], env: allowed, uid: agent.uid, gid: agent.gid };
  const assignments = Object.entries(allowed).map(([name2, value]) => `${name2}=${value}`);
  return {
    command: "sudo",
    args: ["-n", "-u", agent.name, "--", "/usr/bin/env", "-i", ...assignments, command, ...args],
    env: { PATH: SYSTEM_PATH, LANG: "C.UTF-8" }
  };
}
function agentProcesses(agent) {
  const out = /* @__PURE__ */ new Set();
  for (const pid of listPids()) {
    if (uidOf(pid) !== agent.uid) continue;
    const stat = readStat(pid);
    if (stat !== null && stat.state !== "Z") out.add(`${pid}:${stat.startTime}`);
  }
  return out;
}
function newAgentPids(agent, before) {
  return [...agentProcesses(agent)].filter((id) => !before.has(id)).map((id) => id.split(":")[0] ?? "");
}
async function stopAgentProcesses(agent, before, timeoutMs = 3e3) {
  const deadline = Date.now() + timeoutMs;
  let signalled = 0;
  for (; ; ) {
    const left = newAgentPids(agent, before);
    if (left.length === 0 || Date.now() > deadline) return signalled;
    if (isRoot()) {
      for (const pid of left) {
        try {
          process.kill(Number(pid), "SIGKILL");
        } catch {
        }
      }
    } else {
      await runAsUser(agent, ["kill", "-KILL", "--", ...left]);
    }
    signalled += left.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// src/seal/agent-user.ts
var DEFAULT_AGENT_USER = "codex-agent";
async function lookUpUser(name2) {
  const [uid, gid, groups] = await Promise.all([
    runCommand("id", ["-u", name2]),
    runCommand("id", ["-g", name2]),
    runCommand("id", ["-Gn", name2])
  ]);
  if (uid.code !== 0 || gid.code !== 0 || groups.code !== 0) return null;
  return {
    name: name2,
    uid: Number(uid.stdout.trim()),
    gid: Number(gid.stdout.trim()),
    groups: groups.stdout.trim()
  };
}
async function ourSudo() {
  return readSudo(await runCommand("sudo", ["-n", "true"]));
}
async function prepareAgentUser(request = {}) {
  const option = request.optionName ?? "codex-user";
  const name2 = request.user ?? DEFAULT_AGENT_USER;
  const [sudo, existing] = await Promise.all([
    isRoot() ? "passwordless" : ourSudo(),
    isValidUserName(name2) ? lookUpUser(name2) : null
  ]);
  const privileged = isRoot() || sudo === "passwordless";
  const via = isRoot() ? "root" : "sudo";
  const me = process.getuid?.() ?? -1;
  if (request.user === void 0 && !privileged) {
    throw new SealError(
      `danger-full-access runs Codex as a separate user, and this runner can neither create one (no passwordless sudo) nor was one named: create an unprivileged user, allow \`sudo -n -u <user>\` to it, and name it with ${option}; or use sandbox workspace-write.`
    );
  }
  if (!isValidUserName(name2)) {
    throw new SealError(
      `${option} ${JSON.stringify(name2)} is not a user name (lower-case letters, digits, _ and -).`
    );
  }
  let found = existing;
  let created = false;
  if (found === null && request.user !== void 0) {
    throw new SealError(
      `${option} ${name2} does not exist on this machine: create it first (useradd ${name2}).`
    );
  }
  if (found === null) {
    created = await createUser(name2);
    found = await lookUpUser(name2);
    if (found === null)
      throw new SealError(`the user ${name2} could not be created: check useradd on this runner.`);
  }
  if (found.uid === 0 || found.uid === me) {
    throw new SealError(
      `${option} ${name2} is ${found.uid === 0 ? "root" : "the user this step runs as"}: Codex must run as another, unprivileged user, or the agent reaches this process.`
    );
  }
  const groups = privilegedGroupsIn(found.groups);
  if (groups.length > 0) {
    throw new SealError(
      `the user ${name2} is in the group(s) ${groups.join(", ")}, which give root or the machine's logs: remove it from them (gpasswd -d ${name2} <group>) or name another user with ${option}.`
    );
  }
  return { name: name2, uid: found.uid, gid: found.gid, created, via, privileged };
}
async function createUser(name2) {
  const result = await runPrivileged([
    "useradd",
    "--create-home",
    "--user-group",
    "--shell",
    "/bin/bash",
    name2
  ]);
  if (result.code === 0) return true;
  if (result.code === 9) return false;
  throw new SealError(`useradd ${name2} failed (${firstLine(result)}): create the user by hand or name one.`);
}
async function writeAgentFile(agent, file, content) {
  const script = 'umask 077 && cat > "$1"';
  await expectOk(runAsUser(agent, ["sh", "-c", script, "write", file], { input: content }), `write ${file}`);
}
async function expectOk(pending, what) {
  const result = await pending;
  if (result.code !== 0) throw new SealError(`${what} as the agent user failed: ${firstLine(result)}`);
}

// src/seal/agent-user-lock.ts
import { existsSync as existsSync2 } from "node:fs";
import os3 from "node:os";
import path9 from "node:path";
var AGENT_LOCK_LEASE_MS = 6e4;
function agentUserLockDir(user, env = process.env) {
  let home = null;
  try {
    home = os3.userInfo().homedir;
  } catch {
    home = null;
  }
  const base = home !== null && path9.isAbsolute(home) && existsSync2(home) ? path9.join(home, ".cache", "codex-auth") : path9.dirname(privateHomesBase(env));
  return path9.join(base, "agent-users", user);
}
async function lockAgentUser(request) {
  const { user, optionName } = request;
  if (!isValidUserName(user)) return null;
  const lock = new FileLeaseLock(agentUserLockDir(user, request.env), `${optionName} ${user}`, {
    noticeEveryMs: Number.POSITIVE_INFINITY
  });
  try {
    const { handle } = await lock.acquire({
      owner: request.owner ?? `pid ${process.pid}`,
      timeoutMs: request.timeoutMs,
      leaseMs: AGENT_LOCK_LEASE_MS,
      mode: "process",
      onWait: (holder) => request.onWait?.(
        `waiting for another run that uses ${optionName} ${user}: ${describeHolder(holder)}`
      ),
      ...request.signal ? { signal: request.signal } : {}
    });
    return {
      user,
      release: async () => {
        await handle.release().catch(() => false);
      }
    };
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    const holder = await lock.inspect().catch(() => null);
    const held = holder === null ? "" : ` (${describeHolder(holder)})`;
    throw new LockTimeoutError(
      `timed out after ${Math.round(request.timeoutMs / 1e3)} s waiting for another run that uses ${optionName} ${user}${held}: one isolated run at a time per agent user on a machine, since a run's end stops every process the agent user started. Give each concurrent job its own user with ${optionName}, raise the lock timeout (--lock-timeout, Action: lock-timeout), or, if that run is gone, remove ${lock.file}.`
    );
  }
}

// src/seal/agent-workspace.ts
import { statSync as statSync2 } from "node:fs";
import path10 from "node:path";
async function grantWorkspace(agent, runner, workspace) {
  const dir = path10.resolve(workspace);
  const spec = `u:${agent.uid}:rwX,d:u:${agent.uid}:rwX,d:u:${runner.uid}:rwX`;
  const tree = await runCommand("setfacl", ["-R", "-m", spec, "--", dir]);
  if (tree.spawnError === "ENOENT") {
    throw new SealError(
      "setfacl is not installed: install the acl package (apt-get install acl) on this runner."
    );
  }
  if (tree.code !== 0) {
    const again = await runPrivileged(["setfacl", "-R", "-m", spec, "--", dir]);
    if (again.code !== 0) {
      throw new SealError(`cannot give ${agent.name} access to the workspace ${dir}: ${firstLine(again)}`);
    }
  }
  const ancestors = [];
  for (let current = path10.dirname(dir); current !== path10.dirname(current); current = path10.dirname(current)) {
    const info = statSync2(current);
    if ((info.mode & 1) !== 0) continue;
    const set2 = await runCommand("setfacl", ["-m", `u:${agent.uid}:x`, "--", current]);
    if (set2.code !== 0) {
      throw new SealError(
        `${agent.name} cannot reach the workspace: ${current} is not searchable by others and not ours (${firstLine(set2)}); move the workspace or allow others to search ${current}.`
      );
    }
    ancestors.push(current);
  }
  return { workspace: dir, ancestors };
}
async function returnWorkspace(agent, grant, chowned) {
  const remove = ["-R", "-x", `u:${agent.uid},d:u:${agent.uid}`, "--", grant.workspace];
  const removed = await runCommand("setfacl", remove);
  if (removed.code !== 0 && agent.privileged) await runPrivileged(["setfacl", ...remove]);
  for (const dir of grant.ancestors) await runCommand("setfacl", ["-x", `u:${agent.uid}`, "--", dir]);
  const left = await runCommand("find", [
    grant.workspace,
    "-xdev",
    "-user",
    String(agent.uid),
    "-print",
    "-quit"
  ]);
  return { chowned, agentFilesRemain: left.stdout.trim() !== "" };
}

// src/seal/agent-isolation.ts
function homeCredentialFiles(home) {
  return [
    ".codex",
    ".npmrc",
    ".netrc",
    ".git-credentials",
    ".docker/config.json",
    ".config/gh/hosts.yml",
    ".aws/credentials",
    ".kube/config",
    ".ssh",
    ".gnupg"
  ].map((name2) => path11.join(home, name2)).filter((file) => existsSync3(file));
}
async function isolateAgent(request) {
  const lock = request.lock !== void 0 ? request.lock : await lockAgentUser({
    user: request.user ?? DEFAULT_AGENT_USER,
    optionName: request.optionName ?? "codex-user",
    timeoutMs: request.lockTimeoutMs ?? 6e5
  });
  try {
    return await isolateLocked(request, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
async function isolateLocked(request, lock) {
  const runner = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
  const agent = await prepareAgentUser({
    ...request.user === void 0 ? {} : { user: request.user },
    ...request.optionName === void 0 ? {} : { optionName: request.optionName }
  });
  const grant = await grantWorkspace(agent, runner, request.workspace);
  const shared = [];
  let home = null;
  try {
    const setUp = await setUpAsAgent(agent, {
      pids: ourProcessChain(),
      secrets: [...request.secrets, ...homeCredentialFiles(request.runnerHome ?? os4.homedir())],
      runnerFiles: request.runnerFiles,
      sockets: socketsHere(),
      workspace: grant.workspace
    });
    home = setUp.home;
    const { probe } = setUp;
    assertIsolated(probe);
    const madeHome = home;
    let before = agentProcesses(agent);
    return {
      agent,
      home: madeHome,
      probe,
      async share(dir) {
        shared.push(await grantWorkspace(agent, runner, dir));
      },
      writeCodexFile: (name2, content) => writeAgentFile(agent, path11.join(madeHome.codexHome, name2), content),
      spawnAs(command, args, env) {
        before = agentProcesses(agent);
        return agentSpawnPlan(agent, command, args, env);
      },
      async finish() {
        try {
          const left = newAgentPids(agent, before);
          await removeAgentHomeAndKill(agent, madeHome, left);
          const stopped = left.length + await stopAgentProcesses(agent, before);
          const grants = [grant, ...shared];
          const counts = agent.privileged ? await chownBack(
            agent,
            runner,
            grants.map((g) => g.workspace)
          ) : grants.map(() => 0);
          const returned = await Promise.all(grants.map((g, i) => returnWorkspace(agent, g, counts[i] ?? 0)));
          return { stopped, workspace: returned[0] ?? { chowned: 0, agentFilesRemain: false } };
        } finally {
          await lock?.release();
        }
      }
    };
  } catch (error) {
    await returnWorkspace(agent, grant, 0);
    if (home !== null) await removeAgentHomeAndKill(agent, home, []);
    throw error;
  }
}

// src/seal/isolated-access.ts
var ISOLATED_FULL_ACCESS_NEEDS_BROKER = true;
function needsIsolation(config) {
  return config.profile === null || config.network;
}
function checkUnsealed(config, seal, isolation) {
  if (!needsIsolation(config) || seal.allowUnsealed) return;
  const { names } = seal;
  if (!isolation.requested && seal.codexUser !== void 0) {
    throw new SealError(
      `refused before Codex ran: ${describe(config)}: ${names.codexUser} applies to a stream's run only (not restore or the token lanes), so here Codex would run as this user. Use read-only or workspace-write (${names.sandbox}), or set ${names.optIn} if you accept that the agent reads what this user can.`
    );
  }
  if (!isolation.requested) throw new SealError(unsealedRefusal(config.mode, config.profile === null, names));
  if (ISOLATED_FULL_ACCESS_NEEDS_BROKER && !isolation.brokerHoldsLogin) {
    throw new SealError(
      `refused before Codex ran: ${describe(config)} with ${names.codexUser} needs the broker: the agent user reads Codex's CODEX_HOME, and without the broker it holds the real ChatGPT login (its refresh token is the whole session). Set ${names.optIn} as well if you accept that the agent reads the login (it still cannot reach this process, the key, the GitHub token, sudo or the runner\u2019s files), or use read-only or workspace-write (${names.sandbox}).`
    );
  }
}
function describe(config) {
  return config.profile === null ? config.mode : "network access";
}
function unsealedNote(config, seal, isolated) {
  const what = describe(config);
  if (isolated) {
    const login = seal.allowUnsealed ? `it can read the ChatGPT login in CODEX_HOME (${seal.names.optIn})` : "CODEX_HOME holds placeholders only";
    return {
      warning: `${what}: Codex runs as a separate user (${seal.names.codexUser}), which cannot reach this job's processes, sudo, root daemon sockets or the runner's files; ${login}; the run is not sealed.`,
      reason: `${what} (separate user${seal.allowUnsealed ? ", opted in" : ""})`
    };
  }
  const reach = config.profile === null ? "" : "'s loopback";
  return {
    warning: `${what} with ${seal.names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine${reach}; the run is not sealed.`,
    reason: `${what} (opted in)`
  };
}
function unsealedRefusal(mode, unsandboxed, names) {
  const what = unsandboxed ? `${mode} runs the agent's commands without any sandbox: they can read the ChatGPT login in auth.json (its refresh token is the whole session), the envelope key, the seed and the GitHub token through this job's processes (/proc/<pid>/environ), and every file this user can read` : "network access lets the agent's commands reach this machine's loopback (127.0.0.1), where the runner and other local services listen, and send anything they read anywhere";
  return `refused before Codex ran: ${what}. Use read-only or workspace-write (${names.sandbox}), run Codex as a separate user (${names.codexUser}), or set ${names.optIn} if you accept that.`;
}

// src/roundtrip/phases/isolate.ts
function ourCodeDir() {
  const entry = process.argv[1];
  if (entry === void 0) return [];
  try {
    return [path12.dirname(realpathSync3(entry))];
  } catch {
    return [];
  }
}
async function startIsolation(state, request) {
  const user = request.seal.codexUser;
  const sealing = required2(state.sealing, "the seal planned");
  if (user === void 0) return;
  if (!needsIsolation(sealing.plan.config)) {
    state.ctx.log.info(
      `${request.seal.names.codexUser}: ${sealing.plan.config.mode} is sandboxed, so Codex runs as this user.`
    );
    return;
  }
  const started = performance.now();
  const lock = await lockAgentUser({
    user: user === CODEX_USER_CREATE ? DEFAULT_AGENT_USER : user,
    optionName: request.seal.names.codexUser,
    timeoutMs: request.lockTimeoutMs ?? 0,
    owner: state.ctx.writer,
    onWait: (message) => state.ctx.log.info(message),
    signal: request.signal,
    env: request.baseEnv
  });
  const pending = isolateAgent({
    lock,
    ...user === CODEX_USER_CREATE ? {} : { user },
    optionName: request.seal.names.codexUser,
    workspace: request.cwd ?? process.cwd(),
    secrets: [...state.ctx.store.privatePaths ?? [], ...request.sealPaths ?? []],
    runnerFiles: [...runnerFileCommandPaths(request.baseEnv), ...ourCodeDir()]
  }).then((isolation) => ({ isolation, setupMs: Math.round(performance.now() - started) }));
  pending.catch(() => void 0);
  state.isolating = pending;
  state.stops.unshift(async () => {
    const ready = await pending.catch(() => null);
    if (ready === null) return;
    const from = performance.now();
    const finished = await ready.isolation.finish();
    if (state.result.isolation) {
      Object.assign(state.result.isolation, {
        stopped: finished.stopped,
        chowned: finished.workspace.chowned,
        finishMs: Math.round(performance.now() - from)
      });
    }
  });
}
async function awaitIsolation(state) {
  if (state.isolating === null) return;
  const waitFrom = performance.now();
  const { isolation, setupMs } = await state.isolating;
  await isolation.share(required2(state.home, "the home").dir);
  state.isolation = isolation;
  state.result.isolation = {
    user: isolation.agent.name,
    created: isolation.agent.created,
    setupMs,
    probeMs: isolation.probe.ms,
    waitMs: Math.round(performance.now() - waitFrom),
    ptraceScope: isolation.probe.ptraceScope.note,
    stopped: null,
    chowned: null,
    finishMs: null
  };
}
function spawnAsAgent(isolation) {
  return (command, args, env) => isolation.spawnAs(command, args, {
    ...env,
    HOME: isolation.home.home,
    TMPDIR: void 0,
    XDG_CONFIG_HOME: void 0,
    XDG_CACHE_HOME: void 0,
    XDG_DATA_HOME: void 0,
    XDG_STATE_HOME: void 0
  });
}

// src/seal/seal-home.ts
import { promises as fs7, realpathSync as realpathSync4 } from "node:fs";
import path16 from "node:path";

// src/seal/seal-probe.ts
import { spawn as spawn3 } from "node:child_process";
import { randomBytes as randomBytes4 } from "node:crypto";
import net from "node:net";

// src/seal/seal-probe-script.ts
var PROBE_SCRIPT2 = String.raw`
const fs = require('fs');
const net = require('net');
const [marker, port, socketList, ...paths] = process.argv.slice(1);
const report = { marker, files: {}, env: JSON.stringify(process.env), proc: {}, network: 'not-checked', sockets: {} };
const readTree = (p, depth) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return fs.readFileSync(p, 'latin1');
  let text = '';
  for (const name of fs.readdirSync(p)) {
    text += name + '\n';
    if (depth < 3) { try { text += readTree(p + '/' + name, depth + 1); } catch {} }
  }
  return text || ' ';
};
for (const p of paths) {
  try { const text = readTree(p, 0); report.files[p] = { readable: text.length > 0, text }; }
  catch (e) { report.files[p] = { readable: false, error: e.code || String(e) }; }
}
try {
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try { report.proc[pid] = fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch {}
  }
} catch {}
// fs.writeSync, not process.stdout: when our stdout is a socket (Node's child pipes are socketpairs), Node sends
// with sendmsg, which the sandbox's seccomp filter refuses; write(2) is allowed.
const done = () => {
  const out = Buffer.from(JSON.stringify(report));
  for (let at = 0; at < out.length; ) {
    try { at += fs.writeSync(1, out, at); } catch (e) { if (e.code !== 'EAGAIN') throw e; }
  }
};
// Each attempt settles once: connected, refused (EACCES where the profile denies the path), or timed out.
const attempt = (target, record) => new Promise((settle) => {
  const socket = net.connect(target);
  const finish = (state) => { record(state); socket.destroy(); settle(); };
  socket.setTimeout(1500, () => finish('timeout'));
  socket.on('connect', () => finish('connected'));
  socket.on('error', (e) => finish(e.code || 'error'));
});
const attempts = JSON.parse(socketList || '[]').map((p) => attempt({ path: p }, (state) => (report.sockets[p] = state)));
if (port) attempts.push(attempt({ host: '127.0.0.1', port: Number(port) }, (state) => (report.network = state)));
Promise.all(attempts).then(done);
`;
var SHELL_PROBE_SCRIPT = `
m=$1; port=$2; shift 2
section() { printf '\\n%s %s\\n' "$m" "$1"; }
section env; env
for f in /proc/[0-9]*/environ; do
  pid=\${f#/proc/}; section "proc \${pid%/environ}"; cat "$f" 2>/dev/null
done
if [ -n "$port" ]; then
  section tcp; cat /proc/net/tcp /proc/net/tcp6 2>/dev/null || echo unreadable
fi
i=0
for p in "$@"; do
  if [ -d "$p" ]; then
    ls -1A "$p" >/dev/null 2>&1 && r=readable || r=denied
    section "file $i $r"; find "$p" -maxdepth 3 2>/dev/null; find "$p" -maxdepth 3 -type f -exec cat {} + 2>/dev/null
  else
    cat "$p" >/dev/null 2>&1 && r=readable || r=denied
    section "file $i $r"; cat "$p" 2>/dev/null
  fi
  i=$((i + 1))
done
section end
`;
function parseShellReport(stdout, marker, port, paths) {
  const sections = /* @__PURE__ */ new Map();
  const parts = stdout.split(`
${marker} `);
  for (const part2 of parts.slice(1)) {
    const newline = part2.indexOf("\n");
    const name2 = newline === -1 ? part2 : part2.slice(0, newline);
    sections.set(name2, newline === -1 ? "" : part2.slice(newline + 1));
  }
  if (!sections.has("end") || !sections.has("env")) return null;
  const files = {};
  for (const [index, file] of paths.entries()) {
    const found = [...sections.keys()].find((name2) => name2.startsWith(`file ${index} `));
    files[file] = { readable: found === void 0 || found.endsWith(" readable") };
  }
  const proc = {};
  for (const [name2, text] of sections) if (name2.startsWith("proc ")) proc[name2.slice(5)] = text;
  return {
    marker,
    files,
    env: sections.get("env") ?? "",
    proc,
    network: port === "" ? "not-checked" : loopbackState(sections.get("tcp"), port)
  };
}
function loopbackState(table, port) {
  if (table === void 0 || table.trim() === "unreadable" || !table.includes("local_address"))
    return "connected";
  const hexPort = Number(port).toString(16).toUpperCase().padStart(4, "0");
  const listening = table.split("\n").map((line) => line.trim().split(/\s+/)).some((fields) => fields[1]?.endsWith(`:${hexPort}`) === true && fields[3] === "0A");
  return listening ? "connected" : "no-listener";
}

// src/seal/seal-probe.ts
var MIN_SEALED_CODEX = "0.149.0";
async function probeSeal(request) {
  const started = performance.now();
  let ended = null;
  const native = findNativeCodex(request.codexPath);
  const identity = await identifyCodex(request.codexPath, request.env);
  const version = identity.version;
  const result = (failure, stderr = "") => ({
    ok: failure === null,
    // The probe's own time: waiting for the secrets to be known is not part of it.
    ms: Math.round((ended ?? performance.now()) - started),
    codexVersion: version,
    failure,
    stderr
  });
  if (identity.notCodex !== null) {
    return result({
      kind: "not-codex",
      detail: `${request.codexPath} is not the Codex CLI: ${identity.notCodex}`
    });
  }
  if (version === null || compareVersions(version, MIN_SEALED_CODEX) < 0) {
    return result({
      kind: "old-codex",
      detail: `Codex ${version ?? "(unknown version)"} cannot keep files from the agent's commands (permission profiles enforce deny-read from ${MIN_SEALED_CODEX} on); upgrade Codex to ${MIN_SEALED_CODEX} or later`
    });
  }
  const marker = `codex-auth-probe-${randomBytes4(8).toString("hex")}`;
  const listener = request.network ? null : await listenOnLoopback2();
  try {
    const port = listener === null ? "" : String(listener.address().port);
    const shell = (request.sockets ?? []).length === 0;
    const { stdout, stderr, spawnError } = await run(
      native?.binary ?? request.codexPath,
      ["sandbox", ...request.options ?? [], "--", ...probeCommand(shell, marker, port, request)],
      request
    );
    ended = performance.now();
    await request.secretsKnown?.catch(() => void 0);
    const report2 = shell ? parseShellReport(stdout, marker, port, request.deniedPaths) : parseReport(stdout, marker);
    if (report2 === null) {
      const why = spawnError ?? lastLines(stderr);
      return result(
        {
          kind: NAMESPACE_FAILURE.test(stderr) ? "no-namespaces" : "no-commands",
          detail: `the Codex sandbox could not run a command: ${why || "no output"}`
        },
        lastLines(stderr)
      );
    }
    return result(findLeak(request, report2, [stdout, stderr], listener !== null));
  } finally {
    listener?.close();
  }
}
function probeCommand(shell, marker, port, request) {
  if (shell) return ["/bin/sh", "-c", SHELL_PROBE_SCRIPT, "probe", marker, port, ...request.deniedPaths];
  return [
    "/usr/bin/env",
    "-u",
    "NODE_OPTIONS",
    process.execPath,
    "-e",
    PROBE_SCRIPT2,
    marker,
    port,
    JSON.stringify(request.sockets ?? []),
    ...request.deniedPaths
  ];
}
function findLeak(request, report2, outputs, loopbackChecked) {
  for (const [file, seen] of Object.entries(report2.files)) {
    if (seen.readable) return { kind: "readable", detail: `the agent's commands can read ${file}` };
  }
  if (request.containsSecret(report2.env)) {
    return { kind: "secret-visible", detail: "a secret value is in the agent's environment" };
  }
  for (const [pid, environ] of Object.entries(report2.proc)) {
    if (request.containsSecret(environ)) {
      return {
        kind: "secret-visible",
        detail: `a secret value is in /proc/${pid}/environ inside the sandbox`
      };
    }
  }
  if (outputs.some((output) => request.containsSecret(output))) {
    return { kind: "secret-visible", detail: "a secret value is visible to the agent's commands" };
  }
  for (const [socket, state] of Object.entries(report2.sockets ?? {})) {
    if (state === "connected") {
      return {
        kind: "socket",
        detail: `the agent's commands can connect to ${socket}, a root daemon's socket`
      };
    }
  }
  if (loopbackChecked && report2.network === "connected") {
    return { kind: "network", detail: "the agent's commands can reach this machine's loopback (127.0.0.1)" };
  }
  return null;
}
var NAMESPACE_FAILURE = /bwrap: .*(namespace|uid map|RTM_NEWADDR|Operation not permitted)|unprivileged user namespaces|user namespace/i;
function parseReport(stdout, marker) {
  const start = stdout.indexOf("{");
  if (start === -1) return null;
  try {
    const report2 = JSON.parse(stdout.slice(start));
    return report2.marker === marker ? report2 : null;
  } catch {
    return null;
  }
}
function lastLines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("WARNING: proceeding")).slice(-3).join(" / ").slice(0, 600);
}
function run(file, args, request) {
  return new Promise((resolve) => {
    const child = spawn3(file, args, {
      env: request.env,
      cwd: request.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const out = { stdout: "", stderr: "" };
    const limit = 16 * 1024 * 1024;
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      if (out.stdout.length < limit) out.stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      if (out.stderr.length < limit) out.stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), request.timeoutMs ?? 2e4);
    let spawnError = null;
    const done = () => {
      clearTimeout(timer);
      resolve({ ...out, spawnError });
    };
    child.on("error", (error) => {
      spawnError = error.code === "ENOENT" ? `${file} was not found` : null;
      if (child.pid === void 0) done();
    });
    child.on("close", () => {
      if (child.pid === void 0) done();
      else void stopSession(child.pid).then(done, done);
    });
  });
}
function listenOnLoopback2() {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}
function compareVersions(a, b) {
  const parts = (v) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

// src/seal/userns-fix.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync4, readFileSync as readFileSync3 } from "node:fs";
import path13 from "node:path";
var RESTRICT_SYSCTL = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
var PROFILE_PATH = "/etc/apparmor.d/codex-auth-bwrap";
function bwrapPath(codexPath) {
  if (existsSync4("/usr/bin/bwrap")) return "/usr/bin/bwrap";
  const native = findNativeCodex(codexPath);
  const bundled = native ? path13.join(native.vendorDir, "codex-resources", "bwrap") : null;
  return bundled !== null && existsSync4(bundled) ? bundled : "/usr/bin/bwrap";
}
function apparmorProfile(bwrap) {
  return [
    "abi <abi/4.0>,",
    "include <tunables/global>",
    "",
    `profile codex-auth-bwrap ${JSON.stringify(bwrap)} flags=(unconfined) {`,
    "  userns,",
    "  include if exists <local/codex-auth-bwrap>",
    "}",
    ""
  ].join("\n");
}
function namespaceFixSteps(bwrap) {
  return [
    "Codex's sandbox (bubblewrap) cannot create user namespaces on this machine, so no command the agent runs would work.",
    `Fix, narrowest first: (1) allow Codex's bubblewrap (${bwrap}) by AppArmor: write ${PROFILE_PATH} containing`,
    `  ${apparmorProfile(bwrap).trim().split("\n").join(" ")}`,
    `  then run \`sudo apparmor_parser -r ${PROFILE_PATH}\` (or install apparmor-profiles and load its bwrap-userns-restrict profile);`,
    "(2) only as a last resort, `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`.",
    "Elsewhere (no AppArmor): allow unprivileged user namespaces (`sysctl kernel.unprivileged_userns_clone=1`, `user.max_user_namespaces` > 0), or run in a container that permits them."
  ].join("\n");
}
async function fixUserNamespaces(codexPath) {
  if (!await succeeds("sudo", ["-n", "true"])) {
    return { applied: null, why: "passwordless sudo is not available" };
  }
  if (readRestriction() !== "1") {
    return {
      applied: null,
      why: `AppArmor does not restrict user namespaces here (${RESTRICT_SYSCTL} is ${readRestriction() ?? "absent"}), so neither fix applies`
    };
  }
  const bwrap = bwrapPath(codexPath);
  const written = await succeeds("sudo", ["-n", "tee", PROFILE_PATH], apparmorProfile(bwrap));
  if (written && await succeeds("sudo", ["-n", "apparmor_parser", "-r", PROFILE_PATH])) {
    return {
      applied: "apparmor-profile",
      change: `loaded the AppArmor profile ${PROFILE_PATH}, which lets ${bwrap} create user namespaces`
    };
  }
  if (await succeeds("sudo", ["-n", "sysctl", "-w", "kernel.apparmor_restrict_unprivileged_userns=0"])) {
    return {
      applied: "sysctl",
      change: "set kernel.apparmor_restrict_unprivileged_userns=0 (the AppArmor profile could not be loaded); this allows user namespaces to every program on this machine"
    };
  }
  return { applied: null, why: "neither the AppArmor profile nor the sysctl could be applied with sudo" };
}
function readRestriction() {
  try {
    return readFileSync3(RESTRICT_SYSCTL, "utf8").trim();
  } catch {
    return null;
  }
}
function succeeds(file, args, input) {
  return new Promise((resolve) => {
    const child = execFile(file, args, { timeout: 3e4 }, (error) => resolve(error === null));
    if (input !== void 0) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

// src/github/persisted-credentials.ts
import { promises as fs6 } from "node:fs";
import path14 from "node:path";
var EXTRAHEADER = /^\s*extraheader\s*=\s*AUTHORIZATION:/im;
var INCLUDE_PATH = /^\s*path\s*=\s*(.+?)\s*$/gim;
async function findPersistedCheckoutToken(dir) {
  const config = await gitConfigAbove(path14.resolve(dir));
  if (config === null) return null;
  const text = await fs6.readFile(config, "utf8").catch(() => "");
  if (EXTRAHEADER.test(text)) return config;
  for (const match of text.matchAll(INCLUDE_PATH)) {
    const included = path14.resolve(path14.dirname(config), (match[1] ?? "").replace(/^"(.*)"$/, "$1"));
    const includedText = await fs6.readFile(included, "utf8").catch(() => "");
    if (EXTRAHEADER.test(includedText)) return included;
  }
  return null;
}
async function gitConfigAbove(start) {
  for (let dir = start; ; dir = path14.dirname(dir)) {
    const candidate = path14.join(dir, ".git", "config");
    if ((await fs6.stat(candidate).catch(() => null))?.isFile()) return candidate;
    if (path14.dirname(dir) === dir) return null;
  }
}
function persistedTokenWarning(file) {
  return `the job's GitHub token is persisted in ${file} by actions/checkout, where the agent can read it (and with contents: write, push code or delete this stream's refs). Set \`persist-credentials: false\` on the actions/checkout step.`;
}

// src/seal/project-trust.ts
import path15 from "node:path";
var UNSEALING_FLAGS = {
  "--trust": "trusts the checkout, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent",
  // Measured on 0.169.0 and 0.171.0: the review is a model call, so a hostile model answered {"outcome":"allow"}
  // for its own escalated command, which then ran outside the sandbox and printed auth.json.
  "--approve-for-me": "lets an automatic review, a model call the agent's own model answers, approve commands that run outside the sandbox",
  // Measured on 0.169.0: the agent printed auth.json while the run reported sealed (the probe does not get it).
  "--ignore-user-config": "makes Codex skip the config.toml this tool writes, and with it the profile that keeps the login from the agent",
  // Hooks are commands Codex runs outside the sandbox, fed the agent's tool input; this runs them untrusted.
  "--dangerously-bypass-hook-trust": "runs hook commands outside the sandbox without their trust being recorded, with the agent's tool input on stdin",
  "--remote": "runs the agent through another Codex app server, whose sandbox is not the one this tool set up and proved"
};
var UNSEALING_LABELS = {
  "--trust": "project configuration trusted",
  "--approve-for-me": "commands approved by an automatic review",
  "--ignore-user-config": "the sealed config.toml skipped",
  "--dangerously-bypass-hook-trust": "hooks run without trust",
  "--remote": "a remote app server"
};
var PROJECT_TRUST_LABEL = "project configuration trusted";
function isProjectKey(key) {
  return key === "projects" || key.startsWith("projects.");
}
function trustedProjects(doc) {
  const projects = asTable(doc.projects) ?? {};
  return Object.entries(projects).filter(([, body]) => asTable(body)?.trust_level !== "untrusted").map(([dir]) => `[projects.${JSON.stringify(dir)}]`);
}
function projectDirs(dirs) {
  const all = /* @__PURE__ */ new Set();
  for (const start of dirs) {
    for (let dir = path15.resolve(start); ; dir = path15.dirname(dir)) {
      all.add(dir);
      if (path15.dirname(dir) === dir) break;
    }
  }
  return [...all];
}
function untrustProjects(doc, dirs) {
  if (dirs.length === 0) return;
  const projects = asTable(doc.projects) ?? {};
  for (const dir of dirs) projects[dir] = { ...asTable(projects[dir]) ?? {}, trust_level: "untrusted" };
  doc.projects = projects;
}
function asTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/seal/user-config.ts
function parseUserConfig(text, names) {
  try {
    return parse(text);
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "";
    throw new UsageError(`${names.codexConfig} is not valid TOML${where}; fix it or leave it empty.`);
  }
}
function refuseProfileSandboxModes(doc, names) {
  const profiles = asTable2(doc.profiles);
  for (const [profile, body] of Object.entries(profiles ?? {})) {
    if (asTable2(body)?.sandbox_mode !== void 0) {
      throw new UsageError(
        `[profiles.${profile}] in ${names.codexConfig} sets sandbox_mode, which would switch off the profile that keeps the login from the agent; choose the sandbox with ${names.sandbox} instead.`
      );
    }
  }
}
function asTable2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/seal/outside-sandbox.ts
var MCP = "runs an MCP server outside the sandbox: its tools, which the agent calls, can read the ChatGPT login";
var NOTIFY = "runs a program outside the sandbox after every turn, with the agent's message as an argument";
var HOOKS = "runs hook commands outside the sandbox, with the agent's tool input on stdin";
var PROXY = "gives the agent's commands network access through a proxy Codex runs outside the sandbox";
var PLUGINS = "installs the ChatGPT account's plugins into the run, whose MCP servers and hooks run outside the sandbox";
var APPS = "gives the agent the ChatGPT account's apps, tools that run outside the sandbox";
var RISKY_FEATURES = {
  network_proxy: PROXY,
  plugins: PLUGINS,
  remote_plugin: PLUGINS,
  apps: APPS
};
var ACCOUNT_FEATURES = ["plugins", "remote_plugin", "apps"];
function switchOffAccountFeatures(doc) {
  const features = asTable3(doc.features) ?? {};
  for (const feature of ACCOUNT_FEATURES) features[feature] ??= false;
  doc.features = features;
}
function outsideSandboxArg(flag, value, where) {
  if (flag === "--enable") return outsideSandboxFeature(value, where);
  if (flag !== "-c" && flag !== "--config") return null;
  const at = value.indexOf("=");
  return at === -1 ? null : outsideSandboxOverride(value.slice(0, at).trim(), value.slice(at + 1), where);
}
function outsideSandboxOverride(key, value, where) {
  const path21 = key.split(".");
  const scoped = path21[0] === "profiles" ? path21.slice(2) : path21;
  const head = scoped[0];
  if (head === "mcp_servers") {
    const server = key.split(".").slice(0, path21.length - scoped.length + 2).join(".");
    return { why: `-c ${server} in ${where} ${MCP}`, label: "MCP server" };
  }
  if (head === "notify") return { why: `-c ${key} in ${where} ${NOTIFY}`, label: "notify program" };
  if (head === "hooks") return { why: `-c ${key} in ${where} ${HOOKS}`, label: "hooks" };
  if (head === "features") {
    const feature = scoped[1];
    const risky = feature === void 0 ? void 0 : RISKY_FEATURES[feature];
    if (risky !== void 0 && value.trim() !== "false") {
      return { why: `-c ${key} in ${where} ${risky}`, label: feature ?? "feature" };
    }
  }
  return null;
}
function outsideSandboxFeature(feature, where) {
  const risky = RISKY_FEATURES[feature];
  return risky === void 0 ? null : { why: `--enable ${feature} in ${where} ${risky}`, label: feature };
}
function outsideSandboxConfig(doc, where) {
  const found = scan(doc, "", where);
  for (const [name2, body] of Object.entries(asTable3(doc.profiles) ?? {})) {
    found.push(...scan(asTable3(body) ?? {}, `[profiles.${name2}] `, where));
  }
  return found;
}
function scan(table, prefix, where) {
  const found = [];
  for (const [name2, server] of Object.entries(asTable3(table.mcp_servers) ?? {})) {
    if (asTable3(server)?.enabled === false) continue;
    found.push({
      why: `${prefix}[mcp_servers.${name2}] in ${where} ${MCP}`,
      label: "MCP server"
    });
  }
  if (Array.isArray(table.notify) && table.notify.length > 0) {
    found.push({ why: `${prefix}notify in ${where} ${NOTIFY}`, label: "notify program" });
  }
  const hooks = asTable3(table.hooks);
  if (hooks !== void 0 && Object.keys(hooks).length > 0) {
    found.push({ why: `${prefix}[hooks] in ${where} ${HOOKS}`, label: "hooks" });
  }
  for (const [feature, risky] of Object.entries(RISKY_FEATURES)) {
    if (asTable3(table.features)?.[feature] === true) {
      found.push({ why: `${prefix}features.${feature} in ${where} ${risky}`, label: feature });
    }
  }
  return found;
}
function unsealedReason(labels, outside) {
  const processes = [...new Set(outside.map((found) => found.label))].join(", ");
  const all = [...new Set(labels), ...processes === "" ? [] : [`${processes} outside the sandbox`]];
  return all.length === 0 ? null : all.join("; ");
}
function asTable3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/seal/seal-config.ts
var SEALED_PROFILE = "codex-auth-sealed";
var BASE_PROFILE = {
  "read-only": ":read-only",
  "workspace-write": ":workspace"
};
var SANDBOX_FLAGS = /* @__PURE__ */ new Set(["--sandbox", "-s"]);
var DANGER_FLAGS = /* @__PURE__ */ new Set(["--dangerously-bypass-approvals-and-sandbox", "--yolo"]);
function chooseSandbox(args, fallback, names) {
  const end = args.indexOf("--");
  const options = end === -1 ? [...args] : args.slice(0, end);
  const tail = end === -1 ? [] : args.slice(end);
  const kept = [];
  const chosen = /* @__PURE__ */ new Set();
  const unsealing = [];
  const labels = [];
  const outside = [];
  let network = false;
  let cd;
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? "";
    const [flag, inline] = splitInline(arg);
    const unsealingWhy = UNSEALING_FLAGS[flag];
    if (unsealingWhy !== void 0) {
      unsealing.push(`${flag} in ${names.codexArgs} ${unsealingWhy}`);
      labels.push(UNSEALING_LABELS[flag] ?? flag);
    }
    if (flag === "-C" || flag === "--cd") cd = inline ?? options[i + 1];
    const found = outsideSandboxArg(flag, inline ?? options[i + 1] ?? "", names.codexArgs);
    if (found !== null && !outside.some((seen) => seen.why === found.why)) outside.push(found);
    if (SANDBOX_FLAGS.has(flag)) {
      const value = inline ?? options[i += 1];
      chosen.add(sandboxMode(value, `${flag} in ${names.codexArgs}`));
    } else if (flag === "--full-auto") {
      chosen.add("workspace-write");
    } else if (DANGER_FLAGS.has(flag)) {
      chosen.add("danger-full-access");
    } else if (flag === "-c" || flag === "--config") {
      const value = inline ?? options[i + 1] ?? "";
      const override = sandboxOverride(value, names);
      if (override !== null && "project" in override) {
        labels.push(PROJECT_TRUST_LABEL);
        unsealing.push(
          `-c ${override.project} in ${names.codexArgs} sets project trust above the tool's own config, so Codex may load the checkout's .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`
        );
      }
      if (override === null || "project" in override) {
        kept.push(arg);
        if (inline === void 0 && i + 1 < options.length) kept.push(options[i += 1] ?? "");
        continue;
      }
      if (inline === void 0) i += 1;
      if (override.mode) chosen.add(override.mode);
      if (override.network !== void 0) network = override.network;
    } else {
      kept.push(arg);
    }
  }
  if (chosen.size > 1) {
    throw new UsageError(
      `${names.codexArgs} asks for more than one sandbox (${[...chosen].join(", ")}); give one, in ${names.sandbox}.`
    );
  }
  const fromArgs = [...chosen][0];
  if (fromArgs !== void 0 && fallback !== void 0 && fromArgs !== fallback && names.sandbox !== "") {
    throw new UsageError(
      `${names.codexArgs} asks for the sandbox ${fromArgs} but ${names.sandbox} is ${fallback}; set it in ${names.sandbox} only.`
    );
  }
  return {
    mode: fromArgs ?? fallback,
    network,
    args: [...kept, ...tail],
    unsealing: [...unsealing, ...outside.map((o) => o.why)],
    labels,
    outside,
    cd
  };
}
var PROBE_OPTIONS = /* @__PURE__ */ new Set(["-c", "--config", "--enable", "--disable", "-p", "--profile", "-C", "--cd"]);
function probeOptions(args) {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const kept = [];
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? "";
    const [flag, inline] = splitInline(arg);
    if (!PROBE_OPTIONS.has(flag)) continue;
    kept.push(arg);
    if (inline === void 0 && i + 1 < options.length) kept.push(options[i += 1] ?? "");
  }
  return kept;
}
function splitInline(arg) {
  if (!arg.startsWith("--")) return [arg, void 0];
  const at = arg.indexOf("=");
  return at === -1 ? [arg, void 0] : [arg.slice(0, at), arg.slice(at + 1)];
}
function sandboxOverride(value, names) {
  const at = value.indexOf("=");
  if (at === -1) return null;
  const key = value.slice(0, at).trim();
  const raw = value.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
  if (isProjectKey(key)) return { project: key };
  if (key === "sandbox_mode") return { mode: sandboxMode(raw, `-c sandbox_mode in ${names.codexArgs}`) };
  if (key === "sandbox_workspace_write.network_access") return { network: raw === "true" };
  if (key === "default_permissions" || key.startsWith("permissions.")) {
    throw new UsageError(
      `${names.codexArgs} sets ${key}, which would replace the profile that keeps the login from the agent; put permission profiles in ${names.codexConfig}, where the tool adds its entries to them.`
    );
  }
  return null;
}
function sealConfig(userToml, choice, denyPaths, names, untrusted = []) {
  const doc = parseUserConfig(userToml ?? "", names);
  const trusted = trustedProjects(doc);
  const fromConfig = outsideSandboxConfig(doc, names.codexConfig);
  const outside = [...choice.outside, ...fromConfig];
  const unsealedBy = [
    ...choice.unsealing,
    ...trusted.map(
      (table) => `${table} in ${names.codexConfig} trusts a project, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`
    ),
    ...fromConfig.map((found) => found.why)
  ];
  const reason = unsealedReason(
    [...choice.labels, ...trusted.length > 0 ? [PROJECT_TRUST_LABEL] : []],
    outside
  );
  if (unsealedBy.length === 0) untrustProjects(doc, untrusted);
  switchOffAccountFeatures(doc);
  let mode = choice.mode;
  let network = choice.network;
  const configured = doc.sandbox_mode;
  if (configured !== void 0) {
    const configMode = sandboxMode(String(configured), `sandbox_mode in ${names.codexConfig}`);
    if (mode !== void 0 && configMode !== mode) {
      throw new UsageError(
        `sandbox_mode in ${names.codexConfig} is ${configMode} but ${names.sandbox} is ${mode}; set it in one place.`
      );
    }
    mode = configMode;
    delete doc.sandbox_mode;
  }
  mode ??= "read-only";
  refuseProfileSandboxModes(doc, names);
  const workspaceWrite = asTable4(doc.sandbox_workspace_write);
  if (workspaceWrite?.network_access === true) network = true;
  if (mode === "danger-full-access") {
    return { toml: stringify(doc), mode, network: true, profile: null, unsealedBy, outside, reason };
  }
  const permissions = asTable4(doc.permissions) ?? {};
  const own = typeof doc.default_permissions === "string" ? doc.default_permissions : null;
  const name2 = own ?? SEALED_PROFILE;
  const profile = asTable4(permissions[name2]) ?? { extends: BASE_PROFILE[mode] };
  if (own !== null && asTable4(permissions[name2]) === void 0) {
    throw new UsageError(
      `default_permissions in ${names.codexConfig} names the profile "${own}", but there is no [permissions.${own}] table.`
    );
  }
  const profileNetwork = asTable4(profile.network);
  if (profileNetwork?.enabled === true) network = true;
  if (network && mode === "workspace-write" && profileNetwork === void 0) {
    profile.network = { enabled: true };
  }
  const filesystem = asTable4(profile.filesystem) ?? {};
  for (const denied of denyPaths) filesystem[denied] = "none";
  profile.filesystem = filesystem;
  permissions[name2] = profile;
  doc.permissions = permissions;
  doc.default_permissions = name2;
  return { toml: stringify(doc), mode, network, profile: name2, unsealedBy, outside, reason };
}
function asTable4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/seal/network-seal.ts
function networkSealedByBroker(config, seal, isolation) {
  return config.network && config.profile !== null && config.unsealedBy.length === 0 && isolation?.requested !== true && isolation?.brokerHoldsLogin === true && !seal.allowUnsealed;
}
function socketsToClose() {
  return socketsHere();
}
function socketFix(names) {
  return ` With network on, a root daemon's socket is root on this machine. Run Codex as a separate user (${names.codexUser}), turn network access off, or set ${names.optIn} if you accept that.`;
}
function networkNote(sockets) {
  const closed = sockets.length === 0 ? "none present here" : `denied and proven closed: ${sockets.join(", ")}`;
  return `seal: network access with the broker holding the login: the agent can use the session through the broker on its allowlisted paths while the run lasts; root daemon sockets ${closed}.`;
}

// src/seal/seal-probe-message.ts
function probeFailureMessage(result, codexPath, names, fixNote) {
  const failure = result.failure;
  const base = `the seal probe failed, so the run was refused before any model call: ${failure?.detail ?? "unknown failure"}.`;
  switch (failure?.kind) {
    case "old-codex":
      return `${base} (${names.codexVersion}).`;
    case "not-codex":
      return `${base} Point --codex at the Codex CLI (Action: codex-version), e.g. the \`codex\` that \`npm install -g @openai/codex\` installs.`;
    case "no-namespaces":
      return `${base}${fixNote}
${namespaceFixSteps(bwrapPath(codexPath))}`;
    case "no-commands":
      return `${base} Check that \`codex sandbox -- echo ok\` works on this machine.`;
    case "socket":
      return `${base}${socketFix(names)}`;
    default:
      return `${base} This Codex build does not enforce the permission profile here; pin a Codex version listed in the README (${names.codexVersion}), and report it.`;
  }
}

// src/seal/seal-home.ts
var NOT_ISOLATED = { requested: false, brokerHoldsLogin: false };
function planSeal(input) {
  const { names } = input.seal;
  const choice = chooseSandbox(input.codexArgs, input.seal.sandbox, names);
  const untrusted = projectDirs(workingRoots(input, choice));
  const always = [...input.homeHoldsSecret === false ? [] : [input.home], ...input.extraDeny];
  let deny = outermost(always);
  let config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  if (config.mode !== "read-only" && (input.denyIfWritable ?? []).length > 0) {
    deny = outermost([...always, ...input.denyIfWritable ?? []]);
    config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  }
  const sockets = networkSealedByBroker(config, input.seal, input.isolation) ? socketsToClose() : null;
  if (sockets !== null && sockets.length > 0) {
    deny = outermost([...deny, ...sockets]);
    config = sealConfig(input.userConfig, choice, deny, names, untrusted);
  }
  if (!input.seal.allowUnsealed && config.unsealedBy.length > 0) {
    throw new SealError(
      `refused before Codex ran: ${config.unsealedBy.join("; ")}. Remove it (settings that keep the sandbox can go in ${names.codexConfig}), or set ${names.optIn} if you accept that the agent's commands and tools may read the ChatGPT login (the run is then reported not sealed).`
    );
  }
  if (sockets === null) checkUnsealed(config, input.seal, input.isolation ?? NOT_ISOLATED);
  return { choice, deny, config, sockets };
}
function workingRoots(input, choice) {
  const root = path16.resolve(input.cwd, choice.cd ?? ".");
  const roots = [root];
  try {
    roots.push(realpathSync4(root));
  } catch {
  }
  return roots;
}
function startSeal(input, log, secrets) {
  const plan = planSeal(input);
  let secretsKnown = () => void 0;
  const known = new Promise((resolve) => secretsKnown = resolve);
  let onProving = (_args) => void 0;
  const proving = new Promise((resolve) => onProving = resolve);
  const done = sealHome({ ...input, secretsKnown: known, onProving }, log, secrets, plan);
  done.then(
    () => onProving(null),
    () => onProving(null)
  );
  return { done, secretsKnown, plan, proving };
}
async function sealHome(input, log, secrets, plan = planSeal(input)) {
  const { choice, deny, config } = plan;
  const unsandboxed = config.profile === null;
  await writeCodexConfig(input.home, config.toml);
  const args = [...choice.args];
  const trusted = config.unsealedBy.length > 0;
  if (unsandboxed || config.network && plan.sockets === null || trusted) {
    const isolated = input.isolation?.requested === true && needsIsolation(config);
    const note = trusted && !unsandboxed && !config.network ? null : unsealedNote(config, input.seal, isolated);
    const reason = `${config.reason ?? "project configuration trusted"} (opted in)`;
    log.warn(
      note?.warning ?? `${config.reason ?? "project configuration"} with ${input.seal.names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine; the run is not sealed.`
    );
    return {
      args: unsandboxed ? ["--sandbox", "danger-full-access", ...args] : args,
      report: {
        sealed: false,
        mode: config.mode,
        profile: config.profile,
        probeMs: null,
        waitMs: null,
        machineChange: null,
        reason: note?.reason ?? reason
      }
    };
  }
  if (input.probe === false) {
    return { args, report: report(config.mode, config.profile, null, null, null) };
  }
  const probeHome = await fs7.mkdtemp(path16.join(input.home, ".seal-probe-"));
  await writeCodexConfig(probeHome, config.toml);
  const persisted = await findPersistedCheckoutToken(input.cwd);
  if (persisted !== null) log.warn(persistedTokenWarning(persisted));
  const probe = () => probeSeal({
    codexPath: input.codexPath,
    env: { ...input.env, CODEX_HOME: probeHome },
    cwd: input.cwd,
    options: probeOptions(args),
    deniedPaths: deny,
    network: plan.sockets !== null,
    sockets: plan.sockets ?? [],
    containsSecret: (text) => secrets.contains(text),
    secretsKnown: input.secretsKnown
  });
  try {
    input.onProving?.(args);
    const proven = await proveSeal(probe, input, log);
    log.debug(`seal: probe passed in ${proven.ms} ms (profile ${config.profile})`);
    if (plan.sockets !== null) log.info(networkNote(plan.sockets));
    return { args, report: report(config.mode, config.profile, proven.ms, proven.machineChange, null) };
  } finally {
    await fs7.rm(probeHome, { recursive: true, force: true });
  }
}
async function proveSeal(probe, input, log) {
  const { names } = input.seal;
  const first = await probe();
  if (first.ok) return { ms: first.ms, machineChange: null };
  if (first.failure?.kind === "not-codex") {
    throw new UsageError(probeFailureMessage(first, input.codexPath, names, ""));
  }
  if (first.failure?.kind !== "no-namespaces") {
    throw new SealError(probeFailureMessage(first, input.codexPath, names, ""));
  }
  if (!input.seal.fixNamespaces) {
    const note = ` (${names.fixNamespaces} is false, so the tool did not try to fix it.)`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  const fix = await fixUserNamespaces(input.codexPath);
  if (fix.applied === null) {
    const note = ` The tool did not change the machine: ${fix.why}.`;
    throw new SealError(probeFailureMessage(first, input.codexPath, names, note));
  }
  log.info(`seal: the sandbox could not create user namespaces; ${fix.change}.`);
  const second = await probe();
  if (!second.ok) throw new SealError(probeFailureMessage(second, input.codexPath, names, ""));
  return { ms: first.ms + second.ms, machineChange: fix.change };
}
function outermost(paths) {
  const unique = [...new Set(paths.map((p) => realPathOfNearest(path16.resolve(p))))];
  return unique.filter(
    (candidate) => !unique.some((other) => other !== candidate && candidate.startsWith(other + path16.sep))
  );
}
function realPathOfNearest(target) {
  try {
    return realpathSync4.native(target);
  } catch {
    const parent = path16.dirname(target);
    return parent === target ? target : path16.join(realPathOfNearest(parent), path16.basename(target));
  }
}
function report(mode, profile, probeMs, machineChange, reason) {
  return { sealed: probeMs !== null, mode, profile, probeMs, waitMs: null, machineChange, reason };
}

// src/roundtrip/broker-deny.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
import path17 from "node:path";
function holdsRealLogin(dir) {
  const candidates = [path17.join(dir, "auth.json")];
  try {
    for (const entry of readdirSync2(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) candidates.push(path17.join(dir, entry.name, "auth.json"));
    }
  } catch {
    return false;
  }
  return candidates.some((file) => {
    let text;
    try {
      text = readFileSync4(file, "utf8");
    } catch {
      return false;
    }
    try {
      const tokens = JSON.parse(text).tokens;
      const refresh = tokens?.refresh_token;
      return !(typeof refresh === "string" && refresh.startsWith(REFRESH_PLACEHOLDER_PREFIX));
    } catch {
      return true;
    }
  });
}

// src/roundtrip/phases/seal.ts
function sealInputFor(state, request, target) {
  const home = required2(state.home, "the home");
  const homesDirs = [home.sealRoot, ...request.sealPaths ?? []];
  const seed = target.seedFile ? [target.seedFile] : [];
  const writable = [...target.storePaths, ...runnerFileCommandPaths(request.baseEnv)];
  return {
    home: home.dir,
    userConfig: request.codexConfig,
    codexArgs: target.codexArgs,
    codexPath: target.codexPath,
    env: target.env ?? required2(state.codexEnv, "Codex's environment"),
    cwd: request.cwd ?? process.cwd(),
    ...target.broker ? {
      homeHoldsSecret: false,
      extraDeny: [...seed, ...homesDirs.filter((dir) => holdsRealLogin(dir))],
      denyIfWritable: [...homesDirs, ...writable]
    } : { extraDeny: [...seed, ...homesDirs, ...writable] },
    seal: request.seal,
    ...target.probe === void 0 ? {} : { probe: target.probe },
    ...target.isolation === void 0 ? {} : { isolation: target.isolation }
  };
}
async function startSealing(state, target) {
  state.sealing = startSeal(sealInputFor(state, target, target), state.ctx.log, state.ctx.secrets);
}
async function awaitSeal(state) {
  const sealing = required2(state.sealing, "the seal started");
  const waitFrom = performance.now();
  const overlap = state.broker !== null && sealing.plan.deny.length === 0 && state.isolating === null;
  const args = overlap ? await sealing.proving : null;
  if (args !== null) {
    state.sealed = { args, report: pendingReport(sealing.plan) };
    state.proof = sealing.done;
    state.result.seal = null;
    return;
  }
  state.sealed = await sealing.done;
  state.result.seal = { ...state.sealed.report, waitMs: Math.round(performance.now() - waitFrom) };
}
function pendingReport(plan) {
  return {
    sealed: false,
    mode: plan.config.mode,
    profile: plan.config.profile,
    probeMs: null,
    waitMs: null,
    machineChange: null,
    reason: "the seal probe had not finished"
  };
}
async function settleProof(state) {
  const proof = state.proof;
  if (proof === null) return;
  const waitFrom = performance.now();
  state.proof = null;
  state.sealed = await proof;
  state.result.seal = { ...state.sealed.report, waitMs: Math.round(performance.now() - waitFrom) };
}
async function sealNow(state, request, target) {
  state.sealed = await sealHome(sealInputFor(state, request, target), state.ctx.log, state.ctx.secrets);
  state.result.seal = state.sealed.report;
}

// src/roundtrip/phases/exec.ts
async function watchAndPersist(state) {
  const home = required2(state.home, "the home");
  const loaded = required2(state.loaded, "the loaded copy");
  const splitState = required2(state.splitState, "the split state");
  const persister = new Persister(
    state.ctx,
    loaded,
    (written) => saveSplitState(home.dir, { ...splitState, ...written })
  );
  state.persister = persister;
  if (state.broker) return;
  const watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, "the auth.json Codex wrote"), {
    initialText: loaded.bundle.raw
  });
  state.stops.push(() => watcher.close());
}
async function execCodex(state, request) {
  const home = required2(state.home, "the home");
  const sealed = required2(state.sealed, "the seal");
  const signal = stopIfRefused(state, request.signal);
  const run2 = await state.ctx.runCodex({
    codexPath: request.codexPath,
    args: sealed.args,
    env: required2(state.codexEnv, "Codex's environment"),
    ...request.cwd ? { cwd: request.cwd } : {},
    ...request.onEvent ? { onEvent: request.onEvent } : {},
    ...request.onOutput ? { onOutput: request.onOutput } : {},
    ...signal ? { signal } : {},
    ...request.runTimeoutMs === void 0 ? {} : { timeoutMs: request.runTimeoutMs },
    ...state.isolation === null ? {} : { spawnAs: spawnAsAgent(state.isolation) },
    onSpawn: (pid, command) => {
      setImmediate(() => state.broker?.warmUp());
      if (state.homeRecorded) void recordOwner(home.dir, { pid, command }).catch(() => void 0);
    }
  });
  state.codexRun = run2;
  await settleProof(state);
  await stopAlongside(state);
  state.usage = await readUsageFacts(
    home.dir,
    run2,
    state.startedAt,
    state.ctx.log,
    state.broker?.planUsage()
  );
  Object.assign(state.result, {
    codexExitCode: run2.exitCode,
    finalMessage: run2.finalMessage,
    usage: run2.usage,
    ...state.usage
  });
  reportProtection(state);
}
function stopIfRefused(state, signal) {
  if (state.proof === null) return signal;
  const refused2 = new AbortController();
  state.proof.catch(() => refused2.abort());
  return signal ? AbortSignal.any([signal, refused2.signal]) : refused2.signal;
}
async function stopAlongside(state) {
  for (let stop = state.stops.pop(); stop; stop = state.stops.pop()) await stop().catch(() => void 0);
}

// src/roundtrip/phases/home.ts
async function createHome(state, request, envOptions) {
  state.home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
  state.codexEnv = buildCodexEnv(request.baseEnv, state.home.dir, state.ctx.log, envOptions);
}
async function createRunHome(state, request) {
  await sweepOrphanedHomes(state.ctx.log, privateHomesBase(request.baseEnv));
  await createHome(state, request);
  const home = required2(state.home, "the home");
  if (home.created) {
    await recordOwner(home.dir, null);
    state.homeRecorded = true;
  }
}
async function materialise(state) {
  const home = required2(state.home, "the home");
  const loaded = required2(state.loaded, "the loaded copy");
  const lock = required2(state.lock, "the lock");
  state.splitState = splitStateOf(state.ctx, lock.holder.id, loaded, state.ctx.now());
  await saveSplitState(home.dir, state.splitState);
  await materialiseAuth(home.dir, state.broker?.placeholderAuthJson ?? loaded.bundle.raw);
}
async function removePlaintext(home, log, removeDir) {
  try {
    if (removeDir) {
      await removeCodexHome(home.dir);
    } else {
      await removeAuth(home.dir);
      await removeSplitState(home.dir);
    }
  } catch (error) {
    log.warn(`could not remove the plaintext auth.json in ${home.dir}: ${String(error)}; delete it by hand.`);
  }
}

// src/roundtrip/phases/load.ts
async function loadOrSeed(state, seed) {
  try {
    state.loaded = await loadStream(state.ctx, seed);
  } finally {
    state.sealing?.secretsKnown();
  }
  startFrom(state.result, loadedCopyOf(state.loaded));
}

// src/roundtrip/phases/persist.ts
async function persistFinal(state) {
  const run2 = deadLoginOf(state);
  const home = required2(state.home, "the home");
  const loaded = required2(state.loaded, "the loaded copy");
  const persister = required2(state.persister, "the Persister");
  const broker = state.broker;
  const finalRaw = broker ? broker.currentBundle()?.raw ?? null : await readAuth(home.dir);
  if (!run2.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, "the auth.json Codex left");
  await persister.settle();
  state.result.refreshFailure = run2.refreshFailure;
  describeBundleInto(state.result, loaded.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded, { seedWrittenHere: true, now: state.ctx.now() });
}
function deadLoginOf(state) {
  const run2 = required2(state.codexRun, "Codex's exit");
  if (run2.refreshFailure || !state.broker?.loginDead()) return run2;
  state.codexRun = { ...run2, refreshFailure: "refresh_failed" };
  return state.codexRun;
}

// src/roundtrip/phases/release.ts
async function release(state, dirFate) {
  await stopAlongside(state);
  if (state.sealing) {
    state.sealing.secretsKnown();
    await state.sealing.done.catch(() => void 0);
  }
  const { home, lock } = state;
  const log = state.ctx.log;
  const removeDir = dirFate === "remove" || dirFate === "remove-if-created" && home?.created === true;
  await Promise.all([
    home ? removePlaintext(home, log, removeDir) : null,
    lock ? releaseLock(lock, { stream: state.result.stream, log }) : null
  ]);
}

// src/roundtrip/phases/verdict.ts
async function judgeRun(state, request) {
  const run2 = required2(state.codexRun, "Codex's exit");
  const persister = required2(state.persister, "the Persister");
  const { stream, log } = state.ctx;
  const generation = persister.currentGeneration;
  if (persister.error) throw prefixError(persister.error, persistFailedPrefix(stream));
  if (run2.timedOut) {
    const kept = state.result.refreshed ? `The login it refreshed was persisted (generation ${generation}) and the lock of stream "${stream}" released.` : `The stored login was left as it was and the lock of stream "${stream}" released.`;
    throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
  }
  if (run2.refreshFailure && run2.exitCode !== 0) {
    throw new AuthUnusableError(reseedMessage(stream, run2, generation));
  }
  if (run2.refreshFailure) log.warn(`${reseedMessage(stream, run2, generation)} (This run still succeeded.)`);
  if (state.usage?.usageLimited)
    throw new UsageLimitError(usageLimitMessage(`stream "${stream}"`, state.usage));
  if (run2.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run2));
  if (run2.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
}
async function judgeTokenRun(state, request) {
  const run2 = required2(state.codexRun, "Codex's exit");
  if (run2.timedOut) {
    throw new RunTimeoutError(
      runTimeoutMessage(request.runTimeoutMs ?? 0, "Nothing is stored in this mode.")
    );
  }
  if (state.usage?.usageLimited) {
    throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, state.usage));
  }
  if (run2.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run2));
}

// src/roundtrip/run-round-trip.ts
var RUN_PHASES = [
  checkStreamName,
  createRunHome,
  named(
    "startSealing",
    (state, request) => startSealing(state, {
      ...request,
      storePaths: state.ctx.store.privatePaths ?? [],
      broker: request.tokenBroker !== false,
      seedFile: request.seed?.file,
      // The broker holds the login unless switched off: then CODEX_HOME holds placeholders only.
      isolation: {
        requested: request.seal.codexUser !== void 0,
        brokerHoldsLogin: request.tokenBroker !== false
      }
    })
  ),
  startIsolation,
  named(
    "acquireLock",
    (state, request) => acquireLock(state, {
      timeoutMs: request.lockTimeoutMs,
      mode: "process",
      leaseMs: PROCESS_LEASE_MS,
      signal: request.signal
    })
  ),
  named("loadOrSeed", (state, request) => loadOrSeed(state, request.seed)),
  startRunBroker,
  materialise,
  awaitSeal,
  pointCodexAtBroker,
  awaitIsolation,
  watchAndPersist,
  execCodex,
  persistFinal,
  judgeRun
];
async function runRoundTrip(ctx, request) {
  if (request.tokenBroker !== false) prepareRunCa();
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, "remove-if-created"));
}

// src/roundtrip/phases/token-broker.ts
import { readFile } from "node:fs/promises";
async function upstreamOf(request) {
  const config = userConfig(request.codexConfig) ?? {};
  const text = (value) => typeof value === "string" ? value : void 0;
  const env = request.baseEnv;
  const upstream = {
    ...text(config.openai_base_url) === void 0 ? {} : { openaiBaseUrl: text(config.openai_base_url) },
    ...text(config.chatgpt_base_url) === void 0 ? {} : { chatgptBaseUrl: text(config.chatgpt_base_url) },
    ...env.CODEX_AUTHAPI_BASE_URL ? { authApiBaseUrl: env.CODEX_AUTHAPI_BASE_URL } : {}
  };
  const caFile = env.CODEX_CA_CERTIFICATE || env.SSL_CERT_FILE;
  const proxyUrl = env.HTTPS_PROXY || env.https_proxy;
  return {
    upstream,
    ...caFile ? { upstreamCa: await readFile(caFile, "utf8") } : {},
    proxy: proxyUrl ? { url: proxyUrl, noProxy: env.NO_PROXY || env.no_proxy || "" } : void 0
  };
}
function userConfig(text) {
  if (text === void 0) return null;
  try {
    return parse(text);
  } catch {
    return null;
  }
}
function configWithBroker(text, broker) {
  const config = userConfig(text);
  if (config === null && text !== void 0) return text;
  const own = broker.codexConfig;
  const merged = { ...config ?? {}, ...own };
  for (const table of ["features", "otel"]) {
    merged[table] = {
      ...config?.[table] ?? {},
      ...own[table] ?? {}
    };
  }
  return stringify(merged);
}
var REPLACED = [
  "CODEX_API_KEY",
  "CODEX_ACCESS_TOKEN",
  "OPENAI_API_KEY",
  "CODEX_AUTHAPI_BASE_URL",
  "CODEX_CA_CERTIFICATE",
  "CODEX_REFRESH_TOKEN_URL_OVERRIDE",
  "CODEX_REVOKE_TOKEN_URL_OVERRIDE"
];
async function startTokenBroker2(state, request) {
  const home = required2(state.home, "the home");
  const broker = await startBroker({
    credential: request.variable === "CODEX_API_KEY" ? { kind: "api_key", apiKey: request.token } : { kind: "access_token", accessToken: request.token },
    ...await upstreamOf(request),
    persist: async () => void 0,
    log: state.ctx.log,
    secrets: state.ctx.secrets,
    dir: home.dir
  });
  state.stops.push(() => broker.close());
  state.broker = broker;
  const env = { ...required2(state.codexEnv, "Codex's environment") };
  for (const name2 of Object.keys(env)) if (REPLACED.includes(name2.toUpperCase())) delete env[name2];
  state.codexEnv = { ...env, ...broker.codexEnv, ...broker.tokenEnv };
  return configWithBroker(request.codexConfig, broker);
}

// src/roundtrip/run-token-mode.ts
var TOKEN_MODE_PHASES = [
  (state, request) => createHome(state, request, { stream: false }),
  async (state, request) => {
    const codexConfig = await startTokenBroker2(state, request);
    await sealNow(
      state,
      { ...request, codexConfig },
      { codexPath: request.codexPath, codexArgs: request.codexArgs, storePaths: [] }
    );
  },
  execCodex,
  judgeTokenRun
];
async function runTokenMode(runCodex2, log, secrets, request) {
  const state = newRunState({ runCodex: runCodex2, log, secrets }, "-", "none");
  return runPhases(state, request, TOKEN_MODE_PHASES, (done) => release(done, "remove"));
}

// src/app/run.ts
var TOKEN_ENV = { "api-key": "CODEX_API_KEY", "access-token": "CODEX_ACCESS_TOKEN" };
function planLanes(text, primary, tokens, storeKind, vocabulary) {
  const lanes = parseLaneList(
    text,
    primary,
    {
      input: vocabulary.lanes,
      secrets: { "api-key": vocabulary.apiKey, "access-token": vocabulary.accessToken }
    },
    (kind) => tokens[kind] !== ""
  );
  const primaryStream = primary.kind === "stream" ? primary.stream : null;
  if (storeKind === "github-secret" && lanes.some((l) => l.kind === "stream" && l.stream !== primaryStream)) {
    throw new UsageError(
      `${vocabulary.lanes}: a stream lane needs a store that holds one entry per stream; the github-secret store holds only the one login the job received. Use the git-ref, file, cache or command store for stream lanes.`
    );
  }
  return lanes;
}
async function runJob(request, context) {
  await refuseUnknownStreams(request.lanes, context);
  const tokenKinds = new Set(request.lanes.map((lane) => lane.kind));
  const streamEnv = Object.fromEntries(
    Object.entries(request.baseEnv).filter(
      ([name2]) => !(tokenKinds.has("api-key") && name2 === TOKEN_ENV["api-key"]) && !(tokenKinds.has("access-token") && name2 === TOKEN_ENV["access-token"])
    )
  );
  let previousWrite = null;
  const runLane = async (lane, onEvent) => {
    const codexHome = await context.homeFor(lane);
    previousWrite = null;
    const codexRun = { ...request, codexHome, onEvent };
    if (lane.kind !== "stream") {
      const token = request.tokens[lane.kind];
      context.secrets.add([token]);
      return runTokenMode(context.runCodex ?? codexRunner, context.log, context.secrets, {
        ...codexRun,
        variable: TOKEN_ENV[lane.kind],
        token
      });
    }
    const ctx = await context.streamContext(lane.stream);
    if (request.reportPreviousWrite) previousWrite = await readPreviousWrite(ctx);
    return runRoundTrip(ctx, {
      ...codexRun,
      baseEnv: streamEnv,
      seed: lane.stream === context.primaryStream ? request.seed : void 0
    });
  };
  const lanes = await runLanes({
    lanes: request.lanes,
    runLane,
    // The agent's progress: without it the log showed nothing of what the agent did.
    onEvent: request.onEvent,
    waitForResetMs: request.waitForResetMs,
    log: context.log,
    onDeadLogin: context.onDeadLogin
  });
  const usageWarning = lowUsageWarning(lanes.lane ?? "the job", lanes.result, request.usageWarningPercent);
  return { ...lanes, previousWrite, usageWarning };
}
async function readPreviousWrite(ctx) {
  const before = await ctx.store.read().catch(() => null);
  if (!before) return null;
  return {
    stream: ctx.stream,
    generation: before.generation,
    writtenAt: before.writtenAt,
    writer: before.writer
  };
}
async function refuseUnknownStreams(lanes, context) {
  for (const lane of lanes) {
    if (lane.kind !== "stream" || lane.stream === context.primaryStream) continue;
    const ctx = await context.streamContext(lane.stream);
    if (await ctx.store.read() === null) {
      throw new UsageError(
        `${context.vocabulary.lanes}: lane ${laneName(lane)} is an unknown stream: its ${ctx.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream} ...), or fix the name.`
      );
    }
  }
}

// src/action/lane-inputs.ts
function tokensClaimedByLanes(text = readInput(Inputs.lanes)) {
  const entries = text.split(/[,\n]/).map((entry) => entry.trim());
  return new Set(
    entries.filter((entry) => entry === "api-key" || entry === "access-token")
  );
}
function readLaneSettings(settings, secrets) {
  const primary = settings.mode === "stream" ? { kind: "stream", stream: settings.store.stream } : { kind: settings.mode };
  const tokens = { "api-key": secrets.apiKey, "access-token": secrets.accessToken };
  return {
    lanes: planLanes(readInput(Inputs.lanes), primary, tokens, settings.store.kind, ACTION_VOCABULARY),
    waitForResetMs: readNumber(Inputs.waitForReset, 0, 0, 86400) * 1e3,
    usageWarningPercent: readInput(Inputs.usageWarningPercent) === "" ? null : readNumber(Inputs.usageWarningPercent, 0, 0, 100),
    alert: readBoolean(Inputs.alert)
  };
}

// src/action/inputs.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
import { promises as fs8 } from "node:fs";
import path19 from "node:path";

// src/platform/environ-scrub.ts
import { closeSync, openSync, readFileSync as readFileSync5, readSync, writeSync } from "node:fs";
function scrubEnvironBlock(secrets, names = []) {
  if (process.platform !== "linux") return null;
  let bounds;
  try {
    bounds = environBounds(readFileSync5("/proc/self/stat", "latin1"));
  } catch {
    return null;
  }
  const wanted = new Set(secrets.filter((value) => value.length > 0));
  const wantedNames = new Set(names);
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
  } catch {
    return null;
  }
  try {
    const block = Buffer.alloc(bounds.end - bounds.start);
    readSync(fd, block, 0, block.length, bounds.start);
    let overwritten = 0;
    let offset = 0;
    while (offset < block.length) {
      let stop = block.indexOf(0, offset);
      if (stop === -1) stop = block.length;
      const entry = block.toString("utf8", offset, stop);
      const eq = entry.indexOf("=");
      if (eq > 0 && (wanted.has(entry.slice(eq + 1)) || wantedNames.has(entry.slice(0, eq)))) {
        const valueStart = offset + Buffer.byteLength(entry.slice(0, eq + 1));
        const blank = Buffer.alloc(stop - valueStart, "x");
        writeSync(fd, blank, 0, blank.length, bounds.start + valueStart);
        overwritten += 1;
      }
      offset = stop + 1;
    }
    return overwritten;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
function environBounds(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const start = Number(fields[47]);
  const end = Number(fields[48]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
    throw new Error("no environment bounds in /proc/self/stat");
  }
  return { start, end };
}

// src/app/input-files.ts
async function readPromptFile(file, name2) {
  return readInputFile(file, { flag: name2, what: "a prompt", maxBytes: MAX_CONFIG_BYTES });
}
function hideFromProcEnviron(secrets) {
  return scrubEnvironBlock(secrets);
}

// src/app/stream-settings.ts
import path18 from "node:path";

// src/github/run-context.ts
import { readFileSync as readFileSync6 } from "node:fs";
var cache = /* @__PURE__ */ new WeakMap();
function readRunContext(env) {
  const path21 = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path21) return cached.context;
  const payload = readPayload(path21);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path: path21, context });
  return context;
}
function readPayload(path21) {
  if (path21 === "") return {};
  try {
    const parsed = JSON.parse(readFileSync6(path21, "utf8"));
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
    const { createOctokit } = await import("./octokit-CPF2DTCC.js");
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
      name: required3(choice.secretName, choice.names.secretName),
      scope: choice.secretScope,
      currentValue: choice.secretValue,
      newVisibility: choice.secretVisibility
    } : void 0,
    command: kind === "command" ? {
      read: required3(choice.readCommand, choice.names.readCommand),
      write: required3(choice.writeCommand, choice.names.writeCommand),
      timeoutMs: choice.commandTimeoutMs
    } : void 0,
    cache: kind === "cache" ? {
      ref: choice.cacheRef,
      defaultBranch: choice.defaultBranch,
      allowBranchScope: choice.allowBranchScope
    } : void 0
  };
}
function required3(value, name2) {
  if (!value) throw new UsageError(`this store needs ${name2}.`);
  return value;
}

// src/app/stream-settings.ts
function resolveStreamSettings(request, env) {
  const stream = parseStreamName(request.stream);
  const kind = withWrap(() => parseStoreKind(request.store), request.wrapKindError?.store);
  const lockText = request.lock;
  const wrapLock = request.wrapKindError?.lock;
  const lock = lockText === void 0 ? defaultLockKind({ kind }, request.onGitHub) : withWrap(() => parseLockKind(lockText), wrapLock && (() => wrapLock(lockText)));
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: request.stateDir ? path18.resolve(request.stateDir) : defaultStateDir(env),
    stateDirSource: request.stateDir ? request.names.stateDir : defaultStateDirSource(env),
    github: () => {
      const target = request.github();
      return {
        repository: parseRepository(target.repository, target.repositoryName),
        token: target.token,
        apiUrl: target.apiUrl ?? DEFAULT_API_URL
      };
    },
    secretName: request.secretName,
    secretScope: parseSecretScope(request.secretScope, request.names.secretScope),
    secretVisibility: parseOrgVisibility(request.secretVisibility, request.names.secretVisibility),
    secretValue: request.secretValue,
    readCommand: request.readCommand,
    writeCommand: request.writeCommand,
    commandTimeoutMs: request.commandTimeoutMs(),
    cacheRef: env.GITHUB_REF ?? "",
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: request.allowBranchScope,
    names: request.names
  });
  return { store, lock };
}
function withWrap(parse2, wrap) {
  try {
    return parse2();
  } catch (error) {
    throw wrap ? wrap(error) : error;
  }
}

// src/action/inputs.ts
var DEFAULT_CODEX_VERSION = "0.169.0";
function readSecretInputs() {
  return {
    key: readInput(Inputs.key),
    authJson: readInput(Inputs.authJson),
    accessToken: readInput(Inputs.accessToken),
    apiKey: readInput(Inputs.apiKey),
    githubToken: readInput(Inputs.githubToken)
  };
}
function readStreamSettings(env, secrets, streamName = readInput(Inputs.stream) || "default") {
  const lockInput = readInput(Inputs.lock) || "auto";
  const { store, lock } = resolveStreamSettings(
    {
      stream: streamName,
      store: readInput(Inputs.store) || "git-ref",
      lock: lockInput === "auto" ? void 0 : lockInput,
      onGitHub: true,
      stateDir: readInput(Inputs.stateDir) || void 0,
      // On GitHub the repository itself holds the stream; the workflow's own token writes it.
      github: () => ({
        repository: env.GITHUB_REPOSITORY ?? "",
        repositoryName: "GITHUB_REPOSITORY",
        token: secrets.githubToken,
        apiUrl: env.GITHUB_API_URL || void 0
      }),
      secretName: readInput(Inputs.secretName) || void 0,
      secretScope: readInput(Inputs.secretScope) || "repo",
      secretVisibility: readInput(Inputs.secretVisibility),
      secretValue: secrets.authJson,
      readCommand: readInput(Inputs.readCommand) || void 0,
      writeCommand: readInput(Inputs.writeCommand) || void 0,
      commandTimeoutMs: () => readSeconds(Inputs.commandTimeout, 60, 1, 3600) * 1e3,
      allowBranchScope: readBoolean(Inputs.allowBranchScope),
      names: {
        stateDir: "input state-dir",
        secretName: "input secret-name",
        secretScope: "input secret-scope",
        secretVisibility: "input secret-visibility",
        readCommand: "input read-command",
        writeCommand: "input write-command"
      },
      wrapKindError: {
        store: (error) => new UsageError(`input store: ${error.message}`),
        lock: (value) => new UsageError(`input lock must be auto, git-ref, file or none, not "${value}".`)
      }
    },
    env
  );
  return { store, lock, lockTimeoutMs: readSeconds(Inputs.lockTimeout, 600, 0, 86400) * 1e3 };
}
function seedFromInputs(settings, secrets) {
  if (!secrets.authJson || settings.store.kind === "github-secret") return void 0;
  return {
    raw: secrets.authJson,
    origin: "input auth-json",
    // The Action reads no file for the login: the secret must hold the content itself.
    pathHint: "store the content of that file in the secret (for example `gh secret set CODEX_AUTH_JSON < ~/.codex/auth.json`) and pass it as auth-json"
  };
}
async function readActionSettings(secrets, env) {
  const claimed = tokensClaimedByLanes();
  const accessToken = claimed.has("access-token") ? "" : secrets.accessToken;
  const apiKey = claimed.has("api-key") ? "" : secrets.apiKey;
  const modes = [
    secrets.authJson || secrets.key ? "auth-json/key" : null,
    accessToken ? "access-token" : null,
    apiKey ? "api-key" : null
  ].filter((mode2) => mode2 !== null);
  if (modes.length > 1) {
    throw new UsageError(
      `inputs ${modes.join(" and ")} are mutually exclusive: use a ChatGPT stream (key, auth-json), or access-token, or api-key.`
    );
  }
  const mode = accessToken ? "access-token" : apiKey ? "api-key" : "stream";
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const codexConfig = readInput(Inputs.codexConfig);
  return {
    ...readStreamSettings(env, secrets),
    mode,
    codexExecArgs: await readCodexExecArgs(workspace),
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    workingDirectory: await checkWorkingDirectory(
      path19.resolve(workspace, readInput(Inputs.workingDirectory) || ".")
    ),
    codexVersion: readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION,
    allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
    allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents),
    seal: readSealRequest(),
    // The CLI's --run-timeout default, for the same reason (src/cli/shared-options.ts).
    runTimeoutMs: readSeconds(Inputs.runTimeout, 3600, 1, 86400) * 1e3
  };
}
async function readCodexExecArgs(workspace) {
  const prompt = readInput(Inputs.prompt);
  const promptFile = readInput(Inputs.promptFile);
  if (prompt && promptFile)
    throw new UsageError("inputs prompt and prompt-file are mutually exclusive: give one.");
  if (!prompt && !promptFile)
    throw new UsageError("input prompt (or prompt-file) is required: what should Codex do?");
  const text = promptFile ? await readPromptFile(path19.resolve(workspace, promptFile), "input prompt-file") : prompt;
  const model = readInput(Inputs.model);
  return [
    ...model ? ["--model", model] : [],
    ...parseCodexArgs(readInput(Inputs.codexArgs)),
    // The prompt goes last, after `--`, so a prompt starting with "-" is never taken for a flag.
    "--",
    text
  ];
}
function parseCodexArgs(value) {
  const text = value.trim();
  if (text === "") return [];
  if (text.startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError('input codex-args starts with "[" but is not a JSON array of strings.');
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) {
      throw new UsageError(
        'input codex-args must be a JSON array of strings, e.g. ["--full-auto", "-c", "x=1"].'
      );
    }
    return parsed;
  }
  const words = (0, import_shell_quote.parse)(text, (name2) => `$${name2}`);
  if (!words.every((word) => typeof word === "string")) {
    throw new UsageError(
      "input codex-args contains a shell operator (|, &, ;, >, <, a comment...): it is split into words, never run by a shell. Quote the character or use a JSON array."
    );
  }
  return words;
}
async function checkWorkingDirectory(dir) {
  const stat = await fs8.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new UsageError(
      `input working-directory ${dir} ${stat ? "is not a directory" : "does not exist"}: give a directory of the checked-out workspace (relative to GITHUB_WORKSPACE), or leave it empty.`
    );
  }
  return dir;
}

// src/core/key.ts
import { createHash as createHash2, randomBytes as randomBytes5 } from "node:crypto";

// src/core/key-env.ts
var KEY_ENV = "CODEX_AUTH_KEY";

// src/core/key.ts
var KEY_BYTES = 32;
var STANDARD_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
function parseKey2(value, source = KEY_ENV) {
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
  return { bytes, id: keyId2(bytes) };
}
function keyId2(bytes) {
  return createHash2("sha256").update("codex-auth key id\0").update(bytes).digest("hex").slice(0, 12);
}

// src/action/action-context.ts
async function createActionContext(settings, secrets, env) {
  return createRoundTripContext(
    {
      store: settings.store,
      lock: settings.lock,
      key: () => parseKey2(secrets.key || void 0, `input key (${KEY_ENV})`),
      log: actionLogger,
      secrets: runnerMasks
    },
    env
  );
}

// src/app/job-homes.ts
import { randomBytes as randomBytes6, timingSafeEqual } from "node:crypto";
import { promises as fs9 } from "node:fs";
import path20 from "node:path";
var RECORD_SUFFIX = ".owner";
async function prepareJobHome(env, stream, saveState) {
  const home = jobCodexHome(env, stream);
  const proof = randomBytes6(16).toString("hex");
  saveState(home, proof);
  const base = jobHomesDir(env);
  await fs9.mkdir(base, { recursive: true, mode: 448 });
  const stat = await fs9.lstat(base);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${base} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== 448) await fs9.chmod(base, 448);
  await fs9.writeFile(recordPath(home), proof, { mode: 384, flag: "wx" });
  return home;
}
async function whyNotOurHome(home, proof, env) {
  const base = path20.resolve(jobHomesDir(env));
  const resolved = path20.resolve(home);
  if (path20.dirname(resolved) !== base || !/^[A-Za-z0-9._-]+$/.test(path20.basename(resolved))) {
    return `it is not a direct child of the Action's private homes directory ${base}`;
  }
  if (proof === void 0 || proof === "") return "the saved state carries no proof that this Action made it";
  const baseStat = await fs9.lstat(base).catch(() => null);
  if (baseStat === null || baseStat.isSymbolicLink() || !ours(baseStat)) {
    return `${base} is missing, a symbolic link, or not owned by this user`;
  }
  const recordStat = await fs9.lstat(recordPath(resolved)).catch(() => null);
  if (recordStat === null || !recordStat.isFile() || !ours(recordStat)) return "its owner record is missing";
  if (proof !== null) {
    const record = Buffer.from(await fs9.readFile(recordPath(resolved), "utf8"));
    const wanted = Buffer.from(proof);
    if (record.length !== wanted.length || !timingSafeEqual(record, wanted)) {
      return "its owner record does not match the saved state";
    }
  }
  const stat = await fs9.lstat(resolved).catch(() => null);
  if (stat === null) return null;
  if (stat.isSymbolicLink() || !stat.isDirectory()) return "it is a symbolic link or not a directory";
  if (!ours(stat) || (stat.mode & 511) !== 448) return "it is not owned by this user with mode 0700";
  return null;
}
function jobCodexHome(env, stream) {
  return path20.join(jobHomesDir(env), `${stream}-${randomBytes6(4).toString("hex")}`);
}
function jobHomesDir(env) {
  const base = env.RUNNER_TEMP;
  if (!base)
    throw new UsageError("RUNNER_TEMP is not set: this entry point runs only inside a GitHub Actions job.");
  return path20.join(base, "codex-auth");
}
async function removeHomeRecord(home) {
  await fs9.rm(recordPath(path20.resolve(home)), { force: true });
}
function recordPath(home) {
  return `${home}${RECORD_SUFFIX}`;
}
function ours(stat) {
  return process.getuid === void 0 || stat.uid === process.getuid();
}

// src/action/masking.ts
function maskSecretInputs(secrets) {
  for (const value of [secrets.key, secrets.accessToken, secrets.apiKey, secrets.githubToken]) {
    if (value) {
      runnerMasks.add([value, value.trim()]);
    }
  }
  if (!secrets.authJson) return;
  try {
    const { text, decodedFrom } = normalizeSeedText(secrets.authJson, "auth-json", "");
    runnerMasks.add(secretValues(parseBundle(text)));
    if (decodedFrom) runnerMasks.add([secrets.authJson, secrets.authJson.trim()]);
  } catch {
    maskUnparsedSeed(runnerMasks, secrets.authJson);
  }
}
function hideSecretInputsFromProc(secrets, optedIn) {
  const values = [secrets.key, secrets.authJson, secrets.githubToken, secrets.accessToken, secrets.apiKey];
  const scrubbed = hideFromProcEnviron(values.filter((value) => value !== ""));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null ? "this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step." : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`
    );
  }
}

export {
  readRunContext,
  repositoryVisibility,
  ACTION_VOCABULARY,
  readSealRequest,
  laneName,
  loadedCopyOf,
  persistFailedPrefix,
  describeBundleInto,
  startFrom,
  reportPersisted,
  checkStreamName,
  acquireLock,
  readAuth,
  removeCodexHome,
  newRunState,
  runPhases,
  required2 as required,
  Persister,
  splitStatePath,
  loadSplitState,
  readPersistUsageFacts,
  sealNow,
  createHome,
  materialise,
  loadOrSeed,
  release,
  runRoundTrip,
  runUrlOf,
  runJob,
  readLaneSettings,
  DEFAULT_CODEX_VERSION,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs,
  readActionSettings,
  createActionContext,
  prepareJobHome,
  whyNotOurHome,
  jobHomesDir,
  removeHomeRecord,
  maskSecretInputs,
  hideSecretInputsFromProc,
  runEntry
};
