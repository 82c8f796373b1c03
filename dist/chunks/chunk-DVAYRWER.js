#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  PROCESS_LEASE_MS,
  acquireLock,
  awaitIsolation,
  awaitSeal,
  checkStreamName,
  codexFailedMessage,
  createHome,
  createRunHome,
  describeBundleInto,
  execCodex,
  loadOrSeed,
  lowUsageWarning,
  materialise,
  newRunState,
  noEventsMessage,
  persistFailedPrefix,
  pointCodexAtBroker,
  readAuth,
  release,
  reportPersisted,
  required,
  reseedMessage,
  runPhases,
  runTimeoutMessage,
  sandboxMode,
  sealNow,
  startIsolation,
  startRunBroker,
  startSealing,
  usageLimitMessage,
  watchAndPersist
} from "./chunk-YX4J4FQJ.js";
import {
  parseOrgVisibility,
  parseSecretScope
} from "./chunk-ABJGEG63.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  Inputs,
  readBoolean,
  readInput,
  readNumber,
  readSeconds
} from "./chunk-SH6FB6NS.js";
import {
  legacyStreamMessage,
  parseStreamName
} from "./chunk-B45VUE4X.js";
import {
  defaultLockKind,
  parseLockKind,
  parseStoreKind
} from "./chunk-2PSMXHHV.js";
import {
  parseRepository
} from "./chunk-N3T4XKQI.js";
import {
  defaultStateDir,
  defaultStateDirSource
} from "./chunk-7QS3OWB4.js";
import {
  loadSodium
} from "./chunk-OL3J67ZD.js";
import {
  MAX_CONFIG_BYTES,
  readInputFile
} from "./chunk-VMHUWGWS.js";
import {
  AuthUnusableError,
  CodexFailedError,
  RunTimeoutError,
  UsageError,
  UsageLimitError,
  needsSignIn,
  prefixError
} from "./chunk-V4C5BGZE.js";
import {
  __commonJS,
  __toESM
} from "./chunk-J67BYCQ5.js";

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
    function parseInternal(string, env, opts) {
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
      var matches = matchAll(string, chunker);
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
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
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
    module.exports = function parse(s, env, opts) {
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

// src/action/inputs.ts
var import_shell_quote = __toESM(require_shell_quote(), 1);
import { promises as fs } from "node:fs";
import path2 from "node:path";

// src/fs/environ-scrub.ts
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
function scrubEnvironBlock(secrets, names = []) {
  if (process.platform !== "linux") return null;
  let bounds;
  try {
    bounds = environBounds(readFileSync("/proc/self/stat", "latin1"));
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
async function readPromptFile(file, name) {
  return readInputFile(file, { flag: name, what: "a prompt", maxBytes: MAX_CONFIG_BYTES });
}
function hideFromProcEnviron(secrets) {
  return scrubEnvironBlock(secrets);
}

// src/app/stream-settings.ts
import path from "node:path";

// src/github/run-context.ts
import { readFileSync as readFileSync2 } from "node:fs";
var cache = /* @__PURE__ */ new WeakMap();
function readRunContext(env) {
  const path3 = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path3) return cached.context;
  const payload = readPayload(path3);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path: path3, context });
  return context;
}
function readPayload(path3) {
  if (path3 === "") return {};
  try {
    const parsed = JSON.parse(readFileSync2(path3, "utf8"));
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
    const { createOctokit } = await import("./octokit-XS4PRLHY.js");
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
      name: required2(choice.secretName, choice.names.secretName),
      scope: choice.secretScope,
      currentValue: choice.secretValue,
      newVisibility: choice.secretVisibility
    } : void 0,
    command: kind === "command" ? {
      read: required2(choice.readCommand, choice.names.readCommand),
      write: required2(choice.writeCommand, choice.names.writeCommand),
      timeoutMs: choice.commandTimeoutMs
    } : void 0,
    cache: kind === "cache" ? {
      ref: choice.cacheRef,
      defaultBranch: choice.defaultBranch,
      allowBranchScope: choice.allowBranchScope
    } : void 0
  };
}
function required2(value, name) {
  if (!value) throw new UsageError(`this store needs ${name}.`);
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
    stateDir: request.stateDir ? path.resolve(request.stateDir) : defaultStateDir(env),
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
function withWrap(parse, wrap) {
  try {
    return parse();
  } catch (error) {
    throw wrap ? wrap(error) : error;
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
    const name = laneName(lane);
    if (lanes.some((seen) => laneName(seen) === name)) {
      const first = laneName(primary) === name ? " (it is the primary stream, which always runs first)" : "";
      throw new UsageError(
        `${where} repeats lane ${JSON.stringify(name)}${first}: each lane may appear once.`
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
      const name = laneName(lane);
      if (index > 0 || attempts.length > 0) request.log.info(`codex-auth: trying lane ${name}`);
      let workStarted = false;
      const result2 = await request.runLane(lane, (event) => {
        if (isWorkEvent(event)) workStarted = true;
        request.onEvent?.(event);
      });
      last = result2;
      if (result2.error === null) {
        attempts.push({ lane: name, outcome: "ran", reason: null, resetsAt: null });
        return { result: result2, lane: name, attempts };
      }
      if (result2.usageLimited && workStarted) {
        attempts.push({
          lane: name,
          outcome: "usage-limited-after-work",
          reason: "usage limit after the agent had run tool calls: not re-run on another lane",
          resetsAt: result2.resetsAt
        });
        result2.error = new UsageLimitError(
          `lane ${name} hit its usage limit after the agent had already executed tool calls; the half-done work was NOT re-run on another lane (it could repeat side effects). ${result2.error.message}`
        );
        return { result: result2, lane: null, attempts };
      }
      if (result2.usageLimited) {
        attempts.push({
          lane: name,
          outcome: "usage-limited",
          reason: `usage limit before any tool call${result2.resetsAt ? `; resets at ${result2.resetsAt}` : ""}`,
          resetsAt: result2.resetsAt
        });
        continue;
      }
      if (needsSignIn(result2.error) && !workStarted) {
        attempts.push({ lane: name, outcome: "dead-login", reason: result2.error.message, resetsAt: null });
        await request.onDeadLogin?.(lane, result2).catch((error) => {
          request.log.warn(`could not raise the reseed alert for lane ${name}: ${String(error)}`);
        });
        continue;
      }
      attempts.push({ lane: name, outcome: "failed", reason: result2.error.message, resetsAt: null });
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

// src/roundtrip/phases/persist.ts
async function persistFinal(state) {
  const run = deadLoginOf(state);
  const home = required(state.home, "the home");
  const loaded = required(state.loaded, "the loaded copy");
  const persister = required(state.persister, "the Persister");
  const broker = state.broker;
  const finalRaw = broker ? broker.currentBundle()?.raw ?? null : await readAuth(home.dir);
  if (!run.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, "the auth.json Codex left");
  await persister.settle();
  state.result.refreshFailure = run.refreshFailure;
  describeBundleInto(state.result, loaded.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded, { seedWrittenHere: true, now: state.ctx.now() });
}
function deadLoginOf(state) {
  const run = required(state.codexRun, "Codex's exit");
  if (run.refreshFailure || !state.broker?.loginDead()) return run;
  state.codexRun = { ...run, refreshFailure: "refresh_failed" };
  return state.codexRun;
}

// src/roundtrip/phases/verdict.ts
async function judgeRun(state, request) {
  const run = required(state.codexRun, "Codex's exit");
  const persister = required(state.persister, "the Persister");
  const { stream, log } = state.ctx;
  const generation = persister.currentGeneration;
  if (persister.error) throw prefixError(persister.error, persistFailedPrefix(stream));
  if (run.timedOut) {
    const kept = state.result.refreshed ? `The login it refreshed was persisted (generation ${generation}) and the lock of stream "${stream}" released.` : `The stored login was left as it was and the lock of stream "${stream}" released.`;
    throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
  }
  if (run.refreshFailure && run.exitCode !== 0) {
    throw new AuthUnusableError(reseedMessage(stream, run, generation));
  }
  if (run.refreshFailure) log.warn(`${reseedMessage(stream, run, generation)} (This run still succeeded.)`);
  if (state.usage?.usageLimited)
    throw new UsageLimitError(usageLimitMessage(`stream "${stream}"`, state.usage));
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  if (run.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
}
async function judgeTokenRun(state, request) {
  const run = required(state.codexRun, "Codex's exit");
  if (run.timedOut) {
    throw new RunTimeoutError(
      runTimeoutMessage(request.runTimeoutMs ?? 0, "Nothing is stored in this mode.")
    );
  }
  if (state.usage?.usageLimited) {
    throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, state.usage));
  }
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
}

// src/roundtrip/run-round-trip.ts
var RUN_PHASES = [
  checkStreamName,
  createRunHome,
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
  }),
  startIsolation,
  (state, request) => acquireLock(state, {
    timeoutMs: request.lockTimeoutMs,
    mode: "process",
    leaseMs: PROCESS_LEASE_MS,
    signal: request.signal
  }),
  (state, request) => loadOrSeed(state, request.seed),
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
  void loadSodium().catch(() => void 0);
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, "remove-if-created"));
}

// src/roundtrip/run-token-mode.ts
var TOKEN_MODE_PHASES = [
  async (state, request) => {
    await createHome(state, request, { stream: false });
    state.codexEnv = {
      ...required(state.codexEnv, "Codex's environment"),
      [request.variable]: request.token
    };
  },
  (state, request) => sealNow(state, request, {
    codexPath: request.codexPath,
    codexArgs: request.codexArgs,
    storePaths: [],
    // The token must be in Codex's own environment; Codex's default shell_environment_policy keeps names
    // matching *KEY* and *TOKEN* out of the commands' environment, so the probe checks everything else.
    env: withoutVariable(required(state.codexEnv, "Codex's environment"), request.variable)
  }),
  execCodex,
  judgeTokenRun
];
async function runTokenMode(runCodex, log, secrets, request) {
  const state = newRunState({ runCodex, log, secrets }, "-", "none");
  return runPhases(state, request, TOKEN_MODE_PHASES, (done) => release(done, "remove"));
}
function withoutVariable(env, name) {
  const { [name]: _removed, ...rest } = env;
  return rest;
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
      ([name]) => !(tokenKinds.has("api-key") && name === TOKEN_ENV["api-key"]) && !(tokenKinds.has("access-token") && name === TOKEN_ENV["access-token"])
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
      return runTokenMode(context.runCodex, context.log, context.secrets, {
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
      path2.resolve(workspace, readInput(Inputs.workingDirectory) || ".")
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
  const text = promptFile ? await readPromptFile(path2.resolve(workspace, promptFile), "input prompt-file") : prompt;
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
  const words = (0, import_shell_quote.parse)(text, (name) => `$${name}`);
  if (!words.every((word) => typeof word === "string")) {
    throw new UsageError(
      "input codex-args contains a shell operator (|, &, ;, >, <, a comment...): it is split into words, never run by a shell. Quote the character or use a JSON array."
    );
  }
  return words;
}
async function checkWorkingDirectory(dir) {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new UsageError(
      `input working-directory ${dir} ${stat ? "is not a directory" : "does not exist"}: give a directory of the checked-out workspace (relative to GITHUB_WORKSPACE), or leave it empty.`
    );
  }
  return dir;
}

export {
  hideFromProcEnviron,
  readRunContext,
  repositoryVisibility,
  ACTION_VOCABULARY,
  readSealRequest,
  laneName,
  runRoundTrip,
  runJob,
  readLaneSettings,
  DEFAULT_CODEX_VERSION,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs,
  readActionSettings,
  parseCodexArgs
};
