#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/errors.ts
function isCodexAuthError(error) {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error;
  return typeof code === "string" && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode;
}
function asCodexAuthError(error) {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
function isUsageError(error) {
  return isCodexAuthError(error) && error.exitCode === ExitCode.usage;
}
function needsSignIn(failure) {
  return failure?.exitCode === ExitCode.authUnusable;
}
function isEnvelopeUnreadable(failure) {
  return failure?.exitCode === ExitCode.envelopeUnreadable;
}
function needsReseed(failure) {
  return needsSignIn(failure) || isEnvelopeUnreadable(failure);
}
function prefixError(error, prefix) {
  const ErrorClass = error.constructor;
  return new ErrorClass(`${prefix}${error.message}`, { cause: error });
}
var ExitCode, CodexAuthError, UsageError, AuthUnusableError, NotSeededError, LockTimeoutError, LockLostError, StoreConflictError, RollbackRefusedError, EnvelopeError, SealError, CodexFailedError, UsageLimitError, RevokeUnconfirmedError, RunTimeoutError, InternalError, EXIT_CODE_OF_CODE;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      codexFailed: 1,
      usage: 2,
      authUnusable: 3,
      lockTimeout: 4,
      storeConflict: 5,
      envelopeUnreadable: 6,
      notSealed: 7,
      usageLimited: 8,
      runTimeout: 9
    };
    CodexAuthError = class extends Error {
    };
    UsageError = class extends CodexAuthError {
      exitCode = ExitCode.usage;
      code = "usage";
      name = "UsageError";
    };
    AuthUnusableError = class extends CodexAuthError {
      exitCode = ExitCode.authUnusable;
      code = "auth_unusable";
      name = "AuthUnusableError";
    };
    NotSeededError = class extends CodexAuthError {
      exitCode = ExitCode.authUnusable;
      code = "not_seeded";
      name = "NotSeededError";
    };
    LockTimeoutError = class extends CodexAuthError {
      exitCode = ExitCode.lockTimeout;
      code = "lock_timeout";
      name = "LockTimeoutError";
    };
    LockLostError = class extends CodexAuthError {
      exitCode = ExitCode.lockTimeout;
      code = "lock_lost";
      name = "LockLostError";
    };
    StoreConflictError = class extends CodexAuthError {
      exitCode = ExitCode.storeConflict;
      code = "store_conflict";
      name = "StoreConflictError";
    };
    RollbackRefusedError = class extends CodexAuthError {
      exitCode = ExitCode.storeConflict;
      code = "rollback_refused";
      name = "RollbackRefusedError";
    };
    EnvelopeError = class extends CodexAuthError {
      exitCode = ExitCode.envelopeUnreadable;
      code = "envelope_unreadable";
      name = "EnvelopeError";
    };
    SealError = class extends CodexAuthError {
      exitCode = ExitCode.notSealed;
      code = "not_sealed";
      name = "SealError";
    };
    CodexFailedError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "codex_failed";
      name = "CodexFailedError";
    };
    UsageLimitError = class extends CodexAuthError {
      exitCode = ExitCode.usageLimited;
      code = "usage_limited";
      name = "UsageLimitError";
    };
    RevokeUnconfirmedError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "revoke_unconfirmed";
      name = "RevokeUnconfirmedError";
    };
    RunTimeoutError = class extends CodexAuthError {
      exitCode = ExitCode.runTimeout;
      code = "run_timeout";
      name = "RunTimeoutError";
    };
    InternalError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "internal";
      name = "InternalError";
    };
    EXIT_CODE_OF_CODE = {
      usage: ExitCode.usage,
      auth_unusable: ExitCode.authUnusable,
      not_seeded: ExitCode.authUnusable,
      lock_timeout: ExitCode.lockTimeout,
      lock_lost: ExitCode.lockTimeout,
      store_conflict: ExitCode.storeConflict,
      rollback_refused: ExitCode.storeConflict,
      envelope_unreadable: ExitCode.envelopeUnreadable,
      not_sealed: ExitCode.notSealed,
      codex_failed: ExitCode.codexFailed,
      usage_limited: ExitCode.usageLimited,
      revoke_unconfirmed: ExitCode.codexFailed,
      run_timeout: ExitCode.runTimeout,
      internal: ExitCode.codexFailed
    };
  }
});

// src/core/untrusted-text.ts
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean2 = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean2.length <= max) return clean2;
  const cut = /[\ud800-\udbff]/.test(clean2[max - 1] ?? "") ? max - 1 : max;
  return `${clean2.slice(0, cut)}\u2026 [${clean2.length - cut} more characters]`;
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
function untrustedWhole(text) {
  return untrustedLines(text, { maxLineLength: Infinity, maxLines: Infinity }).join("\n");
}
function jsonForLog(json2) {
  return json2.replace(/##\[/g, "##\\u005b").replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}
var MAX_UNTRUSTED_LINE, MAX_UNTRUSTED_LINES, BREAKS, ANSI, CONTROL;
var init_untrusted_text = __esm({
  "src/core/untrusted-text.ts"() {
    "use strict";
    MAX_UNTRUSTED_LINE = 2e3;
    MAX_UNTRUSTED_LINES = 200;
    BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
    ANSI = // eslint-disable-next-line no-control-regex
    /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g;
    CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  }
});

// src/cli/console.ts
function stderrText(redactor, text) {
  return `${untrustedLines(redactor.redact(text), OWN_TEXT).join("\n")}
`;
}
function stderrLogger(io, redactor, verbose) {
  const line = (prefix, message) => io.stderr(stderrText(redactor, `codex-auth: ${prefix}${message}`));
  return {
    info: (message) => line("", message),
    warn: (message) => line("warning: ", message),
    debug: (message) => {
      if (verbose) line("debug: ", message);
    }
  };
}
var OWN_TEXT;
var init_console = __esm({
  "src/cli/console.ts"() {
    "use strict";
    init_untrusted_text();
    OWN_TEXT = { maxLineLength: 2e4, maxLines: 2e3 };
  }
});

// src/core/redactor.ts
var Redactor;
var init_redactor = __esm({
  "src/core/redactor.ts"() {
    "use strict";
    Redactor = class {
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
  }
});

// src/cli/kit.ts
function createKit(io, env) {
  const redactor = new Redactor();
  const kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    // A JSON result can carry the agent's text (finalMessage): no workflow command in it when stdout is a CI log.
    json: (value) => io.stdout(`${jsonForLog(redactor.redact(JSON.stringify(value, null, 2)))}
`),
    fail(error, json2) {
      const failure = asCodexAuthError(error);
      if (json2) kit.json({ error: errorJson(failure) });
      else io.stderr(stderrText(redactor, `codex-auth: error: ${failure.message}`));
      return failure.exitCode;
    }
  };
  return kit;
}
function errorJson(error) {
  return { code: error.code, message: error.message };
}
var init_kit = __esm({
  "src/cli/kit.ts"() {
    "use strict";
    init_errors();
    init_console();
    init_redactor();
    init_untrusted_text();
  }
});

// src/codex/codex-progress.ts
function describeEvent(event) {
  const item = event.item;
  switch (event.type) {
    case "item.completed":
      if (item?.type === "agent_message" && item.text) return item.text;
      if (item?.type === "command_execution")
        return `ran ${item.command ?? "a command"} (exit ${item.exit_code ?? "?"})`;
      if (item?.type === "file_change") return "changed files";
      return null;
    case "turn.completed":
      return "turn completed";
    case "turn.failed":
      return `turn failed: ${event.error?.message ?? "unknown error"}`;
    case "error":
      return `error: ${String(event.message ?? "unknown error")}`;
    default:
      return null;
  }
}
function progressLines(event, redact) {
  const text = describeEvent(event);
  return text === null ? [] : untrustedLines(redact(text), { prefix: CODEX_PREFIX });
}
function outputLines(line, redact) {
  return untrustedLines(redact(line), { prefix: CODEX_PREFIX });
}
var CODEX_PREFIX;
var init_codex_progress = __esm({
  "src/codex/codex-progress.ts"() {
    "use strict";
    init_untrusted_text();
    CODEX_PREFIX = "codex: ";
  }
});

// src/codex/native-codex.ts
function launcherEnv(native, env) {
  const out = { ...env, CODEX_MANAGED_PACKAGE_ROOT: native.packageRoot };
  for (const name2 of MANAGED_BY) delete out[name2];
  out.CODEX_MANAGED_BY_NPM = "1";
  return out;
}
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
    const launcher = (0, import_node_fs.realpathSync)(codexPath);
    if (import_node_path.default.basename(launcher) !== "codex.js") return null;
    const packageRoot = (0, import_node_fs.realpathSync)(import_node_path.default.dirname(import_node_path.default.dirname(launcher)));
    const manifest = JSON.parse((0, import_node_fs.readFileSync)(import_node_path.default.join(packageRoot, "package.json"), "utf8"));
    if (manifest.name !== "@openai/codex" || typeof manifest.version !== "string") return null;
    const platform = `${process.platform}-${process.arch}`;
    const triple = TRIPLES[platform];
    if (triple === void 0) return null;
    const require2 = (0, import_node_module.createRequire)(import_node_path.default.join(packageRoot, "package.json"));
    const platformRoot = import_node_path.default.dirname(require2.resolve(`@openai/codex-${platform}/package.json`));
    const vendorDir = import_node_path.default.join(platformRoot, "vendor", triple);
    for (const candidate of [import_node_path.default.join(vendorDir, "bin", "codex"), import_node_path.default.join(vendorDir, "codex", "codex")]) {
      if ((0, import_node_fs.statSync)(candidate, { throwIfNoEntry: false })?.isFile()) {
        return { binary: candidate, version: manifest.version, vendorDir, packageRoot };
      }
    }
    return null;
  } catch {
    return null;
  }
}
var import_node_fs, import_node_module, import_node_path, MANAGED_BY, TRIPLES, found;
var init_native_codex = __esm({
  "src/codex/native-codex.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_module = require("node:module");
    import_node_path = __toESM(require("node:path"), 1);
    MANAGED_BY = [
      "CODEX_MANAGED_BY_NPM",
      "CODEX_MANAGED_BY_BUN",
      "CODEX_MANAGED_BY_PNPM",
      "CODEX_MANAGED_BY_VITE_PLUS"
    ];
    TRIPLES = {
      "linux-x64": "x86_64-unknown-linux-musl",
      "linux-arm64": "aarch64-unknown-linux-musl"
    };
    found = /* @__PURE__ */ new Map();
  }
});

// src/core/verified-versions.ts
var VERIFIED_CODEX_VERSIONS;
var init_verified_versions = __esm({
  "src/core/verified-versions.ts"() {
    "use strict";
    VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];
  }
});

// src/codex/resolve-codex.ts
var resolve_codex_exports = {};
__export(resolve_codex_exports, {
  VERIFIED_CODEX_VERSIONS: () => VERIFIED_CODEX_VERSIONS,
  identifyCodex: () => identifyCodex,
  isVerifiedCodexVersion: () => isVerifiedCodexVersion,
  readCodexVersion: () => readCodexVersion,
  resolveCodex: () => resolveCodex
});
async function resolveCodex(explicit, env) {
  if (explicit !== void 0) {
    const candidate = import_node_path2.default.resolve(explicit);
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
  const entries = (env.PATH ?? env.Path ?? "").split(import_node_path2.default.delimiter).filter((entry) => import_node_path2.default.isAbsolute(entry));
  const names = process.platform === "win32" ? (env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").map((ext) => `codex${ext.toLowerCase()}`) : ["codex"];
  return entries.flatMap((entry) => names.map((name2) => import_node_path2.default.join(entry, name2)));
}
async function executableProblem(file) {
  let stat;
  try {
    stat = await import_node_fs2.promises.stat(file);
  } catch {
    return "does not exist";
  }
  if (!stat.isFile()) return "is not a file";
  try {
    await import_node_fs2.promises.access(file, import_node_fs2.constants.X_OK);
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
    (0, import_node_child_process.execFile)(codexPath, ["--version"], { env, timeout: 15e3 }, (error, stdout, stderr) => {
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
function isVerifiedCodexVersion(version) {
  return version !== null && VERIFIED_CODEX_VERSIONS.includes(version);
}
var import_node_child_process, import_node_fs2, import_node_path2, INSTALL_HINT;
var init_resolve_codex = __esm({
  "src/codex/resolve-codex.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_fs2 = require("node:fs");
    import_node_path2 = __toESM(require("node:path"), 1);
    init_errors();
    init_native_codex();
    init_verified_versions();
    INSTALL_HINT = `pass --codex PATH, or install it with \`npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}\``;
  }
});

// src/roundtrip/describe.ts
function describeNextRefresh(value) {
  const next = value.nextRefresh;
  if (!next) return "";
  if (next.reason === null) return "none scheduled (Codex refreshes only after a 401)";
  return `${next.due ? "due now" : next.at} (${next.reason})`;
}
var init_describe = __esm({
  "src/roundtrip/describe.ts"() {
    "use strict";
  }
});

// src/app/front-end.ts
var init_front_end = __esm({
  "src/app/front-end.ts"() {
    "use strict";
    init_codex_progress();
    init_resolve_codex();
    init_describe();
  }
});

// src/core/stream.ts
function legacyStreamNameProblem(name2) {
  if (name2.includes("..")) return 'contains ".."';
  if (name2.endsWith(".")) return 'ends in "."';
  if (name2.toLowerCase().endsWith(".lock")) return 'ends in ".lock"';
  return null;
}
function parseStreamName(name2) {
  if (!CHARACTERS.test(name2) || name2 === "..") {
    throw new UsageError(`invalid stream name ${JSON.stringify(name2)}: ${RULE}.`);
  }
  return name2;
}
function legacyStreamMessage(name2, exists) {
  const problem = legacyStreamNameProblem(name2);
  if (problem === null) return null;
  return exists ? `stream name ${JSON.stringify(name2)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.` : `invalid stream name ${JSON.stringify(name2)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}
var CHARACTERS, DEFAULT_STREAM, RULE;
var init_stream = __esm({
  "src/core/stream.ts"() {
    "use strict";
    init_errors();
    CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
    DEFAULT_STREAM = "default";
    RULE = 'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';
  }
});

// src/app/input-values.ts
function parseNumber(text, name2, range) {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < range.min || value > range.max) {
    const what = range.unit ? `a number ${range.unit}` : "a number";
    throw new UsageError(
      `${name2} must be ${what} between ${range.min} and ${range.max}, not ${JSON.stringify(text)}.`
    );
  }
  return value;
}
function parseStreamList(text, name2) {
  const streams = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "").map(parseStreamName);
  if (streams.length === 0) throw new UsageError(`${name2} needs at least one stream name.`);
  return streams;
}
var init_input_values = __esm({
  "src/app/input-values.ts"() {
    "use strict";
    init_errors();
    init_stream();
  }
});

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
var init_lane_spec = __esm({
  "src/core/lane-spec.ts"() {
    "use strict";
    init_errors();
    init_stream();
  }
});

// src/roundtrip/lanes.ts
function isWorkEvent(event) {
  if (!["item.started", "item.updated", "item.completed"].includes(event.type)) return false;
  const item = event.item;
  if (item === null || typeof item !== "object") return false;
  const type = item.type;
  return typeof type === "string" && !TALK_ITEMS.has(type);
}
async function runLanes(request) {
  const now = request.now ?? (() => /* @__PURE__ */ new Date());
  const sleep2 = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
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
      await sleep2(waitMs + 1e3);
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
var TALK_ITEMS;
var init_lanes = __esm({
  "src/roundtrip/lanes.ts"() {
    "use strict";
    init_errors();
    init_lane_spec();
    TALK_ITEMS = /* @__PURE__ */ new Set(["agent_message", "reasoning", "todo_list", "error"]);
  }
});

// node_modules/valibot/dist/index.mjs
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function getDotPath(issue) {
  if (issue.path) {
    let key = "";
    for (const item of issue.path) if (typeof item.key === "string" || typeof item.key === "number") if (key) key += `.${item.key}`;
    else key += item.key;
    else return null;
    return key;
  }
  return null;
}
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input) if (/* @__PURE__ */ _isValidObjectKey(input, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) dataset.value[key] = input[key];
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullish(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullish",
    reference: nullish,
    expects: `(${wrapped.expects} | null | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null || dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null || dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
function parse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  if (dataset.issues) throw new ValiError(dataset.issues);
  return dataset.value;
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store$4, DEFAULT_CONFIG, store$3, store$2, store$1, ValiError, EMOJI_REGEX;
var init_dist = __esm({
  "node_modules/valibot/dist/index.mjs"() {
    DEFAULT_CONFIG = {
      lang: void 0,
      message: void 0,
      abortEarly: void 0,
      abortPipeEarly: void 0
    };
    ValiError = class extends Error {
      /**
      * Creates a Valibot error with useful information.
      *
      * @param issues The error issues.
      */
      constructor(issues) {
        super(issues[0].message);
        this.name = "ValiError";
        this.issues = issues;
      }
    };
    EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
  }
});

// src/core/rfc3339.ts
var RFC3339, rfc3339;
var init_rfc3339 = __esm({
  "src/core/rfc3339.ts"() {
    "use strict";
    init_dist();
    RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
    rfc3339 = pipe(
      string(),
      check(
        (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
        "must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z"
      )
    );
  }
});

// src/core/auth-schema.ts
function describeSchemaIssues(issues) {
  return issues.map((issue) => `${getDotPath(issue) ?? "(top level)"}: ${problemOf(issue)}`);
}
function problemOf(issue) {
  if (issue.type === "check") return issue.message;
  if (issue.input === void 0) return "missing";
  if (issue.type === "picklist") return `must be one of ${issue.expected}`;
  const received = issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input;
  return `expected ${issue.expected}, received ${received}`;
}
var AUTH_MODES, tokensSchema, authFileSchema;
var init_auth_schema = __esm({
  "src/core/auth-schema.ts"() {
    "use strict";
    init_dist();
    init_rfc3339();
    AUTH_MODES = [
      "chatgpt",
      "apikey",
      "chatgptAuthTokens",
      "agentIdentity",
      "personalAccessToken",
      "bedrockApiKey",
      "bedrockAccessKeys"
    ];
    tokensSchema = looseObject({
      id_token: string(),
      access_token: string(),
      refresh_token: string(),
      account_id: nullish(string()),
      login_owner_id: nullish(string()),
      oauth_provenance: optional(unknown())
    });
    authFileSchema = looseObject({
      auth_mode: nullish(picklist(AUTH_MODES)),
      OPENAI_API_KEY: nullish(string()),
      tokens: nullish(tokensSchema),
      last_refresh: nullish(rfc3339),
      agent_identity: optional(unknown()),
      personal_access_token: nullish(string()),
      bedrock_api_key: optional(unknown()),
      bedrock_access_keys: optional(unknown())
    });
  }
});

// node_modules/jose/dist/webapi/lib/buffer_utils.js
function decodeBase64(encoded, url = false) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
var encoder, decoder, strictDecoder, UINT32_RANGE;
var init_buffer_utils = __esm({
  "node_modules/jose/dist/webapi/lib/buffer_utils.js"() {
    encoder = new TextEncoder();
    decoder = new TextDecoder();
    strictDecoder = new TextDecoder("utf-8", { fatal: true });
    UINT32_RANGE = 2 ** 32;
  }
});

// node_modules/jose/dist/webapi/util/errors.js
var JOSEError, JWTInvalid;
var init_errors2 = __esm({
  "node_modules/jose/dist/webapi/util/errors.js"() {
    JOSEError = class extends Error {
      static code = "ERR_JOSE_GENERIC";
      code = "ERR_JOSE_GENERIC";
      constructor(message, options) {
        super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
      }
    };
    JWTInvalid = class extends JOSEError {
      static code = "ERR_JWT_INVALID";
      code = "ERR_JWT_INVALID";
    };
  }
});

// node_modules/jose/dist/webapi/util/base64url.js
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), true);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
var invalid;
var init_base64url = __esm({
  "node_modules/jose/dist/webapi/util/base64url.js"() {
    init_buffer_utils();
    invalid = "The input to be decoded is not correctly encoded.";
  }
});

// node_modules/jose/dist/webapi/lib/validate.js
function isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
var init_validate = __esm({
  "node_modules/jose/dist/webapi/lib/validate.js"() {
  }
});

// node_modules/jose/dist/webapi/util/decode_jwt.js
function decodeJwt(jwt) {
  if (typeof jwt != "string")
    throw new JWTInvalid("JWTs must use Compact JWS serialization, JWT must be a string");
  const { 1: encodedPayload, length: length2 } = jwt.split(".");
  if (length2 === 5)
    throw new JWTInvalid("Only JWTs using Compact JWS serialization can be decoded");
  if (length2 !== 3)
    throw new JWTInvalid("Invalid JWT");
  if (!encodedPayload)
    throw new JWTInvalid("JWTs must contain a payload");
  let claimsSetBytes;
  try {
    claimsSetBytes = decode(encodedPayload);
  } catch (cause) {
    throw new JWTInvalid("Failed to base64url decode the payload", { cause });
  }
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("Failed to parse the decoded payload as JSON", { cause });
  }
  if (!isObject(claimsSet))
    throw new JWTInvalid("Invalid JWT Claims Set");
  return claimsSet;
}
var init_decode_jwt = __esm({
  "node_modules/jose/dist/webapi/util/decode_jwt.js"() {
    init_base64url();
    init_buffer_utils();
    init_validate();
    init_errors2();
  }
});

// node_modules/jose/dist/webapi/index.js
var init_webapi = __esm({
  "node_modules/jose/dist/webapi/index.js"() {
    init_decode_jwt();
  }
});

// src/core/jwt.ts
function decodeJwtLikeCodex(token) {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part2) => part2.length === 0)) {
    return { ok: false, reason: "it is not three non-empty dot-separated parts" };
  }
  if (!parts.every((part2) => UNPADDED_BASE64URL.test(part2))) {
    return { ok: false, reason: "a part is not unpadded base64url" };
  }
  try {
    return { ok: true, claims: decodeJwt(token) };
  } catch {
    return { ok: false, reason: "its payload is not a JSON object" };
  }
}
function jwtExpiry(token) {
  const decoded = decodeJwtLikeCodex(token);
  if (!decoded.ok || typeof decoded.claims.exp !== "number") return null;
  return new Date(decoded.claims.exp * 1e3);
}
var UNPADDED_BASE64URL;
var init_jwt = __esm({
  "src/core/jwt.ts"() {
    "use strict";
    init_webapi();
    UNPADDED_BASE64URL = /^[A-Za-z0-9_-]+$/;
  }
});

// src/core/bundle.ts
var bundle_exports = {};
__export(bundle_exports, {
  RESEED_HINT: () => RESEED_HINT,
  assertStreamable: () => assertStreamable,
  identityClaims: () => identityClaims,
  parseBundle: () => parseBundle,
  secretValues: () => secretValues
});
function parseBundle(raw, origin = "auth.json") {
  let json2;
  try {
    json2 = JSON.parse(raw);
  } catch {
    throw new AuthUnusableError(`${origin} is not valid JSON. ${RESEED_HINT}`);
  }
  if (json2 === null || typeof json2 !== "object" || Array.isArray(json2)) {
    throw new AuthUnusableError(`${origin} must hold a JSON object. ${RESEED_HINT}`);
  }
  const parsed = safeParse(authFileSchema, json2);
  if (!parsed.success) {
    throw new AuthUnusableError(
      `${origin} cannot be read by Codex (${describeSchemaIssues(parsed.issues).join("; ")}). ${RESEED_HINT}`
    );
  }
  const auth = parsed.output;
  if (auth.tokens) {
    const idToken = decodeJwtLikeCodex(auth.tokens.id_token);
    if (!idToken.ok) {
      throw new AuthUnusableError(
        `${origin}: tokens.id_token is malformed (${idToken.reason}); Codex would ignore the whole file and run signed out. ${RESEED_HINT}`
      );
    }
  }
  const authMode = resolveAuthMode(auth);
  return { raw, auth, kind: kindOf(auth, authMode), authMode, fingerprint: fingerprintOf(auth) };
}
function resolveAuthMode(auth) {
  if (auth.auth_mode) return auth.auth_mode;
  if (auth.personal_access_token) return "personalAccessToken";
  return auth.OPENAI_API_KEY ? "apikey" : "chatgpt";
}
function kindOf(auth, mode) {
  switch (mode) {
    case "chatgpt":
      return auth.tokens ? "chatgpt" : "other";
    case "apikey":
      return "api_key";
    case "personalAccessToken":
      return "personal_access_token";
    default:
      return "other";
  }
}
function fingerprintOf(auth) {
  const canonical2 = JSON.stringify([
    auth.tokens?.id_token ?? null,
    auth.tokens?.access_token ?? null,
    auth.tokens?.refresh_token ?? null,
    auth.tokens?.account_id ?? null,
    auth.OPENAI_API_KEY ?? null,
    auth.personal_access_token ?? null
  ]);
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(canonical2).digest("hex").slice(0, 16)}`;
}
function secretValues(bundle) {
  const { auth } = bundle;
  const values = [
    auth.tokens?.id_token,
    auth.tokens?.access_token,
    auth.tokens?.refresh_token,
    auth.OPENAI_API_KEY,
    auth.personal_access_token
  ];
  for (const extra of [auth.agent_identity, auth.bedrock_api_key, auth.bedrock_access_keys]) {
    values.push(...stringLeaves(extra));
  }
  return values.filter((value) => typeof value === "string" && value.length >= 8);
}
function stringLeaves(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}
function identityClaims(bundle) {
  const tokens = bundle.auth.tokens;
  if (!tokens) return { email: null, plan: null, accountId: null };
  const decoded = decodeJwtLikeCodex(tokens.id_token);
  const claims = decoded.ok ? decoded.claims : {};
  const openai = claims[OPENAI_AUTH_CLAIM];
  const openaiClaims = openai && typeof openai === "object" ? openai : {};
  const text = (value) => typeof value === "string" && value !== "" ? value : null;
  return {
    email: text(claims.email),
    plan: text(openaiClaims.chatgpt_plan_type),
    accountId: text(tokens.account_id) ?? text(openaiClaims.chatgpt_account_id)
  };
}
function assertStreamable(bundle, origin) {
  if (bundle.kind === "api_key") {
    throw new AuthUnusableError(
      `${origin} holds an API key, not a ChatGPT login. API keys do not rotate and need no stream: pass the key to Codex as CODEX_API_KEY instead (in the Action, the \`api-key\` input).`
    );
  }
  if (bundle.kind === "personal_access_token") {
    throw new AuthUnusableError(
      `${origin} holds a personal access token, not a ChatGPT login. Access tokens do not rotate and need no stream: pass it to Codex as CODEX_ACCESS_TOKEN instead (in the Action, the \`access-token\` input).`
    );
  }
  if (bundle.kind !== "chatgpt" || !bundle.auth.tokens) {
    throw new AuthUnusableError(
      `${origin} holds no ChatGPT tokens (auth_mode ${bundle.authMode}). ${RESEED_HINT}`
    );
  }
  if (bundle.auth.tokens.refresh_token === "") {
    throw new AuthUnusableError(`${origin}: tokens.refresh_token is empty. ${RESEED_HINT}`);
  }
}
var import_node_crypto, OPENAI_AUTH_CLAIM, RESEED_HINT;
var init_bundle = __esm({
  "src/core/bundle.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_dist();
    init_auth_schema();
    init_errors();
    init_jwt();
    OPENAI_AUTH_CLAIM = "https://api.openai.com/auth";
    RESEED_HINT = "Sign in again on a trusted machine (`codex login`, or `codex login --device-auth`) and reseed the stream with `codex-auth seed --force --auth-file ~/.codex/auth.json ...`.";
  }
});

// node_modules/@noble/ciphers/utils.js
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
function abool(value, title = "") {
  if (typeof value !== "boolean")
    throw new TypeError(atitle(title) + "expected boolean, got type=" + typeof value);
  return value;
}
function anumber(n, title = "") {
  if (typeof n !== "number")
    throw new TypeError(atitle(title) + "expected number, got " + typeof n);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
  return n;
}
function abytes(value, length2, title = "") {
  if (isBytes(value) && (length2 === void 0 || value.length === length2))
    return value;
  if (length2 !== void 0)
    anumber(length2, "length");
  const bytes = isBytes(value);
  const ofLen = length2 !== void 0 ? ` of length ${length2}` : "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message);
  throw new RangeError(message);
}
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function u32(arr) {
  return new Uint32Array(arr.buffer, arr.byteOffset, Math.floor(arr.byteLength / 4));
}
function clean(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function byteSwap(word) {
  return word << 24 & 4278190080 | word << 8 & 16711680 | word >>> 8 & 65280 | word >>> 24 & 255;
}
function byteSwap32(arr) {
  for (let i = 0; i < arr.length; i++) {
    arr[i] = byteSwap(arr[i]);
  }
  return arr;
}
function overlapBytes(a, b) {
  if (!a.byteLength || !b.byteLength)
    return false;
  return a.buffer === b.buffer && // best we can do, may fail with an obscure Proxy
  a.byteOffset < b.byteOffset + b.byteLength && // a starts before b end
  b.byteOffset < a.byteOffset + a.byteLength;
}
function complexOverlapBytes(input, output) {
  if (overlapBytes(input, output) && input.byteOffset < output.byteOffset)
    throw new Error("complex overlap of input and output is not supported");
}
function checkOpts(defaults, opts) {
  aobject(defaults, "defaults");
  aobject(opts, "opts");
  const merged = Object.assign(defaults, opts);
  return merged;
}
function equalBytes(a, b) {
  a = abytes(a);
  b = abytes(b);
  if (a.length !== b.length)
    return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++)
    diff |= a[i] ^ b[i];
  return diff === 0;
}
function wrapMacConstructor(keyLen, macCons, fromMsg) {
  const mac = macCons;
  const getArgs = fromMsg || (() => []);
  const macC = (msg, key) => mac(key, ...getArgs(msg)).update(msg).digest();
  const tmp = mac(new Uint8Array(keyLen), ...getArgs(new Uint8Array(0)));
  macC.outputLen = tmp.outputLen;
  macC.blockLen = tmp.blockLen;
  macC.create = (key, ...args) => mac(key, ...args);
  return macC;
}
function getOutput(expectedLength, out, onlyAligned = true) {
  if (out === void 0)
    return new Uint8Array(expectedLength);
  abytes(out, expectedLength, "output");
  if (onlyAligned && !isAligned32(out))
    throw new Error("invalid output, must be aligned");
  return out;
}
function u64Lengths(dataLength, aadLength, isLE2) {
  anumber(dataLength);
  anumber(aadLength);
  abool(isLE2);
  const num = new Uint8Array(16);
  const view = createView(num);
  view.setBigUint64(0, BigInt(aadLength), isLE2);
  view.setBigUint64(8, BigInt(dataLength), isLE2);
  return num;
}
function isAligned32(bytes) {
  return bytes.byteOffset % 4 === 0;
}
function copyBytes(bytes) {
  return Uint8Array.from(abytes(bytes));
}
function randomBytes(bytesLength = 32) {
  anumber(bytesLength, "bytesLength");
  const cr = typeof globalThis === "object" ? globalThis.crypto : null;
  if (typeof cr?.getRandomValues !== "function")
    throw new Error("crypto.getRandomValues must be defined");
  if (bytesLength > 65536)
    throw new RangeError(`"bytesLength" expected <= 65536, got ${bytesLength}`);
  return cr.getRandomValues(new Uint8Array(bytesLength));
}
var atitle, aobject, isLE, swap32IfBE, wrapCipher;
var init_utils = __esm({
  "node_modules/@noble/ciphers/utils.js"() {
    atitle = (title) => title ? `"${title}" ` : "";
    aobject = (value, label) => {
      if (value === null || typeof value !== "object" || Array.isArray(value))
        throw new TypeError(label === "object" ? "expected valid options object" : `"${label}" expected object, got type=${typeof value}`);
    };
    isLE = /* @__PURE__ */ (() => new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68)();
    swap32IfBE = isLE ? (u) => u : byteSwap32;
    wrapCipher = /* @__NO_SIDE_EFFECTS__ */ (params, constructor) => {
      function wrappedCipher(key, ...args) {
        abytes(key, void 0, "key");
        if (params.nonceLength !== void 0) {
          const nonce = args[0];
          abytes(nonce, params.varSizeNonce ? void 0 : params.nonceLength, "nonce");
        }
        const tagl = params.tagLength;
        const aadStart = params.nonceLength !== void 0 ? 1 : 0;
        if (!params.withAAD) {
          for (let i = aadStart; i < args.length; i++)
            if (isBytes(args[i]))
              throw new Error("AAD not supported");
        }
        if (params.withAAD && args[aadStart] !== void 0)
          abytes(args[aadStart], void 0, "AAD");
        const cipher2 = constructor(key, ...args);
        const checkOutput = (fnLength, output) => {
          if (output !== void 0) {
            if (fnLength !== 2)
              throw new Error("cipher output not supported");
            abytes(output, void 0, "output");
          }
        };
        let called = false;
        const wrCipher = {
          encrypt(data, output) {
            if (called)
              throw new Error("cannot encrypt() twice with same key + nonce");
            called = true;
            abytes(data, void 0, "data");
            checkOutput(cipher2.encrypt.length, output);
            return cipher2.encrypt(data, output);
          },
          decrypt(data, output) {
            abytes(data, void 0, "data");
            if (tagl && data.length < tagl)
              throw new Error('"ciphertext" expected length >= tagLength=' + tagl);
            checkOutput(cipher2.decrypt.length, output);
            return cipher2.decrypt(data, output);
          }
        };
        return wrCipher;
      }
      Object.assign(wrappedCipher, params);
      return wrappedCipher;
    };
  }
});

// node_modules/@noble/ciphers/_arx.js
function rotl(a, b) {
  return a << b | a >>> 32 - b;
}
function runCipher(core, sigma, key, nonce, data, output, counter, rounds) {
  const len = data.length;
  const block = new Uint8Array(BLOCK_LEN);
  const b32 = u32(block);
  const isAligned = isLE && isAligned32(data) && isAligned32(output);
  const d32 = isAligned ? u32(data) : U32_EMPTY;
  const o32 = isAligned ? u32(output) : U32_EMPTY;
  if (!isLE) {
    for (let pos = 0; pos < len; counter++) {
      core(sigma, key, nonce, b32, counter, rounds);
      swap32IfBE(b32);
      if (counter >= MAX_COUNTER)
        throw new Error("arx: counter overflow");
      const take = Math.min(BLOCK_LEN, len - pos);
      for (let j = 0, posj; j < take; j++) {
        posj = pos + j;
        output[posj] = data[posj] ^ block[j];
      }
      pos += take;
    }
    return;
  }
  for (let pos = 0; pos < len; counter++) {
    core(sigma, key, nonce, b32, counter, rounds);
    if (counter >= MAX_COUNTER)
      throw new Error("arx: counter overflow");
    const take = Math.min(BLOCK_LEN, len - pos);
    if (isAligned && take === BLOCK_LEN) {
      const pos32 = pos / 4;
      if (pos % 4 !== 0)
        throw new Error("arx: invalid block position");
      for (let j = 0, posj; j < BLOCK_LEN32; j++) {
        posj = pos32 + j;
        o32[posj] = d32[posj] ^ b32[j];
      }
      pos += BLOCK_LEN;
      continue;
    }
    for (let j = 0, posj; j < take; j++) {
      posj = pos + j;
      output[posj] = data[posj] ^ block[j];
    }
    pos += take;
  }
}
function createCipher(core, opts) {
  const { allowShortKeys, extendNonceFn, counterLength, counterRight, rounds } = checkOpts({ allowShortKeys: false, counterLength: 8, counterRight: false, rounds: 20 }, opts);
  if (typeof core !== "function")
    throw new Error("core must be a function");
  anumber(counterLength);
  anumber(rounds);
  abool(counterRight);
  abool(allowShortKeys);
  return (key, nonce, data, output, counter = 0) => {
    abytes(key, void 0, "key");
    abytes(nonce, void 0, "nonce");
    abytes(data, void 0, "data");
    const len = data.length;
    const hasOutput = output !== void 0;
    output = getOutput(len, output, false);
    if (hasOutput)
      complexOverlapBytes(data, output);
    anumber(counter);
    if (counter < 0 || counter >= MAX_COUNTER)
      throw new Error("arx: counter overflow");
    const toClean = [];
    let l = key.length;
    let k;
    let sigma;
    if (l === 32) {
      toClean.push(k = copyBytes(key));
      sigma = sigma32_32;
    } else if (l === 16 && allowShortKeys) {
      k = new Uint8Array(32);
      k.set(key);
      k.set(key, 16);
      sigma = sigma16_32;
      toClean.push(k);
    } else {
      abytes(key, 32, "arx key");
      throw new Error("invalid key size");
    }
    if (!isLE || !isAligned32(nonce))
      toClean.push(nonce = copyBytes(nonce));
    let k32 = u32(k);
    if (extendNonceFn) {
      if (nonce.length !== 24)
        throw new Error("arx: extended nonce must be 24 bytes");
      const n16 = nonce.subarray(0, 16);
      if (isLE)
        extendNonceFn(sigma, k32, u32(n16), k32);
      else {
        const sigmaRaw = swap32IfBE(Uint32Array.from(sigma));
        extendNonceFn(sigmaRaw, k32, u32(n16), k32);
        clean(sigmaRaw);
        swap32IfBE(k32);
      }
      nonce = nonce.subarray(16);
    } else if (!isLE)
      swap32IfBE(k32);
    const nonceNcLen = 16 - counterLength;
    if (nonceNcLen !== nonce.length)
      throw new Error(`arx: nonce must be ${nonceNcLen} or 16 bytes`);
    if (nonceNcLen !== 12) {
      const nc = new Uint8Array(12);
      nc.set(nonce, counterRight ? 0 : 12 - nonce.length);
      nonce = nc;
      toClean.push(nonce);
    }
    const n32 = swap32IfBE(u32(nonce));
    try {
      runCipher(core, sigma, k32, n32, data, output, counter, rounds);
      return output;
    } finally {
      clean(...toClean);
    }
  };
}
var encodeStr, sigma16_32, sigma32_32, BLOCK_LEN, BLOCK_LEN32, MAX_COUNTER, U32_EMPTY, _XorStreamPRG, createPRG;
var init_arx = __esm({
  "node_modules/@noble/ciphers/_arx.js"() {
    init_utils();
    encodeStr = (str) => Uint8Array.from(str.split(""), (c) => c.charCodeAt(0));
    sigma16_32 = /* @__PURE__ */ (() => swap32IfBE(u32(encodeStr("expand 16-byte k"))))();
    sigma32_32 = /* @__PURE__ */ (() => swap32IfBE(u32(encodeStr("expand 32-byte k"))))();
    BLOCK_LEN = 64;
    BLOCK_LEN32 = 16;
    MAX_COUNTER = /* @__PURE__ */ (() => 2 ** 32 - 1)();
    U32_EMPTY = /* @__PURE__ */ Uint32Array.of();
    _XorStreamPRG = class __XorStreamPRG {
      blockLen;
      keyLen;
      nonceLen;
      state;
      buf;
      key;
      nonce;
      pos;
      ctr;
      cipher;
      destroyed = false;
      constructor(cipher2, blockLen, keyLen, nonceLen, seed2) {
        this.cipher = cipher2;
        this.blockLen = blockLen;
        this.keyLen = keyLen;
        this.nonceLen = nonceLen;
        this.state = new Uint8Array(this.keyLen + this.nonceLen);
        this.reseed(seed2);
        this.ctr = 0;
        this.pos = this.blockLen;
        this.buf = new Uint8Array(this.blockLen);
        this.key = this.state.subarray(0, this.keyLen);
        this.nonce = this.state.subarray(this.keyLen);
      }
      reseed(seed2) {
        abytes(seed2, void 0, "seed");
        if (!seed2 || seed2.length === 0)
          throw new Error("entropy required");
        for (let i = 0; i < seed2.length; i++)
          this.state[i % this.state.length] ^= seed2[i];
        this.ctr = 0;
        this.pos = this.blockLen;
      }
      addEntropy(seed2) {
        if (this.destroyed)
          throw new Error("cannot use destroyed PRG");
        abytes(seed2, void 0, "seed");
        if (seed2.length === 0)
          throw new Error("entropy required");
        this.state.set(this.randomBytes(this.state.length));
        this.reseed(seed2);
      }
      randomBytes(len) {
        if (this.destroyed)
          throw new Error("cannot use destroyed PRG");
        anumber(len);
        if (len === 0)
          return new Uint8Array(0);
        const avail = this.pos < this.blockLen ? this.blockLen - this.pos : 0;
        const blocks = Math.ceil(Math.max(0, len - avail) / this.blockLen);
        if (blocks > 0 && this.ctr > MAX_COUNTER - blocks)
          throw new Error("arx: counter overflow");
        const out = new Uint8Array(len);
        let outPos = 0;
        if (this.pos < this.blockLen) {
          const take = Math.min(len, this.blockLen - this.pos);
          out.set(this.buf.subarray(this.pos, this.pos + take), 0);
          this.pos += take;
          outPos += take;
          if (outPos === len)
            return out;
        }
        const full = Math.floor((len - outPos) / this.blockLen);
        if (full > 0) {
          const blockBytes = full * this.blockLen;
          const b = out.subarray(outPos, outPos + blockBytes);
          this.cipher(this.key, this.nonce, b, b, this.ctr);
          this.ctr += full;
          outPos += blockBytes;
        }
        const left = len - outPos;
        if (left > 0) {
          this.buf.fill(0);
          this.cipher(this.key, this.nonce, this.buf, this.buf, this.ctr++);
          out.set(this.buf.subarray(0, left), outPos);
          this.pos = left;
        }
        return out;
      }
      // Clone seeds the new instance from this stream, so the source PRG advances too.
      clone() {
        if (this.destroyed)
          throw new Error("cannot use destroyed PRG");
        return new __XorStreamPRG(this.cipher, this.blockLen, this.keyLen, this.nonceLen, this.randomBytes(this.state.length));
      }
      // Zeroes the current state, leftover buffer, and marks the instance destroyed.
      // The instance fails closed: any later randomBytes()/addEntropy()/clone() throws instead
      // of silently continuing from zero key||nonce state (which would yield predictable output).
      clean() {
        this.pos = 0;
        this.ctr = 0;
        this.buf.fill(0);
        this.state.fill(0);
        this.destroyed = true;
      }
    };
    createPRG = (cipher2, blockLen, keyLen, nonceLen) => {
      return ((seed2 = randomBytes(32)) => new _XorStreamPRG(cipher2, blockLen, keyLen, nonceLen, seed2));
    };
  }
});

// node_modules/@noble/ciphers/_poly1305.js
function u8to16(a, i) {
  return a[i++] & 255 | (a[i++] & 255) << 8;
}
var Poly1305, poly1305;
var init_poly1305 = __esm({
  "node_modules/@noble/ciphers/_poly1305.js"() {
    init_utils();
    Poly1305 = class {
      blockLen = 16;
      outputLen = 16;
      buffer = new Uint8Array(16);
      r = new Uint16Array(10);
      // Allocating 1 array with .subarray() here is slower than 3
      h = new Uint16Array(10);
      pad = new Uint16Array(8);
      pos = 0;
      finished = false;
      destroyed = false;
      // Can be speed-up using BigUint64Array, at the cost of complexity
      constructor(key) {
        key = copyBytes(abytes(key, 32, "key"));
        const t0 = u8to16(key, 0);
        const t1 = u8to16(key, 2);
        const t2 = u8to16(key, 4);
        const t3 = u8to16(key, 6);
        const t4 = u8to16(key, 8);
        const t5 = u8to16(key, 10);
        const t6 = u8to16(key, 12);
        const t7 = u8to16(key, 14);
        this.r[0] = t0 & 8191;
        this.r[1] = (t0 >>> 13 | t1 << 3) & 8191;
        this.r[2] = (t1 >>> 10 | t2 << 6) & 7939;
        this.r[3] = (t2 >>> 7 | t3 << 9) & 8191;
        this.r[4] = (t3 >>> 4 | t4 << 12) & 255;
        this.r[5] = t4 >>> 1 & 8190;
        this.r[6] = (t4 >>> 14 | t5 << 2) & 8191;
        this.r[7] = (t5 >>> 11 | t6 << 5) & 8065;
        this.r[8] = (t6 >>> 8 | t7 << 8) & 8191;
        this.r[9] = t7 >>> 5 & 127;
        for (let i = 0; i < 8; i++)
          this.pad[i] = u8to16(key, 16 + 2 * i);
      }
      process(data, offset, isLast = false) {
        const hibit = isLast ? 0 : 1 << 11;
        const { h, r } = this;
        const r0 = r[0];
        const r1 = r[1];
        const r2 = r[2];
        const r3 = r[3];
        const r4 = r[4];
        const r5 = r[5];
        const r6 = r[6];
        const r7 = r[7];
        const r8 = r[8];
        const r9 = r[9];
        const t0 = u8to16(data, offset + 0);
        const t1 = u8to16(data, offset + 2);
        const t2 = u8to16(data, offset + 4);
        const t3 = u8to16(data, offset + 6);
        const t4 = u8to16(data, offset + 8);
        const t5 = u8to16(data, offset + 10);
        const t6 = u8to16(data, offset + 12);
        const t7 = u8to16(data, offset + 14);
        let h0 = h[0] + (t0 & 8191);
        let h1 = h[1] + ((t0 >>> 13 | t1 << 3) & 8191);
        let h2 = h[2] + ((t1 >>> 10 | t2 << 6) & 8191);
        let h3 = h[3] + ((t2 >>> 7 | t3 << 9) & 8191);
        let h4 = h[4] + ((t3 >>> 4 | t4 << 12) & 8191);
        let h5 = h[5] + (t4 >>> 1 & 8191);
        let h6 = h[6] + ((t4 >>> 14 | t5 << 2) & 8191);
        let h7 = h[7] + ((t5 >>> 11 | t6 << 5) & 8191);
        let h8 = h[8] + ((t6 >>> 8 | t7 << 8) & 8191);
        let h9 = h[9] + (t7 >>> 5 | hibit);
        let c = 0;
        let d0 = c + h0 * r0 + h1 * (5 * r9) + h2 * (5 * r8) + h3 * (5 * r7) + h4 * (5 * r6);
        c = d0 >>> 13;
        d0 &= 8191;
        d0 += h5 * (5 * r5) + h6 * (5 * r4) + h7 * (5 * r3) + h8 * (5 * r2) + h9 * (5 * r1);
        c += d0 >>> 13;
        d0 &= 8191;
        let d1 = c + h0 * r1 + h1 * r0 + h2 * (5 * r9) + h3 * (5 * r8) + h4 * (5 * r7);
        c = d1 >>> 13;
        d1 &= 8191;
        d1 += h5 * (5 * r6) + h6 * (5 * r5) + h7 * (5 * r4) + h8 * (5 * r3) + h9 * (5 * r2);
        c += d1 >>> 13;
        d1 &= 8191;
        let d2 = c + h0 * r2 + h1 * r1 + h2 * r0 + h3 * (5 * r9) + h4 * (5 * r8);
        c = d2 >>> 13;
        d2 &= 8191;
        d2 += h5 * (5 * r7) + h6 * (5 * r6) + h7 * (5 * r5) + h8 * (5 * r4) + h9 * (5 * r3);
        c += d2 >>> 13;
        d2 &= 8191;
        let d3 = c + h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * (5 * r9);
        c = d3 >>> 13;
        d3 &= 8191;
        d3 += h5 * (5 * r8) + h6 * (5 * r7) + h7 * (5 * r6) + h8 * (5 * r5) + h9 * (5 * r4);
        c += d3 >>> 13;
        d3 &= 8191;
        let d4 = c + h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0;
        c = d4 >>> 13;
        d4 &= 8191;
        d4 += h5 * (5 * r9) + h6 * (5 * r8) + h7 * (5 * r7) + h8 * (5 * r6) + h9 * (5 * r5);
        c += d4 >>> 13;
        d4 &= 8191;
        let d5 = c + h0 * r5 + h1 * r4 + h2 * r3 + h3 * r2 + h4 * r1;
        c = d5 >>> 13;
        d5 &= 8191;
        d5 += h5 * r0 + h6 * (5 * r9) + h7 * (5 * r8) + h8 * (5 * r7) + h9 * (5 * r6);
        c += d5 >>> 13;
        d5 &= 8191;
        let d6 = c + h0 * r6 + h1 * r5 + h2 * r4 + h3 * r3 + h4 * r2;
        c = d6 >>> 13;
        d6 &= 8191;
        d6 += h5 * r1 + h6 * r0 + h7 * (5 * r9) + h8 * (5 * r8) + h9 * (5 * r7);
        c += d6 >>> 13;
        d6 &= 8191;
        let d7 = c + h0 * r7 + h1 * r6 + h2 * r5 + h3 * r4 + h4 * r3;
        c = d7 >>> 13;
        d7 &= 8191;
        d7 += h5 * r2 + h6 * r1 + h7 * r0 + h8 * (5 * r9) + h9 * (5 * r8);
        c += d7 >>> 13;
        d7 &= 8191;
        let d8 = c + h0 * r8 + h1 * r7 + h2 * r6 + h3 * r5 + h4 * r4;
        c = d8 >>> 13;
        d8 &= 8191;
        d8 += h5 * r3 + h6 * r2 + h7 * r1 + h8 * r0 + h9 * (5 * r9);
        c += d8 >>> 13;
        d8 &= 8191;
        let d9 = c + h0 * r9 + h1 * r8 + h2 * r7 + h3 * r6 + h4 * r5;
        c = d9 >>> 13;
        d9 &= 8191;
        d9 += h5 * r4 + h6 * r3 + h7 * r2 + h8 * r1 + h9 * r0;
        c += d9 >>> 13;
        d9 &= 8191;
        c = (c << 2) + c | 0;
        c = c + d0 | 0;
        d0 = c & 8191;
        c = c >>> 13;
        d1 += c;
        h[0] = d0;
        h[1] = d1;
        h[2] = d2;
        h[3] = d3;
        h[4] = d4;
        h[5] = d5;
        h[6] = d6;
        h[7] = d7;
        h[8] = d8;
        h[9] = d9;
      }
      finalize() {
        const { h, pad } = this;
        const g = new Uint16Array(10);
        let c = h[1] >>> 13;
        h[1] &= 8191;
        for (let i = 2; i < 10; i++) {
          h[i] += c;
          c = h[i] >>> 13;
          h[i] &= 8191;
        }
        h[0] += c * 5;
        c = h[0] >>> 13;
        h[0] &= 8191;
        h[1] += c;
        c = h[1] >>> 13;
        h[1] &= 8191;
        h[2] += c;
        g[0] = h[0] + 5;
        c = g[0] >>> 13;
        g[0] &= 8191;
        for (let i = 1; i < 10; i++) {
          g[i] = h[i] + c;
          c = g[i] >>> 13;
          g[i] &= 8191;
        }
        g[9] -= 1 << 13;
        let mask = (c ^ 1) - 1;
        for (let i = 0; i < 10; i++)
          g[i] &= mask;
        mask = ~mask;
        for (let i = 0; i < 10; i++)
          h[i] = h[i] & mask | g[i];
        h[0] = (h[0] | h[1] << 13) & 65535;
        h[1] = (h[1] >>> 3 | h[2] << 10) & 65535;
        h[2] = (h[2] >>> 6 | h[3] << 7) & 65535;
        h[3] = (h[3] >>> 9 | h[4] << 4) & 65535;
        h[4] = (h[4] >>> 12 | h[5] << 1 | h[6] << 14) & 65535;
        h[5] = (h[6] >>> 2 | h[7] << 11) & 65535;
        h[6] = (h[7] >>> 5 | h[8] << 8) & 65535;
        h[7] = (h[8] >>> 8 | h[9] << 5) & 65535;
        let f = h[0] + pad[0];
        h[0] = f & 65535;
        for (let i = 1; i < 8; i++) {
          f = (h[i] + pad[i] | 0) + (f >>> 16) | 0;
          h[i] = f & 65535;
        }
        clean(g);
      }
      update(data) {
        aexists(this);
        abytes(data);
        data = copyBytes(data);
        const { buffer, blockLen } = this;
        const len = data.length;
        for (let pos = 0; pos < len; ) {
          const take = Math.min(blockLen - this.pos, len - pos);
          if (take === blockLen) {
            for (; blockLen <= len - pos; pos += blockLen)
              this.process(data, pos);
            continue;
          }
          buffer.set(data.subarray(pos, pos + take), this.pos);
          this.pos += take;
          pos += take;
          if (this.pos === blockLen) {
            this.process(buffer, 0, false);
            this.pos = 0;
          }
        }
        return this;
      }
      destroy() {
        this.destroyed = true;
        clean(this.h, this.r, this.buffer, this.pad);
      }
      digestInto(out) {
        aexists(this);
        aoutput(out, this);
        this.finished = true;
        const { buffer, h } = this;
        let { pos } = this;
        if (pos) {
          buffer[pos++] = 1;
          for (; pos < 16; pos++)
            buffer[pos] = 0;
          this.process(buffer, 0, true);
        }
        this.finalize();
        let opos = 0;
        for (let i = 0; i < 8; i++) {
          out[opos++] = h[i] >>> 0;
          out[opos++] = h[i] >>> 8;
        }
      }
      digest() {
        const { buffer, outputLen } = this;
        this.digestInto(buffer);
        const res = buffer.slice(0, outputLen);
        this.destroy();
        return res;
      }
    };
    poly1305 = /* @__PURE__ */ wrapMacConstructor(32, (key) => new Poly1305(key));
  }
});

// node_modules/@noble/ciphers/chacha.js
var chacha_exports = {};
__export(chacha_exports, {
  __TESTS: () => __TESTS,
  _poly1305_aead: () => _poly1305_aead,
  chacha12: () => chacha12,
  chacha20: () => chacha20,
  chacha20orig: () => chacha20orig,
  chacha20poly1305: () => chacha20poly1305,
  chacha8: () => chacha8,
  hchacha: () => hchacha,
  rngChacha20: () => rngChacha20,
  rngChacha8: () => rngChacha8,
  xchacha20: () => xchacha20,
  xchacha20poly1305: () => xchacha20poly1305
});
function chachaCore(s, k, n, out, cnt, rounds = 20) {
  let y00 = s[0], y01 = s[1], y02 = s[2], y03 = s[3], y04 = k[0], y05 = k[1], y06 = k[2], y07 = k[3], y08 = k[4], y09 = k[5], y10 = k[6], y11 = k[7], y12 = cnt, y13 = n[0], y14 = n[1], y15 = n[2];
  let x00 = y00, x01 = y01, x02 = y02, x03 = y03, x04 = y04, x05 = y05, x06 = y06, x07 = y07, x08 = y08, x09 = y09, x10 = y10, x11 = y11, x12 = y12, x13 = y13, x14 = y14, x15 = y15;
  for (let r = 0; r < rounds; r += 2) {
    x00 = x00 + x04 | 0;
    x12 = rotl(x12 ^ x00, 16);
    x08 = x08 + x12 | 0;
    x04 = rotl(x04 ^ x08, 12);
    x00 = x00 + x04 | 0;
    x12 = rotl(x12 ^ x00, 8);
    x08 = x08 + x12 | 0;
    x04 = rotl(x04 ^ x08, 7);
    x01 = x01 + x05 | 0;
    x13 = rotl(x13 ^ x01, 16);
    x09 = x09 + x13 | 0;
    x05 = rotl(x05 ^ x09, 12);
    x01 = x01 + x05 | 0;
    x13 = rotl(x13 ^ x01, 8);
    x09 = x09 + x13 | 0;
    x05 = rotl(x05 ^ x09, 7);
    x02 = x02 + x06 | 0;
    x14 = rotl(x14 ^ x02, 16);
    x10 = x10 + x14 | 0;
    x06 = rotl(x06 ^ x10, 12);
    x02 = x02 + x06 | 0;
    x14 = rotl(x14 ^ x02, 8);
    x10 = x10 + x14 | 0;
    x06 = rotl(x06 ^ x10, 7);
    x03 = x03 + x07 | 0;
    x15 = rotl(x15 ^ x03, 16);
    x11 = x11 + x15 | 0;
    x07 = rotl(x07 ^ x11, 12);
    x03 = x03 + x07 | 0;
    x15 = rotl(x15 ^ x03, 8);
    x11 = x11 + x15 | 0;
    x07 = rotl(x07 ^ x11, 7);
    x00 = x00 + x05 | 0;
    x15 = rotl(x15 ^ x00, 16);
    x10 = x10 + x15 | 0;
    x05 = rotl(x05 ^ x10, 12);
    x00 = x00 + x05 | 0;
    x15 = rotl(x15 ^ x00, 8);
    x10 = x10 + x15 | 0;
    x05 = rotl(x05 ^ x10, 7);
    x01 = x01 + x06 | 0;
    x12 = rotl(x12 ^ x01, 16);
    x11 = x11 + x12 | 0;
    x06 = rotl(x06 ^ x11, 12);
    x01 = x01 + x06 | 0;
    x12 = rotl(x12 ^ x01, 8);
    x11 = x11 + x12 | 0;
    x06 = rotl(x06 ^ x11, 7);
    x02 = x02 + x07 | 0;
    x13 = rotl(x13 ^ x02, 16);
    x08 = x08 + x13 | 0;
    x07 = rotl(x07 ^ x08, 12);
    x02 = x02 + x07 | 0;
    x13 = rotl(x13 ^ x02, 8);
    x08 = x08 + x13 | 0;
    x07 = rotl(x07 ^ x08, 7);
    x03 = x03 + x04 | 0;
    x14 = rotl(x14 ^ x03, 16);
    x09 = x09 + x14 | 0;
    x04 = rotl(x04 ^ x09, 12);
    x03 = x03 + x04 | 0;
    x14 = rotl(x14 ^ x03, 8);
    x09 = x09 + x14 | 0;
    x04 = rotl(x04 ^ x09, 7);
  }
  let oi = 0;
  out[oi++] = y00 + x00 | 0;
  out[oi++] = y01 + x01 | 0;
  out[oi++] = y02 + x02 | 0;
  out[oi++] = y03 + x03 | 0;
  out[oi++] = y04 + x04 | 0;
  out[oi++] = y05 + x05 | 0;
  out[oi++] = y06 + x06 | 0;
  out[oi++] = y07 + x07 | 0;
  out[oi++] = y08 + x08 | 0;
  out[oi++] = y09 + x09 | 0;
  out[oi++] = y10 + x10 | 0;
  out[oi++] = y11 + x11 | 0;
  out[oi++] = y12 + x12 | 0;
  out[oi++] = y13 + x13 | 0;
  out[oi++] = y14 + x14 | 0;
  out[oi++] = y15 + x15 | 0;
}
function hchacha(s, k, i, out) {
  const s2 = isLE ? s : swap32IfBE(s.slice(0, 4));
  const k2 = isLE ? k : swap32IfBE(k.slice(0, 8));
  const i2 = isLE ? i : swap32IfBE(i.slice(0, 4));
  const t = new Uint32Array(16);
  chachaCore(s2, k2, i2.subarray(1), t, i2[0]);
  let oi = 0;
  out[oi++] = t[0] - s2[0] | 0;
  out[oi++] = t[1] - s2[1] | 0;
  out[oi++] = t[2] - s2[2] | 0;
  out[oi++] = t[3] - s2[3] | 0;
  out[oi++] = t[12] - i2[0] | 0;
  out[oi++] = t[13] - i2[1] | 0;
  out[oi++] = t[14] - i2[2] | 0;
  out[oi++] = t[15] - i2[3] | 0;
  swap32IfBE(out);
  if (!isLE)
    clean(s2, k2, i2);
  clean(t);
}
function computeTag(fn, key, nonce, ciphertext, AAD) {
  if (AAD !== void 0)
    abytes(AAD, void 0, "AAD");
  const authKey = fn(key, nonce, ZEROS32);
  const lengths = u64Lengths(ciphertext.length, AAD ? AAD.length : 0, true);
  const h = poly1305.create(authKey);
  if (AAD)
    updatePadded(h, AAD);
  updatePadded(h, ciphertext);
  h.update(lengths);
  const res = h.digest();
  clean(authKey, lengths);
  return res;
}
var chacha20orig, chacha20, xchacha20, chacha8, chacha12, __TESTS, ZEROS16, updatePadded, ZEROS32, _poly1305_aead, chacha20poly1305, xchacha20poly1305, rngChacha20, rngChacha8;
var init_chacha = __esm({
  "node_modules/@noble/ciphers/chacha.js"() {
    init_arx();
    init_poly1305();
    init_utils();
    chacha20orig = /* @__PURE__ */ createCipher(chachaCore, {
      counterRight: false,
      counterLength: 8,
      allowShortKeys: true
    });
    chacha20 = /* @__PURE__ */ createCipher(chachaCore, {
      counterRight: false,
      counterLength: 4,
      allowShortKeys: false
    });
    xchacha20 = /* @__PURE__ */ createCipher(chachaCore, {
      counterRight: false,
      counterLength: 8,
      extendNonceFn: hchacha,
      allowShortKeys: false
    });
    chacha8 = /* @__PURE__ */ createCipher(chachaCore, {
      counterRight: false,
      counterLength: 4,
      rounds: 8
    });
    chacha12 = /* @__PURE__ */ createCipher(chachaCore, {
      counterRight: false,
      counterLength: 4,
      rounds: 12
    });
    __TESTS = /* @__PURE__ */ Object.freeze({ chachaCore });
    ZEROS16 = /* @__PURE__ */ new Uint8Array(16);
    updatePadded = (h, msg) => {
      h.update(msg);
      const leftover = msg.length % 16;
      if (leftover)
        h.update(ZEROS16.subarray(leftover));
    };
    ZEROS32 = /* @__PURE__ */ new Uint8Array(32);
    _poly1305_aead = (xorStream) => (key, nonce, AAD) => {
      const tagLength = 16;
      return {
        encrypt(plaintext, output) {
          const plength = plaintext.length;
          output = getOutput(plength + tagLength, output, false);
          output.set(plaintext);
          const oPlain = output.subarray(0, -tagLength);
          xorStream(key, nonce, oPlain, oPlain, 1);
          const tag = computeTag(xorStream, key, nonce, oPlain, AAD);
          output.set(tag, plength);
          clean(tag);
          return output;
        },
        decrypt(ciphertext, output) {
          output = getOutput(ciphertext.length - tagLength, output, false);
          const data = ciphertext.subarray(0, -tagLength);
          const passedTag = ciphertext.subarray(-tagLength);
          const tag = computeTag(xorStream, key, nonce, data, AAD);
          if (!equalBytes(passedTag, tag)) {
            clean(tag);
            throw new Error("invalid tag");
          }
          output.set(ciphertext.subarray(0, -tagLength));
          xorStream(key, nonce, output, output, 1);
          clean(tag);
          return output;
        }
      };
    };
    chacha20poly1305 = /* @__PURE__ */ wrapCipher(
      { blockSize: 64, nonceLength: 12, tagLength: 16, withAAD: true },
      /* @__PURE__ */ _poly1305_aead(chacha20)
    );
    xchacha20poly1305 = /* @__PURE__ */ wrapCipher(
      { blockSize: 64, nonceLength: 24, tagLength: 16, withAAD: true },
      /* @__PURE__ */ _poly1305_aead(xchacha20)
    );
    rngChacha20 = /* @__PURE__ */ createPRG(chacha20orig, 64, 32, 8);
    rngChacha8 = /* @__PURE__ */ createPRG(chacha8, 64, 32, 12);
  }
});

// src/core/envelope.ts
function associatedData(meta) {
  return new TextEncoder().encode(
    JSON.stringify([
      "codex-auth-envelope",
      meta.version,
      meta.stream,
      meta.generation,
      meta.writtenAt,
      meta.writer,
      meta.lastRefresh,
      meta.fingerprint,
      meta.keyId
    ])
  );
}
async function sealEnvelope(input, key) {
  const meta = {
    version: ENVELOPE_VERSION,
    stream: input.stream,
    generation: input.generation,
    writtenAt: input.now.toISOString(),
    writer: input.writer,
    lastRefresh: input.bundle.auth.last_refresh ?? null,
    fingerprint: input.bundle.fingerprint,
    keyId: key.id
  };
  const xchacha20poly13052 = await cipher();
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = xchacha20poly13052(key.bytes, nonce, associatedData(meta)).encrypt(
    new TextEncoder().encode(input.bundle.raw)
  );
  return {
    ...meta,
    algorithm: ALGORITHM,
    nonce: Buffer.from(nonce).toString("base64"),
    ciphertext: Buffer.from(ciphertext).toString("base64")
  };
}
function serializeEnvelope(envelope) {
  return `${JSON.stringify(envelope, null, 2)}
`;
}
function isEnvelopeText(text) {
  let json2;
  try {
    json2 = JSON.parse(text);
  } catch {
    return /"(generation|keyId|ciphertext)"\s*:/.test(text);
  }
  return typeof json2 === "object" && json2 !== null && "ciphertext" in json2;
}
function parseEnvelope(text, origin) {
  let json2;
  try {
    json2 = JSON.parse(text);
  } catch {
    throw new EnvelopeError(
      `${origin} is not a codex-auth envelope (not JSON). It was not written by codex-auth or is damaged; the file is left as it is. Restore it from a backup, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const version = json2?.version;
  if (version !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      `${origin} has envelope format version ${JSON.stringify(version ?? null)}; this codex-auth reads version ${ENVELOPE_VERSION}. Use the codex-auth release that wrote it, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const parsed = safeParse(envelopeSchema, json2);
  if (!parsed.success) {
    const fields = parsed.issues.map((issue) => getDotPath(issue) ?? "(top level)").join(", ");
    throw new EnvelopeError(
      `${origin} is a damaged envelope (bad fields: ${fields}). The stored copy is left as it is; restore it or reseed with \`codex-auth seed --force\`.`
    );
  }
  return parsed.output;
}
async function openEnvelope(envelope, stream, key, origin) {
  if (envelope.stream !== stream) {
    throw new EnvelopeError(
      `${origin} belongs to stream "${envelope.stream}", not "${stream}": envelopes cannot move between streams. Seed stream "${stream}" with its own login.`
    );
  }
  if (envelope.keyId !== key.id) {
    throw new EnvelopeError(
      `${origin} was sealed with key id ${envelope.keyId}, but CODEX_AUTH_KEY has key id ${key.id}: wrong key. Set CODEX_AUTH_KEY to the key this stream was seeded with (or reseed with \`codex-auth seed --force\`).`
    );
  }
  const xchacha20poly13052 = await cipher();
  let plaintext;
  try {
    const nonce = Buffer.from(envelope.nonce, "base64");
    plaintext = xchacha20poly13052(key.bytes, nonce, associatedData(envelope)).decrypt(
      Buffer.from(envelope.ciphertext, "base64")
    );
  } catch {
    throw new EnvelopeError(
      `${origin} failed authentication: its ciphertext or metadata was changed after it was written (the key id matches). The stored copy is left as it is. Put back the newest copy if you have one (an older generation is refused by the rollback guard: its refresh token was rotated away); otherwise sign in again and reseed with \`codex-auth seed --force\`.`
    );
  }
  const { assertStreamable: assertStreamable2, parseBundle: parseBundle2 } = await Promise.resolve().then(() => (init_bundle(), bundle_exports));
  const bundle = parseBundle2(new TextDecoder().decode(plaintext), `${origin} (decrypted)`);
  assertStreamable2(bundle, `${origin} (decrypted)`);
  if (bundle.fingerprint !== envelope.fingerprint) {
    throw new EnvelopeError(`${origin}: the decrypted bundle does not match the envelope's fingerprint.`);
  }
  return bundle;
}
var ENVELOPE_VERSION, cipher, ALGORITHM, NONCE_BYTES, nonEmpty, envelopeSchema;
var init_envelope = __esm({
  "src/core/envelope.ts"() {
    "use strict";
    init_dist();
    init_rfc3339();
    init_errors();
    ENVELOPE_VERSION = 1;
    cipher = async () => (await Promise.resolve().then(() => (init_chacha(), chacha_exports))).xchacha20poly1305;
    ALGORITHM = "xchacha20poly1305-ietf";
    NONCE_BYTES = 24;
    nonEmpty = pipe(string(), minLength(1));
    envelopeSchema = object({
      version: literal(ENVELOPE_VERSION),
      stream: nonEmpty,
      generation: pipe(number(), integer(), minValue(1)),
      writtenAt: rfc3339,
      writer: string(),
      lastRefresh: nullable(rfc3339),
      fingerprint: nonEmpty,
      keyId: nonEmpty,
      algorithm: literal(ALGORITHM),
      nonce: nonEmpty,
      ciphertext: nonEmpty
    });
  }
});

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
var init_near_names = __esm({
  "src/core/near-names.ts"() {
    "use strict";
  }
});

// src/core/seed-text.ts
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
var BOM, BASE64, SKEW_TOLERANCE_MS;
var init_seed_text = __esm({
  "src/core/seed-text.ts"() {
    "use strict";
    init_errors();
    BOM = "\uFEFF";
    BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
    SKEW_TOLERANCE_MS = 5 * 60 * 1e3;
  }
});

// src/roundtrip/loaded-copy.ts
function storedCopyOf(bundle, generation) {
  return { generation, fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
}
function loadedCopyOf(copy) {
  const { generation, fingerprint, lastRefresh, seeded } = copy;
  return { generation, fingerprint, lastRefresh, seeded };
}
var init_loaded_copy = __esm({
  "src/roundtrip/loaded-copy.ts"() {
    "use strict";
  }
});

// src/roundtrip/load-stream.ts
async function loadStream(ctx, given) {
  refuseLegacyOnGitRef(ctx);
  const envelope = await ctx.store.read();
  checkLegacyStream(ctx, envelope !== null);
  const seed2 = envelope ? given : given ?? await ctx.store.plainSeed?.() ?? void 0;
  if (envelope) {
    const bundle2 = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
    ctx.secrets.add(secretValues(bundle2));
    const skew = futureRefreshWarning(bundle2, `the stored copy of stream "${ctx.stream}"`, ctx.now());
    if (skew) ctx.log.warn(skew);
    if (seed2) {
      ctx.log.info(
        `stream "${ctx.stream}" already holds generation ${envelope.generation}; the seed from ${seed2.origin} is not used (a seed never replaces a stored copy).`
      );
    }
    return { bundle: bundle2, ...storedCopyOf(bundle2, envelope.generation), seeded: false };
  }
  if (!seed2) throw await notSeeded(ctx);
  const bundle = parseSeed(seed2, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  await refuseSeedBelowMark(ctx, seed2.origin);
  await writeBundle(ctx, bundle, 0);
  ctx.log.info(`stream "${ctx.stream}" was empty: stored the seed from ${seed2.origin} as generation 1.`);
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
function parseSeed(seed2, log, now = /* @__PURE__ */ new Date()) {
  const { text, decodedFrom } = normalizeSeedText(seed2.raw, seed2.origin, seed2.pathHint ?? SEED_PATH_HINT);
  const bundle = parseBundle(text, seed2.origin);
  assertStreamable(bundle, seed2.origin);
  if (decodedFrom)
    log?.info(`${seed2.origin} holds base64 of an auth.json; it was decoded and stored as JSON.`);
  const skew = futureRefreshWarning(bundle, seed2.origin, now);
  if (skew) log?.warn(skew);
  return bundle;
}
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
var SEED_PATH_HINT;
var init_load_stream = __esm({
  "src/roundtrip/load-stream.ts"() {
    "use strict";
    init_bundle();
    init_envelope();
    init_errors();
    init_near_names();
    init_stream();
    init_seed_text();
    init_loaded_copy();
    SEED_PATH_HINT = "pass the file with --auth-file PATH (seed) or --seed-file PATH (run, restore)";
  }
});

// src/locks/lock.ts
function describeHolder(holder) {
  if (holder.run) {
    const job = holder.run.job ? `, job ${holder.run.job}` : "";
    return `run ${holder.run.id} (${holder.run.url}${job}, host ${holder.host}, since ${holder.acquiredAt})`;
  }
  const pid = holder.pid === null ? "no pid: a lease that outlives its process" : `pid ${holder.pid}`;
  return `${holder.owner} (host ${holder.host}, ${pid}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}
var init_lock = __esm({
  "src/locks/lock.ts"() {
    "use strict";
  }
});

// src/roundtrip/messages.ts
function reseedMessage(stream, run10, generation) {
  const code = run10.refreshFailure ?? "refresh_failed";
  return `Codex could not refresh the login of stream "${stream}" (${code}): ${REFRESH_FAILURE_CAUSE[code]}. The session is dead; the stored copy (generation ${generation}) was left untouched. ${RESEED_HINT}`;
}
function codexFailedMessage(run10) {
  const how = run10.signal ? `was stopped by ${run10.signal}` : `exited with code ${run10.exitCode}`;
  const last = run10.errorMessages.at(-1);
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
var REFRESH_FAILURE_CAUSE;
var init_messages = __esm({
  "src/roundtrip/messages.ts"() {
    "use strict";
    init_bundle();
    init_lock();
    REFRESH_FAILURE_CAUSE = {
      refresh_token_reused: "the refresh token was already used: another job or machine used this login at the same time, or a copy of this auth.json is in use outside codex-auth",
      refresh_token_expired: "the refresh token has expired (the session was unused for too long)",
      refresh_token_invalidated: "the refresh token was revoked (signed out elsewhere, password change, or admin action)",
      refresh_failed: "the token endpoint rejected the refresh token"
    };
  }
});

// src/core/inspect.ts
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
var PROACTIVE_EXPIRY_WINDOW_MS, SCHEDULED_REFRESH_AFTER_MS, DAY_MS, NO_REFRESH;
var init_inspect = __esm({
  "src/core/inspect.ts"() {
    "use strict";
    init_bundle();
    init_jwt();
    PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1e3;
    SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1e3;
    DAY_MS = 24 * 60 * 60 * 1e3;
    NO_REFRESH = { due: false, reason: null, at: null };
  }
});

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
function startFrom(result, loaded2) {
  Object.assign(result, {
    generation: loaded2.generation,
    seeded: loaded2.seeded,
    persisted: loaded2.seeded,
    fingerprintBefore: loaded2.fingerprint,
    fingerprintAfter: loaded2.fingerprint,
    lastRefreshBefore: loaded2.lastRefresh,
    lastRefreshAfter: loaded2.lastRefresh
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
var init_result = __esm({
  "src/roundtrip/result.ts"() {
    "use strict";
    init_inspect();
  }
});

// src/roundtrip/phases/acquire.ts
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
var PROCESS_LEASE_MS;
var init_acquire = __esm({
  "src/roundtrip/phases/acquire.ts"() {
    "use strict";
    init_load_stream();
    init_messages();
    init_result();
    PROCESS_LEASE_MS = 6e4;
  }
});

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
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
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
  }
});

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
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
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
  }
});

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
    return parseNumber2(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber2(ctx, ctx.p, c, 0, end);
}
function parseNumber2(ctx, startPtr, startChr, sign2, endChr) {
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
    return parseNumber2(ctx, ctx.p = startPtr, c, 0, endChr);
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
    return parseNumber2(ctx, --ctx.p, c, 0, endChr);
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
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

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
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

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
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

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
function parse2(toml, options = {}) {
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
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
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
var BARE_KEY, HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    BARE_KEY = /^[a-z0-9-_]+$/i;
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist2 = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/broker/allowlist.ts
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
var RESPONSES_PATH, CHATGPT_PREFIX, CHATGPT_GETS, refused, HOP_BY_HOP;
var init_allowlist = __esm({
  "src/broker/allowlist.ts"() {
    "use strict";
    RESPONSES_PATH = "/backend-api/codex/responses";
    CHATGPT_PREFIX = "/backend-api/";
    CHATGPT_GETS = /* @__PURE__ */ new Set([
      "codex/models",
      "wham/usage",
      // Business/Enterprise plans load workspace-managed policies here; a 404 is fatal to Codex.
      "wham/config/bundle"
    ]);
    refused = { kind: "refused" };
    HOP_BY_HOP = /* @__PURE__ */ new Set([
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
  }
});

// src/broker/placeholders.ts
function isPlaceholderBundle(bundle) {
  return bundle.auth.tokens?.refresh_token.startsWith(REFRESH_PLACEHOLDER_PREFIX) === true;
}
function part(value) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
function randomPart(bytes = 32) {
  return (0, import_node_crypto2.randomBytes)(bytes).toString("base64url");
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
  const auth = claims[OPENAI_AUTH_CLAIM2];
  if (auth && typeof auth === "object") {
    const copied = {};
    for (const key of AUTH_CLAIM_KEYS) {
      const value = auth[key];
      if (value !== void 0) copied[key] = value;
    }
    payload[OPENAI_AUTH_CLAIM2] = copied;
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
var import_node_crypto2, OPENAI_AUTH_CLAIM2, OPENAI_PROFILE_CLAIM, AUTH_CLAIM_KEYS, REFRESH_PLACEHOLDER_PREFIX;
var init_placeholders = __esm({
  "src/broker/placeholders.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_jwt();
    OPENAI_AUTH_CLAIM2 = "https://api.openai.com/auth";
    OPENAI_PROFILE_CLAIM = "https://api.openai.com/profile";
    AUTH_CLAIM_KEYS = [
      "chatgpt_plan_type",
      "chatgpt_user_id",
      "user_id",
      "chatgpt_account_id",
      "chatgpt_account_is_fedramp",
      "chatgpt_subscription_active_start",
      "chatgpt_subscription_active_until"
    ];
    REFRESH_PLACEHOLDER_PREFIX = "cab_rt_";
  }
});

// src/broker/credential-state.ts
var STALE_BEFORE_EXPIRY_MS, STALE_AFTER_LAST_REFRESH_MS, CredentialState;
var init_credential_state = __esm({
  "src/broker/credential-state.ts"() {
    "use strict";
    init_jwt();
    init_placeholders();
    STALE_BEFORE_EXPIRY_MS = 5 * 60 * 1e3;
    STALE_AFTER_LAST_REFRESH_MS = 8 * 24 * 60 * 60 * 1e3;
    CredentialState = class {
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
  }
});

// src/broker/warm-agent.ts
var import_node_https, import_node_tls, keyOf, WarmAgent;
var init_warm_agent = __esm({
  "src/broker/warm-agent.ts"() {
    "use strict";
    import_node_https = require("node:https");
    import_node_tls = require("node:tls");
    keyOf = (host, port, servername) => `${String(host)}:${String(port)}:${typeof servername === "string" ? servername : ""}`;
    WarmAgent = class extends import_node_https.Agent {
      #ready = [];
      constructor() {
        super({ keepAlive: true });
      }
      /** Opens `count` connections to `target` now, for the next requests to it. */
      preconnect(target, count) {
        for (let i = 0; i < count; i += 1) {
          const socket = (0, import_node_tls.connect)({
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
  }
});

// src/broker/upstream.ts
function upstreamTls(extraCa, proxy) {
  let context;
  const secureContext = () => context ??= extraCa === void 0 ? (0, import_node_tls2.createSecureContext)() : rootsPlus(extraCa);
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
    servername: (0, import_node_net.isIP)(url.hostname) === 0 ? url.hostname : "",
    direct: proxy === void 0 || bypassesProxy(url.hostname, proxy.noProxy)
  };
}
function rootsPlus(extraCa, fast = true) {
  const context = (0, import_node_tls2.createSecureContext)();
  const native = context.context;
  if (fast && typeof native?.addCACert === "function") {
    native.addCACert(extraCa);
    return context;
  }
  return (0, import_node_tls2.createSecureContext)({ ca: [...import_node_tls2.rootCertificates, extraCa] });
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
  if (unproxied || proxy === void 0) return noDelay((0, import_node_https2.request)(base));
  const { agent: _none, ...direct } = base;
  const request = (0, import_node_https2.request)({
    ...direct,
    createConnection: (_options, callback) => {
      tunnel(new URL(proxy.url), host, port, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error("proxy tunnel failed"), void 0);
        const secure = (0, import_node_tls2.connect)({
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
  const connect2 = (0, import_node_http.request)({
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
var import_node_http, import_node_https2, import_node_net, import_node_tls2;
var init_upstream = __esm({
  "src/broker/upstream.ts"() {
    "use strict";
    import_node_http = require("node:http");
    import_node_https2 = require("node:https");
    import_node_net = require("node:net");
    import_node_tls2 = require("node:tls");
    init_warm_agent();
  }
});

// src/broker/forward.ts
function swappedBearer(req, state) {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "");
  const token = match?.[1];
  return token !== void 0 && state.isAccessPlaceholder(token) ? state.realAccessToken() : null;
}
function targetOf(route, search, ctx) {
  if (route.kind === "responses") {
    const path33 = `${ctx.openaiBase.pathname.replace(/\/+$/, "")}/responses${search}`;
    return new URL(path33, ctx.routedOrigin ?? ctx.openaiBase.origin);
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
      const ours = ctx.state.accountId();
      for (const entry of Array.isArray(parsed.accounts) ? parsed.accounts : []) {
        const account = entry;
        const origin = account.workspace_backend_origin;
        if (account.id !== ours || typeof origin !== "string" || !origin.startsWith("https://")) continue;
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
var REQUEST_DROP, RESPONSE_DROP;
var init_forward = __esm({
  "src/broker/forward.ts"() {
    "use strict";
    init_allowlist();
    init_upstream();
    REQUEST_DROP = /* @__PURE__ */ new Set(["host", "authorization"]);
    RESPONSE_DROP = /* @__PURE__ */ new Set(["set-cookie"]);
  }
});

// src/broker/refresh-relay.ts
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
    const run10 = tail.then(task, task);
    tail = run10.catch(() => void 0);
    return run10;
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
var MAX_BODY, PERMANENT_CODES, JSON_TYPE;
var init_refresh_relay = __esm({
  "src/broker/refresh-relay.ts"() {
    "use strict";
    init_bundle();
    init_jwt();
    init_placeholders();
    init_upstream();
    MAX_BODY = 64 * 1024;
    PERMANENT_CODES = /* @__PURE__ */ new Set([
      "refresh_token_expired",
      "refresh_token_reused",
      "refresh_token_invalidated"
    ]);
    JSON_TYPE = "application/json";
  }
});

// src/core/plan-usage.ts
function isUsageLimitMessage(message) {
  return USAGE_LIMIT_MESSAGE.test(message);
}
function planUsageFromCodex(raw) {
  if (!isRecord(raw)) return null;
  const short = windowOf(raw.primary);
  const weekly = windowOf(raw.secondary);
  return short === null && weekly === null ? null : { short, weekly };
}
function windowOf(raw) {
  if (!isRecord(raw) || typeof raw.used_percent !== "number" || !Number.isFinite(raw.used_percent))
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
  const exhausted2 = windows.filter((w) => w.usedPercent >= 100);
  const candidates = (exhausted2.length > 0 ? exhausted2 : windows).map((w) => w.resetsAt).filter((at) => at !== null).sort();
  return candidates.at(-1) ?? null;
}
function describePlanUsage(usage) {
  if (usage === null) return "unknown";
  const part2 = (name2, w) => w === null ? null : `${name2} ${round(w.usedPercent)} % used${w.windowMinutes === null ? "" : ` of ${describeMinutes(w.windowMinutes)}`}${w.resetsAt === null ? "" : ` (resets ${w.resetsAt})`}`;
  return [part2("short window", usage.short), part2("weekly window", usage.weekly)].filter(Boolean).join(", ");
}
function describeMinutes(minutes) {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
function round(value) {
  return String(Math.round(value * 10) / 10);
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
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
var USAGE_LIMIT_MESSAGE, MONTHS, RETRY_AT;
var init_plan_usage = __esm({
  "src/core/plan-usage.ts"() {
    "use strict";
    USAGE_LIMIT_MESSAGE = /you['’]ve hit your usage limit/i;
    MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    RETRY_AT = /try again at (?:([A-Z][a-z]{2}) (\d{1,2})(?:st|nd|rd|th), (\d{4}) )?(\d{1,2}):(\d{2}) ([AP]M)\./i;
  }
});

// src/broker/request-log.ts
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
var MAX_ENTRIES, RequestLog;
var init_request_log = __esm({
  "src/broker/request-log.ts"() {
    "use strict";
    init_plan_usage();
    MAX_ENTRIES = 1e4;
    RequestLog = class {
      entries = [];
      usage = null;
      /** Starts timing one request; call the returned function once with the outcome. */
      begin(method, path33) {
        const started = performance.now();
        const at = (/* @__PURE__ */ new Date()).toISOString();
        let done = false;
        return (status, handling, bytesIn, bytesOut) => {
          if (done) return;
          done = true;
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          this.entries.push({ at, method, path: path33, status, bytesIn, bytesOut, durationMs, handling });
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
  }
});

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
function unsignedInteger(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = bytes.subarray(start);
  return tlv(2, (trimmed[0] ?? 0) & 128 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
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
var sequence, set, octetString, utf8String, TRUE, bitString, smallInteger;
var init_der = __esm({
  "src/broker/der.ts"() {
    "use strict";
    sequence = (...parts) => tlv(48, ...parts);
    set = (...parts) => tlv(49, ...parts);
    octetString = (bytes) => tlv(4, bytes);
    utf8String = (text) => tlv(12, Buffer.from(text, "utf8"));
    TRUE = Buffer.from([1, 1, 255]);
    bitString = (bytes) => tlv(3, Buffer.from([0]), bytes);
    smallInteger = (n) => unsignedInteger(Buffer.from([n]));
  }
});

// src/broker/run-ca.ts
function extension(id, critical, value) {
  return critical ? sequence(id, TRUE, octetString(value)) : sequence(id, octetString(value));
}
function serial() {
  const bytes = (0, import_node_crypto3.randomBytes)(16);
  bytes[0] = (bytes[0] ?? 0) & 63 | 64;
  return unsignedInteger(bytes);
}
function keyId(spki) {
  return (0, import_node_crypto3.createHash)("sha1").update(spki.subarray(spki.length - 65)).digest();
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
  const signature = (0, import_node_crypto3.sign)("sha256", tbs, { key: signer, dsaEncoding: "der" });
  return sequence(tbs, ECDSA_WITH_SHA256, bitString(signature));
}
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
  const caKeys = await import_node_crypto3.webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, [
    "sign",
    "verify"
  ]);
  const caSpki = Buffer.from(await import_node_crypto3.webcrypto.subtle.exportKey("spki", caKeys.publicKey));
  const leafKeys = (0, import_node_crypto3.generateKeyPairSync)("ec", { namedCurve: "P-256" });
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
var import_node_crypto3, DAY_MS2, ECDSA_WITH_SHA256, COMMON_NAME, EXTENSION, SERVER_AUTH, KEY_USAGE_CA, KEY_USAGE_LEAF, name, pem, DEFAULT_VALID_DAYS, prepared;
var init_run_ca = __esm({
  "src/broker/run-ca.ts"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    init_der();
    DAY_MS2 = 24 * 60 * 60 * 1e3;
    ECDSA_WITH_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));
    COMMON_NAME = oid("2.5.4.3");
    EXTENSION = {
      subjectKeyIdentifier: oid("2.5.29.14"),
      keyUsage: oid("2.5.29.15"),
      subjectAltName: oid("2.5.29.17"),
      basicConstraints: oid("2.5.29.19"),
      authorityKeyIdentifier: oid("2.5.29.35"),
      extKeyUsage: oid("2.5.29.37")
    };
    SERVER_AUTH = oid("1.3.6.1.5.5.7.3.1");
    KEY_USAGE_CA = Buffer.from([3, 2, 1, 6]);
    KEY_USAGE_LEAF = Buffer.from([3, 2, 7, 128]);
    name = (commonName) => sequence(set(sequence(COMMON_NAME, utf8String(commonName))));
    pem = (der) => `-----BEGIN CERTIFICATE-----
${der.toString("base64").replace(/.{64}/g, "$&\n").replace(/\n$/, "")}
-----END CERTIFICATE-----
`;
    DEFAULT_VALID_DAYS = 2;
    prepared = null;
  }
});

// src/broker/listener.ts
async function startListener(options) {
  const ca = await createRunCa();
  const caPath = (0, import_node_path3.join)(options.dir, BROKER_CA_FILE);
  await (0, import_promises.writeFile)(caPath, ca.caPem, { mode: 384 });
  const sockets = /* @__PURE__ */ new Set();
  const gated = gate(options.gate, options.log);
  let https2 = null;
  const httpsServer = () => https2 ??= createHttpsServer(ca, options, gated, sockets);
  const tcp = (0, import_node_net2.createServer)({ pauseOnConnect: true, noDelay: true }, (socket) => {
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
  const server = (0, import_node_https3.createServer)(
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
var import_promises, import_node_https3, import_node_net2, import_node_path3, BROKER_CA_FILE;
var init_listener = __esm({
  "src/broker/listener.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_https3 = require("node:https");
    import_node_net2 = require("node:net");
    import_node_path3 = require("node:path");
    init_forward();
    init_run_ca();
    BROKER_CA_FILE = "broker-ca.pem";
  }
});

// src/broker/token-credential.ts
function tokenPlaceholder(kind) {
  return kind === "api_key" ? `sk-proj-${(0, import_node_crypto4.randomBytes)(48).toString("base64url")}` : `at-${(0, import_node_crypto4.randomBytes)(32).toString("base64url")}`;
}
var import_node_crypto4, WHOAMI_PATH, AUTHAPI_PREFIX, TokenState;
var init_token_credential = __esm({
  "src/broker/token-credential.ts"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    WHOAMI_PATH = "/api/accounts/v1/user-auth-credential/whoami";
    AUTHAPI_PREFIX = "/api/accounts";
    TokenState = class {
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
  }
});

// src/broker/token-routes.ts
function tokenRouteOf(kind, method, pathname) {
  if (kind === "access_token" && method === "GET" && pathname === WHOAMI_PATH) return { kind: "whoami" };
  const route = routeOf(method, pathname, false);
  if (route.kind === "token" || route.kind === "revoke") return REFUSED;
  if (kind === "api_key" && route.kind !== "responses") return REFUSED;
  return route;
}
var REFUSED;
var init_token_routes = __esm({
  "src/broker/token-routes.ts"() {
    "use strict";
    init_allowlist();
    init_token_credential();
    REFUSED = { kind: "refused" };
  }
});

// src/broker/types.ts
var OPENAI_UPSTREAM, OPENAI_API_BASE_URL;
var init_types = __esm({
  "src/broker/types.ts"() {
    "use strict";
    OPENAI_UPSTREAM = {
      chatgptBaseUrl: "https://chatgpt.com/backend-api/",
      openaiBaseUrl: "https://chatgpt.com/backend-api/codex",
      refreshUrl: "https://auth.openai.com/oauth/token",
      revokeUrl: "https://auth.openai.com/oauth/revoke",
      authApiBaseUrl: "https://auth.openai.com/api/accounts"
    };
    OPENAI_API_BASE_URL = "https://api.openai.com/v1";
  }
});

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
var init_websocket = __esm({
  "src/broker/websocket.ts"() {
    "use strict";
    init_allowlist();
    init_forward();
    init_upstream();
  }
});

// src/broker/token-broker.ts
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
var WHOAMI_MAX;
var init_token_broker = __esm({
  "src/broker/token-broker.ts"() {
    "use strict";
    init_errors();
    init_allowlist();
    init_forward();
    init_request_log();
    init_listener();
    init_token_credential();
    init_token_routes();
    init_types();
    init_upstream();
    init_websocket();
    WHOAMI_MAX = 64 * 1024;
  }
});

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
  const relay2 = {
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
    onRequest: dispatcher(ctx, relay2, options.log),
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
function dispatcher(ctx, relay2, log) {
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
        relayRefresh(req, res, relay2, queue).then(
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
var init_broker = __esm({
  "src/broker/broker.ts"() {
    "use strict";
    init_bundle();
    init_errors();
    init_allowlist();
    init_credential_state();
    init_forward();
    init_placeholders();
    init_refresh_relay();
    init_request_log();
    init_listener();
    init_token_broker();
    init_types();
    init_upstream();
    init_websocket();
    init_listener();
  }
});

// src/broker/index.ts
var init_broker2 = __esm({
  "src/broker/index.ts"() {
    "use strict";
    init_broker();
    init_placeholders();
    init_types();
  }
});

// src/platform/secure-files.ts
async function ensurePrivateDir(dir) {
  await import_node_fs3.promises.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = await import_node_fs3.promises.lstat(dir);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${dir} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 511) !== PRIVATE_DIR_MODE) await import_node_fs3.promises.chmod(dir, PRIVATE_DIR_MODE);
}
async function writePrivateFileAtomic(file, content, options = {}) {
  const durable = options.durable ?? true;
  await refuseSymlink(file);
  const dir = import_node_path4.default.dirname(file);
  const { randomBytes: randomBytes8 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  const temp = import_node_path4.default.join(dir, `.${import_node_path4.default.basename(file)}.${randomBytes8(6).toString("hex")}.tmp`);
  const handle = await import_node_fs3.promises.open(
    temp,
    import_node_fs3.constants.O_WRONLY | import_node_fs3.constants.O_CREAT | import_node_fs3.constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    await handle.writeFile(content, "utf8");
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await import_node_fs3.promises.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await import_node_fs3.promises.rename(temp, file);
  } catch (error) {
    await import_node_fs3.promises.rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDir(dir);
}
async function readPrivateFile(file) {
  let fd;
  try {
    fd = (0, import_node_fs3.openSync)(file, import_node_fs3.constants.O_RDONLY | import_node_fs3.constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ELOOP")) throw new Error(`${file} is a symbolic link; refusing to follow it`);
    throw error;
  }
  try {
    return (0, import_node_fs3.readFileSync)(fd, "utf8");
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}
async function removeFile(file) {
  await import_node_fs3.promises.rm(file, { force: true });
}
async function refuseSymlink(file) {
  try {
    const stat = await import_node_fs3.promises.lstat(file);
    if (stat.isSymbolicLink()) throw new Error(`${file} is a symbolic link; refusing to write through it`);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}
async function syncDir(dir) {
  const handle = await import_node_fs3.promises.open(dir, import_node_fs3.constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
function isErrno(error, code) {
  return error instanceof Error && error.code === code;
}
var import_node_fs3, import_node_path4, PRIVATE_FILE_MODE, PRIVATE_DIR_MODE;
var init_secure_files = __esm({
  "src/platform/secure-files.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    PRIVATE_FILE_MODE = 384;
    PRIVATE_DIR_MODE = 448;
  }
});

// src/codex/processes.ts
function readStat(pid) {
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(`/proc/${pid}/stat`, "utf8");
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
    return (0, import_node_fs4.readFileSync)(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, -1);
  } catch {
    return [];
  }
}
function readEnvVar(pid, name2) {
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(`/proc/${pid}/environ`, "utf8");
  } catch {
    return void 0;
  }
  const prefix = `${name2}=`;
  for (const entry of text.split("\0")) if (entry.startsWith(prefix)) return entry.slice(prefix.length);
  return null;
}
function readExe(pid) {
  try {
    return (0, import_node_fs4.readlinkSync)(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
  } catch {
    return null;
  }
}
function uidOf(pid) {
  try {
    return (0, import_node_fs4.statSync)(`/proc/${pid}`).uid;
  } catch {
    return null;
  }
}
function listPids() {
  let names;
  try {
    names = (0, import_node_fs4.readdirSync)("/proc");
  } catch {
    return [];
  }
  return names.filter((name2) => /^[0-9]+$/.test(name2)).map(Number);
}
function isOurs(pid) {
  const uid = uidOf(pid);
  return uid !== null && uid === (process.getuid?.() ?? -1);
}
var import_node_fs4, PF_KTHREAD;
var init_processes = __esm({
  "src/codex/processes.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    PF_KTHREAD = 2097152;
  }
});

// src/codex/stop-session.ts
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
var POLL_MS;
var init_stop_session = __esm({
  "src/codex/stop-session.ts"() {
    "use strict";
    init_processes();
    POLL_MS = 20;
  }
});

// src/codex/orphan-homes.ts
async function recordOwner(home, codex) {
  const record = {
    version: RECORD_VERSION,
    ownerPid: process.pid,
    ownerStart: startTimeOf(process.pid),
    codexPid: codex?.pid ?? null,
    codexStart: codex === null ? null : startTimeOf(codex.pid),
    codexCommand: codex?.command ?? null
  };
  await writePrivateFileAtomic(import_node_path5.default.join(home, OWNER_FILE), JSON.stringify(record), { durable: false });
}
async function sweepOrphanedHomes(log, base) {
  if (!await isPrivateDir(base)) return 0;
  let removed = 0;
  for (const entry of await import_node_fs5.promises.readdir(base).catch(() => [])) {
    if (!entry.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = import_node_path5.default.join(base, entry);
    if (!await isPrivateDir(home)) continue;
    const record = await readOwner(home);
    if (record === null || ownerAlive(record)) continue;
    if (!await stopOrphanedCodex(log, home, record)) continue;
    await import_node_fs5.promises.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}
async function isPrivateDir(dir) {
  const stat = await import_node_fs5.promises.lstat(dir).catch(() => null);
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
    return (0, import_node_fs5.realpathSync)(file);
  } catch {
    return null;
  }
}
async function readOwner(home) {
  try {
    const text = await readPrivateFile(import_node_path5.default.join(home, OWNER_FILE));
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
var import_node_fs5, import_node_path5, PRIVATE_HOME_PREFIX, OWNER_FILE, RECORD_VERSION;
var init_orphan_homes = __esm({
  "src/codex/orphan-homes.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path5 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_processes();
    init_stop_session();
    PRIVATE_HOME_PREFIX = "codex-auth-home-";
    OWNER_FILE = "codex-auth-owner.json";
    RECORD_VERSION = 2;
  }
});

// src/codex/codex-home.ts
function privateHomesBase(env = process.env) {
  const cache2 = env.XDG_CACHE_HOME && import_node_path6.default.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return import_node_path6.default.join(cache2 ?? import_node_path6.default.join(import_node_os.default.homedir(), ".cache"), "codex-auth", "homes");
}
async function createPrivateCodexHome(explicit, env = process.env) {
  if (explicit === void 0) {
    const base = privateHomesBase(env);
    await import_node_fs6.promises.mkdir(base, { recursive: true, mode: 448 });
    await ensurePrivateDir(base);
    const dir2 = await import_node_fs6.promises.mkdtemp(import_node_path6.default.join(base, PRIVATE_HOME_PREFIX));
    await ensurePrivateDir(dir2);
    return { dir: dir2, created: true, sealRoot: base };
  }
  const dir = import_node_path6.default.resolve(explicit);
  await refuseInsideWorkspace(dir, env);
  let existing = null;
  try {
    existing = await import_node_fs6.promises.lstat(dir);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
  if (existing) {
    if (existing.isSymbolicLink() || !existing.isDirectory()) {
      throw new UsageError(
        `--codex-home ${dir} exists and is not a directory (or is a symbolic link); pass a new path.`
      );
    }
    if ((await import_node_fs6.promises.readdir(dir)).length > 0) {
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
    const realWorkspace = await realpathOfNearestExisting(import_node_path6.default.resolve(workspace));
    if (isInside(real, realWorkspace)) {
      throw new UsageError(
        `--codex-home ${dir} is inside GITHUB_WORKSPACE (${workspace}); the job's checkout could commit or read the plaintext auth.json there. Pass a directory outside it, e.g. under $RUNNER_TEMP.`
      );
    }
  }
  for (let parent = real; ; parent = import_node_path6.default.dirname(parent)) {
    if (await isGitDir(import_node_path6.default.join(parent, ".git"))) {
      throw new UsageError(
        `--codex-home ${dir} is inside the git work tree ${parent}; the checkout could commit or read the plaintext auth.json there. Pass a directory outside it.`
      );
    }
    if (import_node_path6.default.dirname(parent) === parent) break;
  }
}
async function realpathOfNearestExisting(target) {
  const missing = [];
  let current = target;
  for (; ; ) {
    try {
      return import_node_path6.default.join(await import_node_fs6.promises.realpath(current), ...missing.reverse());
    } catch (error) {
      if (!isErrno(error, "ENOENT") && !isErrno(error, "ENOTDIR")) throw error;
      const parent = import_node_path6.default.dirname(current);
      if (parent === current) return target;
      missing.push(import_node_path6.default.basename(current));
      current = parent;
    }
  }
}
function isInside(child, parent) {
  const relative = import_node_path6.default.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !import_node_path6.default.isAbsolute(relative);
}
async function isGitDir(candidate) {
  try {
    const stat = await import_node_fs6.promises.lstat(candidate);
    if (stat.isDirectory()) return await import_node_fs6.promises.lstat(import_node_path6.default.join(candidate, "HEAD")).catch(() => null) !== null;
    if (stat.isFile()) return (await import_node_fs6.promises.readFile(candidate, "utf8")).startsWith("gitdir:");
    return false;
  } catch {
    return false;
  }
}
async function materialiseAuth(dir, raw) {
  await writePrivateFileAtomic(import_node_path6.default.join(dir, AUTH_FILE), raw, IN_HOME);
}
async function writeCodexConfig(dir, tomlText) {
  await writePrivateFileAtomic(import_node_path6.default.join(dir, CONFIG_FILE), tomlText, IN_HOME);
}
async function readCodexConfig(dir) {
  return readPrivateFile(import_node_path6.default.join(dir, CONFIG_FILE));
}
async function readAuth(dir) {
  return readPrivateFile(import_node_path6.default.join(dir, AUTH_FILE));
}
async function removeAuth(dir) {
  await removeFile(import_node_path6.default.join(dir, AUTH_FILE));
  let names;
  try {
    names = await import_node_fs6.promises.readdir(dir);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return;
    throw error;
  }
  for (const name2 of names) {
    if (AUTH_LEFTOVERS.some((pattern) => pattern.test(name2))) await removeFile(import_node_path6.default.join(dir, name2));
  }
}
async function removeCodexHome(dir) {
  if (!import_node_path6.default.isAbsolute(dir) || import_node_path6.default.dirname(dir) === dir) {
    throw new Error(`refusing to remove ${JSON.stringify(dir)}: not an absolute, non-root directory`);
  }
  await import_node_fs6.promises.rm(dir, { recursive: true, force: true });
}
var import_node_fs6, import_node_os, import_node_path6, AUTH_FILE, CONFIG_FILE, AUTH_LEFTOVERS, IN_HOME;
var init_codex_home = __esm({
  "src/codex/codex-home.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_os = __toESM(require("node:os"), 1);
    import_node_path6 = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    init_orphan_homes();
    AUTH_FILE = "auth.json";
    CONFIG_FILE = "config.toml";
    AUTH_LEFTOVERS = [
      /^auth\.lock$/,
      /^auth\.json\.lock$/,
      /^\.auth-[A-Za-z0-9]+$/,
      /^\.auth\.json\.[0-9a-f]+\.tmp$/
    ];
    IN_HOME = { durable: false };
  }
});

// src/roundtrip/broker-upstream.ts
async function brokerUpstreamOf(userConfig2, env) {
  const doc = userConfig2 ? parse2(userConfig2) : {};
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
    return await import_node_fs7.promises.readFile(file, "utf8");
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
var import_node_fs7;
var init_broker_upstream = __esm({
  "src/roundtrip/broker-upstream.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_dist2();
    init_errors();
  }
});

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
function required(value, what) {
  if (value === null) throw new Error(`internal: the round trip needs ${what} before this phase`);
  return value;
}
var init_run_state = __esm({
  "src/roundtrip/phases/run-state.ts"() {
    "use strict";
    init_errors();
    init_result();
  }
});

// src/roundtrip/phases/broker.ts
async function startRunBroker(state, request) {
  if (request.tokenBroker === false) return;
  const home = required(state.home, "the home");
  const loaded2 = required(state.loaded, "the loaded copy");
  const broker = await startBroker({
    credential: { kind: "chatgpt", bundle: loaded2.bundle },
    ...await brokerUpstreamOf(request.codexConfig, request.baseEnv),
    persist: async (bundle) => {
      const persister = required(state.persister, "the Persister");
      await persister.persist(bundle.raw, "the login the token broker refreshed");
      if (persister.error) throw persister.error;
    },
    log: state.ctx.log,
    secrets: state.ctx.secrets,
    dir: home.dir,
    // Nothing reaches upstream (the model included) before the seal is proven: Codex may start before that.
    gate: required(state.sealing, "the seal started").done
  });
  state.broker = broker;
  state.stops.push(() => broker.close());
}
async function pointCodexAtBroker(state) {
  const broker = state.broker;
  if (broker === null) return;
  const home = required(state.home, "the home");
  const doc = parse2(await readCodexConfig(home.dir) ?? "");
  for (const [key, value] of Object.entries(broker.codexConfig)) {
    const own = doc[key];
    doc[key] = typeof value === "object" && own !== null && typeof own === "object" ? { ...own, ...value } : value;
  }
  await writeCodexConfig(home.dir, stringify(doc));
  const env = { ...required(state.codexEnv, "Codex's environment") };
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
var init_broker3 = __esm({
  "src/roundtrip/phases/broker.ts"() {
    "use strict";
    init_dist2();
    init_broker2();
    init_codex_home();
    init_broker_upstream();
    init_untrusted_text();
    init_run_state();
  }
});

// src/codex/auth-watcher.ts
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
function isCompleteJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
var import_node_fs8, import_node_path7, AuthFileWatch;
var init_auth_watcher = __esm({
  "src/codex/auth-watcher.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path7 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_codex_home();
    AuthFileWatch = class {
      constructor(dir, onChange, options) {
        this.dir = dir;
        this.onChange = onChange;
        this.options = options;
        this.file = import_node_path7.default.join(dir, AUTH_FILE);
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
          const stat = await import_node_fs8.promises.stat(this.file);
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
          this.watcher = (0, import_node_fs8.watch)(this.dir, { persistent: false }, (_event, filename) => {
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
  }
});

// src/roundtrip/persister.ts
var Persister;
var init_persister = __esm({
  "src/roundtrip/persister.ts"() {
    "use strict";
    init_bundle();
    init_errors();
    init_broker2();
    init_load_stream();
    Persister = class {
      constructor(ctx, loaded2, onWrite) {
        this.ctx = ctx;
        this.onWrite = onWrite;
        this.generation = loaded2.generation;
        this.fingerprint = loaded2.fingerprint;
        this.observed = { fingerprint: loaded2.fingerprint, lastRefresh: loaded2.lastRefresh };
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
  }
});

// src/roundtrip/split-state.ts
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
  return import_node_path8.default.join(codexHome, STATE_FILE);
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
var import_node_path8, STATE_FILE, splitStateSchema;
var init_split_state = __esm({
  "src/roundtrip/split-state.ts"() {
    "use strict";
    import_node_path8 = __toESM(require("node:path"), 1);
    init_dist();
    init_errors();
    init_secure_files();
    init_loaded_copy();
    STATE_FILE = "codex-auth-state.json";
    splitStateSchema = object({
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
  }
});

// src/codex/rollout.ts
async function readRolloutFacts(codexHome, sinceMs = 0) {
  const files = (await listRollouts(import_node_path9.default.join(codexHome, "sessions"))).filter(
    (file) => file.mtimeMs >= sinceMs
  );
  if (files.length === 0) return NOTHING;
  files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  let usageLimitExceeded = false;
  let planUsage = null;
  for (const file of files) {
    const handle = await import_node_fs9.promises.open(file.path, "r");
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
    entries = await import_node_fs9.promises.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isErrno(error, "ENOENT") || isErrno(error, "ENOTDIR")) return [];
    throw error;
  }
  const out = [];
  for (const entry of entries) {
    const full = import_node_path9.default.join(dir, entry.name);
    if (entry.isDirectory() && depth < 3) out.push(...await listRollouts(full, depth + 1));
    else if (entry.isFile() && /^rollout-.*\.jsonl$/.test(entry.name)) {
      const stat = await import_node_fs9.promises.stat(full);
      out.push({ path: full, mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  return out;
}
var import_node_fs9, import_node_path9, NOTHING, MAX_BYTES;
var init_rollout = __esm({
  "src/codex/rollout.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path9 = __toESM(require("node:path"), 1);
    init_plan_usage();
    init_secure_files();
    NOTHING = { found: false, usageLimitExceeded: false, planUsage: null };
    MAX_BYTES = 32 * 1024 * 1024;
  }
});

// src/roundtrip/usage-limit.ts
async function readUsageFacts(codexHome, run10, sinceMs, log, headerUsage = null) {
  const read = await readRolloutFacts(codexHome, sinceMs - 1e3).catch((error) => {
    log.debug(`could not read Codex's rollout file for plan usage: ${String(error)}`);
    return { found: false, usageLimitExceeded: false, planUsage: null };
  });
  const rollout = { ...read, planUsage: read.planUsage ?? headerUsage };
  const byMessage = run10.exitCode !== 0 && run10.errorMessages.some(isUsageLimitMessage);
  const usageLimited = run10.exitCode !== 0 && (rollout.usageLimitExceeded || byMessage);
  const fromMessage = () => run10.errorMessages.map((message) => resetTimeFromMessage(message)).find((at) => at !== null) ?? null;
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
var init_usage_limit = __esm({
  "src/roundtrip/usage-limit.ts"() {
    "use strict";
    init_rollout();
    init_plan_usage();
  }
});

// src/codex/codex-env.ts
var codex_env_exports = {};
__export(codex_env_exports, {
  buildCodexEnv: () => buildCodexEnv,
  runnerFileCommandPaths: () => runnerFileCommandPaths
});
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
    (file) => typeof file === "string" && import_node_path10.default.isAbsolute(file)
  );
  const dirs = candidates.map((file) => import_node_path10.default.dirname(file));
  if (env.RUNNER_TEMP && import_node_path10.default.isAbsolute(env.RUNNER_TEMP)) {
    dirs.push(import_node_path10.default.join(env.RUNNER_TEMP, RUNNER_FILE_COMMANDS_DIR));
  }
  const found2 = /* @__PURE__ */ new Set();
  for (const candidate of [...dirs, ...candidates]) {
    try {
      found2.add((0, import_node_fs10.realpathSync)(candidate));
    } catch {
    }
  }
  return [...found2];
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
var import_node_fs10, import_node_path10, CREDENTIAL_OVERRIDES, RUNNER_FILE_COMMANDS, RUNNER_FILE_COMMANDS_DIR, HIDDEN_FROM_CODEX, HIDDEN_PREFIXES;
var init_codex_env = __esm({
  "src/codex/codex-env.ts"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path10 = __toESM(require("node:path"), 1);
    CREDENTIAL_OVERRIDES = ["CODEX_API_KEY", "CODEX_ACCESS_TOKEN"];
    RUNNER_FILE_COMMANDS = [
      "GITHUB_ENV",
      "GITHUB_OUTPUT",
      "GITHUB_STATE",
      "GITHUB_PATH",
      "GITHUB_STEP_SUMMARY"
    ];
    RUNNER_FILE_COMMANDS_DIR = "_runner_file_commands";
    HIDDEN_FROM_CODEX = [
      "CODEX_AUTH_KEY",
      "CODEX_AUTH_JSON",
      "ACTIONS_RUNTIME_TOKEN",
      "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
      "GITHUB_TOKEN",
      "GH_TOKEN",
      ...RUNNER_FILE_COMMANDS
    ];
    HIDDEN_PREFIXES = ["INPUT_"];
  }
});

// src/core/seal-request.ts
var CODEX_USER_CREATE;
var init_seal_request = __esm({
  "src/core/seal-request.ts"() {
    "use strict";
    CODEX_USER_CREATE = "create";
  }
});

// src/seal/agent-commands.ts
function runCommand(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = (0, import_node_child_process2.spawn)(command, [...args], {
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
function firstLine2(result) {
  const line = (result.stderr.trim().split("\n")[0] ?? "").trim();
  return line === "" ? `exit ${String(result.code ?? result.spawnError)}` : line;
}
var import_node_child_process2, SYSTEM_PATH;
var init_agent_commands = __esm({
  "src/seal/agent-commands.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  }
});

// src/seal/agent-user-facts.ts
function readSudo(answer) {
  if (answer.spawnError === "ENOENT") return "absent";
  return answer.code === 0 ? "passwordless" : "refused";
}
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
var PRIVILEGED_GROUPS;
var init_agent_user_facts = __esm({
  "src/seal/agent-user-facts.ts"() {
    "use strict";
    PRIVILEGED_GROUPS = [
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
  }
});

// src/seal/agent-user-probe.ts
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
  return presentSockets(rootDaemonSockets(process.getuid?.() ?? 0), (file) => (0, import_node_fs11.existsSync)(file));
}
function readScope() {
  try {
    return readPtraceScope((0, import_node_fs11.readFileSync)("/proc/sys/kernel/yama/ptrace_scope", "utf8"));
  } catch {
    return readPtraceScope(null);
  }
}
function expectedChecks(targets) {
  const out = [];
  for (const pid of targets.pids) {
    for (const check2 of ["environ", "mem", "signal"]) out.push({ check: check2, target: String(pid) });
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
  return asked.map(({ check: check2, target }) => ({
    check: check2,
    target,
    ok: complete && answers.get(`${check2} ${target}`) === true
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
    failures: checks.filter((check2) => !check2.ok),
    ptraceScope: readScope(),
    ms
  };
}
function assertIsolated(report2) {
  if (report2.failures.length === 0) return;
  const lines = report2.failures.map((f) => `${report2.user} ${WHY[f.check] ?? f.check} ${f.target}`);
  throw new SealError(
    `danger-full-access refused: the agent user is not isolated from this job: ${lines.join("; ")}. Use a dedicated unprivileged user with no sudo rights and no access to these paths.`
  );
}
var import_node_fs11, PROBE_SCRIPT, WHY;
var init_agent_user_probe = __esm({
  "src/seal/agent-user-probe.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    init_processes();
    init_errors();
    init_agent_commands();
    init_agent_user_facts();
    PROBE_SCRIPT = `
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
    WHY = {
      environ: "can read our process's environment",
      mem: "can open our process's memory",
      signal: "can signal our process (SIGUSR1 opens Node\u2019s inspector)",
      read: "can read",
      write: "can write",
      work: "cannot write the workspace",
      sudo: "can use sudo"
    };
  }
});

// src/seal/agent-batch.ts
async function setUpAsAgent(agent, targets) {
  const started = Date.now();
  const args = probeArgs(targets);
  const result = await runAsUser(agent, ["sh", "-c", SET_UP_SCRIPT, "probe", ...args], { cwd: "/" });
  const root = /^home (\/tmp\/codex-agent\.[A-Za-z0-9]+)$/m.exec(result.stdout)?.[1];
  if (root === void 0) {
    if (result.code === 97) {
      throw new SealError(`cannot make a private home for ${agent.name} in /tmp (${firstLine2(result)}).`);
    }
    throw new SealError(
      `this step cannot run commands as ${agent.name} (${firstLine2(result)}): allow it without a password, e.g. a sudoers rule "<runner user> ALL=(${agent.name}) NOPASSWD: ALL".`
    );
  }
  const home = { root, home: `${root}/home`, codexHome: `${root}/codex-home` };
  if (result.code !== 0) {
    await removeAgentHomeAndKill(agent, home, []);
    throw new SealError(`the isolation probe could not run as ${agent.name}: ${firstLine2(result)}`);
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
var SET_UP_SCRIPT;
var init_agent_batch = __esm({
  "src/seal/agent-batch.ts"() {
    "use strict";
    init_errors();
    init_agent_commands();
    init_agent_user_probe();
    SET_UP_SCRIPT = `root=$(mktemp -d /tmp/codex-agent.XXXXXXXXXX) && mkdir -m 0700 "$root/home" "$root/codex-home" || exit 97
echo "home $root"
${PROBE_SCRIPT}`;
  }
});

// src/seal/agent-launch.ts
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
var AGENT_ENV_ALLOWLIST;
var init_agent_launch = __esm({
  "src/seal/agent-launch.ts"() {
    "use strict";
    init_processes();
    init_agent_commands();
    AGENT_ENV_ALLOWLIST = [
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
  }
});

// src/seal/agent-user.ts
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
  let found2 = existing;
  let created = false;
  if (found2 === null && request.user !== void 0) {
    throw new SealError(
      `${option} ${name2} does not exist on this machine: create it first (useradd ${name2}).`
    );
  }
  if (found2 === null) {
    created = await createUser(name2);
    found2 = await lookUpUser(name2);
    if (found2 === null)
      throw new SealError(`the user ${name2} could not be created: check useradd on this runner.`);
  }
  if (found2.uid === 0 || found2.uid === me) {
    throw new SealError(
      `${option} ${name2} is ${found2.uid === 0 ? "root" : "the user this step runs as"}: Codex must run as another, unprivileged user, or the agent reaches this process.`
    );
  }
  const groups = privilegedGroupsIn(found2.groups);
  if (groups.length > 0) {
    throw new SealError(
      `the user ${name2} is in the group(s) ${groups.join(", ")}, which give root or the machine's logs: remove it from them (gpasswd -d ${name2} <group>) or name another user with ${option}.`
    );
  }
  return { name: name2, uid: found2.uid, gid: found2.gid, created, via, privileged };
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
  throw new SealError(`useradd ${name2} failed (${firstLine2(result)}): create the user by hand or name one.`);
}
async function writeAgentFile(agent, file, content) {
  const script = 'umask 077 && cat > "$1"';
  await expectOk(runAsUser(agent, ["sh", "-c", script, "write", file], { input: content }), `write ${file}`);
}
async function expectOk(pending, what) {
  const result = await pending;
  if (result.code !== 0) throw new SealError(`${what} as the agent user failed: ${firstLine2(result)}`);
}
var DEFAULT_AGENT_USER;
var init_agent_user = __esm({
  "src/seal/agent-user.ts"() {
    "use strict";
    init_errors();
    init_agent_commands();
    init_agent_user_facts();
    DEFAULT_AGENT_USER = "codex-agent";
  }
});

// src/locks/backoff.ts
function backoffDelay(attempt, options = DEFAULT_BACKOFF) {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var DEFAULT_BACKOFF;
var init_backoff = __esm({
  "src/locks/backoff.ts"() {
    "use strict";
    DEFAULT_BACKOFF = { initialMs: 25, maxMs: 250 };
  }
});

// src/locks/file-lease-handle.ts
var FileLeaseHandle;
var init_file_lease_handle = __esm({
  "src/locks/file-lease-handle.ts"() {
    "use strict";
    FileLeaseHandle = class {
      /** `heartbeatLeaseMs` > 0: renew the lease every third of it while held (process mode). */
      constructor(lock, holder, heartbeatLeaseMs) {
        this.lock = lock;
        this.#holder = holder;
        if (heartbeatLeaseMs > 0) {
          this.#timer = setInterval(() => this.#beat(heartbeatLeaseMs), Math.max(10, heartbeatLeaseMs / 3));
          this.#timer.unref();
        }
      }
      lock;
      #holder;
      #done = false;
      #timer = null;
      #renewing = null;
      get holder() {
        return this.#holder;
      }
      async release() {
        if (this.#done) return false;
        this.#stop();
        await this.#renewing;
        return this.lock.releaseIfHeld(this.#holder.id);
      }
      #beat(leaseMs) {
        if (this.#renewing !== null || this.#done) return;
        this.#renewing = this.lock.renew(this.#holder.id, leaseMs).then((renewed) => {
          if (renewed === "lost") this.#stop();
          else if (renewed !== null) this.#holder = renewed;
        }).catch(() => {
        }).finally(() => {
          this.#renewing = null;
        });
      }
      #stop() {
        this.#done = true;
        if (this.#timer !== null) clearInterval(this.#timer);
        this.#timer = null;
      }
    };
  }
});

// src/locks/process-liveness.ts
function currentIdentity() {
  return {
    host: import_node_os2.default.hostname(),
    bootId: readTrimmed("/proc/sys/kernel/random/boot_id"),
    pidNamespace: readLink("/proc/self/ns/pid")
  };
}
function sameProcessSpace(other, here = currentIdentity()) {
  if (other.host !== here.host) return false;
  if (other.bootId !== null && here.bootId !== null && other.bootId !== here.bootId) return false;
  if (other.pidNamespace !== null && here.pidNamespace !== null && other.pidNamespace !== here.pidNamespace) {
    return false;
  }
  return true;
}
function processStartTime(pid) {
  return readStat2(pid)?.startTime ?? null;
}
function isProcessAlive(pid, startTime = null) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH") return false;
  }
  const stat = readStat2(pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  if (startTime !== null && stat.startTime !== startTime) return false;
  return true;
}
function readStat2(pid) {
  const text = readTrimmed(`/proc/${pid}/stat`);
  if (text === null) return null;
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = rest[0];
  const startTime = rest[19];
  if (state === void 0 || startTime === void 0 || !/^\d+$/.test(startTime)) return null;
  return { state, startTime };
}
function readTrimmed(file) {
  try {
    return (0, import_node_fs12.readFileSync)(file, "utf8").trim();
  } catch {
    return null;
  }
}
function readLink(file) {
  try {
    return (0, import_node_fs12.readlinkSync)(file);
  } catch {
    return null;
  }
}
var import_node_fs12, import_node_os2;
var init_process_liveness = __esm({
  "src/locks/process-liveness.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_os2 = __toESM(require("node:os"), 1);
  }
});

// src/locks/lease-record.ts
var lease_record_exports = {};
__export(lease_record_exports, {
  FORMAT_VERSION: () => FORMAT_VERSION,
  LOCK_FILE_NAME: () => LOCK_FILE_NAME,
  UNREADABLE_LOCK_LEASE_MS: () => UNREADABLE_LOCK_LEASE_MS,
  fileIdentity: () => fileIdentity,
  isStale: () => isStale,
  parseRecord: () => parseRecord,
  toHolder: () => toHolder,
  unreadable: () => unreadable
});
function isStale(snapshot) {
  const { holder, record } = snapshot;
  if (record !== null && holder.pid !== null) {
    const theirs = {
      host: record.host,
      bootId: record.bootId,
      pidNamespace: record.pidNamespace
    };
    if (sameProcessSpace(theirs)) return !isProcessAlive(holder.pid, record.pidStartTime);
  }
  return Date.parse(holder.expiresAt) <= Date.now();
}
function unreadable(file, reason, stat) {
  const written = stat.mtime;
  const holder = {
    id: "unknown",
    host: "unknown",
    pid: null,
    owner: `unknown (the lock file ${file} cannot be read: ${reason}; last written ${written.toISOString()})`,
    acquiredAt: written.toISOString(),
    expiresAt: new Date(written.getTime() + UNREADABLE_LOCK_LEASE_MS).toISOString()
  };
  return { holder, record: null, fileId: fileIdentity(stat) };
}
function fileIdentity(stat) {
  return `${stat.dev}:${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}
function toHolder(record) {
  const { id, host, pid, owner, acquiredAt, expiresAt } = record;
  return { id, host, pid, owner, acquiredAt, expiresAt };
}
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === "" ? "it is empty" : "it is not JSON";
  }
  if (typeof value !== "object" || value === null) return "it is not a JSON object";
  const v = value;
  for (const field of ["id", "host", "owner", "acquiredAt", "expiresAt"]) {
    if (typeof v[field] !== "string" || v[field] === "") return `field "${field}" is missing`;
  }
  for (const field of ["acquiredAt", "expiresAt"]) {
    if (Number.isNaN(Date.parse(v[field]))) return `field "${field}" is not a time`;
  }
  const pid = v.pid ?? null;
  if (pid !== null && !(Number.isSafeInteger(pid) && pid > 0)) return 'field "pid" is not a pid';
  const optional2 = (field) => typeof v[field] === "string" ? v[field] : null;
  return {
    version: typeof v.version === "number" ? v.version : FORMAT_VERSION,
    stream: optional2("stream") ?? "",
    mode: pid === null ? "lease" : "process",
    id: v.id,
    host: v.host,
    pid,
    owner: v.owner,
    acquiredAt: v.acquiredAt,
    expiresAt: v.expiresAt,
    bootId: optional2("bootId"),
    pidNamespace: optional2("pidNamespace"),
    pidStartTime: optional2("pidStartTime")
  };
}
var LOCK_FILE_NAME, UNREADABLE_LOCK_LEASE_MS, FORMAT_VERSION;
var init_lease_record = __esm({
  "src/locks/lease-record.ts"() {
    "use strict";
    init_process_liveness();
    LOCK_FILE_NAME = "lock.json";
    UNREADABLE_LOCK_LEASE_MS = 15 * 6e4;
    FORMAT_VERSION = 1;
  }
});

// src/locks/lease-file.ts
async function readLease(file) {
  let fd;
  try {
    fd = (0, import_node_fs13.openSync)(file, import_node_fs13.constants.O_RDONLY | import_node_fs13.constants.O_NOFOLLOW);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (!isErrno(error, "ELOOP")) throw error;
    const stat = await import_node_fs13.promises.lstat(file).catch(() => null);
    return stat === null ? null : unreadable(file, "it is a symbolic link", stat);
  }
  try {
    const stat = (0, import_node_fs13.fstatSync)(fd);
    const record = parseRecord((0, import_node_fs13.readFileSync)(fd, "utf8"));
    if (typeof record === "string") return unreadable(file, record, stat);
    return { holder: toHolder(record), record, fileId: fileIdentity(stat) };
  } finally {
    (0, import_node_fs13.closeSync)(fd);
  }
}
async function createLeaseExclusive(file, record) {
  const temp = await sidePath(file, "tmp");
  const handle = await import_node_fs13.promises.open(
    temp,
    import_node_fs13.constants.O_WRONLY | import_node_fs13.constants.O_CREAT | import_node_fs13.constants.O_EXCL,
    PRIVATE_FILE_MODE
  );
  try {
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}
`, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await import_node_fs13.promises.link(temp, file);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  } finally {
    await import_node_fs13.promises.rm(temp, { force: true });
  }
}
async function removeLeaseIfUnchanged(file, snapshot) {
  const aside = await sidePath(file, "removed");
  try {
    await import_node_fs13.promises.rename(file, aside);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return true;
    throw error;
  }
  try {
    const stat = await import_node_fs13.promises.lstat(aside);
    if (fileIdentity(stat) === snapshot.fileId) return true;
    await import_node_fs13.promises.link(aside, file).catch(() => {
    });
    return false;
  } finally {
    await import_node_fs13.promises.rm(aside, { force: true });
  }
}
async function sidePath(file, kind) {
  const { randomBytes: randomBytes8 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
  return import_node_path11.default.join(import_node_path11.default.dirname(file), `.${LOCK_FILE_NAME}.${randomBytes8(6).toString("hex")}.${kind}`);
}
var import_node_fs13, import_node_path11;
var init_lease_file = __esm({
  "src/locks/lease-file.ts"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_node_path11 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_lease_record();
  }
});

// vendor:proper-lockfile
var proper_lockfile_exports = {};
__export(proper_lockfile_exports, {
  default: () => proper_lockfile_default
});
var sdk, proper_lockfile_default;
var init_proper_lockfile = __esm({
  "vendor:proper-lockfile"() {
    sdk = require("../vendor/proper-lockfile.js");
    proper_lockfile_default = sdk.default;
  }
});

// src/locks/lease-guard.ts
async function guarded(file, guard, critical, deadline, signal) {
  const { default: lockfile } = await Promise.resolve().then(() => (init_proper_lockfile(), proper_lockfile_exports));
  for (; ; ) {
    signal?.throwIfAborted();
    let unlock;
    try {
      unlock = await lockfile.lock(file, {
        lockfilePath: guard,
        realpath: false,
        stale: GUARD_STALE_MS,
        retries: 0,
        // The default throws from a timer. A broken guard is survivable: the lease writes re-check the file.
        onCompromised: () => {
        }
      });
    } catch (error) {
      if (!isErrno(error, "ELOCKED")) throw error;
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false };
      await sleep(Math.min(left, 5 + Math.random() * 20), signal);
      continue;
    }
    try {
      return { ok: true, value: await critical() };
    } finally {
      await unlock().catch(() => {
      });
    }
  }
}
var GUARD_STALE_MS;
var init_lease_guard = __esm({
  "src/locks/lease-guard.ts"() {
    "use strict";
    init_secure_files();
    init_backoff();
    GUARD_STALE_MS = 2e3;
  }
});

// src/locks/file-lease-lock.ts
var file_lease_lock_exports = {};
__export(file_lease_lock_exports, {
  FileLeaseLock: () => FileLeaseLock,
  UNGUARDED_RELEASE_MS: () => UNGUARDED_RELEASE_MS
});
var import_node_path12, NOTICE_EVERY_MS, UNGUARDED_RELEASE_MS, FileLeaseLock;
var init_file_lease_lock = __esm({
  "src/locks/file-lease-lock.ts"() {
    "use strict";
    import_node_path12 = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    init_backoff();
    init_file_lease_handle();
    init_lease_file();
    init_lease_guard();
    init_lease_record();
    init_lock();
    init_process_liveness();
    NOTICE_EVERY_MS = 1e4;
    UNGUARDED_RELEASE_MS = 15e3;
    FileLeaseLock = class {
      constructor(dir, stream, options = {}) {
        this.dir = dir;
        this.stream = stream;
        this.file = import_node_path12.default.join(dir, LOCK_FILE_NAME);
        this.#guard = `${this.file}.guard`;
        this.#noticeEveryMs = options.noticeEveryMs ?? NOTICE_EVERY_MS;
      }
      dir;
      stream;
      kind = "file";
      file;
      #guard;
      #noticeEveryMs;
      async acquire(options) {
        if (!(options.timeoutMs >= 0) || !(options.leaseMs > 0)) {
          throw new RangeError(
            `lock timeout (${options.timeoutMs}) and lease (${options.leaseMs}) must be positive`
          );
        }
        const started = performance.now();
        const deadline = Date.now() + options.timeoutMs;
        await ensurePrivateDir(this.dir);
        const free = await this.#tryTake(options, "only-if-free");
        if (free.taken) return { handle: this.#handle(free.taken, options), waitedMs: 0 };
        let blocker = null;
        let lastNotice = null;
        for (let attempt = 0; ; attempt++) {
          options.signal?.throwIfAborted();
          const guardDeadline = Math.max(deadline, Date.now() + 500);
          const outcome = await this.#guarded(() => this.#tryTake(options), guardDeadline, options.signal);
          const waitedMs = Math.round(performance.now() - started);
          if (outcome.ok && outcome.value.taken)
            return { handle: this.#handle(outcome.value.taken, options), waitedMs };
          if (outcome.ok && outcome.value.blocker) blocker = outcome.value.blocker;
          if (Date.now() >= deadline) throw this.#timeoutError(blocker, waitedMs);
          if (blocker !== null && (lastNotice === null || waitedMs - lastNotice >= this.#noticeEveryMs)) {
            lastNotice = waitedMs;
            options.onWait?.(blocker, waitedMs);
          }
          await sleep(Math.max(0, Math.min(backoffDelay(attempt), deadline - Date.now())), options.signal);
        }
      }
      /**
       * Takes back a lease by id (restore in one process, persist in a later one). Succeeds while the file still holds
       * that id, even past expiresAt (nobody took it); the lease is not extended. Throws LockLostError otherwise.
       * Meant for `lease` mode: a resumed `process` lock still dies with the process that acquired it.
       */
      async resume(id) {
        const snapshot = await readLease(this.file);
        if (snapshot?.holder.id !== id) {
          const now = snapshot === null ? "it is free now" : `it is now held by ${describeHolder(snapshot.holder)}`;
          throw new LockLostError(
            `the lock on stream "${this.stream}" is no longer held under lease ${id}: it was released, or it expired and was taken over (${now}). Run the job again from restore so that the stream is locked anew.`
          );
        }
        return new FileLeaseHandle(this, snapshot.holder, 0);
      }
      /**
       * The holder named by the lock file, stale or not (`stale` says which); an unreadable file is reported as held
       * by "unknown".
       */
      async inspect() {
        const snapshot = await readLease(this.file);
        return snapshot === null ? null : { ...snapshot.holder, stale: isStale(snapshot) };
      }
      async forceRelease() {
        for (; ; ) {
          if (await readLease(this.file) === null) return null;
          const outcome = await this.#guarded(
            async () => {
              const snapshot = await readLease(this.file);
              if (snapshot === null) return { removed: null };
              return await removeLeaseIfUnchanged(this.file, snapshot) ? { removed: snapshot.holder } : null;
            },
            Date.now() + 3 * GUARD_STALE_MS
          );
          if (!outcome.ok) {
            throw new Error(`cannot force-release ${this.file}: its guard ${this.#guard} stays busy`);
          }
          if (outcome.value !== null) return outcome.value.removed;
        }
      }
      /**
       * Removes the lease only if it still carries `id`. False when it was released or taken over meanwhile.
       * A lease with time to run goes without the guard: nobody else writes it while it is not stale (a taker on this
       * machine judges a live holder by its pid and start time, one on another host by expiresAt, and only the holder
       * renews), so the removal's own check decides alone (moved aside, and put back unless it is the lease read).
       * A run that found its lock free then never loads the guard's library (about 11 ms of CPU while Codex starts).
       */
      async releaseIfHeld(id) {
        const snapshot = await readLease(this.file);
        if (snapshot?.holder.id !== id) return false;
        if (Date.parse(snapshot.holder.expiresAt) - Date.now() > UNGUARDED_RELEASE_MS) {
          return removeLeaseIfUnchanged(this.file, snapshot);
        }
        const outcome = await this.#guarded(
          async () => {
            const snapshot2 = await readLease(this.file);
            return snapshot2?.holder.id === id && await removeLeaseIfUnchanged(this.file, snapshot2);
          },
          Date.now() + 3 * GUARD_STALE_MS
        );
        if (!outcome.ok) throw new Error(`cannot release ${this.file}: its guard ${this.#guard} stays busy`);
        return outcome.value;
      }
      /** Pushes expiresAt forward. Returns the renewed holder, 'lost' if the lease is not ours any more, null if busy. */
      async renew(id, leaseMs) {
        const outcome = await this.#guarded(
          async () => {
            const snapshot = await readLease(this.file);
            if (snapshot?.record?.id !== id) return "lost";
            const record = {
              ...snapshot.record,
              expiresAt: new Date(Date.now() + leaseMs).toISOString()
            };
            await writePrivateFileAtomic(this.file, `${JSON.stringify(record, null, 2)}
`);
            return toHolder(record);
          },
          Date.now() + Math.max(200, leaseMs / 6)
        );
        return outcome.ok ? outcome.value : null;
      }
      #handle(taken, options) {
        return new FileLeaseHandle(this, taken, options.mode === "process" ? options.leaseMs : 0);
      }
      /** Under the guard: takes a free or stale lease. 'only-if-free' (no guard held): takes it only if none is on file. */
      async #tryTake(options, scope = "guarded") {
        const { randomUUID: randomUUID3 } = await Promise.resolve().then(() => __toESM(require("node:crypto"), 1));
        const snapshot = await readLease(this.file);
        if (snapshot !== null && scope === "only-if-free") return {};
        if (snapshot !== null) {
          if (!isStale(snapshot)) return { blocker: snapshot.holder };
          if (!await removeLeaseIfUnchanged(this.file, snapshot)) return {};
        }
        const now = Date.now();
        const identity = currentIdentity();
        const bound = options.mode === "process";
        const record = {
          version: FORMAT_VERSION,
          stream: this.stream,
          mode: options.mode,
          id: randomUUID3(),
          host: identity.host,
          pid: bound ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + options.leaseMs).toISOString(),
          bootId: identity.bootId,
          pidNamespace: identity.pidNamespace,
          pidStartTime: bound ? processStartTime(process.pid) : null
        };
        return await createLeaseExclusive(this.file, record) ? { taken: toHolder(record) } : {};
      }
      #guarded(critical, deadline, signal) {
        return guarded(this.file, this.#guard, critical, deadline, signal);
      }
      #timeoutError(holder, waitedMs) {
        const seconds2 = (waitedMs / 1e3).toFixed(1);
        const held = holder === null ? `its guard ${this.#guard} stayed busy` : `it is held by ${describeHolder(holder)}`;
        return new LockTimeoutError(
          `timed out after ${seconds2}s waiting for the lock on stream "${this.stream}": ${held}. Wait for that holder to finish and try again, raise --lock-timeout, or, if you know the holder is gone, remove the lock with \`codex-auth unlock --force --stream ${this.stream}\`.`
        );
      }
    };
  }
});

// src/seal/agent-user-lock.ts
function agentUserLockDir(user, env = process.env) {
  let home = null;
  try {
    home = import_node_os3.default.userInfo().homedir;
  } catch {
    home = null;
  }
  const base = home !== null && import_node_path13.default.isAbsolute(home) && (0, import_node_fs14.existsSync)(home) ? import_node_path13.default.join(home, ".cache", "codex-auth") : import_node_path13.default.dirname(privateHomesBase(env));
  return import_node_path13.default.join(base, "agent-users", user);
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
var import_node_fs14, import_node_os3, import_node_path13, AGENT_LOCK_LEASE_MS;
var init_agent_user_lock = __esm({
  "src/seal/agent-user-lock.ts"() {
    "use strict";
    import_node_fs14 = require("node:fs");
    import_node_os3 = __toESM(require("node:os"), 1);
    import_node_path13 = __toESM(require("node:path"), 1);
    init_codex_home();
    init_errors();
    init_file_lease_lock();
    init_lock();
    init_agent_user_facts();
    AGENT_LOCK_LEASE_MS = 6e4;
  }
});

// src/seal/agent-workspace.ts
async function grantWorkspace(agent, runner, workspace) {
  const dir = import_node_path14.default.resolve(workspace);
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
      throw new SealError(`cannot give ${agent.name} access to the workspace ${dir}: ${firstLine2(again)}`);
    }
  }
  const ancestors = [];
  for (let current = import_node_path14.default.dirname(dir); current !== import_node_path14.default.dirname(current); current = import_node_path14.default.dirname(current)) {
    const info = (0, import_node_fs15.statSync)(current);
    if ((info.mode & 1) !== 0) continue;
    const set2 = await runCommand("setfacl", ["-m", `u:${agent.uid}:x`, "--", current]);
    if (set2.code !== 0) {
      throw new SealError(
        `${agent.name} cannot reach the workspace: ${current} is not searchable by others and not ours (${firstLine2(set2)}); move the workspace or allow others to search ${current}.`
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
var import_node_fs15, import_node_path14;
var init_agent_workspace = __esm({
  "src/seal/agent-workspace.ts"() {
    "use strict";
    import_node_fs15 = require("node:fs");
    import_node_path14 = __toESM(require("node:path"), 1);
    init_errors();
    init_agent_commands();
  }
});

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
  ].map((name2) => import_node_path15.default.join(home, name2)).filter((file) => (0, import_node_fs16.existsSync)(file));
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
      secrets: [...request.secrets, ...homeCredentialFiles(request.runnerHome ?? import_node_os4.default.homedir())],
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
      writeCodexFile: (name2, content) => writeAgentFile(agent, import_node_path15.default.join(madeHome.codexHome, name2), content),
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
var import_node_fs16, import_node_os4, import_node_path15;
var init_agent_isolation = __esm({
  "src/seal/agent-isolation.ts"() {
    "use strict";
    import_node_fs16 = require("node:fs");
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path15 = __toESM(require("node:path"), 1);
    init_agent_batch();
    init_agent_launch();
    init_agent_user_probe();
    init_agent_user();
    init_agent_user_lock();
    init_agent_workspace();
  }
});

// src/seal/isolated-access.ts
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
var ISOLATED_FULL_ACCESS_NEEDS_BROKER;
var init_isolated_access = __esm({
  "src/seal/isolated-access.ts"() {
    "use strict";
    init_errors();
    ISOLATED_FULL_ACCESS_NEEDS_BROKER = true;
  }
});

// src/roundtrip/phases/isolate.ts
function ourCodeDir() {
  const entry = process.argv[1];
  if (entry === void 0) return [];
  try {
    return [import_node_path16.default.dirname((0, import_node_fs17.realpathSync)(entry))];
  } catch {
    return [];
  }
}
async function startIsolation(state, request) {
  const user = request.seal.codexUser;
  const sealing = required(state.sealing, "the seal planned");
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
  await isolation.share(required(state.home, "the home").dir);
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
var import_node_fs17, import_node_path16;
var init_isolate = __esm({
  "src/roundtrip/phases/isolate.ts"() {
    "use strict";
    import_node_fs17 = require("node:fs");
    import_node_path16 = __toESM(require("node:path"), 1);
    init_codex_env();
    init_seal_request();
    init_agent_isolation();
    init_agent_user();
    init_agent_user_lock();
    init_isolated_access();
    init_run_state();
  }
});

// src/seal/seal-probe-script.ts
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
    const found2 = [...sections.keys()].find((name2) => name2.startsWith(`file ${index} `));
    files[file] = { readable: found2 === void 0 || found2.endsWith(" readable") };
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
var PROBE_SCRIPT2, SHELL_PROBE_SCRIPT;
var init_seal_probe_script = __esm({
  "src/seal/seal-probe-script.ts"() {
    "use strict";
    PROBE_SCRIPT2 = String.raw`
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
    SHELL_PROBE_SCRIPT = `
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
  }
});

// src/seal/seal-probe.ts
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
  const marker = `codex-auth-probe-${(0, import_node_crypto5.randomBytes)(8).toString("hex")}`;
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
    const child = (0, import_node_child_process3.spawn)(file, args, {
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
    const server = import_node_net3.default.createServer((socket) => socket.destroy());
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
var import_node_child_process3, import_node_crypto5, import_node_net3, MIN_SEALED_CODEX, NAMESPACE_FAILURE;
var init_seal_probe = __esm({
  "src/seal/seal-probe.ts"() {
    "use strict";
    import_node_child_process3 = require("node:child_process");
    init_stop_session();
    import_node_crypto5 = require("node:crypto");
    import_node_net3 = __toESM(require("node:net"), 1);
    init_native_codex();
    init_resolve_codex();
    init_seal_probe_script();
    MIN_SEALED_CODEX = "0.149.0";
    NAMESPACE_FAILURE = /bwrap: .*(namespace|uid map|RTM_NEWADDR|Operation not permitted)|unprivileged user namespaces|user namespace/i;
  }
});

// src/seal/userns-fix.ts
function bwrapPath(codexPath) {
  if ((0, import_node_fs18.existsSync)("/usr/bin/bwrap")) return "/usr/bin/bwrap";
  const native = findNativeCodex(codexPath);
  const bundled = native ? import_node_path17.default.join(native.vendorDir, "codex-resources", "bwrap") : null;
  return bundled !== null && (0, import_node_fs18.existsSync)(bundled) ? bundled : "/usr/bin/bwrap";
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
    return (0, import_node_fs18.readFileSync)(RESTRICT_SYSCTL, "utf8").trim();
  } catch {
    return null;
  }
}
function succeeds(file, args, input) {
  return new Promise((resolve) => {
    const child = (0, import_node_child_process4.execFile)(file, args, { timeout: 3e4 }, (error) => resolve(error === null));
    if (input !== void 0) child.stdin?.end(input);
    else child.stdin?.end();
  });
}
var import_node_child_process4, import_node_fs18, import_node_path17, RESTRICT_SYSCTL, PROFILE_PATH;
var init_userns_fix = __esm({
  "src/seal/userns-fix.ts"() {
    "use strict";
    import_node_child_process4 = require("node:child_process");
    import_node_fs18 = require("node:fs");
    import_node_path17 = __toESM(require("node:path"), 1);
    init_native_codex();
    RESTRICT_SYSCTL = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
    PROFILE_PATH = "/etc/apparmor.d/codex-auth-bwrap";
  }
});

// src/github/persisted-credentials.ts
async function findPersistedCheckoutToken(dir) {
  const config = await gitConfigAbove(import_node_path18.default.resolve(dir));
  if (config === null) return null;
  const text = await import_node_fs19.promises.readFile(config, "utf8").catch(() => "");
  if (EXTRAHEADER.test(text)) return config;
  for (const match of text.matchAll(INCLUDE_PATH)) {
    const included = import_node_path18.default.resolve(import_node_path18.default.dirname(config), (match[1] ?? "").replace(/^"(.*)"$/, "$1"));
    const includedText = await import_node_fs19.promises.readFile(included, "utf8").catch(() => "");
    if (EXTRAHEADER.test(includedText)) return included;
  }
  return null;
}
async function gitConfigAbove(start) {
  for (let dir = start; ; dir = import_node_path18.default.dirname(dir)) {
    const candidate = import_node_path18.default.join(dir, ".git", "config");
    if ((await import_node_fs19.promises.stat(candidate).catch(() => null))?.isFile()) return candidate;
    if (import_node_path18.default.dirname(dir) === dir) return null;
  }
}
function persistedTokenWarning(file) {
  return `the job's GitHub token is persisted in ${file} by actions/checkout, where the agent can read it (and with contents: write, push code or delete this stream's refs). Set \`persist-credentials: false\` on the actions/checkout step.`;
}
var import_node_fs19, import_node_path18, EXTRAHEADER, INCLUDE_PATH;
var init_persisted_credentials = __esm({
  "src/github/persisted-credentials.ts"() {
    "use strict";
    import_node_fs19 = require("node:fs");
    import_node_path18 = __toESM(require("node:path"), 1);
    EXTRAHEADER = /^\s*extraheader\s*=\s*AUTHORIZATION:/im;
    INCLUDE_PATH = /^\s*path\s*=\s*(.+?)\s*$/gim;
  }
});

// src/seal/project-trust.ts
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
    for (let dir = import_node_path19.default.resolve(start); ; dir = import_node_path19.default.dirname(dir)) {
      all.add(dir);
      if (import_node_path19.default.dirname(dir) === dir) break;
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
var import_node_path19, UNSEALING_FLAGS, UNSEALING_LABELS, PROJECT_TRUST_LABEL;
var init_project_trust = __esm({
  "src/seal/project-trust.ts"() {
    "use strict";
    import_node_path19 = __toESM(require("node:path"), 1);
    UNSEALING_FLAGS = {
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
    UNSEALING_LABELS = {
      "--trust": "project configuration trusted",
      "--approve-for-me": "commands approved by an automatic review",
      "--ignore-user-config": "the sealed config.toml skipped",
      "--dangerously-bypass-hook-trust": "hooks run without trust",
      "--remote": "a remote app server"
    };
    PROJECT_TRUST_LABEL = "project configuration trusted";
  }
});

// src/seal/user-config.ts
function parseUserConfig(text, names) {
  try {
    return parse2(text);
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
var init_user_config = __esm({
  "src/seal/user-config.ts"() {
    "use strict";
    init_dist2();
    init_errors();
  }
});

// src/core/sandbox-mode.ts
function sandboxMode(value, where) {
  if (SANDBOX_MODES.includes(value)) return value;
  throw new UsageError(
    `${where} must be one of ${SANDBOX_MODES.join(", ")}, not ${JSON.stringify(value ?? "")}.`
  );
}
var SANDBOX_MODES;
var init_sandbox_mode = __esm({
  "src/core/sandbox-mode.ts"() {
    "use strict";
    init_errors();
    SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
  }
});

// src/seal/outside-sandbox.ts
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
  const path33 = key.split(".");
  const scoped = path33[0] === "profiles" ? path33.slice(2) : path33;
  const head = scoped[0];
  if (head === "mcp_servers") {
    const server = key.split(".").slice(0, path33.length - scoped.length + 2).join(".");
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
  const found2 = scan(doc, "", where);
  for (const [name2, body] of Object.entries(asTable3(doc.profiles) ?? {})) {
    found2.push(...scan(asTable3(body) ?? {}, `[profiles.${name2}] `, where));
  }
  return found2;
}
function scan(table, prefix, where) {
  const found2 = [];
  for (const [name2, server] of Object.entries(asTable3(table.mcp_servers) ?? {})) {
    if (asTable3(server)?.enabled === false) continue;
    found2.push({
      why: `${prefix}[mcp_servers.${name2}] in ${where} ${MCP}`,
      label: "MCP server"
    });
  }
  if (Array.isArray(table.notify) && table.notify.length > 0) {
    found2.push({ why: `${prefix}notify in ${where} ${NOTIFY}`, label: "notify program" });
  }
  const hooks = asTable3(table.hooks);
  if (hooks !== void 0 && Object.keys(hooks).length > 0) {
    found2.push({ why: `${prefix}[hooks] in ${where} ${HOOKS}`, label: "hooks" });
  }
  for (const [feature, risky] of Object.entries(RISKY_FEATURES)) {
    if (asTable3(table.features)?.[feature] === true) {
      found2.push({ why: `${prefix}features.${feature} in ${where} ${risky}`, label: feature });
    }
  }
  return found2;
}
function unsealedReason(labels, outside) {
  const processes = [...new Set(outside.map((found2) => found2.label))].join(", ");
  const all = [...new Set(labels), ...processes === "" ? [] : [`${processes} outside the sandbox`]];
  return all.length === 0 ? null : all.join("; ");
}
function asTable3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
var MCP, NOTIFY, HOOKS, PROXY, PLUGINS, APPS, RISKY_FEATURES, ACCOUNT_FEATURES;
var init_outside_sandbox = __esm({
  "src/seal/outside-sandbox.ts"() {
    "use strict";
    MCP = "runs an MCP server outside the sandbox: its tools, which the agent calls, can read the ChatGPT login";
    NOTIFY = "runs a program outside the sandbox after every turn, with the agent's message as an argument";
    HOOKS = "runs hook commands outside the sandbox, with the agent's tool input on stdin";
    PROXY = "gives the agent's commands network access through a proxy Codex runs outside the sandbox";
    PLUGINS = "installs the ChatGPT account's plugins into the run, whose MCP servers and hooks run outside the sandbox";
    APPS = "gives the agent the ChatGPT account's apps, tools that run outside the sandbox";
    RISKY_FEATURES = {
      network_proxy: PROXY,
      plugins: PLUGINS,
      remote_plugin: PLUGINS,
      apps: APPS
    };
    ACCOUNT_FEATURES = ["plugins", "remote_plugin", "apps"];
  }
});

// src/seal/seal-config.ts
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
    const found2 = outsideSandboxArg(flag, inline ?? options[i + 1] ?? "", names.codexArgs);
    if (found2 !== null && !outside.some((seen) => seen.why === found2.why)) outside.push(found2);
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
    ...fromConfig.map((found2) => found2.why)
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
var SEALED_PROFILE, BASE_PROFILE, SANDBOX_FLAGS, DANGER_FLAGS, PROBE_OPTIONS;
var init_seal_config = __esm({
  "src/seal/seal-config.ts"() {
    "use strict";
    init_dist2();
    init_errors();
    init_user_config();
    init_sandbox_mode();
    init_project_trust();
    init_outside_sandbox();
    init_sandbox_mode();
    SEALED_PROFILE = "codex-auth-sealed";
    BASE_PROFILE = {
      "read-only": ":read-only",
      "workspace-write": ":workspace"
    };
    SANDBOX_FLAGS = /* @__PURE__ */ new Set(["--sandbox", "-s"]);
    DANGER_FLAGS = /* @__PURE__ */ new Set(["--dangerously-bypass-approvals-and-sandbox", "--yolo"]);
    PROBE_OPTIONS = /* @__PURE__ */ new Set(["-c", "--config", "--enable", "--disable", "-p", "--profile", "-C", "--cd"]);
  }
});

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
var init_network_seal = __esm({
  "src/seal/network-seal.ts"() {
    "use strict";
    init_agent_user_probe();
  }
});

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
var init_seal_probe_message = __esm({
  "src/seal/seal-probe-message.ts"() {
    "use strict";
    init_network_seal();
    init_userns_fix();
  }
});

// src/seal/seal-home.ts
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
  const root = import_node_path20.default.resolve(input.cwd, choice.cd ?? ".");
  const roots = [root];
  try {
    roots.push((0, import_node_fs20.realpathSync)(root));
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
  const probeHome = await import_node_fs20.promises.mkdtemp(import_node_path20.default.join(input.home, ".seal-probe-"));
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
    await import_node_fs20.promises.rm(probeHome, { recursive: true, force: true });
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
  const unique = [...new Set(paths.map((p) => realPathOfNearest(import_node_path20.default.resolve(p))))];
  return unique.filter(
    (candidate) => !unique.some((other) => other !== candidate && candidate.startsWith(other + import_node_path20.default.sep))
  );
}
function realPathOfNearest(target) {
  try {
    return import_node_fs20.realpathSync.native(target);
  } catch {
    const parent = import_node_path20.default.dirname(target);
    return parent === target ? target : import_node_path20.default.join(realPathOfNearest(parent), import_node_path20.default.basename(target));
  }
}
function report(mode, profile, probeMs, machineChange, reason) {
  return { sealed: probeMs !== null, mode, profile, probeMs, waitMs: null, machineChange, reason };
}
var import_node_fs20, import_node_path20, NOT_ISOLATED;
var init_seal_home = __esm({
  "src/seal/seal-home.ts"() {
    "use strict";
    import_node_fs20 = require("node:fs");
    import_node_path20 = __toESM(require("node:path"), 1);
    init_codex_home();
    init_seal_probe();
    init_userns_fix();
    init_errors();
    init_persisted_credentials();
    init_project_trust();
    init_seal_config();
    init_isolated_access();
    init_network_seal();
    init_seal_probe_message();
    NOT_ISOLATED = { requested: false, brokerHoldsLogin: false };
  }
});

// src/roundtrip/broker-deny.ts
function holdsRealLogin(dir) {
  const candidates = [import_node_path21.default.join(dir, "auth.json")];
  try {
    for (const entry of (0, import_node_fs21.readdirSync)(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) candidates.push(import_node_path21.default.join(dir, entry.name, "auth.json"));
    }
  } catch {
    return false;
  }
  return candidates.some((file) => {
    let text;
    try {
      text = (0, import_node_fs21.readFileSync)(file, "utf8");
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
var import_node_fs21, import_node_path21;
var init_broker_deny = __esm({
  "src/roundtrip/broker-deny.ts"() {
    "use strict";
    import_node_fs21 = require("node:fs");
    import_node_path21 = __toESM(require("node:path"), 1);
    init_broker2();
  }
});

// src/roundtrip/phases/seal.ts
function sealInputFor(state, request, target) {
  const home = required(state.home, "the home");
  const homesDirs = [home.sealRoot, ...request.sealPaths ?? []];
  const seed2 = target.seedFile ? [target.seedFile] : [];
  const writable = [...target.storePaths, ...runnerFileCommandPaths(request.baseEnv)];
  return {
    home: home.dir,
    userConfig: request.codexConfig,
    codexArgs: target.codexArgs,
    codexPath: target.codexPath,
    env: target.env ?? required(state.codexEnv, "Codex's environment"),
    cwd: request.cwd ?? process.cwd(),
    ...target.broker ? {
      homeHoldsSecret: false,
      extraDeny: [...seed2, ...homesDirs.filter((dir) => holdsRealLogin(dir))],
      denyIfWritable: [...homesDirs, ...writable]
    } : { extraDeny: [...seed2, ...homesDirs, ...writable] },
    seal: request.seal,
    ...target.probe === void 0 ? {} : { probe: target.probe },
    ...target.isolation === void 0 ? {} : { isolation: target.isolation }
  };
}
async function startSealing(state, target) {
  state.sealing = startSeal(sealInputFor(state, target, target), state.ctx.log, state.ctx.secrets);
}
async function awaitSeal(state) {
  const sealing = required(state.sealing, "the seal started");
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
var init_seal = __esm({
  "src/roundtrip/phases/seal.ts"() {
    "use strict";
    init_codex_env();
    init_seal_home();
    init_broker_deny();
    init_run_state();
  }
});

// src/roundtrip/phases/exec.ts
async function watchAndPersist(state) {
  const home = required(state.home, "the home");
  const loaded2 = required(state.loaded, "the loaded copy");
  const splitState = required(state.splitState, "the split state");
  const persister = new Persister(
    state.ctx,
    loaded2,
    (written) => saveSplitState(home.dir, { ...splitState, ...written })
  );
  state.persister = persister;
  if (state.broker) return;
  const watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, "the auth.json Codex wrote"), {
    initialText: loaded2.bundle.raw
  });
  state.stops.push(() => watcher.close());
}
async function execCodex(state, request) {
  const home = required(state.home, "the home");
  const sealed = required(state.sealed, "the seal");
  const signal = stopIfRefused(state, request.signal);
  const run10 = await state.ctx.runCodex({
    codexPath: request.codexPath,
    args: sealed.args,
    env: required(state.codexEnv, "Codex's environment"),
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
  state.codexRun = run10;
  await settleProof(state);
  await stopAlongside(state);
  state.usage = await readUsageFacts(
    home.dir,
    run10,
    state.startedAt,
    state.ctx.log,
    state.broker?.planUsage()
  );
  Object.assign(state.result, {
    codexExitCode: run10.exitCode,
    finalMessage: run10.finalMessage,
    usage: run10.usage,
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
var init_exec = __esm({
  "src/roundtrip/phases/exec.ts"() {
    "use strict";
    init_auth_watcher();
    init_orphan_homes();
    init_persister();
    init_broker3();
    init_split_state();
    init_usage_limit();
    init_isolate();
    init_seal();
    init_run_state();
  }
});

// src/roundtrip/phases/home.ts
async function createHome(state, request, envOptions) {
  state.home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
  state.codexEnv = buildCodexEnv(request.baseEnv, state.home.dir, state.ctx.log, envOptions);
}
async function createRunHome(state, request) {
  await sweepOrphanedHomes(state.ctx.log, privateHomesBase(request.baseEnv));
  await createHome(state, request);
  const home = required(state.home, "the home");
  if (home.created) {
    await recordOwner(home.dir, null);
    state.homeRecorded = true;
  }
}
async function materialise(state) {
  const home = required(state.home, "the home");
  const loaded2 = required(state.loaded, "the loaded copy");
  const lock = required(state.lock, "the lock");
  state.splitState = splitStateOf(state.ctx, lock.holder.id, loaded2, state.ctx.now());
  await saveSplitState(home.dir, state.splitState);
  await materialiseAuth(home.dir, state.broker?.placeholderAuthJson ?? loaded2.bundle.raw);
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
var init_home = __esm({
  "src/roundtrip/phases/home.ts"() {
    "use strict";
    init_codex_env();
    init_codex_home();
    init_orphan_homes();
    init_split_state();
    init_run_state();
  }
});

// src/roundtrip/phases/load.ts
async function loadOrSeed(state, seed2) {
  try {
    state.loaded = await loadStream(state.ctx, seed2);
  } finally {
    state.sealing?.secretsKnown();
  }
  startFrom(state.result, loadedCopyOf(state.loaded));
}
var init_load = __esm({
  "src/roundtrip/phases/load.ts"() {
    "use strict";
    init_loaded_copy();
    init_load_stream();
    init_result();
  }
});

// src/roundtrip/phases/persist.ts
async function persistFinal(state) {
  const run10 = deadLoginOf(state);
  const home = required(state.home, "the home");
  const loaded2 = required(state.loaded, "the loaded copy");
  const persister = required(state.persister, "the Persister");
  const broker = state.broker;
  const finalRaw = broker ? broker.currentBundle()?.raw ?? null : await readAuth(home.dir);
  if (!run10.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, "the auth.json Codex left");
  await persister.settle();
  state.result.refreshFailure = run10.refreshFailure;
  describeBundleInto(state.result, loaded2.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded2, { seedWrittenHere: true, now: state.ctx.now() });
}
function deadLoginOf(state) {
  const run10 = required(state.codexRun, "Codex's exit");
  if (run10.refreshFailure || !state.broker?.loginDead()) return run10;
  state.codexRun = { ...run10, refreshFailure: "refresh_failed" };
  return state.codexRun;
}
var init_persist = __esm({
  "src/roundtrip/phases/persist.ts"() {
    "use strict";
    init_codex_home();
    init_result();
    init_run_state();
  }
});

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
var init_release = __esm({
  "src/roundtrip/phases/release.ts"() {
    "use strict";
    init_acquire();
    init_exec();
    init_home();
  }
});

// src/roundtrip/phases/verdict.ts
async function judgeRun(state, request) {
  const run10 = required(state.codexRun, "Codex's exit");
  const persister = required(state.persister, "the Persister");
  const { stream, log } = state.ctx;
  const generation = persister.currentGeneration;
  if (persister.error) throw prefixError(persister.error, persistFailedPrefix(stream));
  if (run10.timedOut) {
    const kept = state.result.refreshed ? `The login it refreshed was persisted (generation ${generation}) and the lock of stream "${stream}" released.` : `The stored login was left as it was and the lock of stream "${stream}" released.`;
    throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
  }
  if (run10.refreshFailure && run10.exitCode !== 0) {
    throw new AuthUnusableError(reseedMessage(stream, run10, generation));
  }
  if (run10.refreshFailure) log.warn(`${reseedMessage(stream, run10, generation)} (This run still succeeded.)`);
  if (state.usage?.usageLimited)
    throw new UsageLimitError(usageLimitMessage(`stream "${stream}"`, state.usage));
  if (run10.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run10));
  if (run10.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
}
async function judgeTokenRun(state, request) {
  const run10 = required(state.codexRun, "Codex's exit");
  if (run10.timedOut) {
    throw new RunTimeoutError(
      runTimeoutMessage(request.runTimeoutMs ?? 0, "Nothing is stored in this mode.")
    );
  }
  if (state.usage?.usageLimited) {
    throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, state.usage));
  }
  if (run10.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run10));
}
var init_verdict = __esm({
  "src/roundtrip/phases/verdict.ts"() {
    "use strict";
    init_errors();
    init_messages();
    init_usage_limit();
    init_run_state();
  }
});

// src/roundtrip/run-round-trip.ts
async function runRoundTrip(ctx, request) {
  if (request.tokenBroker !== false) prepareRunCa();
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, request, RUN_PHASES, (done) => release(done, "remove-if-created"));
}
var RUN_PHASES;
var init_run_round_trip = __esm({
  "src/roundtrip/run-round-trip.ts"() {
    "use strict";
    init_acquire();
    init_broker3();
    init_exec();
    init_home();
    init_isolate();
    init_load();
    init_persist();
    init_release();
    init_run_state();
    init_seal();
    init_verdict();
    init_run_ca();
    RUN_PHASES = [
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
  }
});

// src/roundtrip/phases/token-broker.ts
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
    ...caFile ? { upstreamCa: await (0, import_promises2.readFile)(caFile, "utf8") } : {},
    proxy: proxyUrl ? { url: proxyUrl, noProxy: env.NO_PROXY || env.no_proxy || "" } : void 0
  };
}
function userConfig(text) {
  if (text === void 0) return null;
  try {
    return parse2(text);
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
async function startTokenBroker2(state, request) {
  const home = required(state.home, "the home");
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
  const env = { ...required(state.codexEnv, "Codex's environment") };
  for (const name2 of Object.keys(env)) if (REPLACED.includes(name2.toUpperCase())) delete env[name2];
  state.codexEnv = { ...env, ...broker.codexEnv, ...broker.tokenEnv };
  return configWithBroker(request.codexConfig, broker);
}
var import_promises2, REPLACED;
var init_token_broker2 = __esm({
  "src/roundtrip/phases/token-broker.ts"() {
    "use strict";
    import_promises2 = require("node:fs/promises");
    init_dist2();
    init_broker2();
    init_run_state();
    REPLACED = [
      "CODEX_API_KEY",
      "CODEX_ACCESS_TOKEN",
      "OPENAI_API_KEY",
      "CODEX_AUTHAPI_BASE_URL",
      "CODEX_CA_CERTIFICATE",
      "CODEX_REFRESH_TOKEN_URL_OVERRIDE",
      "CODEX_REVOKE_TOKEN_URL_OVERRIDE"
    ];
  }
});

// src/roundtrip/run-token-mode.ts
async function runTokenMode(runCodex2, log, secrets, request) {
  const state = newRunState({ runCodex: runCodex2, log, secrets }, "-", "none");
  return runPhases(state, request, TOKEN_MODE_PHASES, (done) => release(done, "remove"));
}
var TOKEN_MODE_PHASES;
var init_run_token_mode = __esm({
  "src/roundtrip/run-token-mode.ts"() {
    "use strict";
    init_exec();
    init_home();
    init_release();
    init_run_state();
    init_token_broker2();
    init_seal();
    init_verdict();
    TOKEN_MODE_PHASES = [
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
  }
});

// src/codex/jsonl-events.ts
function parseJsonlLine(line) {
  const trimmed = stripCr(line);
  if (trimmed.trim() === "") return null;
  const start = trimmed.trimStart();
  if (start.startsWith("{")) {
    try {
      const value = JSON.parse(start);
      if (isRecord2(value) && typeof value.type === "string") {
        return { kind: "event", event: value };
      }
    } catch {
    }
  }
  return { kind: "text", line: trimmed };
}
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
function pickUsage(raw) {
  const usage = {};
  for (const field of USAGE_FIELDS) {
    const value = raw[field];
    if (typeof value === "number" && Number.isFinite(value)) usage[field] = value;
  }
  return usage;
}
function isRecord2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var import_node_string_decoder, LineSplitter, JsonlParser, USAGE_FIELDS, CodexEventReducer;
var init_jsonl_events = __esm({
  "src/codex/jsonl-events.ts"() {
    "use strict";
    import_node_string_decoder = require("node:string_decoder");
    LineSplitter = class {
      #decoder = new import_node_string_decoder.StringDecoder("utf8");
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
    JsonlParser = class {
      #lines = new LineSplitter();
      push(chunk) {
        return classify(this.#lines.push(chunk));
      }
      end() {
        return classify(this.#lines.end());
      }
    };
    USAGE_FIELDS = [
      "input_tokens",
      "cached_input_tokens",
      "cache_write_input_tokens",
      "output_tokens",
      "reasoning_output_tokens"
    ];
    CodexEventReducer = class {
      #finalMessage = null;
      #usage = null;
      #errorMessages = [];
      #eventCount = 0;
      add(event) {
        this.#eventCount += 1;
        switch (event.type) {
          case "item.completed": {
            const item = event.item;
            if (isRecord2(item) && item.type === "agent_message" && typeof item.text === "string") {
              this.#finalMessage = item.text;
            }
            break;
          }
          case "turn.completed":
            if (isRecord2(event.usage)) this.#usage = pickUsage(event.usage);
            break;
          case "error":
            if (typeof event.message === "string") this.#errorMessages.push(event.message);
            break;
          case "turn.failed":
            if (isRecord2(event.error) && typeof event.error.message === "string") {
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
  }
});

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
var init_spawn_error = __esm({
  "src/codex/spawn-error.ts"() {
    "use strict";
    init_errors();
    init_resolve_codex();
  }
});

// src/codex/process-group.ts
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
var FORWARDED_SIGNALS;
var init_process_group = __esm({
  "src/codex/process-group.ts"() {
    "use strict";
    FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
  }
});

// src/codex/refresh-failure.ts
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
var PATTERNS;
var init_refresh_failure = __esm({
  "src/codex/refresh-failure.ts"() {
    "use strict";
    PATTERNS = [
      { code: "refresh_token_expired", needles: ["refresh token has expired", "refresh_token_expired"] },
      { code: "refresh_token_reused", needles: ["refresh token was already used", "refresh_token_reused"] },
      { code: "refresh_token_invalidated", needles: ["refresh token was revoked", "refresh_token_invalidated"] },
      { code: "refresh_failed", needles: ["access token could not be refreshed"] }
    ];
  }
});

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
var CodexRun;
var init_codex_run = __esm({
  "src/codex/codex-run.ts"() {
    "use strict";
    init_jsonl_events();
    init_process_group();
    init_refresh_failure();
    init_spawn_error();
    init_stop_session();
    CodexRun = class {
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
  }
});

// src/codex/run-codex.ts
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
  const child = (0, import_node_child_process5.spawn)(plan.command, [...plan.args], {
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
var import_node_child_process5, JSON_FLAGS, defaultRunner, runCodex;
var init_run_codex = __esm({
  "src/codex/run-codex.ts"() {
    "use strict";
    import_node_child_process5 = require("node:child_process");
    init_jsonl_events();
    init_native_codex();
    init_spawn_error();
    init_codex_run();
    JSON_FLAGS = ["--json", "--experimental-json"];
    defaultRunner = createCodexRunner();
    runCodex = defaultRunner;
  }
});

// src/github/github-errors.ts
function isEmptyRepositoryError(error) {
  return isCodexAuthError(error) && error.fix === EMPTY_REPOSITORY_FIX;
}
function explainGitHubError(error, doing, needs) {
  const status = statusOf(error);
  const said = messageOf(error);
  if (status === 409 && /repository is empty/i.test(said)) {
    return new EmptyRepositoryError(
      `the repository has no branches yet (GitHub answered 409 "${said}" to ${callOf(error)} while ${doing}): GitHub keeps no refs, so no git-ref store or lock, in a repository without branches. ${EMPTY_REPOSITORY_FIX}.`
    );
  }
  if (status === 401) {
    return new UsageError(
      `GitHub rejected the token while ${doing} (401 ${said}): pass a valid token (the Action's github-token input, or GITHUB_TOKEN / GH_TOKEN for the CLI).`
    );
  }
  if (status === 403 && !/rate limit/i.test(said)) {
    return new UsageError(
      `the token may not do this while ${doing} (403 ${said}): add \`permissions: ${needs}\` to the job (or give a fine-grained token that permission on the repository).`
    );
  }
  if (status === 404) {
    return new UsageError(
      `GitHub answered 404 while ${doing}: check --repo / GITHUB_REPOSITORY, and that the token can see the repository (\`permissions: ${needs}\`).`
    );
  }
  if (status === 422) {
    return new InternalError(
      `GitHub refused ${callOf(error)} while ${doing} (422 Unprocessable Entity: "${said}"). This is not a transient failure and was not retried; if the message does not say what to change, report it with this line.`,
      { cause: error }
    );
  }
  return new InternalError(
    `GitHub API failed while ${doing}${status ? ` (${status} ${said})` : `: ${said}`}; try again later.`,
    {
      cause: error
    }
  );
}
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : null;
}
function messageOf(error) {
  const data = error?.response?.data;
  if (typeof data?.message === "string") return data.message;
  return error instanceof Error ? error.message : String(error);
}
function callOf(error) {
  const request = error?.request;
  if (typeof request?.method !== "string" || typeof request.url !== "string") return "a request";
  let path33 = request.url;
  try {
    path33 = new URL(request.url).pathname;
  } catch {
  }
  return `${request.method} ${decodeURIComponent(path33)}`;
}
var EMPTY_REPOSITORY_FIX, EmptyRepositoryError;
var init_github_errors = __esm({
  "src/github/github-errors.ts"() {
    "use strict";
    init_errors();
    EMPTY_REPOSITORY_FIX = 'Push a first commit to any branch of the repository (for example `git commit --allow-empty -m "first commit" && git push`), then run again';
    EmptyRepositoryError = class extends UsageError {
      fix = EMPTY_REPOSITORY_FIX;
    };
  }
});

// src/github/workflow-run.ts
function currentWorkflowRun(env) {
  const id = Number(env.GITHUB_RUN_ID);
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_REPOSITORY || !Number.isSafeInteger(id) || id <= 0) {
    return void 0;
  }
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    repository: env.GITHUB_REPOSITORY,
    id,
    attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    job: env.GITHUB_JOB || null,
    url: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${id}`
  };
}
async function runLiveness(client, run10) {
  const [owner, repo] = run10.repository.split("/");
  if (!owner || !repo) return "unknown";
  try {
    const { data } = await client.rest.actions.getWorkflowRun({ owner, repo, run_id: run10.id });
    if ((data.run_attempt ?? run10.attempt) > run10.attempt) return "gone";
    return data.status === "completed" ? "gone" : "active";
  } catch (error) {
    return statusOf(error) === 404 ? "gone" : "unknown";
  }
}
var init_workflow_run = __esm({
  "src/github/workflow-run.ts"() {
    "use strict";
    init_github_errors();
  }
});

// src/github/writer.ts
function describeWriter(env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? "https://github.com";
    const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "";
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
  }
  if (env.CI_JOB_URL) return env.CI_JOB_URL;
  let user = "unknown";
  try {
    user = import_node_os5.default.userInfo().username;
  } catch {
  }
  return `${user}@${import_node_os5.default.hostname()} (codex-auth pid ${process.pid})`;
}
var import_node_os5;
var init_writer = __esm({
  "src/github/writer.ts"() {
    "use strict";
    import_node_os5 = __toESM(require("node:os"), 1);
  }
});

// src/github/git-refs.ts
function shortName(ref) {
  return ref.replace(/^refs\//, "");
}
function parseRepository(value, source) {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`${source} must be OWNER/NAME, not ${JSON.stringify(value)}`);
  }
  return { owner: match[1], repo: match[2] };
}
function commitMessage(subject, payload) {
  return `${subject}

${payload}`;
}
function payloadOf(message) {
  const at = message.indexOf("\n\n");
  return at === -1 ? message : message.slice(at + 2);
}
var EMPTY_TREE, WRITE, READ, GitRefs;
var init_git_refs = __esm({
  "src/github/git-refs.ts"() {
    "use strict";
    init_errors();
    init_github_errors();
    EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    WRITE = "contents: write";
    READ = "contents: read";
    GitRefs = class {
      constructor(client, repository) {
        this.client = client;
        this.repository = repository;
      }
      client;
      repository;
      emptyTree = EMPTY_TREE;
      /** The commit a ref points at, or null. `ref` is the full name (`refs/codex-auth/...`). */
      async readRef(ref) {
        try {
          const { data } = await this.client.rest.git.getRef({ ...this.repository, ref: shortName(ref) });
          return data.object.sha;
        } catch (error) {
          if (statusOf(error) === 404) return null;
          throw explainGitHubError(error, `reading ${ref}`, READ);
        }
      }
      /**
       * Every ref whose full name starts with `prefix` (`refs/codex-auth/locks/x` also lists `.../x+released`), by full
       * name: one call for several refs.
       */
      async listRefs(prefix) {
        try {
          const { data } = await this.client.rest.git.listMatchingRefs({
            ...this.repository,
            ref: shortName(prefix)
          });
          return new Map(data.map((entry) => [entry.ref, entry.object.sha]));
        } catch (error) {
          throw explainGitHubError(error, `listing ${prefix}`, READ);
        }
      }
      async readMessage(sha) {
        try {
          const { data } = await this.client.rest.git.getCommit({ ...this.repository, commit_sha: sha });
          return data.message;
        } catch (error) {
          throw explainGitHubError(error, `reading commit ${sha}`, READ);
        }
      }
      /** A commit over the empty tree with `message`. */
      async createCommit(message, parents) {
        const create = () => this.client.rest.git.createCommit({
          ...this.repository,
          message,
          tree: this.emptyTree,
          parents: [...parents]
        });
        try {
          return (await create()).data.sha;
        } catch (error) {
          if (statusOf(error) === 422 && /tree/i.test(messageOf(error)) && this.emptyTree === EMPTY_TREE) {
            try {
              this.emptyTree = (await this.client.rest.git.createTree({ ...this.repository, tree: [] })).data.sha;
              return (await create()).data.sha;
            } catch (retryError) {
              throw explainGitHubError(retryError, "writing a commit", WRITE);
            }
          }
          throw explainGitHubError(error, "writing a commit", WRITE);
        }
      }
      /** Creates `ref` at `sha`; false when it already exists (GitHub's 422 "Reference already exists"). */
      async createRef(ref, sha) {
        try {
          await this.client.rest.git.createRef({ ...this.repository, ref, sha });
          return true;
        } catch (error) {
          if (statusOf(error) === 422 && /already exists/i.test(messageOf(error))) return false;
          throw explainGitHubError(error, `creating ${ref}`, WRITE);
        }
      }
      /** Moves `ref` to `sha` only if `sha` descends from where the ref is now: a compare-and-swap. */
      async fastForward(ref, sha, force = false) {
        try {
          await this.client.rest.git.updateRef({ ...this.repository, ref: shortName(ref), sha, force });
          return "updated";
        } catch (error) {
          if (statusOf(error) === 422) {
            const said = messageOf(error);
            if (/not a fast forward/i.test(said)) return "not-fast-forward";
            if (/does not exist/i.test(said)) return "missing";
          }
          throw explainGitHubError(error, `updating ${ref}`, WRITE);
        }
      }
      /** Deletes `ref`; false when it did not exist. */
      async deleteRef(ref) {
        try {
          await this.client.rest.git.deleteRef({ ...this.repository, ref: shortName(ref) });
          return true;
        } catch (error) {
          if (statusOf(error) === 404) return false;
          if (statusOf(error) === 422 && /does not exist/i.test(messageOf(error))) return false;
          throw explainGitHubError(error, `deleting ${ref}`, WRITE);
        }
      }
    };
  }
});

// src/github/ref-handoff.ts
var CODEX_AUTH_REFS, RefHandoff;
var init_ref_handoff = __esm({
  "src/github/ref-handoff.ts"() {
    "use strict";
    CODEX_AUTH_REFS = "refs/codex-auth";
    RefHandoff = class {
      listing = null;
      /** By the lock, when it took or resumed the lock from this listing. */
      offer(listing) {
        this.listing = listing;
      }
      /** By the store, once: a later read (a conflict message, another round trip) looks for itself. */
      take() {
        const listing = this.listing;
        this.listing = null;
        return listing;
      }
      /** By the lock, on release: what it saw is no longer protected by it. */
      clear() {
        this.listing = null;
      }
    };
  }
});

// src/core/backend-kinds.ts
var STORE_KINDS, LOCK_KINDS, DEFAULT_RESTORE_LEASE_MS, ORG_VISIBILITIES, DEFAULT_ORG_VISIBILITY;
var init_backend_kinds = __esm({
  "src/core/backend-kinds.ts"() {
    "use strict";
    STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
    LOCK_KINDS = ["file", "git-ref", "none"];
    DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1e3;
    ORG_VISIBILITIES = ["selected", "private", "all"];
    DEFAULT_ORG_VISIBILITY = "selected";
  }
});

// src/platform/check-paths.ts
async function readInputFile(file, input) {
  const at = `${input.flag} ${file}`;
  let fd;
  try {
    fd = (0, import_node_fs22.openSync)(file, import_node_fs22.constants.O_RDONLY | import_node_fs22.constants.O_NONBLOCK);
  } catch (error) {
    if (isErrno(error, "ENOENT")) {
      throw new UsageError(`${at}: no such file. Pass the path of ${input.what}.`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot read it. Run as its owner, or make it readable by this user only (chmod 600 as the owner).`
      );
    }
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(
        `${at}: a part of the path is a file, not a directory. Pass the path of ${input.what}.`
      );
    }
    throw error;
  }
  try {
    const stat = (0, import_node_fs22.fstatSync)(fd);
    if (stat.isFIFO()) return await readPipe(fd, at, input);
    refuseKind(stat, at, input.what, file);
    if (stat.size > input.maxBytes) {
      throw new UsageError(
        `${at} is ${stat.size} bytes, more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
      );
    }
    if ((stat.mode & 63) !== 0 && input.onOpenToOthers) {
      input.onOpenToOthers(
        `${at} is readable by other users (mode ${(stat.mode & 511).toString(8).padStart(4, "0")}) and holds live tokens: chmod 600 ${file}, or delete it once the stream is seeded.`
      );
    }
    return (0, import_node_fs22.readFileSync)(fd, "utf8");
  } catch (error) {
    if (isErrno(error, "EISDIR")) refuseKind({ isDirectory: () => true }, at, input.what, file);
    throw error;
  } finally {
    (0, import_node_fs22.closeSync)(fd);
  }
}
async function readPipe(fd, at, input) {
  const started = Date.now();
  const chunks = [];
  let size = 0;
  let writerSeen = false;
  const buffer = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = (0, import_node_fs22.readSync)(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isErrno(error, "EAGAIN")) throw error;
      n = null;
      writerSeen = true;
    }
    if (n !== null && n > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      size += n;
      writerSeen = true;
      if (size > input.maxBytes) {
        throw new UsageError(
          `${at} gave more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
        );
      }
      continue;
    }
    if (n === 0 && writerSeen) return Buffer.concat(chunks).toString("utf8");
    const waited = Date.now() - started;
    if (!writerSeen && waited > PIPE_WRITER_WAIT_MS || waited > PIPE_TOTAL_MS) {
      throw new UsageError(
        `${at} is a pipe ${writerSeen ? `that did not end within ${PIPE_TOTAL_MS / 1e3} s` : `nobody wrote to within ${PIPE_WRITER_WAIT_MS / 1e3} s`}. Write ${input.what} into it (for example ${input.flag} <(your-secret-tool read ...)), or pass a regular file holding ${input.what}.`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_POLL_MS));
  }
}
function refuseKind(stat, at, what, file) {
  if (stat.isDirectory()) {
    throw new UsageError(
      `${at} is a directory, not a file. Pass the file itself${what.includes("auth.json") ? ` (for example ${import_node_path22.default.join(file, "auth.json")})` : ""}.`
    );
  }
  const kind = specialKind(stat);
  if (kind)
    throw new UsageError(`${at} is ${kind}, not a regular file. Pass a regular file holding ${what}.`);
}
function specialKind(stat) {
  if (stat.isFIFO?.()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice?.() || stat.isBlockDevice?.()) return "a device";
  if (stat.isSocket?.()) return "a socket";
  return null;
}
function stateDirOrigin(settings) {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? "the state directory" };
}
async function checkStreamDir(origin, stream, write, ownedFiles) {
  const stateDir = origin.dir;
  const at = `${origin.source} ${stateDir}`;
  const stateStat = await lstatOrNull(stateDir, at);
  if (stateStat === null) {
    if (write) await checkCreatable(stateDir, at);
    return;
  }
  if (!stateStat.isDirectory() && !(stateStat.isSymbolicLink() && await isDirThroughLink(stateDir))) {
    throw new UsageError(`${at} is ${describeKind(stateStat)}, not a directory. ${STATE_DIR_FIX}`);
  }
  await checkAccess(stateDir, write, at);
  const dir = import_node_path22.default.join(stateDir, stream);
  const dirAt = `the directory of stream "${stream}" (${dir}, under ${origin.source})`;
  const dirStat = await lstatOrNull(dir, dirAt);
  if (dirStat === null) return;
  if (!dirStat.isDirectory()) {
    throw new UsageError(
      `${dirAt} is ${describeKind(dirStat)}, not a directory: codex-auth did not make it. Move it away, or ${STATE_DIR_FIX.charAt(0).toLowerCase()}${STATE_DIR_FIX.slice(1)}`
    );
  }
  await checkAccess(dir, write, dirAt);
  for (const name2 of ownedFiles) {
    const file = import_node_path22.default.join(dir, name2);
    const stat = await lstatOrNull(file, file);
    if (stat && !stat.isFile()) {
      throw new UsageError(
        `${file} is ${describeKind(stat)}, but codex-auth keeps its own regular file there (stream "${stream}", ${origin.source}): codex-auth did not make it. Move it away (for a directory: rmdir ${file} if it is empty), then run again.`
      );
    }
  }
}
async function lstatOrNull(file, at) {
  try {
    return (0, import_node_fs22.lstatSync)(file);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(`${at}: a part of the path is a file, not a directory. ${STATE_DIR_FIX}`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot look into its parent. ${STATE_DIR_FIX}`
      );
    }
    throw error;
  }
}
async function isDirThroughLink(dir) {
  try {
    return (0, import_node_fs22.statSync)(dir).isDirectory();
  } catch {
    return false;
  }
}
async function checkAccess(dir, write, at) {
  try {
    (0, import_node_fs22.accessSync)(dir, import_node_fs22.constants.R_OK | import_node_fs22.constants.X_OK | (write ? import_node_fs22.constants.W_OK : 0));
  } catch {
    throw new UsageError(
      `${at}: permission denied: this user cannot ${write ? "write" : "read"} it. ${STATE_DIR_FIX}`
    );
  }
}
async function checkCreatable(dir, at) {
  let parent = import_node_path22.default.dirname(dir);
  for (; ; ) {
    const stat = await import_node_fs22.promises.stat(parent).catch((error) => {
      if (isErrno(error, "ENOENT")) return null;
      if (isErrno(error, "ENOTDIR")) return "not-dir";
      throw error;
    });
    if (stat === "not-dir" || stat !== null && !stat.isDirectory()) {
      throw new UsageError(
        `${at} cannot be created: a part of its path is a file, not a directory. ${STATE_DIR_FIX}`
      );
    }
    if (stat !== null) {
      try {
        await import_node_fs22.promises.access(parent, import_node_fs22.constants.W_OK | import_node_fs22.constants.X_OK);
      } catch {
        throw new UsageError(
          `${at} does not exist and this user cannot create it (${parent} is not writable). ${STATE_DIR_FIX}`
        );
      }
      return;
    }
    const up = import_node_path22.default.dirname(parent);
    if (up === parent) return;
    parent = up;
  }
}
function describeKind(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFile()) return "a regular file";
  return specialKind(stat) ?? "not a regular file";
}
var import_node_fs22, import_node_path22, MAX_AUTH_JSON_BYTES, MAX_CONFIG_BYTES, PIPE_WRITER_WAIT_MS, PIPE_TOTAL_MS, PIPE_POLL_MS, STATE_DIR_FIX;
var init_check_paths = __esm({
  "src/platform/check-paths.ts"() {
    "use strict";
    import_node_fs22 = require("node:fs");
    import_node_path22 = __toESM(require("node:path"), 1);
    init_errors();
    init_secure_files();
    MAX_AUTH_JSON_BYTES = 64 * 1024;
    MAX_CONFIG_BYTES = 1024 * 1024;
    PIPE_WRITER_WAIT_MS = 1e4;
    PIPE_TOTAL_MS = 6e4;
    PIPE_POLL_MS = 20;
    STATE_DIR_FIX = "Choose a directory this user can write with --state-dir DIR or CODEX_AUTH_STATE_DIR (Action: input state-dir); it is created if missing.";
  }
});

// src/locks/checked-lock.ts
var checked_lock_exports = {};
__export(checked_lock_exports, {
  CheckedFileLock: () => CheckedFileLock
});
var CheckedFileLock;
var init_checked_lock = __esm({
  "src/locks/checked-lock.ts"() {
    "use strict";
    init_check_paths();
    CheckedFileLock = class {
      constructor(inner, origin, stream, lockFileName) {
        this.inner = inner;
        this.origin = origin;
        this.stream = stream;
        this.lockFileName = lockFileName;
        this.kind = inner.kind;
      }
      inner;
      origin;
      stream;
      lockFileName;
      kind;
      async acquire(options) {
        await this.check(true);
        return this.inner.acquire(options);
      }
      async resume(id) {
        await this.check(true);
        return this.inner.resume(id);
      }
      async inspect() {
        await this.check(false);
        return this.inner.inspect();
      }
      async forceRelease() {
        await this.check(true);
        return this.inner.forceRelease();
      }
      check(write) {
        return checkStreamDir(this.origin, this.stream, write, [this.lockFileName]);
      }
    };
  }
});

// src/locks/git-ref-lock.ts
var git_ref_lock_exports = {};
__export(git_ref_lock_exports, {
  GitRefLock: () => GitRefLock,
  lockRef: () => lockRef,
  releasedRef: () => releasedRef
});
function lockRef(stream) {
  return `refs/codex-auth/locks/${stream}`;
}
function releasedRef(stream) {
  return `${lockRef(stream)}+released`;
}
var import_node_crypto6, import_node_os6, POLL, holderSchema, GitRefLock;
var init_git_ref_lock = __esm({
  "src/locks/git-ref-lock.ts"() {
    "use strict";
    import_node_crypto6 = require("node:crypto");
    import_node_os6 = __toESM(require("node:os"), 1);
    init_dist();
    init_errors();
    init_git_refs();
    init_ref_handoff();
    init_workflow_run();
    init_backoff();
    init_lock();
    POLL = { initialMs: 500, maxMs: 1e4 };
    holderSchema = object({
      id: string(),
      host: string(),
      pid: nullable(number()),
      owner: string(),
      acquiredAt: string(),
      expiresAt: string(),
      run: optional(
        object({
          repository: string(),
          id: number(),
          attempt: number(),
          job: nullable(string()),
          url: string()
        })
      )
    });
    GitRefLock = class {
      constructor(git, client, stream, options = {}) {
        this.git = git;
        this.client = client;
        this.stream = stream;
        this.options = options;
        this.ref = lockRef(stream);
        this.marker = releasedRef(stream);
      }
      git;
      client;
      stream;
      options;
      kind = "git-ref";
      ref;
      marker;
      holders = /* @__PURE__ */ new Map();
      warnedNoActionsRead = false;
      /**
       * The lock ref's commit (null: never taken), whether it is held (not at its release marker), and the listing it
       * came from: the lock's own refs, or with a handoff every codex-auth ref, in the same one call.
       */
      async heldAt() {
        const refs = await this.git.listRefs(this.options.handoff ? CODEX_AUTH_REFS : this.ref);
        const tip = refs.get(this.ref) ?? null;
        return { tip, held: tip !== null && tip !== (refs.get(this.marker) ?? null), refs };
      }
      async acquire(options) {
        const started = Date.now();
        const deadline = started + options.timeoutMs;
        const noticeEvery = this.options.noticeEveryMs ?? 1e4;
        let lastNotice = -Infinity;
        this.options.handoff?.clear();
        for (let attempt = 0; ; attempt++) {
          options.signal?.throwIfAborted();
          const { tip, held, refs } = await this.heldAt();
          if (!held) {
            const holder = this.newHolder(options);
            const mine = await this.git.createCommit(this.message(holder), tip === null ? [] : [tip]);
            const took = tip === null ? await this.git.createRef(this.ref, mine) : await this.git.fastForward(this.ref, mine) === "updated";
            if (took) {
              this.options.handoff?.offer(refs);
              return this.acquired(holder, mine, options, started);
            }
            continue;
          }
          const current = tip;
          const theirs = await this.holderAt(current);
          if (await this.isStale(theirs)) {
            const takeover = this.newHolder(options);
            const sha = await this.git.createCommit(this.message(takeover, theirs), [current]);
            if (await this.git.fastForward(this.ref, sha) === "updated") {
              this.options.log?.info(
                `took over the lock of stream "${this.stream}" from ${describeHolder(theirs)}, which is gone.`
              );
              return this.acquired(takeover, sha, options, started);
            }
            continue;
          }
          const waited = Date.now() - started;
          if (Date.now() >= deadline) {
            throw new LockTimeoutError(
              `the lock of stream "${this.stream}" is held by ${describeHolder(theirs)} and was not released within ${Math.round(options.timeoutMs / 1e3)} s. Wait for that run, raise lock-timeout, or, if you know it is gone, run \`codex-auth unlock --force --store git-ref --stream ${this.stream}\`.`
            );
          }
          if (waited - lastNotice >= noticeEvery) {
            lastNotice = waited;
            options.onWait?.(theirs, waited);
          }
          await sleep(Math.min(backoffDelay(attempt, POLL), Math.max(0, deadline - Date.now())), options.signal);
        }
      }
      async resume(id) {
        const { tip: sha, held, refs } = await this.heldAt();
        const holder = sha && held ? await this.holderAt(sha) : null;
        if (!sha || holder?.id !== id) {
          throw new LockLostError(
            `the lock of stream "${this.stream}" is no longer this job's (${holder ? `now held by ${describeHolder(holder)}` : "it is free"}): it was released or taken over meanwhile. Run the job again from restore.`
          );
        }
        this.options.handoff?.offer(refs);
        return this.handle(holder, sha, null);
      }
      async inspect() {
        const { tip, held } = await this.heldAt();
        if (!tip || !held) return null;
        const holder = await this.holderAt(tip);
        return { ...holder, stale: await this.isStale(holder) };
      }
      /** Frees the lock whoever holds it (unlock --force, revoke): the marker is moved to the holder's commit. */
      async forceRelease() {
        const { tip, held } = await this.heldAt();
        if (!tip || !held) return null;
        const holder = await this.holderAt(tip);
        return await this.markReleased(tip, true) ? holder : null;
      }
      /**
       * Moves the marker to `sha`. A fast-forward: the marker's last value is the free commit our holder commit was
       * built on (or the commit it took over from), so it is an ancestor of `sha`. `force` only for unlock --force,
       * which overrides whatever the marker says.
       */
      async markReleased(sha, force = false) {
        const moved = await this.git.fastForward(this.marker, sha, force);
        if (moved === "updated") return true;
        if (moved === "missing") return this.git.createRef(this.marker, sha);
        return false;
      }
      newHolder(options) {
        const now = Date.now();
        const leaseMs = this.options.run ? Math.max(options.leaseMs, 6 * 60 * 60 * 1e3) : options.leaseMs;
        return {
          id: (0, import_node_crypto6.randomUUID)(),
          host: import_node_os6.default.hostname(),
          pid: options.mode === "process" ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + leaseMs).toISOString(),
          ...this.options.run ? { run: this.options.run } : {}
        };
      }
      message(holder, replaced) {
        const subject = `codex-auth: lock of stream ${this.stream}${replaced ? ` (taken over from ${replaced.id})` : ""}`;
        return commitMessage(subject, JSON.stringify(holder, null, 2));
      }
      async holderAt(sha) {
        const cached = this.holders.get(sha);
        if (cached) return cached;
        let holder;
        try {
          holder = parse(holderSchema, JSON.parse(payloadOf(await this.git.readMessage(sha))));
        } catch (error) {
          if (isUsageError(error)) throw error;
          const now = /* @__PURE__ */ new Date();
          holder = {
            id: `unknown-${sha.slice(0, 12)}`,
            host: "unknown",
            pid: null,
            owner: `an unreadable lock commit ${sha.slice(0, 12)}`,
            acquiredAt: now.toISOString(),
            expiresAt: new Date(now.getTime() + 60 * 60 * 1e3).toISOString()
          };
        }
        this.holders.set(sha, holder);
        return holder;
      }
      async isStale(holder) {
        if (holder.run) {
          const liveness = await this.runLivenessOf(holder.run);
          if (liveness === "gone") return true;
          if (liveness === "active") return false;
        }
        return Date.parse(holder.expiresAt) < Date.now();
      }
      async runLivenessOf(run10) {
        const value = await runLiveness(this.client, run10);
        if (value === "unknown" && !this.warnedNoActionsRead) {
          this.warnedNoActionsRead = true;
          this.options.log?.warn(
            `cannot read the status of run ${run10.id} that holds the lock of stream "${this.stream}": add \`permissions: actions: read\` so a finished holder is recognised at once; until then its lease decides.`
          );
        }
        return value;
      }
      acquired(holder, sha, options, started) {
        const heartbeat = options.mode === "process" && !this.options.run ? options.leaseMs / 3 : null;
        return { handle: this.handle(holder, sha, heartbeat), waitedMs: Date.now() - started };
      }
      /** Heartbeat (holders outside Actions): a new commit on top of ours with a later lease, by fast-forward. */
      handle(holder, sha, heartbeatMs) {
        let current = sha;
        let currentHolder = holder;
        let renewing = Promise.resolve();
        const timer = heartbeatMs === null ? null : setInterval(() => {
          renewing = (async () => {
            const leaseMs = Date.parse(currentHolder.expiresAt) - Date.parse(currentHolder.acquiredAt);
            const renewed = { ...currentHolder, expiresAt: new Date(Date.now() + leaseMs).toISOString() };
            const next = await this.git.createCommit(this.message(renewed), [current]);
            if (await this.git.fastForward(this.ref, next) === "updated") {
              current = next;
              currentHolder = renewed;
              this.holders.set(next, renewed);
            }
          })().catch(() => void 0);
        }, heartbeatMs);
        timer?.unref();
        return {
          holder,
          release: async () => {
            if (timer) clearInterval(timer);
            this.options.handoff?.clear();
            await renewing;
            return this.markReleased(current);
          }
        };
      }
    };
  }
});

// src/locks/no-lock.ts
var no_lock_exports = {};
__export(no_lock_exports, {
  NoLock: () => NoLock
});
function noLockHandle(holder) {
  return { holder, release: async () => true };
}
var import_node_crypto7, import_node_os7, NoLock;
var init_no_lock = __esm({
  "src/locks/no-lock.ts"() {
    "use strict";
    import_node_crypto7 = require("node:crypto");
    import_node_os7 = __toESM(require("node:os"), 1);
    NoLock = class {
      kind = "none";
      async acquire(options) {
        options.signal?.throwIfAborted();
        const now = Date.now();
        const holder = {
          id: (0, import_node_crypto7.randomUUID)(),
          host: import_node_os7.default.hostname(),
          pid: options.mode === "process" ? process.pid : null,
          owner: options.owner,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + options.leaseMs).toISOString()
        };
        return { handle: noLockHandle(holder), waitedMs: 0 };
      }
      async resume(id) {
        const now = (/* @__PURE__ */ new Date()).toISOString();
        return noLockHandle({
          id,
          host: import_node_os7.default.hostname(),
          pid: null,
          owner: "no lock",
          acquiredAt: now,
          expiresAt: now
        });
      }
      async inspect() {
        return null;
      }
      async forceRelease() {
        return null;
      }
    };
  }
});

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
      const [{ FileLeaseLock: FileLeaseLock2 }, { LOCK_FILE_NAME: LOCK_FILE_NAME2 }, { CheckedFileLock: CheckedFileLock2 }] = await Promise.all([
        Promise.resolve().then(() => (init_file_lease_lock(), file_lease_lock_exports)),
        Promise.resolve().then(() => (init_lease_record(), lease_record_exports)),
        Promise.resolve().then(() => (init_checked_lock(), checked_lock_exports))
      ]);
      return new CheckedFileLock2(
        new FileLeaseLock2(import_node_path23.default.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME2
      );
    }
    case "git-ref": {
      const { GitRefLock: GitRefLock2 } = await Promise.resolve().then(() => (init_git_ref_lock(), git_ref_lock_exports));
      return new GitRefLock2(deps.git(), deps.client(), store.stream, {
        run: deps.run,
        log: deps.log,
        handoff: deps.handoff
      });
    }
    case "none": {
      const { NoLock: NoLock2 } = await Promise.resolve().then(() => (init_no_lock(), no_lock_exports));
      return new NoLock2();
    }
  }
}
var import_node_path23;
var init_create_lock = __esm({
  "src/locks/create-lock.ts"() {
    "use strict";
    import_node_path23 = __toESM(require("node:path"), 1);
    init_errors();
    init_backend_kinds();
    init_check_paths();
  }
});

// src/stores/rollback-guard.ts
function markOf(envelope) {
  return {
    generation: envelope.generation,
    fingerprint: envelope.fingerprint,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer
  };
}
function parseMark(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || !Number.isSafeInteger(value.generation)) return null;
  const textOf = (field) => typeof field === "string" ? field : null;
  return {
    generation: value.generation,
    fingerprint: textOf(value.fingerprint),
    writtenAt: textOf(value.writtenAt),
    writer: textOf(value.writer)
  };
}
function rollbackOf(envelope, mark) {
  if (mark === null) return null;
  if (envelope.generation < mark.generation) return "older";
  const forked = envelope.generation === mark.generation && mark.fingerprint !== null && envelope.fingerprint !== mark.fingerprint;
  return forked ? "forked" : null;
}
function describeMark(mark, where) {
  return `(${mark.writtenAt ?? "at an unknown time"} by ${mark.writer ?? "another run"}; high-water mark in ${where})`;
}
function refuseRollback(envelope, mark, where) {
  const rollback = rollbackOf(envelope, mark);
  if (rollback === null || mark === null) return;
  const what = rollback === "older" ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written ${describeMark(mark, where.mark)}` : `a copy of generation ${envelope.generation} that is not the one written ${describeMark(mark, where.mark)}`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`
  );
}
var import_node_fs23, HighWaterFile;
var init_rollback_guard = __esm({
  "src/stores/rollback-guard.ts"() {
    "use strict";
    import_node_fs23 = require("node:fs");
    init_errors();
    init_secure_files();
    HighWaterFile = class {
      constructor(file) {
        this.file = file;
      }
      file;
      /** Null when there is none or it cannot be read; it is rewritten at the next write, and never blocks by itself. */
      async read() {
        const text = await readPrivateFile(this.file);
        return text === null ? null : parseMark(text);
      }
      async write(mark) {
        await writePrivateFileAtomic(this.file, `${JSON.stringify(mark, null, 2)}
`);
      }
      async remove() {
        await import_node_fs23.promises.rm(this.file, { force: true });
      }
    };
  }
});

// src/stores/state-dir.ts
function defaultStateDir(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? import_node_path24.default.resolve(fromEnv) : import_node_path24.default.join(import_node_os8.default.homedir(), ".codex-auth");
}
function streamDir(stateDir, stream) {
  return import_node_path24.default.join(stateDir, stream);
}
function defaultStateDirSource(env) {
  const fromEnv = env[STATE_DIR_ENV];
  return fromEnv && fromEnv !== "" ? STATE_DIR_ENV : "the default state directory";
}
var import_node_os8, import_node_path24, STATE_DIR_ENV;
var init_state_dir = __esm({
  "src/stores/state-dir.ts"() {
    "use strict";
    import_node_os8 = __toESM(require("node:os"), 1);
    import_node_path24 = __toESM(require("node:path"), 1);
    STATE_DIR_ENV = "CODEX_AUTH_STATE_DIR";
  }
});

// src/stores/store.ts
async function readGeneration(store) {
  try {
    return (await store.read())?.generation ?? 0;
  } catch {
    return null;
  }
}
function serializeJobsAdvice(lock) {
  return `Serialize the jobs of one stream: keep ${lock} for every job that uses it (never \`lock: none\` / \`--lock none\` for jobs that may overlap) and, in GitHub Actions, add a \`concurrency:\` group.`;
}
var init_store = __esm({
  "src/stores/store.ts"() {
    "use strict";
  }
});

// src/stores/file-store.ts
var file_store_exports = {};
__export(file_store_exports, {
  FileStore: () => FileStore,
  HIGH_WATER: () => HIGH_WATER,
  STATE_DIR_ENV: () => STATE_DIR_ENV,
  defaultStateDir: () => defaultStateDir,
  defaultStateDirSource: () => defaultStateDirSource,
  streamDir: () => streamDir
});
var import_node_fs24, import_node_path25, CURRENT, PREVIOUS, HIGH_WATER, OWNED_FILES, FileStore;
var init_file_store = __esm({
  "src/stores/file-store.ts"() {
    "use strict";
    import_node_fs24 = require("node:fs");
    import_node_path25 = __toESM(require("node:path"), 1);
    init_envelope();
    init_errors();
    init_check_paths();
    init_secure_files();
    init_rollback_guard();
    init_state_dir();
    init_store();
    init_state_dir();
    CURRENT = "envelope.json";
    PREVIOUS = "envelope.prev.json";
    HIGH_WATER = "high-water.json";
    OWNED_FILES = [CURRENT, PREVIOUS, HIGH_WATER];
    FileStore = class {
      constructor(stateDir, stream, origin) {
        this.stream = stream;
        this.dir = streamDir(stateDir, stream);
        this.privatePaths = [import_node_path25.default.resolve(stateDir)];
        this.location = import_node_path25.default.join(this.dir, CURRENT);
        this.mark = new HighWaterFile(import_node_path25.default.join(this.dir, HIGH_WATER));
        this.origin = origin ?? { dir: stateDir, source: "the state directory" };
      }
      stream;
      kind = "file";
      location;
      readBackAfterWrite = true;
      /** The whole state directory: other streams' envelopes and locks are no business of this job's agent. */
      privatePaths;
      dir;
      mark;
      origin;
      async read() {
        await checkStreamDir(this.origin, this.stream, false, OWNED_FILES);
        const text = await readPrivateFile(this.location);
        if (text === null) return null;
        const envelope = parseEnvelope(text, this.location);
        refuseRollback(envelope, await this.mark.read(), {
          stream: this.stream,
          location: this.location,
          mark: this.mark.file
        });
        return envelope;
      }
      async storedStreams() {
        const root = import_node_path25.default.dirname(this.dir);
        const entries = await import_node_fs24.promises.readdir(root, { withFileTypes: true }).catch(() => []);
        const streams = [];
        for (const entry of entries) {
          if (!entry.isDirectory()) continue;
          const file = import_node_path25.default.join(root, entry.name, CURRENT);
          const text = await import_node_fs24.promises.readFile(file, "utf8").catch(() => null);
          if (text === null) continue;
          let fingerprint = null;
          try {
            fingerprint = parseEnvelope(text, file).fingerprint;
          } catch {
          }
          streams.push({ name: entry.name, fingerprint });
        }
        return streams.sort((a, b) => a.name.localeCompare(b.name));
      }
      async highWater() {
        return (await this.mark.read())?.generation ?? null;
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
        await ensurePrivateDir(this.dir);
        const { default: lockfile } = await Promise.resolve().then(() => (init_proper_lockfile(), proper_lockfile_exports));
        const release2 = await lockfile.lock(this.dir, {
          lockfilePath: import_node_path25.default.join(this.dir, ".write.lock"),
          realpath: false,
          stale: 1e4,
          retries: { retries: 50, minTimeout: 20, maxTimeout: 200 }
        });
        try {
          const currentText = await readPrivateFile(this.location);
          const current = currentText === null || expectedGeneration === "replace" ? null : parseEnvelope(currentText, this.location);
          const currentGeneration = current?.generation ?? 0;
          if (expectedGeneration !== "replace" && currentGeneration !== expectedGeneration) {
            throw new StoreConflictError(
              current ? `stream "${this.stream}" is at generation ${currentGeneration} (written ${current.writtenAt} by ${current.writer}), not ${expectedGeneration} as loaded: someone else wrote it meanwhile, so this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}` : `stream "${this.stream}" holds nothing, but generation ${expectedGeneration} was expected: it was removed meanwhile. Nothing was written; reseed it with \`codex-auth seed\`.`
            );
          }
          if (expectedGeneration !== "replace" && expectedGeneration > 0) {
            if (current) refuseRollback(current, await this.mark.read(), this.where());
          }
          if (currentText !== null) await writePrivateFileAtomic(import_node_path25.default.join(this.dir, PREVIOUS), currentText);
          await writePrivateFileAtomic(this.location, serializeEnvelope(envelope));
          await this.mark.write(markOf(envelope));
        } finally {
          await release2();
        }
      }
      /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
      async remove() {
        await checkStreamDir(this.origin, this.stream, true, OWNED_FILES);
        await import_node_fs24.promises.rm(import_node_path25.default.join(this.dir, CURRENT), { force: true });
        await import_node_fs24.promises.rm(import_node_path25.default.join(this.dir, PREVIOUS), { force: true });
        await this.mark.remove();
      }
      where() {
        return { stream: this.stream, location: this.location, mark: this.mark.file };
      }
      async rollback(badGeneration) {
        const currentText = await readPrivateFile(this.location);
        const current = currentText === null ? null : parseEnvelope(currentText, this.location);
        if (current?.generation !== badGeneration) return false;
        const previousPath = import_node_path25.default.join(this.dir, PREVIOUS);
        const previous = await readPrivateFile(previousPath);
        if (previous === null) {
          await removeFile(this.location);
          await this.mark.remove();
        } else {
          await this.mark.write(markOf(parseEnvelope(previous, previousPath)));
          await writePrivateFileAtomic(this.location, previous);
          await import_node_fs24.promises.rm(previousPath, { force: true });
        }
        return true;
      }
    };
  }
});

// src/stores/audit-log.ts
function writeReason(expectedGeneration) {
  if (expectedGeneration === "replace") return "reseed";
  return expectedGeneration === 0 ? "seed" : "refresh";
}
function auditLogPath(stateDir, stream) {
  return import_node_path26.default.join(streamDir(stateDir, stream), AUDIT_FILE);
}
function withAuditLog(store, stateDir) {
  const file = auditLogPath(stateDir, store.stream);
  const write = store.write.bind(store);
  const rollback = store.rollback.bind(store);
  store.write = async (envelope, expectedGeneration) => {
    await write(envelope, expectedGeneration);
    await appendAudit(file, entryOf(envelope, writeReason(expectedGeneration)));
  };
  store.rollback = async (badGeneration) => {
    const undone = await rollback(badGeneration);
    if (undone) {
      const now = await store.read().catch(() => null);
      await appendAudit(file, {
        generation: badGeneration,
        writtenAt: (/* @__PURE__ */ new Date()).toISOString(),
        writer: now?.writer ?? "-",
        why: "rollback",
        fingerprint: now?.fingerprint ?? "-"
      });
    }
    return undone;
  };
  return store;
}
function entryOf(envelope, why) {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint
  };
}
async function appendAudit(file, entry) {
  await appendAuditLine(file, entry).catch(() => void 0);
}
async function appendAuditLine(file, entry) {
  await ensurePrivateDir(import_node_path26.default.dirname(file));
  await import_node_fs25.promises.appendFile(file, `${JSON.stringify(entry)}
`, { mode: 384 });
  const text = await readPrivateFile(file) ?? "";
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length > MAX_LINES)
    await writePrivateFileAtomic(file, `${lines.slice(-KEEP_LINES).join("\n")}
`);
}
var import_node_fs25, import_node_path26, AUDIT_FILE, MAX_LINES, KEEP_LINES;
var init_audit_log = __esm({
  "src/stores/audit-log.ts"() {
    "use strict";
    import_node_fs25 = require("node:fs");
    import_node_path26 = __toESM(require("node:path"), 1);
    init_secure_files();
    init_file_store();
    AUDIT_FILE = "history.jsonl";
    MAX_LINES = 1e3;
    KEEP_LINES = 500;
  }
});

// src/stores/git-ref-store.ts
var git_ref_store_exports = {};
__export(git_ref_store_exports, {
  GitRefStore: () => GitRefStore,
  highWaterRef: () => highWaterRef,
  streamRef: () => streamRef
});
function streamRef(stream) {
  return `refs/codex-auth/streams/${stream}`;
}
function highWaterRef(stream) {
  return `refs/codex-auth/high-water/${stream}`;
}
var GitRefStore;
var init_git_ref_store = __esm({
  "src/stores/git-ref-store.ts"() {
    "use strict";
    init_envelope();
    init_errors();
    init_git_refs();
    init_rollback_guard();
    init_audit_log();
    init_store();
    GitRefStore = class {
      constructor(git, stream, handoff) {
        this.git = git;
        this.stream = stream;
        this.handoff = handoff;
        this.ref = streamRef(stream);
        this.markRef = highWaterRef(stream);
        this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
      }
      git;
      stream;
      handoff;
      kind = "git-ref";
      location;
      readBackAfterWrite = false;
      ref;
      markRef;
      /** Commit the mark ref points at, as last seen (undefined: not looked at yet; null: no mark). */
      markSha;
      /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
      commits = /* @__PURE__ */ new Map();
      async read() {
        return (await this.readCurrent())?.envelope ?? null;
      }
      /** One listing of the stream refs; fingerprints would cost a call per stream, so they are not read. */
      async storedStreams() {
        const prefix = streamRef("");
        const refs = await this.git.listRefs(prefix);
        return [...refs.keys()].map((ref) => ({ name: ref.slice(prefix.length), fingerprint: null })).sort((a, b) => a.name.localeCompare(b.name));
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        const message = commitMessage(
          `codex-auth: stream ${this.stream} generation ${envelope.generation} (${writeReason(expectedGeneration)})`,
          serializeEnvelope(envelope)
        );
        if (expectedGeneration === 0) {
          const sha2 = await this.git.createCommit(message, []);
          if (!await this.git.createRef(this.ref, sha2)) throw await this.conflict(expectedGeneration);
          this.commits.set(envelope.generation, sha2);
          await this.moveMark(sha2);
          return;
        }
        let parent = typeof expectedGeneration === "number" ? this.commits.get(expectedGeneration) : void 0;
        if (parent === void 0) {
          const current = await this.readCurrent().catch(() => null);
          const sha2 = current?.sha ?? await this.git.readRef(this.ref);
          if (expectedGeneration !== "replace" && current?.envelope.generation !== expectedGeneration) {
            throw await this.conflict(expectedGeneration);
          }
          if (sha2 === null) {
            const created = await this.git.createCommit(message, []);
            if (!await this.git.createRef(this.ref, created)) throw await this.conflict(expectedGeneration);
            this.commits.set(envelope.generation, created);
            await this.moveMark(created);
            return;
          }
          parent = sha2;
        }
        const sha = await this.git.createCommit(message, [parent]);
        const moved = await this.git.fastForward(this.ref, sha);
        if (moved !== "updated") throw await this.conflict(expectedGeneration);
        this.commits.set(envelope.generation, sha);
        await this.moveMark(sha);
      }
      async highWater() {
        const sha = await this.git.readRef(this.markRef);
        this.markSha = sha;
        return sha === null ? null : (await this.envelopeAt(sha)).generation;
      }
      /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
      async remove() {
        await this.git.deleteRef(this.ref);
        await this.git.deleteRef(this.markRef);
        this.markSha = null;
      }
      async rollback(badGeneration) {
        const bad = this.commits.get(badGeneration);
        const previous = this.commits.get(badGeneration - 1);
        if (!bad || await this.git.readRef(this.ref) !== bad) return false;
        if (previous) {
          const moved = await this.git.fastForward(this.ref, previous, true) === "updated";
          if (moved) await this.moveMark(previous);
          return moved;
        }
        await this.git.deleteRef(this.markRef).catch(() => false);
        this.markSha = null;
        return this.git.deleteRef(this.ref);
      }
      async readCurrent() {
        const [sha, markSha] = await this.currentShas();
        this.markSha = markSha;
        if (sha === null) return null;
        const envelope = await this.envelopeAt(sha);
        this.commits.set(envelope.generation, sha);
        if (markSha !== null && markSha !== sha) {
          const mark = await this.envelopeAt(markSha).catch(() => null);
          refuseRollback(envelope, mark ? markOf(mark) : null, {
            stream: this.stream,
            location: this.location,
            mark: `${this.markRef} (commit ${markSha.slice(0, 12)})`
          });
        }
        return { sha, envelope };
      }
      /**
       * Where the stream ref and its mark point: from the lock's listing when it just took the stream (no call), else
       * both refs read in parallel (one more than the envelope needs: the mark that guards against a rolled-back ref).
       */
      async currentShas() {
        const listed = this.handoff?.take();
        if (listed) return [listed.get(this.ref) ?? null, listed.get(this.markRef) ?? null];
        return Promise.all([this.git.readRef(this.ref), this.git.readRef(this.markRef)]);
      }
      async envelopeAt(sha) {
        return parseEnvelope(
          payloadOf(await this.git.readMessage(sha)),
          `${this.location} (commit ${sha.slice(0, 12)})`
        );
      }
      /**
       * Points the mark at the commit just written. After the stream ref moved, so a failure leaves the mark behind
       * (a weaker guard until the next write), never ahead of the stored copy (which would refuse the good one).
       */
      async moveMark(sha) {
        try {
          const moved = this.markSha === null ? "missing" : await this.git.fastForward(this.markRef, sha, true);
          if (moved === "missing" && !await this.git.createRef(this.markRef, sha)) {
            await this.git.fastForward(this.markRef, sha, true);
          }
          this.markSha = sha;
        } catch {
        }
      }
      /** Names the writer of the copy that won, so the user can see which run got there first. */
      async conflict(expected) {
        const current = await this.readCurrent().catch(() => null);
        const what = current ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}` : "it was removed";
        return new StoreConflictError(
          `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. ${serializeJobsAdvice("`lock: git-ref` (the default)")}`
        );
      }
    };
  }
});

// vendor:libsodium-wrappers
var libsodium_wrappers_exports = {};
__export(libsodium_wrappers_exports, {
  default: () => libsodium_wrappers_default
});
var sdk2, libsodium_wrappers_default;
var init_libsodium_wrappers = __esm({
  "vendor:libsodium-wrappers"() {
    sdk2 = require("../vendor/libsodium-wrappers.js");
    libsodium_wrappers_default = sdk2.default;
  }
});

// src/core/sodium.ts
async function loadSodium() {
  loaded ??= Promise.resolve().then(() => (init_libsodium_wrappers(), libsodium_wrappers_exports)).then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}
var loaded;
var init_sodium = __esm({
  "src/core/sodium.ts"() {
    "use strict";
    loaded = null;
  }
});

// src/github/secret-scope.ts
function parseSecretScope(value, source) {
  if (value === "repo" || value === "") return { kind: "repo" };
  if (value === "org") return { kind: "org" };
  const env = /^env:(.+)$/.exec(value);
  if (env?.[1]) return { kind: "env", environment: env[1] };
  throw new UsageError(`${source} must be repo, env:NAME or org, not ${JSON.stringify(value)}.`);
}
function parseOrgVisibility(value, source) {
  if (value === "") return DEFAULT_ORG_VISIBILITY;
  if (ORG_VISIBILITIES.includes(value)) return value;
  throw new UsageError(
    `${source} must be selected (only this repository), private (the organization's private and internal repositories) or all, not ${JSON.stringify(value)}.`
  );
}
function describeScope(scope, repository) {
  switch (scope.kind) {
    case "repo":
      return `repository ${repository.owner}/${repository.repo}`;
    case "env":
      return `environment ${scope.environment} of ${repository.owner}/${repository.repo}`;
    case "org":
      return `organization ${repository.owner}`;
  }
}
function scopePath(scope, repository) {
  const repo = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`;
  switch (scope.kind) {
    case "repo":
      return `${repo}/actions`;
    case "env":
      return `${repo}/environments/${encodeURIComponent(scope.environment)}`;
    case "org":
      return `/orgs/${encodeURIComponent(repository.owner)}/actions`;
  }
}
var init_secret_scope = __esm({
  "src/github/secret-scope.ts"() {
    "use strict";
    init_errors();
    init_backend_kinds();
  }
});

// src/stores/github-secret-store.ts
var github_secret_store_exports = {};
__export(github_secret_store_exports, {
  GitHubSecretStore: () => GitHubSecretStore
});
var SECRET_NAME, TOKEN_HELP, GitHubSecretStore, NotFound;
var init_github_secret_store = __esm({
  "src/stores/github-secret-store.ts"() {
    "use strict";
    init_envelope();
    init_errors();
    init_sodium();
    init_github_errors();
    init_secret_scope();
    init_rollback_guard();
    init_store();
    SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
    TOKEN_HELP = `The workflow's GITHUB_TOKEN can never write secrets: use a fine-grained personal access token or a GitHub App token with "Secrets: read and write" and "Variables: read and write" on the repository (or organization), passed as github-token (CLI: GITHUB_TOKEN).`;
    GitHubSecretStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        if (!SECRET_NAME.test(options.secretName)) {
          throw new UsageError(
            `secret-name ${JSON.stringify(options.secretName)} is not a valid secret name (letters, digits, _; not starting with a digit).`
          );
        }
        this.base = scopePath(options.scope, options.repository);
        this.markerName = `${options.secretName}_GENERATION`;
        this.location = `secret ${options.secretName} of the ${describeScope(options.scope, options.repository)}`;
      }
      stream;
      options;
      kind = "github-secret";
      location;
      readBackAfterWrite = false;
      base;
      markerName;
      publicKey = null;
      async read() {
        await this.fetchPublicKey();
        const marker = await this.readMarker();
        const mark = marker?.mark ?? null;
        const value = this.options.currentValue.trim();
        if (value === "") {
          if (marker) {
            throw new UsageError(
              `${this.location} was written${mark ? ` (generation ${mark.generation})` : ""} but this job did not receive its value: pass it as auth-json: \${{ secrets.${this.options.secretName} }} (CLI: CODEX_AUTH_JSON).`
            );
          }
          return null;
        }
        if (!isEnvelopeText(value)) {
          if (mark) throw this.refused("a plain auth.json", "older", mark);
          return null;
        }
        const envelope = parseEnvelope(value, this.location);
        const rollback = rollbackOf(envelope, mark);
        if (rollback && mark) throw this.refused(`generation ${envelope.generation}`, rollback, mark);
        return envelope;
      }
      async plainSeed() {
        const value = this.options.currentValue.trim();
        return value !== "" && !isEnvelopeText(value) ? { raw: value, origin: this.location } : null;
      }
      async currentGeneration() {
        try {
          return (await this.readMarker())?.mark?.generation ?? (this.options.currentValue.trim() ? null : 0);
        } catch {
          return null;
        }
      }
      async write(envelope, expectedGeneration) {
        const marker = await this.readMarker();
        const current = this.currentMark(marker?.mark ?? null);
        if (expectedGeneration !== "replace" && (current?.generation ?? 0) !== expectedGeneration) {
          throw new StoreConflictError(
            `${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
          );
        }
        const key = await this.fetchPublicKey();
        const sodium = await loadSodium();
        const sealed = sodium.crypto_box_seal(
          sodium.from_string(serializeEnvelope(envelope)),
          sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)
        );
        const encrypted = sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
        const access = this.options.scope.kind === "org" ? await this.orgAccess() : null;
        await this.call("PUT", `/secrets/${this.options.secretName}`, "writing the secret", {
          encrypted_value: encrypted,
          key_id: key.key_id,
          ...access
        });
        await this.writeMarker(markOf(envelope), marker !== null, access);
      }
      async remove() {
        for (const path33 of [`/secrets/${this.options.secretName}`, `/variables/${this.markerName}`]) {
          await this.call("DELETE", path33, "removing the stream").catch((error) => {
            if (!(error instanceof NotFound)) throw error;
          });
        }
      }
      async rollback() {
        return false;
      }
      /**
       * What the secret holds now, as far as this job can tell: the variable is moved after the secret, so a failure
       * in between leaves it one write behind the value this job received, which is then the newer record.
       */
      currentMark(mark) {
        const value = this.options.currentValue.trim();
        if (!isEnvelopeText(value)) return mark;
        let received;
        try {
          received = parseEnvelope(value, this.location);
        } catch {
          return mark;
        }
        return mark === null || received.generation > mark.generation ? markOf(received) : mark;
      }
      /** The rollback guard's refusal, in words for a secret: the usual cause is a job that started too early. */
      refused(what, rollback, mark) {
        const how = rollback === "older" ? "is older than the last write" : "is not the one written last";
        return new RollbackRefusedError(
          `the value of ${this.location} that this job received (${what}) ${how}, generation ${mark.generation} ${describeMark(mark, `the variable ${this.markerName}`)}: this job started before that write landed, and its refresh token was already rotated away. Nothing was run. Serialize the jobs of this stream: keep the stream lock (lock: git-ref) and add a \`concurrency:\` group, so each job starts after the previous one wrote the secret.`
        );
      }
      async fetchPublicKey() {
        this.publicKey ??= await this.call("GET", "/secrets/public-key", "reading the secrets' public key");
        return this.publicKey;
      }
      /** The generation variable: null when it does not exist; its `mark` null when it holds nothing readable. */
      async readMarker() {
        try {
          const data = await this.call(
            "GET",
            `/variables/${this.markerName}`,
            "reading the generation variable"
          );
          return { mark: parseMark(data.value) };
        } catch (error) {
          if (error instanceof NotFound) return null;
          throw error;
        }
      }
      /**
       * The secret's current visibility and selected repositories, or, for a secret that does not exist yet, the
       * chosen visibility (`selected` means this repository alone). Organization scope only.
       */
      async orgAccess() {
        const name2 = this.options.secretName;
        let current;
        try {
          current = await this.call("GET", `/secrets/${name2}`, "reading the secret's visibility");
        } catch (error) {
          if (!(error instanceof NotFound)) throw error;
          current = null;
        }
        if (current === null) {
          const visibility2 = this.options.newVisibility ?? "selected";
          if (visibility2 !== "selected") return { visibility: visibility2 };
          const data = await this.options.client.request("GET /repos/{owner}/{repo}", { ...this.options.repository }).then((response) => response.data).catch((error) => {
            throw explainGitHubError(
              error,
              `reading the id of ${this.options.repository.owner}/${this.options.repository.repo}`,
              "metadata: read"
            );
          });
          return { visibility: visibility2, selected_repository_ids: [data.id] };
        }
        const visibility = current.visibility;
        if (visibility !== "all" && visibility !== "private" && visibility !== "selected") {
          throw new UsageError(
            `${this.location} has visibility ${JSON.stringify(visibility)}, which this version does not know: it was not written, so as not to change who may use it.`
          );
        }
        if (visibility !== "selected") return { visibility };
        return { visibility, selected_repository_ids: await this.selectedRepositories(name2) };
      }
      /** Every repository id the secret is shared with, page by page (GitHub lists at most 100 a page). */
      async selectedRepositories(name2) {
        const ids = [];
        for (let page = 1; ; page++) {
          const data = await this.call(
            "GET",
            `/secrets/${name2}/repositories?per_page=100&page=${page}`,
            "reading the secret's selected repositories"
          );
          ids.push(...data.repositories.map((repository) => repository.id));
          if (data.repositories.length === 0 || ids.length >= data.total_count) return ids;
        }
      }
      /**
       * PATCH without a visibility leaves an organization variable's visibility as it is; a new one gets the secret's,
       * so the marker is shared with exactly the repositories that may use the secret it describes.
       */
      async writeMarker(marker, exists, access) {
        const value = JSON.stringify(marker);
        if (exists) {
          await this.call("PATCH", `/variables/${this.markerName}`, "updating the generation variable", {
            value
          });
        } else {
          await this.call("POST", "/variables", "creating the generation variable", {
            name: this.markerName,
            value,
            ...access
          });
        }
      }
      async call(method, path33, doing, body) {
        try {
          const response = await this.options.client.request(`${method} ${this.base}${path33}`, body ?? {});
          return response.data;
        } catch (error) {
          if (statusOf(error) === 404 && (method === "DELETE" || method === "GET" && (path33.startsWith("/variables/") || /^\/secrets\/[^/?]+$/.test(path33) && path33 !== "/secrets/public-key"))) {
            throw new NotFound();
          }
          if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error))) {
            throw new UsageError(
              `the token may not do this while ${doing} on ${this.location} (403 ${messageOf(error)}). ${TOKEN_HELP}`
            );
          }
          throw explainGitHubError(
            error,
            `${doing} on ${this.location}`,
            "secrets and variables write (a fine-grained token)"
          );
        }
      }
    };
    NotFound = class extends Error {
    };
  }
});

// vendor:@actions/cache
var sdk3, CACHE_READ_DENIED_PREFIX, CACHE_WRITE_DENIED_PREFIX, CacheReadDeniedError, CacheWriteDeniedError, FinalizeCacheError, ReserveCacheError, ValidationError, isFeatureAvailable, restoreCache, saveCache;
var init_cache = __esm({
  "vendor:@actions/cache"() {
    sdk3 = require("../vendor/actions-cache.js");
    ({ CACHE_READ_DENIED_PREFIX, CACHE_WRITE_DENIED_PREFIX, CacheReadDeniedError, CacheWriteDeniedError, FinalizeCacheError, ReserveCacheError, ValidationError, isFeatureAvailable, restoreCache, saveCache } = sdk3);
  }
});

// src/stores/cache-store.ts
var cache_store_exports = {};
__export(cache_store_exports, {
  CacheStore: () => CacheStore,
  EVICTION_WARNING_MS: () => EVICTION_WARNING_MS
});
var import_node_os9, import_node_path27, DAY_MS3, EVICTION_WARNING_MS, CacheStore;
var init_cache_store = __esm({
  "src/stores/cache-store.ts"() {
    "use strict";
    import_node_os9 = __toESM(require("node:os"), 1);
    import_node_path27 = __toESM(require("node:path"), 1);
    init_cache();
    init_envelope();
    init_errors();
    init_secure_files();
    init_rollback_guard();
    init_store();
    DAY_MS3 = 24 * 60 * 60 * 1e3;
    EVICTION_WARNING_MS = 5 * DAY_MS3;
    CacheStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        this.prefix = `codex-auth-${stream}-`;
        this.location = `the Actions cache (keys ${this.prefix}<generation>)`;
        this.file = import_node_path27.default.join(import_node_os9.default.homedir(), ".codex-auth-cache", `${stream}.json`);
      }
      stream;
      options;
      kind = "cache";
      location;
      readBackAfterWrite = false;
      file;
      prefix;
      get cachePath() {
        return `~/.codex-auth-cache/${this.stream}.json`;
      }
      async read() {
        this.assertBranch();
        await ensurePrivateDir(import_node_path27.default.dirname(this.file));
        try {
          const key = await restoreCache([this.cachePath], this.prefix, [this.prefix]);
          if (!key) {
            this.options.log.warn(
              `${this.location} holds nothing for stream "${this.stream}" on this branch. If the stream was used before, its entry was evicted (7 days unused) and a seed may hold a refresh token that was rotated away since: if Codex then fails with refresh_token_reused, reseed the stream.`
            );
            return null;
          }
          const text = await readPrivateFile(this.file);
          if (text === null) return null;
          const envelope = parseEnvelope(text, `${this.location} (key ${key})`);
          await this.refuseIfNewerExists(envelope, key);
          const age = Date.now() - Date.parse(envelope.writtenAt);
          if (age > EVICTION_WARNING_MS) {
            this.options.log.warn(
              `the newest cache entry of stream "${this.stream}" was written ${Math.floor(age / DAY_MS3)} days ago; GitHub evicts entries unused for 7 days. Run a keep-fresh job at least weekly.`
            );
          }
          return envelope;
        } finally {
          await removeFile(this.file);
        }
      }
      currentGeneration() {
        return readGeneration(this);
      }
      /**
       * The cache's rollback guard: its keys are the high-water mark. Entries are immutable and never overwritten, so
       * the only way to restore an older generation is that the prefix lookup missed the newer one (another branch's
       * scope, an entry created out of order): one lookup of the next generation's exact key, no download, catches it.
       */
      async refuseIfNewerExists(envelope, key) {
        const keyGeneration = Number(key.slice(this.prefix.length));
        let newer = null;
        if (Number.isInteger(keyGeneration) && keyGeneration > envelope.generation) {
          newer = { key, generation: keyGeneration };
        } else {
          const next = `${this.prefix}${envelope.generation + 1}`;
          const found2 = await restoreCache([this.cachePath], next, [], { lookupOnly: true }).catch(() => void 0);
          if (found2 === next) newer = { key: next, generation: envelope.generation + 1 };
        }
        if (newer === null) return;
        refuseRollback(
          envelope,
          { generation: newer.generation, fingerprint: null, writtenAt: null, writer: null },
          { stream: this.stream, location: this.location, mark: `the cache key ${newer.key}` }
        );
      }
      async write(envelope) {
        this.assertBranch();
        await ensurePrivateDir(import_node_path27.default.dirname(this.file));
        await writePrivateFileAtomic(this.file, serializeEnvelope(envelope));
        const key = `${this.prefix}${envelope.generation}`;
        let id;
        try {
          id = await saveCache([this.cachePath], key);
        } catch (error) {
          if (error instanceof ReserveCacheError) id = -1;
          else throw new InternalError(`saving ${key} to the Actions cache failed: ${error.message}`);
        } finally {
          await removeFile(this.file);
        }
        if (id === -1) {
          throw new StoreConflictError(
            `cache key ${key} already exists: another job wrote generation ${envelope.generation} of stream "${this.stream}" first, so this copy was NOT written. ${serializeJobsAdvice("the stream lock (`lock: git-ref`)")}`
          );
        }
      }
      async remove() {
        throw new UsageError(
          `cache entries cannot be deleted through the cache service: delete the keys ${this.prefix}* under the repository's Actions > Caches (or \`gh cache delete\`). The session itself was signed out.`
        );
      }
      async rollback() {
        return false;
      }
      assertBranch() {
        if (this.options.allowBranchScope || !this.options.defaultBranch) return;
        const expected = `refs/heads/${this.options.defaultBranch}`;
        if (this.options.ref !== expected) {
          throw new UsageError(
            `the cache store is branch-scoped: this run is on ${this.options.ref || "an unknown ref"}, and an entry written here would be invisible to the default branch ${this.options.defaultBranch}, which would keep using a rotated-away token. Run on ${this.options.defaultBranch}, or set allow-branch-scope: true (CLI: --allow-branch-scope) if this branch's stream is meant to be separate.`
          );
        }
      }
    };
  }
});

// src/stores/command-store.ts
var command_store_exports = {};
__export(command_store_exports, {
  CommandStore: () => CommandStore,
  NOTHING_STORED_EXIT_CODE: () => NOTHING_STORED_EXIT_CODE
});
var import_node_child_process6, import_node_path28, NOTHING_STORED_EXIT_CODE, MAX_OUTPUT, CommandStore;
var init_command_store = __esm({
  "src/stores/command-store.ts"() {
    "use strict";
    import_node_child_process6 = require("node:child_process");
    import_node_path28 = __toESM(require("node:path"), 1);
    init_envelope();
    init_errors();
    init_rollback_guard();
    init_store();
    init_secure_files();
    NOTHING_STORED_EXIT_CODE = 44;
    MAX_OUTPUT = 1024 * 1024;
    CommandStore = class {
      constructor(stream, options) {
        this.stream = stream;
        this.options = options;
        this.location = `the secret manager (read-command: ${options.readCommand})`;
        this.mark = options.highWaterFile ? new HighWaterFile(options.highWaterFile) : null;
      }
      stream;
      options;
      kind = "command";
      location;
      readBackAfterWrite = true;
      lastRead = null;
      mark;
      async read() {
        const text = await this.readText();
        const envelope = text === null || !isEnvelopeText(text) ? null : parseEnvelope(text, this.location);
        this.lastRead = { envelope, text: text ?? "" };
        if (envelope && this.mark) {
          refuseRollback(envelope, await this.mark.read().catch(() => null), {
            stream: this.stream,
            location: this.location,
            mark: `${this.mark.file} (kept on this machine)`
          });
        }
        return envelope;
      }
      async highWater() {
        return (await this.mark?.read().catch(() => null))?.generation ?? null;
      }
      /** Best effort: an unwritable state dir must not fail a write the secret manager already took. */
      async moveMark(envelope) {
        if (!this.mark) return;
        try {
          if (envelope) {
            await ensurePrivateDir(import_node_path28.default.dirname(this.mark.file));
            await this.mark.write(markOf(envelope));
          } else {
            await this.mark.remove();
          }
        } catch {
        }
      }
      async plainSeed() {
        const text = this.lastRead?.text ?? await this.readText();
        return text && !isEnvelopeText(text) ? { raw: text, origin: this.location } : null;
      }
      currentGeneration() {
        return readGeneration(this);
      }
      async write(envelope, expectedGeneration) {
        if (expectedGeneration !== "replace") {
          const current = await this.read();
          if ((current?.generation ?? 0) !== expectedGeneration) {
            throw new StoreConflictError(
              `stream "${this.stream}" in ${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}`
            );
          }
        }
        const result = await this.runCommand(this.options.writeCommand, serializeEnvelope(envelope));
        if (result.code !== 0) {
          throw new InternalError(
            `the write-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. Nothing was stored; check the command and its credentials.`
          );
        }
        await this.moveMark(envelope);
      }
      /** An empty value is "nothing stored" for the read command: the secret manager keeps no login. */
      async remove() {
        const result = await this.runCommand(this.options.writeCommand, "");
        if (result.code !== 0)
          throw new InternalError(`the write-command exited with ${result.code} while removing the stream.`);
        await this.moveMark(null);
      }
      async rollback(badGeneration) {
        const previous = this.lastRead?.envelope;
        if (!previous || previous.generation !== badGeneration - 1) return false;
        const restored = (await this.runCommand(this.options.writeCommand, serializeEnvelope(previous))).code === 0;
        if (restored) await this.moveMark(previous);
        return restored;
      }
      async readText() {
        const result = await this.runCommand(this.options.readCommand, null);
        if (result.code === NOTHING_STORED_EXIT_CODE) return null;
        if (result.code !== 0) {
          throw new UsageError(
            `the read-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. It must print the stored value and exit 0, or exit ${NOTHING_STORED_EXIT_CODE} (or print nothing) when nothing is stored yet.`
          );
        }
        return result.stdout.trim() === "" ? null : result.stdout;
      }
      /** Runs `command` with `sh -c`, the value (if any) on stdin, a hard timeout, output bounded. */
      runCommand(command, stdin) {
        return new Promise((resolve, reject) => {
          const child = (0, import_node_child_process6.spawn)("/bin/sh", ["-c", command], {
            env: { ...this.options.env, CODEX_AUTH_STREAM: this.stream },
            stdio: [stdin === null ? "ignore" : "pipe", "pipe", "pipe"],
            detached: true
          });
          let stdout = "";
          let stderr = "";
          child.stdout?.setEncoding("utf8").on("data", (chunk) => {
            if (stdout.length < MAX_OUTPUT) stdout += chunk;
          });
          child.stderr?.setEncoding("utf8").on("data", (chunk) => {
            if (stderr.length < MAX_OUTPUT) stderr += chunk;
          });
          const timer = setTimeout(() => {
            if (child.pid !== void 0) {
              try {
                process.kill(-child.pid, "SIGKILL");
              } catch {
              }
            }
          }, this.options.timeoutMs);
          child.on("error", (error) => {
            clearTimeout(timer);
            reject(new UsageError(`cannot run the command through /bin/sh: ${error.message}`));
          });
          child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({
              code: signal ? null : code,
              stdout,
              stderr: signal ? `killed after ${this.options.timeoutMs / 1e3} s` : stderr
            });
          });
          if (stdin !== null) child.stdin?.end(stdin);
        });
      }
    };
  }
});

// src/stores/create-store.ts
function parseStoreKind(value) {
  if (STORE_KINDS.includes(value)) return value;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(", ")}.`);
}
async function createStore(settings, deps) {
  switch (settings.kind) {
    case "file": {
      const { FileStore: FileStore2 } = await Promise.resolve().then(() => (init_file_store(), file_store_exports));
      return new FileStore2(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case "git-ref": {
      const { GitRefStore: GitRefStore2 } = await Promise.resolve().then(() => (init_git_ref_store(), git_ref_store_exports));
      return new GitRefStore2(deps.git(), settings.stream, deps.handoff);
    }
    case "github-secret": {
      const secret = required2(
        settings.secret,
        "the github-secret store needs secret-name (CLI: --secret-name NAME)."
      );
      const github = required2(settings.github, "the github-secret store needs a repository and a token.");
      const { GitHubSecretStore: GitHubSecretStore2 } = await Promise.resolve().then(() => (init_github_secret_store(), github_secret_store_exports));
      return new GitHubSecretStore2(settings.stream, {
        client: deps.client(),
        repository: github.repository,
        scope: secret.scope,
        secretName: secret.name,
        currentValue: secret.currentValue,
        newVisibility: secret.newVisibility
      });
    }
    case "cache": {
      const cache2 = required2(settings.cache, "the cache store runs only inside GitHub Actions.");
      const { CacheStore: CacheStore2 } = await Promise.resolve().then(() => (init_cache_store(), cache_store_exports));
      return new CacheStore2(settings.stream, { ...cache2, log: deps.log });
    }
    case "command": {
      const command = required2(
        settings.command,
        "the command store needs --read-command and --write-command."
      );
      const { CommandStore: CommandStore2 } = await Promise.resolve().then(() => (init_command_store(), command_store_exports));
      return new CommandStore2(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: import_node_path29.default.join(settings.stateDir, settings.stream, "command-high-water.json")
      });
    }
  }
}
function required2(value, message) {
  if (value === void 0) throw new UsageError(message);
  return value;
}
var import_node_path29;
var init_create_store = __esm({
  "src/stores/create-store.ts"() {
    "use strict";
    import_node_path29 = __toESM(require("node:path"), 1);
    init_errors();
    init_check_paths();
    init_backend_kinds();
  }
});

// vendor:@octokit/plugin-retry
var sdk4, VERSION, retry;
var init_plugin_retry = __esm({
  "vendor:@octokit/plugin-retry"() {
    sdk4 = require("../vendor/octokit-plugin-retry.js");
    ({ VERSION, retry } = sdk4);
  }
});

// vendor:@octokit/plugin-throttling
var sdk5, throttling;
var init_plugin_throttling = __esm({
  "vendor:@octokit/plugin-throttling"() {
    sdk5 = require("../vendor/octokit-plugin-throttling.js");
    ({ throttling } = sdk5);
  }
});

// vendor:@octokit/rest
var sdk6, Octokit;
var init_rest = __esm({
  "vendor:@octokit/rest"() {
    sdk6 = require("../vendor/octokit-rest.js");
    ({ Octokit } = sdk6);
  }
});

// vendor:bottleneck/light.js
var sdk7, light_default;
var init_light = __esm({
  "vendor:bottleneck/light.js"() {
    sdk7 = require("../vendor/bottleneck-light.js");
    light_default = sdk7.default;
  }
});

// src/github/api-url.ts
var DEFAULT_API_URL;
var init_api_url = __esm({
  "src/github/api-url.ts"() {
    "use strict";
    DEFAULT_API_URL = "https://api.github.com";
  }
});

// src/github/octokit.ts
var octokit_exports = {};
__export(octokit_exports, {
  createOctokit: () => createOctokit
});
function createOctokit(options) {
  const quiet = { debug() {
  }, info() {
  }, warn() {
  }, error() {
  } };
  return new GitHubOctokit({
    auth: options.token || void 0,
    baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "codex-auth-action",
    log: quiet,
    // Not `request.retries`: set there, plugin-retry would retry every failed request, 422 conflicts included.
    // plugin-retry's own list plus 409: GitHub's "Git Repository is empty." is an answer, not an accident, and
    // retrying it only delays the message that says to push a first commit by 14 s per call.
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      write: writeLimiter,
      onRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2,
      onSecondaryRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2
    }
  });
}
var writeLimiter, GitHubOctokit;
var init_octokit = __esm({
  "src/github/octokit.ts"() {
    "use strict";
    init_plugin_retry();
    init_plugin_throttling();
    init_rest();
    init_light();
    init_api_url();
    writeLimiter = new light_default.Group({ id: "codex-auth-write", maxConcurrent: 1, minTime: 100 });
    GitHubOctokit = Octokit.plugin(retry, throttling);
  }
});

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
  const octokit = onGitHub ? await Promise.resolve().then(() => (init_octokit(), octokit_exports)) : null;
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
var init_context = __esm({
  "src/app/context.ts"() {
    "use strict";
    init_errors();
    init_git_refs();
    init_ref_handoff();
    init_workflow_run();
    init_create_lock();
    init_create_store();
    init_audit_log();
  }
});

// src/app/round-trip-context.ts
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
var codexRunner;
var init_round_trip_context = __esm({
  "src/app/round-trip-context.ts"() {
    "use strict";
    init_run_codex();
    init_workflow_run();
    init_writer();
    init_context();
    codexRunner = runCodex;
  }
});

// src/app/run.ts
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
var TOKEN_ENV;
var init_run = __esm({
  "src/app/run.ts"() {
    "use strict";
    init_errors();
    init_lane_spec();
    init_lanes();
    init_run_round_trip();
    init_run_token_mode();
    init_usage_limit();
    init_round_trip_context();
    TOKEN_ENV = { "api-key": "CODEX_API_KEY", "access-token": "CODEX_ACCESS_TOKEN" };
  }
});

// src/app/vocabulary.ts
var CLI_VOCABULARY;
var init_vocabulary = __esm({
  "src/app/vocabulary.ts"() {
    "use strict";
    CLI_VOCABULARY = {
      frontEnd: "cli",
      lanes: "--lanes",
      waitForReset: "--wait-for-reset",
      usageWarningPercent: "--usage-warning-percent",
      streams: "--streams",
      alert: "--alert",
      apiKey: "CODEX_API_KEY",
      accessToken: "CODEX_ACCESS_TOKEN",
      // The CLI takes the sandbox from the Codex arguments (`-- --sandbox workspace-write ...`).
      seal: {
        sandbox: "--sandbox in the codex arguments",
        codexArgs: "the codex arguments",
        codexConfig: "--codex-config",
        optIn: "--allow-agent-to-read-credentials",
        fixNamespaces: "--fix-sandbox",
        codexVersion: "install a newer @openai/codex, or pass --codex",
        codexUser: "--codex-user"
      }
    };
  }
});

// src/github/run-context.ts
function readRunContext(env) {
  const path33 = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path33) return cached.context;
  const payload = readPayload(path33);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path: path33, context });
  return context;
}
function readPayload(path33) {
  if (path33 === "") return {};
  try {
    const parsed = JSON.parse((0, import_node_fs26.readFileSync)(path33, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
var import_node_fs26, cache;
var init_run_context = __esm({
  "src/github/run-context.ts"() {
    "use strict";
    import_node_fs26 = require("node:fs");
    cache = /* @__PURE__ */ new WeakMap();
  }
});

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
var init_store_settings = __esm({
  "src/stores/store-settings.ts"() {
    "use strict";
    init_errors();
    init_stream();
  }
});

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
    stateDir: request.stateDir ? import_node_path30.default.resolve(request.stateDir) : defaultStateDir(env),
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
function withWrap(parse3, wrap) {
  try {
    return parse3();
  } catch (error) {
    throw wrap ? wrap(error) : error;
  }
}
var import_node_path30;
var init_stream_settings = __esm({
  "src/app/stream-settings.ts"() {
    "use strict";
    import_node_path30 = __toESM(require("node:path"), 1);
    init_stream();
    init_api_url();
    init_git_refs();
    init_run_context();
    init_secret_scope();
    init_create_lock();
    init_lock();
    init_create_store();
    init_state_dir();
    init_store_settings();
  }
});

// src/cli/shared-options.ts
var SEED_ENV, DEFAULT_LOCK_TIMEOUT_SECONDS, DEFAULT_RUN_TIMEOUT_SECONDS, RUN_TIMEOUT_OPTION, STORE_OPTIONS, LOCK_OPTIONS, JSON_OPTION, VERBOSE_OPTION, STORE_AND_LOCK_OPTIONS, STORE_ONLY_OPTIONS;
var init_shared_options = __esm({
  "src/cli/shared-options.ts"() {
    "use strict";
    init_stream();
    init_backend_kinds();
    SEED_ENV = "CODEX_AUTH_JSON";
    DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
    DEFAULT_RUN_TIMEOUT_SECONDS = 3600;
    RUN_TIMEOUT_OPTION = {
      flags: "--run-timeout <seconds>",
      description: "stop Codex and everything it started after this long; what it refreshed is kept, the lock released (exit 9)",
      default: String(DEFAULT_RUN_TIMEOUT_SECONDS)
    };
    STORE_OPTIONS = [
      { flags: "--store <kind>", description: "where the stream lives", choices: STORE_KINDS, default: "file" },
      {
        flags: "--state-dir <dir>",
        description: "file store directory (default: $CODEX_AUTH_STATE_DIR, else ~/.codex-auth)"
      },
      {
        flags: "--repo <owner/name>",
        description: "git-ref store and lock: the repository (default: $GITHUB_REPOSITORY); token from GITHUB_TOKEN or GH_TOKEN"
      },
      {
        flags: "--github-api-url <url>",
        description: "git-ref store and lock: the API (default: $GITHUB_API_URL, else https://api.github.com)"
      },
      {
        flags: "--secret-name <name>",
        description: "github-secret store: the secret (its current value comes from CODEX_AUTH_JSON)"
      },
      {
        flags: "--secret-scope <scope>",
        description: "github-secret store: repo, env:NAME or org",
        default: "repo"
      },
      {
        flags: "--secret-visibility <who>",
        description: "github-secret store, org scope: who may use a secret this creates: selected (only this repository), private or all; an existing secret keeps its own",
        default: DEFAULT_ORG_VISIBILITY
      },
      {
        flags: "--read-command <cmd>",
        description: "command store: prints the stored value (exit 44 or no output: nothing stored)"
      },
      { flags: "--write-command <cmd>", description: "command store: receives the value on stdin" },
      {
        flags: "--command-timeout <seconds>",
        description: "command store: time limit of each command",
        default: "60"
      },
      {
        flags: "--allow-branch-scope",
        description: "cache store: allow writing from a branch other than the default one"
      },
      {
        flags: "--stream <name>",
        description: "the stream: one serialized line of use of one ChatGPT login",
        default: DEFAULT_STREAM
      }
    ];
    LOCK_OPTIONS = [
      {
        flags: "--lock <kind>",
        description: "lock backend (default: the store's own; git-ref inside GitHub Actions)",
        choices: LOCK_KINDS
      },
      {
        flags: "--lock-timeout <seconds>",
        description: "give up waiting for the lock after this long (exit 4)",
        default: String(DEFAULT_LOCK_TIMEOUT_SECONDS)
      }
    ];
    JSON_OPTION = {
      flags: "--json",
      description: "print one JSON object on stdout instead of text"
    };
    VERBOSE_OPTION = { flags: "--verbose", description: "print debug lines" };
    STORE_AND_LOCK_OPTIONS = [
      ...STORE_OPTIONS,
      ...LOCK_OPTIONS,
      JSON_OPTION,
      VERBOSE_OPTION
    ];
    STORE_ONLY_OPTIONS = [
      ...STORE_OPTIONS,
      JSON_OPTION,
      VERBOSE_OPTION
    ];
  }
});

// src/cli/options.ts
function parseStoreFlags(values, env) {
  const { store, lock } = resolveStreamSettings(
    {
      stream: values.stream,
      store: values.store,
      lock: values.lock || void 0,
      onGitHub: env.GITHUB_ACTIONS === "true",
      stateDir: values.stateDir || void 0,
      github: () => githubTarget(values, env),
      secretName: values.secretName,
      secretScope: values.secretScope ?? "repo",
      secretVisibility: values.secretVisibility ?? "",
      secretValue: env[SEED_ENV] ?? "",
      readCommand: values.readCommand,
      writeCommand: values.writeCommand,
      commandTimeoutMs: () => parseSeconds(values.commandTimeout ?? "60", "--command-timeout", 1, 3600) * 1e3,
      allowBranchScope: values.allowBranchScope === true,
      names: {
        stateDir: "--state-dir",
        secretName: "--secret-name NAME",
        secretScope: "--secret-scope",
        secretVisibility: "--secret-visibility",
        readCommand: "--read-command CMD",
        writeCommand: "--write-command CMD"
      }
    },
    env
  );
  return {
    store,
    lock,
    lockTimeoutMs: parseSeconds(values.lockTimeout ?? String(DEFAULT_LOCK_TIMEOUT_SECONDS), "--lock-timeout", 0, 86400) * 1e3,
    json: values.json === true,
    verbose: values.verbose === true
  };
}
function parseSeconds(value, flag, min, max) {
  const seconds2 = Number(value);
  if (value.trim() === "" || !Number.isFinite(seconds2) || seconds2 < min || seconds2 > max) {
    throw new UsageError(
      `${flag} must be a number of seconds between ${min} and ${max}, not ${JSON.stringify(value)}.`
    );
  }
  return seconds2;
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
    repository: repo,
    repositoryName: "--repo",
    token,
    apiUrl: values.githubApiUrl ?? env.GITHUB_API_URL
  };
}
var init_options = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_errors();
    init_stream_settings();
    init_shared_options();
  }
});

// src/cli/lane-options.ts
function planLanes2(values, flags, env) {
  const tokens = {
    "api-key": env[TOKEN_ENV["api-key"]] ?? "",
    "access-token": env[TOKEN_ENV["access-token"]] ?? ""
  };
  const primary = { kind: "stream", stream: flags.store.stream };
  return {
    lanes: planLanes(values.lanes ?? "", primary, tokens, flags.store.kind, CLI_VOCABULARY),
    tokens,
    waitForResetMs: parseSeconds(values.waitForReset ?? "0", CLI_VOCABULARY.waitForReset, 0, 86400) * 1e3,
    usageWarningPercent: values.usageWarningPercent === void 0 ? null : parseNumber(values.usageWarningPercent, CLI_VOCABULARY.usageWarningPercent, { min: 0, max: 100 })
  };
}
var init_lane_options = __esm({
  "src/cli/lane-options.ts"() {
    "use strict";
    init_input_values();
    init_run();
    init_vocabulary();
    init_options();
  }
});

// src/core/key-env.ts
var KEY_ENV;
var init_key_env = __esm({
  "src/core/key-env.ts"() {
    "use strict";
    KEY_ENV = "CODEX_AUTH_KEY";
  }
});

// src/core/key.ts
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
  return (0, import_node_crypto8.createHash)("sha256").update("codex-auth key id\0").update(bytes).digest("hex").slice(0, 12);
}
var import_node_crypto8, KEY_BYTES, STANDARD_BASE64_32;
var init_key = __esm({
  "src/core/key.ts"() {
    "use strict";
    import_node_crypto8 = require("node:crypto");
    init_errors();
    init_key_env();
    KEY_BYTES = 32;
    STANDARD_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
  }
});

// src/cli/cli-context.ts
var cli_context_exports = {};
__export(cli_context_exports, {
  createCliContext: () => createCliContext
});
async function createCliContext(flags, env, log, redactor) {
  const keyText = env[KEY_ENV];
  if (keyText) redactor.add([keyText, keyText.trim()]);
  if (flags.store.github) redactor.add([flags.store.github.token]);
  if (flags.store.secret?.currentValue) maskUnparsedSeed(redactor, flags.store.secret.currentValue);
  const key = parseKey2(keyText);
  return createRoundTripContext(
    { store: flags.store, lock: flags.lock, key: () => key, log, secrets: redactor },
    env
  );
}
var init_cli_context = __esm({
  "src/cli/cli-context.ts"() {
    "use strict";
    init_key();
    init_seed_text();
    init_round_trip_context();
  }
});

// src/app/protection-words.ts
function describeProtection(result) {
  if (result.protection === null) return null;
  const words = WORDS[result.protection];
  return words === void 0 ? result.protection : `${result.protection} (${words})`;
}
function describeIsolation(isolation) {
  const parts = [
    `Codex ran as ${isolation.user}${isolation.created ? " (created for this run)" : ""}`,
    `set-up ${seconds(isolation.setupMs)} (probe ${isolation.probeMs} ms${isolation.waitMs === null ? "" : `, the run waited ${seconds(isolation.waitMs)}`})`
  ];
  if (isolation.stopped !== null)
    parts.push(`${plural(isolation.stopped, "process", "processes")} of the agent stopped`);
  if (isolation.chowned !== null) parts.push(`${plural(isolation.chowned, "file", "files")} given back`);
  if (isolation.finishMs !== null) parts.push(`finish ${seconds(isolation.finishMs)}`);
  return parts.join(", ");
}
function protectionLine(result) {
  const protection = describeProtection(result);
  if (protection === null) return null;
  return result.isolation ? `${protection}; ${describeIsolation(result.isolation)}` : protection;
}
var WORDS, seconds, plural;
var init_protection_words = __esm({
  "src/app/protection-words.ts"() {
    "use strict";
    WORDS = {
      broker: "Codex held placeholders, the token broker relayed the login, the sandbox held",
      "broker+separate-user": "Codex held placeholders, the token broker relayed the login, Codex ran as a separate user proven unable to reach this process",
      "deny-read": "the login on disk, denied to the agent by the permission profile",
      none: "opted out: the agent could read the login"
    };
    seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
    plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  }
});

// src/cli/print-result.ts
function resultJson(result) {
  const { error, ...rest } = result;
  return { ...rest, error: error ? errorJson(error) : null };
}
function printResult(kit, result, json2, verb) {
  if (json2) {
    kit.json(resultJson(result));
    return result.error?.exitCode ?? 0;
  }
  if (result.finalMessage !== null) {
    kit.out(`${untrustedWhole(kit.redactor.redact(result.finalMessage))}
`);
  }
  const state = [
    result.seeded ? "seeded" : null,
    result.refreshed ? "refreshed" : "not refreshed",
    result.persisted ? "persisted" : "nothing written",
    sealWords(result)
  ].filter(Boolean);
  const protection = protectionLine(result);
  if (protection !== null) kit.io.stderr(kit.redactor.redact(`codex-auth: protection: ${protection}
`));
  const figures = `lock wait ${(result.lockWaitMs / 1e3).toFixed(1)} s, ${(result.durationMs / 1e3).toFixed(1)} s in all`;
  if (result.error) {
    if (result.generation !== null) {
      kit.io.stderr(
        kit.redactor.redact(
          `codex-auth: stream "${result.stream}" (${result.store}) before the failure: generation ${result.generation}, ${state.join(", ")}, ${figures}
`
        )
      );
    }
    return kit.fail(result.error, false);
  }
  kit.io.stderr(
    kit.redactor.redact(
      `codex-auth: ${verb} stream "${result.stream}" (${result.store}): generation ${result.generation ?? "-"}, ${state.join(", ")}, ${figures}
`
    )
  );
  return 0;
}
function sealWords(result) {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `sealed (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NOT sealed: ${result.seal.reason ?? "not probed"}`;
}
var init_print_result = __esm({
  "src/cli/print-result.ts"() {
    "use strict";
    init_protection_words();
    init_untrusted_text();
    init_kit();
  }
});

// src/cli/run-lanes.ts
async function runCliLanes(kit, options, plan, flags, log, request) {
  if (plan.lanes.length > 1 && request.codexHome !== void 0) {
    throw new UsageError(
      "--codex-home cannot be combined with --lanes: each lane runs in a fresh private CODEX_HOME of its own; leave --codex-home out."
    );
  }
  return runJob(
    {
      ...request,
      lanes: plan.lanes,
      waitForResetMs: plan.waitForResetMs,
      usageWarningPercent: plan.usageWarningPercent,
      tokens: plan.tokens,
      baseEnv: kit.env,
      lockTimeoutMs: flags.lockTimeoutMs
    },
    {
      vocabulary: CLI_VOCABULARY,
      log,
      secrets: kit.redactor,
      primaryStream: flags.store.stream,
      storeKind: flags.store.kind,
      streamContext: (stream) => createCliContext(
        stream === flags.store.stream ? flags : parseStoreFlags({ ...options, stream }, kit.env),
        kit.env,
        log,
        kit.redactor
      ),
      homeFor: () => Promise.resolve(request.codexHome)
    }
  );
}
function printLanesResult(kit, lanes, json2) {
  const warning = lanes.usageWarning;
  if (json2) {
    kit.json({
      ...resultJson(lanes.result),
      lane: lanes.lane,
      lanesTried: lanes.attempts,
      usageWarning: warning
    });
    return lanes.result.error?.exitCode ?? 0;
  }
  if (warning) kit.io.stderr(`codex-auth: warning: ${warning}
`);
  if (lanes.attempts.length > 1) {
    for (const attempt of lanes.attempts) {
      kit.io.stderr(
        kit.redactor.redact(
          `codex-auth: lane ${attempt.lane}: ${attempt.outcome}${attempt.reason ? ` (${attempt.reason})` : ""}
`
        )
      );
    }
  }
  return printResult(kit, lanes.result, false, lanes.lane ? `run on lane ${lanes.lane},` : "run");
}
var init_run_lanes = __esm({
  "src/cli/run-lanes.ts"() {
    "use strict";
    init_run();
    init_vocabulary();
    init_errors();
    init_cli_context();
    init_options();
    init_print_result();
  }
});

// src/cli/seal-options.ts
function sealRequestFrom(options) {
  return {
    names: CLI_VOCABULARY.seal,
    allowUnsealed: options.allowAgentToReadCredentials === true,
    fixNamespaces: options.fixSandbox !== false,
    ...options.codexUser === void 0 ? {} : { codexUser: options.codexUser }
  };
}
var init_seal_options = __esm({
  "src/cli/seal-options.ts"() {
    "use strict";
    init_vocabulary();
  }
});

// src/platform/environ-scrub.ts
var init_environ_scrub = __esm({
  "src/platform/environ-scrub.ts"() {
    "use strict";
  }
});

// src/app/input-files.ts
async function readAuthJsonFile(file, name2, onOpenToOthers) {
  return readInputFile(file, {
    flag: name2,
    what: "an auth.json",
    maxBytes: MAX_AUTH_JSON_BYTES,
    ...onOpenToOthers ? { onOpenToOthers } : {}
  });
}
async function readConfigFile(file, name2) {
  return readInputFile(file, { flag: name2, what: "a Codex config.toml", maxBytes: MAX_CONFIG_BYTES });
}
var init_input_files = __esm({
  "src/app/input-files.ts"() {
    "use strict";
    init_check_paths();
    init_environ_scrub();
  }
});

// src/cli/seed-source.ts
async function readSeedSource(file, env, redactor, envIsSeed = true, flag = "--seed-file", log) {
  const pathHint = `pass the file with ${flag} PATH instead (${SEED_ENV} must hold the file's content)`;
  if (file) {
    const raw = await readAuthFileArgument(file, flag, log);
    return {
      raw,
      origin: file,
      pathHint: `pass ${flag} with the auth.json itself`,
      file: import_node_path31.default.resolve(file)
    };
  }
  if (!envIsSeed) return void 0;
  const fromEnv = env[SEED_ENV];
  if (fromEnv && fromEnv.trim() !== "") {
    maskUnparsedSeed(redactor, fromEnv);
    return { raw: fromEnv, origin: SEED_ENV, pathHint };
  }
  if (fromEnv !== void 0) {
    log?.warn(`${SEED_ENV} is set but empty, so no seed was given: check the secret's name and scope.`);
  }
  return void 0;
}
async function readAuthFileArgument(file, flag, log) {
  return readAuthJsonFile(file, flag, log ? (message) => log.warn(message) : void 0);
}
async function readConfigFileArgument(file, flag) {
  return readConfigFile(file, flag);
}
var import_node_path31;
var init_seed_source = __esm({
  "src/cli/seed-source.ts"() {
    "use strict";
    import_node_path31 = __toESM(require("node:path"), 1);
    init_seed_text();
    init_input_files();
    init_shared_options();
  }
});

// src/cli/commands/run.ts
var run_exports = {};
__export(run_exports, {
  run: () => run2
});
function printLines(kit, lines) {
  for (const line of lines) kit.io.stderr(`${kit.redactor.redact(line)}
`);
}
async function run2(input, kit) {
  const options = input.values;
  const redact = (text) => kit.redactor.redact(text);
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const plan = planLanes2(options, flags, kit.env);
  const runTimeoutMs = parseSeconds(options.runTimeout ?? String(DEFAULT_RUN_TIMEOUT_SECONDS), "--run-timeout", 1, 86400) * 1e3;
  const seed2 = await readSeedSource(
    options.seedFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--seed-file",
    log
  );
  const codexPath = await resolveCodex(options.codex, kit.env);
  const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
  const lanes = await runCliLanes(kit, options, plan, flags, log, {
    seed: seed2,
    codexPath,
    codexArgs: input.args,
    codexHome: options.codexHome,
    codexConfig,
    seal: sealRequestFrom(options),
    runTimeoutMs,
    // Agent text, neutralised: `codex-auth run` as a CI step must not let the agent issue workflow commands.
    onEvent: (event) => printLines(kit, progressLines(event, redact)),
    onOutput: (line) => printLines(kit, outputLines(line, redact))
  });
  return printLanesResult(kit, lanes, flags.json);
}
var init_run2 = __esm({
  "src/cli/commands/run.ts"() {
    "use strict";
    init_front_end();
    init_lane_options();
    init_options();
    init_shared_options();
    init_run_lanes();
    init_seal_options();
    init_seed_source();
  }
});

// src/roundtrip/restore-messages.ts
function restoredMessages(state, report2) {
  const home = required(state.home, "the home");
  const generation = required(state.loaded, "the loaded copy").generation;
  return [
    `restored stream "${state.ctx.stream}" (generation ${generation}) to ${home.dir}; the lock is held until \`codex-auth persist --codex-home ${home.dir}\`.`,
    report2.profile === null ? `config.toml there runs Codex unsandboxed (${report2.reason ?? "opted in"}): the agent can read this login.` : `config.toml there applies the permission profile "${report2.profile}" (${report2.mode}), which keeps the agent's commands from this login${report2.sealed ? ` (probe passed in ${report2.probeMs} ms)` : " (not probed: no codex given)"}. Run \`codex exec\` WITHOUT --sandbox/-s/--full-auto: any of them switches the profile off and lets the agent read auth.json.`
  ];
}
async function resumeLease(ctx, lockId) {
  try {
    return await ctx.lock.resume(lockId);
  } catch (error) {
    ctx.log.warn(
      `${asCodexAuthError(error).message} Persisting anyway: the write only succeeds if nobody wrote since.`
    );
    return null;
  }
}
var init_restore_messages = __esm({
  "src/roundtrip/restore-messages.ts"() {
    "use strict";
    init_errors();
    init_run_state();
  }
});

// src/roundtrip/restore-persist.ts
async function restoreStream(ctx, request) {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(
    state,
    request,
    RESTORE_PHASES,
    (done) => done.result.error ? release(done, "keep") : Promise.resolve()
  );
}
async function persistStream(ctx, codexHome) {
  const state = newRunState(ctx, ctx.stream, ctx.store.kind);
  return runPhases(state, codexHome, PERSIST_PHASES, (done) => release(done, "keep"));
}
var RESTORE_PHASES, PERSIST_PHASES;
var init_restore_persist = __esm({
  "src/roundtrip/restore-persist.ts"() {
    "use strict";
    init_codex_home();
    init_errors();
    init_loaded_copy();
    init_messages();
    init_persister();
    init_acquire();
    init_home();
    init_load();
    init_release();
    init_run_state();
    init_seal();
    init_result();
    init_restore_messages();
    init_split_state();
    init_usage_limit();
    RESTORE_PHASES = [
      checkStreamName,
      (state, request) => acquireLock(state, {
        timeoutMs: request.lockTimeoutMs,
        mode: "lease",
        leaseMs: request.leaseMs,
        signal: request.signal
      }),
      (state, request) => loadOrSeed(state, request.seed),
      createHome,
      materialise,
      (state, request) => sealNow(state, request, {
        codexPath: request.codexPath ?? "codex",
        codexArgs: [],
        storePaths: state.ctx.store.privatePaths ?? [],
        probe: request.codexPath !== void 0
      }),
      async (state) => {
        const loaded2 = required(state.loaded, "the loaded copy");
        describeBundleInto(state.result, loaded2.bundle, state.ctx.now());
        const seal = required(state.sealed, "the seal").report;
        state.result.protection = seal.sealed || seal.reason === null && seal.profile !== null ? "deny-read" : "none";
        for (const line of restoredMessages(state, required(state.sealed, "the seal").report))
          state.ctx.log.info(line);
      }
    ];
    PERSIST_PHASES = [
      async (state, codexHome) => {
        const { ctx } = state;
        const saved = await loadSplitState(codexHome);
        if (saved.stream !== ctx.stream || saved.store !== ctx.store.kind) {
          throw new UsageError(
            `${codexHome} was restored from stream "${saved.stream}" (store ${saved.store}), not "${ctx.stream}" (store ${ctx.store.kind}): pass the same --stream and --store to persist as to restore.`
          );
        }
        const home = { dir: codexHome, created: false, sealRoot: codexHome };
        state.home = home;
        state.splitState = saved;
        startFrom(state.result, loadedCopyOf(saved));
        if (saved.lockId) state.lock = await resumeLease(ctx, saved.lockId);
      },
      async (state, codexHome) => {
        const { ctx, result } = state;
        const saved = required(state.splitState, "the split state");
        const persister = new Persister(ctx, saved);
        const raw = await readAuth(codexHome);
        if (raw === null) {
          ctx.log.warn(`${codexHome}/auth.json is gone; nothing to persist (Codex may have logged out).`);
        } else {
          await persister.persist(raw, `${codexHome}/auth.json`);
        }
        await persister.settle();
        reportPersisted(result, persister, saved, { seedWrittenHere: false, now: ctx.now() });
        Object.assign(result, await readPersistUsageFacts(codexHome, Date.parse(saved.restoredAt)));
        if (persister.error) throw prefixError(persister.error, persistFailedPrefix(ctx.stream));
      }
    ];
  }
});

// src/app/codex-for-job.ts
async function codexIfPresent(explicit, env) {
  return resolveCodex(explicit, env).catch(() => void 0);
}
var init_codex_for_job = __esm({
  "src/app/codex-for-job.ts"() {
    "use strict";
    init_errors();
    init_resolve_codex();
  }
});

// src/app/restore.ts
async function restore(request, ctx) {
  const { codex, ...rest } = request;
  const codexPath = "path" in codex ? codex.path : await codexIfPresent(codex.find, request.baseEnv);
  return restoreStream(ctx, { ...rest, codexPath });
}
var init_restore = __esm({
  "src/app/restore.ts"() {
    "use strict";
    init_restore_persist();
    init_codex_for_job();
  }
});

// src/cli/commands/restore.ts
var restore_exports = {};
__export(restore_exports, {
  run: () => run3
});
async function run3(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const leaseMs = parseSeconds(options.lease, "--lease", 60, 7 * 86400) * 1e3;
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  const seed2 = await readSeedSource(
    options.seedFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--seed-file",
    ctx.log
  );
  const codexConfig = options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0;
  const request = {
    seed: seed2,
    codexHome: options.codexHome,
    codexConfig,
    lockTimeoutMs: flags.lockTimeoutMs,
    leaseMs,
    seal: { ...sealRequestFrom(options), sandbox: sandboxMode(options.sandbox, "--sandbox") },
    // Without a codex to probe with, the profile is still written (and the output says it was not probed).
    codex: { find: options.codex },
    baseEnv: kit.env
  };
  const result = await restore(request, ctx);
  return printResult(kit, result, flags.json, "restored");
}
var init_restore2 = __esm({
  "src/cli/commands/restore.ts"() {
    "use strict";
    init_sandbox_mode();
    init_restore();
    init_cli_context();
    init_options();
    init_print_result();
    init_seal_options();
    init_seed_source();
  }
});

// src/app/job-homes.ts
async function removeHomeRecord(home) {
  await import_node_fs27.promises.rm(recordPath(import_node_path32.default.resolve(home)), { force: true });
}
function recordPath(home) {
  return `${home}${RECORD_SUFFIX}`;
}
var import_node_fs27, import_node_path32, RECORD_SUFFIX;
var init_job_homes = __esm({
  "src/app/job-homes.ts"() {
    "use strict";
    import_node_fs27 = require("node:fs");
    import_node_path32 = __toESM(require("node:path"), 1);
    init_errors();
    RECORD_SUFFIX = ".owner";
  }
});

// src/app/persist.ts
async function persist(request, ctx) {
  const result = await persistStream(ctx, request.codexHome);
  if (request.removeJobHome && !isUsageError(result.error)) await removeJobHome(request.codexHome);
  return result;
}
async function removeJobHome(codexHome) {
  await removeCodexHome(codexHome);
  await removeHomeRecord(codexHome);
}
var init_persist2 = __esm({
  "src/app/persist.ts"() {
    "use strict";
    init_errors();
    init_codex_home();
    init_restore_persist();
    init_job_homes();
  }
});

// src/cli/commands/persist.ts
var persist_exports = {};
__export(persist_exports, {
  run: () => run4
});
async function run4(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  return printResult(
    kit,
    await persist({ codexHome: options.codexHome, removeJobHome: false }, ctx),
    flags.json,
    "persisted"
  );
}
var init_persist3 = __esm({
  "src/cli/commands/persist.ts"() {
    "use strict";
    init_persist2();
    init_cli_context();
    init_options();
    init_print_result();
  }
});

// src/roundtrip/seed-stream.ts
async function seedStream(ctx, request) {
  const bundle = parseSeed(request.seed, ctx.log, ctx.now());
  ctx.secrets.add(secretValues(bundle));
  refuseLegacyOnGitRef(ctx);
  if (!request.force) await checkLegacyStreamBeforeLock(ctx);
  const { handle } = await takeLock(ctx, { timeoutMs: request.lockTimeoutMs, mode: "process" });
  try {
    const current = await ctx.store.currentGeneration();
    checkLegacyStream(ctx, current !== 0);
    if (current !== 0 && !request.force) {
      throw new StoreConflictError(
        current === null ? `stream "${ctx.stream}" already holds a copy in ${ctx.store.location} that cannot be used (${await whyUnusable(ctx)}); pass --force to replace it with this login.` : `stream "${ctx.stream}" already holds generation ${current} in ${ctx.store.location}; a seed never replaces a stored copy unless you pass --force (do so only if the stored session is dead or you mean to switch accounts).`
      );
    }
    if (current === 0 && !request.force) await refuseSeedBelowMark(ctx, request.seed.origin);
    const highWater = request.force ? await ctx.store.highWater?.().catch(() => null) ?? 0 : 0;
    const generation = await writeBundle(
      ctx,
      bundle,
      request.force ? "replace" : 0,
      Math.max(current ?? 0, highWater) + 1
    );
    if (request.force && highWater > (current ?? 0)) {
      ctx.log.warn(
        `stream "${ctx.stream}" ${current === 0 ? "held nothing" : `held generation ${current ?? "(unreadable)"}`} below its high-water mark ${highWater} (its copy had been removed, or an older one put back): seed --force replaced it, and the stream is at generation ${generation} now.`
      );
    }
    await warnIfSeededElsewhere(ctx, bundle.fingerprint);
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      generation,
      replaced: current === 0 ? null : current,
      fingerprint: bundle.fingerprint,
      lastRefresh: bundle.auth.last_refresh ?? null
    };
  } finally {
    await releaseLock(handle, ctx);
  }
}
async function whyUnusable(ctx) {
  try {
    await ctx.store.read();
    return "it could not be read";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
async function warnIfSeededElsewhere(ctx, fingerprint) {
  const streams = await ctx.store.storedStreams?.().catch(() => null) ?? [];
  const twins = streams.filter((other) => other.name !== ctx.stream && other.fingerprint === fingerprint);
  if (twins.length === 0) return;
  const names = twins.map((twin) => `"${twin.name}"`).join(", ");
  ctx.log.warn(
    `this login (fingerprint ${fingerprint}) is also stored in stream ${names} of this store: two streams of one login kill each other, since the first to refresh rotates the refresh token the other holds (refresh_token_reused). Give each stream its own login: sign in again in a fresh CODEX_HOME and reseed one of them with \`codex-auth seed --force --stream ${ctx.stream}\` (do not revoke either: that signs out the login both hold).`
  );
}
var init_seed_stream = __esm({
  "src/roundtrip/seed-stream.ts"() {
    "use strict";
    init_bundle();
    init_errors();
    init_load_stream();
    init_acquire();
  }
});

// src/codex/device-login.ts
var device_login_exports = {};
__export(device_login_exports, {
  DEVICE_LOGIN_HINT: () => DEVICE_LOGIN_HINT,
  buildDeviceLoginArgs: () => buildDeviceLoginArgs,
  runDeviceLogin: () => runDeviceLogin,
  stripAnsi: () => stripAnsi
});
function stripAnsi(text) {
  return text.replace(ANSI_ESCAPES, "");
}
function buildDeviceLoginArgs(issuer) {
  const args = ["login", "--device-auth", "-c", 'cli_auth_credentials_store="file"'];
  if (issuer !== void 0) args.push("--experimental_issuer", issuer);
  return args;
}
async function runDeviceLogin(options) {
  if (options.signal?.aborted) throw cancelled();
  const home = await createPrivateCodexHome();
  try {
    await recordOwner(home.dir, null);
    if (options.configToml !== void 0) await writeCodexConfig(home.dir, options.configToml);
    const outcome = await runLoginProcess(options, home.dir);
    const auth = await readAuth(home.dir);
    if (auth === null) {
      throw new CodexFailedError(
        `codex login --device-auth exited 0 but wrote no auth.json${lastLineNote(outcome.lastLine)}. Check that this Codex stores its login in a file (cli_auth_credentials_store); then try again, or run \`codex login\` on a machine with a browser and use \`codex-auth seed --auth-file ~/.codex/auth.json ...\`.`
      );
    }
    return auth;
  } finally {
    await removeCodexHome(home.dir);
  }
}
function runLoginProcess(options, codexHome) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = (0, import_node_child_process7.spawn)(options.codexPath, buildDeviceLoginArgs(options.issuer), {
        env: withCodexHome(options.env, codexHome),
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        windowsHide: true
      });
    } catch (error) {
      reject(codexSpawnError(options.codexPath, error));
      return;
    }
    new LoginProcess(options, codexHome, child, resolve, reject).follow();
  });
}
function loginFailure(reason, code, signal, lastLine, timeoutMs) {
  if (reason === "timeout") {
    return new CodexFailedError(
      `codex login --device-auth did not finish within ${formatDuration(timeoutMs)}; it was stopped (process group killed)${lastLineNote(lastLine)}. Run it again and enter the code sooner.`
    );
  }
  if (reason === "aborted") return cancelled();
  if (reason !== null) {
    return new CodexFailedError(`codex login --device-auth was interrupted (${reason}); nothing was stored.`);
  }
  if (code !== 0) {
    const status = code === null ? `was killed by ${signal ?? "a signal"}` : `exited ${code}`;
    return new CodexFailedError(
      `codex login --device-auth ${status}${lastLineNote(lastLine)}. ${DEVICE_LOGIN_HINT}`
    );
  }
  return null;
}
function withCodexHome(base, codexHome) {
  const env = {};
  for (const [name2, value] of Object.entries(base)) {
    if (value === void 0) continue;
    const key = process.platform === "win32" ? name2.toUpperCase() : name2;
    if (key === "CODEX_HOME") continue;
    env[name2] = value;
  }
  env.CODEX_HOME = codexHome;
  return env;
}
function lastLineNote(line) {
  return line === null ? " without printing anything" : `; last output: "${line}"`;
}
function cancelled() {
  return new CodexFailedError("codex login --device-auth was cancelled; nothing was stored.");
}
function formatDuration(ms) {
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4} min`;
  if (ms >= 1e3) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
var import_node_child_process7, HARMLESS_WARNING, ANSI_ESCAPES, DEVICE_LOGIN_HINT, LoginProcess;
var init_device_login = __esm({
  "src/codex/device-login.ts"() {
    "use strict";
    import_node_child_process7 = require("node:child_process");
    init_errors();
    init_codex_home();
    init_jsonl_events();
    init_orphan_homes();
    init_process_group();
    init_spawn_error();
    HARMLESS_WARNING = /^WARNING: proceeding, even though we could not create PATH aliases/;
    ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
    DEVICE_LOGIN_HINT = "Device-code login must be enabled for your ChatGPT workspace (an admin turns it on in the workspace settings). Alternatively, run `codex login` on a machine with a browser and seed from that file with `codex-auth seed --auth-file ~/.codex/auth.json ...`.";
    LoginProcess = class {
      constructor(options, codexHome, child, resolve, reject) {
        this.options = options;
        this.child = child;
        this.resolve = resolve;
        this.reject = reject;
        this.killGraceMs = options.killGraceMs ?? 2e3;
        this.ownerWrite = child.pid === void 0 ? Promise.resolve() : recordOwner(codexHome, { pid: child.pid, command: options.codexPath }).catch(() => void 0);
      }
      options;
      child;
      resolve;
      reject;
      killGraceMs;
      ownerWrite;
      stopReason = null;
      callbackError = null;
      // Codex prints the prompt on stdout and its verdict ("Error logging in: ...") on stderr. The two pipes are not
      // ordered with respect to each other, so the last stderr line is the one that explains a failure.
      lastLines = {
        stdout: null,
        stderr: null
      };
      timers = [];
      stdout = new LineSplitter();
      stderr = new LineSplitter();
      settled = false;
      onAbort = () => this.stop("aborted");
      onParentSignal = (signal) => this.stop(signal);
      follow() {
        const { child, options } = this;
        options.signal?.addEventListener("abort", this.onAbort, { once: true });
        for (const signal of FORWARDED_SIGNALS) process.on(signal, this.onParentSignal);
        this.timers.push(setTimeout(() => this.stop("timeout"), options.timeoutMs));
        child.stdout?.on("data", (chunk) => this.deliver("stdout", this.stdout.push(chunk)));
        child.stderr?.on("data", (chunk) => this.deliver("stderr", this.stderr.push(chunk)));
        child.on("error", (error) => {
          if (this.settled) return;
          this.settled = true;
          this.cleanup();
          void this.ownerWrite.then(() => this.reject(codexSpawnError(options.codexPath, error)));
        });
        child.on("exit", () => this.timers.push(drainAfterExit(child, this.killGraceMs)));
        child.on("close", (code, signal) => {
          if (this.settled) return;
          this.settled = true;
          this.cleanup();
          this.deliver("stdout", this.stdout.end());
          this.deliver("stderr", this.stderr.end());
          void this.ownerWrite.then(() => this.settle(code, signal));
        });
      }
      /** The first reason wins: SIGTERM to the group now, SIGKILL if it is still there after the grace. */
      stop(reason) {
        if (this.stopReason !== null) return;
        this.stopReason = reason;
        signalGroup(this.child, "SIGTERM");
        this.timers.push(setTimeout(() => signalGroup(this.child, "SIGKILL"), this.killGraceMs));
      }
      cleanup() {
        for (const timer of this.timers) clearTimeout(timer);
        this.options.signal?.removeEventListener("abort", this.onAbort);
        for (const signal of FORWARDED_SIGNALS) process.off(signal, this.onParentSignal);
      }
      deliver(stream, lines) {
        for (const raw of lines) {
          const line = stripAnsi(raw).trimEnd();
          if (line.trim() === "" || HARMLESS_WARNING.test(line)) continue;
          this.lastLines[stream] = line.trim();
          if (this.callbackError) continue;
          try {
            this.options.onOutput(line);
          } catch (error) {
            this.callbackError = { error };
            this.stop("callback");
          }
        }
      }
      lastLine() {
        return this.lastLines.stderr ?? this.lastLines.stdout;
      }
      settle(code, signal) {
        if (this.callbackError) {
          this.reject(this.callbackError.error);
          return;
        }
        const failure = loginFailure(this.stopReason, code, signal, this.lastLine(), this.options.timeoutMs);
        if (failure) this.reject(failure);
        else this.resolve({ lastLine: this.lastLine() });
      }
    };
  }
});

// src/app/seed.ts
async function seed(ctx, request, env) {
  const source = "login" in request.source ? await deviceLogin(request.source.login, env, ctx) : request.source;
  const result = await seedStream(ctx, {
    seed: source,
    force: request.force,
    lockTimeoutMs: request.lockTimeoutMs
  });
  return { ...result, origin: source.origin };
}
async function deviceLogin(request, env, ctx) {
  const [{ runDeviceLogin: runDeviceLogin2 }, { buildCodexEnv: buildCodexEnv2 }, { resolveCodex: resolveCodex2 }] = await Promise.all([
    Promise.resolve().then(() => (init_device_login(), device_login_exports)),
    Promise.resolve().then(() => (init_codex_env(), codex_env_exports)),
    Promise.resolve().then(() => (init_resolve_codex(), resolve_codex_exports))
  ]);
  const codexPath = await resolveCodex2(request.codex, env);
  const codexEnv = buildCodexEnv2(env, "", ctx.log);
  const configToml = await request.readConfig();
  const raw = await runDeviceLogin2({
    codexPath,
    env: codexEnv,
    ...configToml !== void 0 ? { configToml } : {},
    ...request.issuer ? { issuer: request.issuer } : {},
    onOutput: request.onOutput,
    timeoutMs: 16 * 60 * 1e3
  });
  ctx.secrets.add([raw]);
  return { raw, origin: "codex login --device-auth" };
}
var init_seed = __esm({
  "src/app/seed.ts"() {
    "use strict";
    init_seed_stream();
  }
});

// src/cli/commands/seed.ts
var seed_exports = {};
__export(seed_exports, {
  run: () => run5
});
async function run5(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
  const source = options.login ? { login: loginRequest(options, kit) } : await readSeedSource(
    options.authFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== "github-secret",
    "--auth-file",
    log
  );
  if (!source)
    throw new UsageError(`seed needs --auth-file FILE (for example ~/.codex/auth.json) or ${SEED_ENV}.`);
  const { origin, ...result } = await seed(
    ctx,
    { source, force: options.force === true, lockTimeoutMs: flags.lockTimeoutMs },
    kit.env
  );
  if (flags.json) {
    kit.json(result);
  } else {
    kit.out(
      `stored the login from ${origin} in stream "${result.stream}" (${ctx.store.location}) as generation ${result.generation}${result.replaced === null ? "" : `, replacing generation ${result.replaced}`}; fingerprint ${result.fingerprint}.
`
    );
    log.info(followUp(flags.store.kind, result.stream, options.login === true));
  }
  return 0;
}
function loginRequest(options, kit) {
  if (options.authFile)
    throw new UsageError("--login and --auth-file are mutually exclusive: sign in, or store a file.");
  const config = options.codexConfig;
  return {
    codex: options.codex,
    readConfig: async () => config === void 0 ? void 0 : readConfigFileArgument(config, "--codex-config"),
    issuer: options.loginIssuer,
    onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}
`)
  };
}
function followUp(store, stream, loggedIn) {
  const steps = [
    "Next: keep CODEX_AUTH_KEY in your CI secrets (e.g. `gh secret set CODEX_AUTH_KEY`); every job of this stream needs it.",
    store === "git-ref" ? "Give the workflow `permissions: contents: write` (and `actions: read`), and use store: git-ref with the same stream." : store === "github-secret" ? "The workflow needs a fine-grained token with secrets and variables write as github-token." : `Use store: ${store} with stream: ${stream} in the workflow.`,
    loggedIn ? "This login exists only in the stream now." : "Do not use this auth.json anywhere else now (another copy refreshing would kill the stream); sign in again if you need Codex on this machine."
  ];
  return steps.join(" ");
}
var init_seed2 = __esm({
  "src/cli/commands/seed.ts"() {
    "use strict";
    init_seed();
    init_errors();
    init_cli_context();
    init_options();
    init_shared_options();
    init_seed_source();
  }
});

// src/app/reseed.ts
function reseedCommand(target) {
  const repo = target.repository ? ` --repo ${target.repository}` : "";
  return `codex-auth seed --force --store ${target.store}${repo} --stream ${target.stream} --auth-file ~/.codex/auth.json`;
}
var init_reseed = __esm({
  "src/app/reseed.ts"() {
    "use strict";
  }
});

// src/app/alerts.ts
function alertTitle(stream) {
  return `codex-auth: stream "${stream}" needs a reseed`;
}
async function syncAlert(client, repository, row, context) {
  try {
    const open = await findOpenAlert(client, repository, row.stream);
    if (row.reseedNeeded) {
      const what = `${row.problem ?? "the stream could not be used"}`;
      if (open) {
        await client.rest.issues.createComment({
          ...repository,
          issue_number: open.number,
          body: `Still failing at ${context.now.toISOString()}${context.runUrl ? ` (${context.runUrl})` : ""}:

> ${what}`
        });
        return { stream: row.stream, action: "updated", issue: open.number, url: open.html_url };
      }
      const { data } = await client.rest.issues.create({
        ...repository,
        title: alertTitle(row.stream),
        labels: [ALERT_LABEL],
        body: [
          `The Codex login of stream \`${row.stream}\` cannot be used since ${context.now.toISOString()}${context.runUrl ? ` (seen by ${context.runUrl})` : ""}:`,
          "",
          `> ${what}`,
          "",
          "Every job of this stream will fail until it is reseeded. To reseed:",
          "",
          "1. On a trusted machine, sign in: `codex login` (or `codex login --device-auth`), or run `codex-auth seed --login ...` to do both steps at once.",
          `2. Store the new login in the stream: \`${context.reseedCommand}\` (with the same \`CODEX_AUTH_KEY\`).`,
          "3. Stop using that auth.json anywhere else (another copy refreshing would kill the stream again).",
          "",
          "This issue is closed automatically once the stream is healthy again."
        ].join("\n")
      });
      return { stream: row.stream, action: "opened", issue: data.number, url: data.html_url };
    }
    if (open && row.healthy) {
      await client.rest.issues.createComment({
        ...repository,
        issue_number: open.number,
        body: `Healthy again at ${context.now.toISOString()} (generation ${row.generation ?? "-"})${context.runUrl ? `, seen by ${context.runUrl}` : ""}. Closing.`
      });
      await client.rest.issues.update({
        ...repository,
        issue_number: open.number,
        state: "closed",
        state_reason: "completed"
      });
      return { stream: row.stream, action: "closed", issue: open.number, url: open.html_url };
    }
    return { stream: row.stream, action: "none", issue: open?.number ?? null, url: open?.html_url ?? null };
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 401) {
      return {
        stream: row.stream,
        action: "no-permission",
        message: `could not open or update the alert issue (${statusOf(error)} ${messageOf(error)}): add \`permissions: issues: write\` to the job.`
      };
    }
    throw error;
  }
}
async function findOpenAlert(client, repository, stream) {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...repository,
    state: "open",
    labels: ALERT_LABEL,
    per_page: 100
  });
  const match = issues.find((issue) => issue.title === alertTitle(stream) && !issue.pull_request);
  return match ? { number: match.number, html_url: match.html_url } : null;
}
async function syncAlerts(rows, target) {
  const { createOctokit: createOctokit2 } = await Promise.resolve().then(() => (init_octokit(), octokit_exports));
  const client = createOctokit2({ token: target.token, baseUrl: target.apiUrl });
  const repository = `${target.repository.owner}/${target.repository.repo}`;
  const outcomes = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, target.repository, row, {
        runUrl: target.runUrl,
        reseedCommand: reseedCommand({ stream: row.stream, store: target.storeKind, repository }),
        now: /* @__PURE__ */ new Date()
      })
    );
  }
  return outcomes;
}
var ALERT_LABEL;
var init_alerts = __esm({
  "src/app/alerts.ts"() {
    "use strict";
    init_github_errors();
    init_reseed();
    ALERT_LABEL = "codex-auth";
  }
});

// src/app/keep-fresh.ts
var keep_fresh_exports = {};
__export(keep_fresh_exports, {
  KEEP_FRESH_ARGS: () => KEEP_FRESH_ARGS,
  healthWord: () => healthWord,
  keepFresh: () => keepFresh
});
async function keepFresh(contexts, request) {
  const rows = [];
  for (const ctx of contexts) {
    const result = await runRoundTrip(ctx, {
      codexPath: request.codexPath,
      codexArgs: KEEP_FRESH_ARGS,
      codexConfig: request.codexConfig,
      baseEnv: request.baseEnv,
      lockTimeoutMs: request.lockTimeoutMs,
      onOutput: request.onOutput,
      seal: request.seal
    });
    const lastWriter = await ctx.store.read().then((envelope) => envelope?.writer ?? null).catch(() => null);
    rows.push(rowOf(result, lastWriter));
  }
  return rows;
}
function rowOf(result, lastWriter) {
  const healthy = result.error === null || result.usageLimited;
  return {
    stream: result.stream,
    healthy,
    refreshed: result.refreshed,
    persisted: result.persisted,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter,
    exitCode: healthy ? ExitCode.ok : result.error?.exitCode ?? ExitCode.ok,
    problem: result.error?.message ?? null,
    // A dead session, an unusable bundle, or a stored copy that cannot be opened: a human has to act.
    reseedNeeded: needsReseed(result.error),
    planUsage: result.planUsage,
    usageLimited: result.usageLimited,
    resetsAt: result.resetsAt
  };
}
function healthWord(row) {
  if (row.healthy) return row.refreshed ? "refreshed" : "healthy";
  return row.reseedNeeded ? "reseed needed" : "failed";
}
var KEEP_FRESH_ARGS;
var init_keep_fresh = __esm({
  "src/app/keep-fresh.ts"() {
    "use strict";
    init_errors();
    init_run_round_trip();
    KEEP_FRESH_ARGS = [
      "--skip-git-repo-check",
      "--sandbox",
      "read-only",
      "-c",
      'model_reasoning_effort="minimal"',
      "--",
      "Reply with the single word OK."
    ];
  }
});

// src/cli/commands/keep-fresh.ts
var keep_fresh_exports2 = {};
__export(keep_fresh_exports2, {
  describeAlert: () => describeAlert,
  run: () => run6
});
async function run6(input, kit) {
  const options = input.values;
  const streams = parseStreamList(options.streams, CLI_VOCABULARY.streams);
  const log = kit.logger(options.verbose === true);
  const contexts = await Promise.all(
    streams.map(
      (stream) => createCliContext(parseStoreFlags({ ...options, stream }, kit.env), kit.env, log, kit.redactor)
    )
  );
  const rows = await keepFresh(contexts, {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    lockTimeoutMs: parseStoreFlags(options, kit.env).lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options)
  });
  const alerts = options.alert ? await sendAlerts(rows, options, kit) : [];
  if (options.json === true) kit.json({ streams: rows, alerts, healthy: rows.every((row) => row.healthy) });
  else
    kit.out(
      formatRows(rows) + alerts.map((alert) => `alert ${alert.stream}: ${describeAlert(alert)}
`).join("")
    );
  return rows.every((row) => row.healthy) ? 0 : Math.max(...rows.map((row) => row.exitCode));
}
function formatRows(rows) {
  const lines = rows.map((row) => {
    const state = row.healthy ? healthWord(row) : healthWord(row).toUpperCase();
    return [
      `${row.stream}: ${state}`,
      `  generation ${row.generation ?? "-"}, last refresh ${row.lastRefresh ?? "-"}, access token expires ${row.accessTokenExpiresAt ?? "-"}`,
      `  next refresh ${describeNextRefresh(row) || "-"}; last writer ${row.lastWriter ?? "-"}`,
      `  plan usage: ${row.usageLimited ? `usage limit reached, resets ${row.resetsAt ?? "-"}; ` : ""}${describePlanUsage(row.planUsage)}`,
      ...row.problem ? [`  problem: ${row.problem}`] : []
    ].join("\n");
  });
  return `${lines.join("\n")}
`;
}
function sendAlerts(rows, options, kit) {
  const target = parseStoreFlags({ ...options, store: "git-ref", lock: "none" }, kit.env).store.github;
  if (!target) throw new UsageError("--alert needs --repo OWNER/NAME and GITHUB_TOKEN.");
  kit.redactor.add([target.token]);
  return syncAlerts(rows, {
    repository: target.repository,
    token: target.token,
    apiUrl: target.apiUrl,
    storeKind: options.store,
    runUrl: runUrlOf(kit.env)
  });
}
function describeAlert(alert) {
  if (alert.action === "no-permission") return alert.message;
  if (alert.action === "none")
    return alert.issue ? `issue #${alert.issue} left as it is` : "nothing to report";
  return `issue #${alert.issue} ${alert.action} (${alert.url})`;
}
var init_keep_fresh2 = __esm({
  "src/cli/commands/keep-fresh.ts"() {
    "use strict";
    init_errors();
    init_front_end();
    init_alerts();
    init_input_values();
    init_vocabulary();
    init_keep_fresh();
    init_round_trip_context();
    init_cli_context();
    init_options();
    init_seed_source();
    init_seal_options();
    init_plan_usage();
  }
});

// src/codex/codex-logout.ts
function runCodexLogout(codexPath, env, timeoutMs, onOutput) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process8.spawn)(codexPath, ["logout"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const forward = (chunk) => {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") onOutput(line);
    };
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    const timer = setTimeout(() => {
      if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
var import_node_child_process8;
var init_codex_logout = __esm({
  "src/codex/codex-logout.ts"() {
    "use strict";
    import_node_child_process8 = require("node:child_process");
  }
});

// src/app/revoke-relay.ts
function revokeEndpoint(env) {
  const override = env.CODEX_REVOKE_TOKEN_URL_OVERRIDE;
  if (override) return override;
  const refresh = env.CODEX_REFRESH_TOKEN_URL_OVERRIDE;
  if (refresh && URL.canParse(refresh)) {
    const url = new URL(refresh);
    url.pathname = "/oauth/revoke";
    url.search = "";
    return url.toString();
  }
  return DEFAULT_REVOKE_URL;
}
function trustedCas(env) {
  const extra = env.CODEX_CA_CERTIFICATE;
  return extra ? [...import_node_tls3.rootCertificates, (0, import_node_fs28.readFileSync)(extra, "utf8")] : void 0;
}
async function startRevokeRelay(env) {
  const upstream = new URL(revokeEndpoint(env));
  const ca = trustedCas(env);
  let outcome = { kind: "not-asked" };
  const server = import_node_http2.default.createServer((req, res) => {
    void relay(req, res, upstream, ca).then((seen) => {
      outcome = seen;
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/oauth/revoke`,
    upstream: upstream.toString(),
    outcome: () => outcome,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
async function readBody2(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY2) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
async function relay(req, res, upstream, ca) {
  const body = await readBody2(req);
  if (req.method !== "POST" || body === null) {
    res.writeHead(400).end();
    return { kind: "not-asked" };
  }
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (status, answer, outcome) => {
      if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" }).end(answer);
      resolve(outcome);
    };
    const client = upstream.protocol === "http:" ? import_node_http2.default : import_node_https4.default;
    const request = client.request(upstream, {
      method: "POST",
      headers: {
        "content-type": req.headers["content-type"] ?? "application/json",
        "content-length": body.length
      },
      timeout: REVOKE_UPSTREAM_TIMEOUT_MS,
      ...ca && upstream.protocol === "https:" ? { ca } : {}
    });
    request.on("response", (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => {
        const status = response.statusCode ?? 502;
        const kind = status >= 200 && status < 300 ? "confirmed" : "refused";
        finish(status, Buffer.concat(chunks), { kind, status });
      });
      response.on("error", (error) => finish(502, "{}", { kind: "unreachable", reason: error.message }));
    });
    request.on("timeout", () => {
      request.destroy();
      finish(504, "{}", { kind: "timeout", afterMs: Math.round(performance.now() - started) });
    });
    request.on(
      "error",
      (error) => finish(502, "{}", { kind: "unreachable", reason: error.code ?? error.message })
    );
    request.end(body);
  });
}
var import_node_fs28, import_node_http2, import_node_https4, import_node_tls3, DEFAULT_REVOKE_URL, MAX_BODY2, REVOKE_UPSTREAM_TIMEOUT_MS;
var init_revoke_relay = __esm({
  "src/app/revoke-relay.ts"() {
    "use strict";
    import_node_fs28 = require("node:fs");
    import_node_http2 = __toESM(require("node:http"), 1);
    import_node_https4 = __toESM(require("node:https"), 1);
    import_node_tls3 = require("node:tls");
    DEFAULT_REVOKE_URL = "https://auth.openai.com/oauth/revoke";
    MAX_BODY2 = 64 * 1024;
    REVOKE_UPSTREAM_TIMEOUT_MS = 9e3;
  }
});

// src/app/revoke-stream.ts
async function revokeStream(ctx, request) {
  const holder = await ctx.lock.inspect();
  if (holder && !holder.stale && !request.force) {
    throw new LockTimeoutError(
      `stream "${ctx.stream}" is in use: its lock is held by ${describeHolder(holder)}. Wait for it, or pass --force if you know the holder is gone.`
    );
  }
  if (holder && !holder.stale) await ctx.lock.forceRelease();
  const { handle } = await ctx.lock.acquire({
    owner: ctx.writer,
    timeoutMs: 3e4,
    leaseMs: 6e4,
    mode: "process"
  });
  try {
    const envelope = await ctx.store.read();
    let signedOut = false;
    if (envelope) {
      const bundle = await openEnvelope(envelope, ctx.stream, ctx.key, ctx.store.location);
      ctx.secrets.add(secretValues(bundle));
      await signOut(ctx, request, bundle.raw, envelope.generation);
      signedOut = true;
    }
    await ctx.store.remove();
    return {
      stream: ctx.stream,
      store: ctx.store.kind,
      signedOut,
      removed: true,
      generation: envelope?.generation ?? null
    };
  } finally {
    await handle.release().catch(() => false);
  }
}
async function signOut(ctx, request, authJson, generation) {
  const relay2 = await startRevokeRelay(request.baseEnv);
  const home = await createPrivateCodexHome();
  try {
    await materialiseAuth(home.dir, authJson);
    if (request.codexConfig !== void 0) await writeCodexConfig(home.dir, request.codexConfig);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, ctx.log),
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: relay2.url,
      // A proxy in the environment must not take Codex's call to the relay on 127.0.0.1 elsewhere.
      NO_PROXY: withLoopback(request.baseEnv.NO_PROXY),
      no_proxy: withLoopback(request.baseEnv.no_proxy)
    };
    const code = await runCodexLogout(request.codexPath, env, 6e4, request.onOutput);
    const outcome = relay2.outcome();
    const kept = `The session may still be live, so stream "${ctx.stream}" was kept (generation ${generation}) in ${ctx.store.location}.`;
    if (code !== 0 || await readAuth(home.dir) !== null) {
      throw new RevokeUnconfirmedError(
        `codex logout exited with ${code} without signing the session out. ${kept} Run revoke again; if it keeps failing, sign the session out at chatgpt.com (Settings > Security), then run revoke again.`
      );
    }
    if (outcome.kind !== "confirmed") {
      throw new RevokeUnconfirmedError(
        `could not confirm that the session of stream "${ctx.stream}" was signed out: the revoke endpoint ${relay2.upstream} ${describeOutcome(outcome)}. ${kept} Run revoke again when the endpoint answers (a session already signed out is confirmed too), or sign it out at chatgpt.com (Settings > Security) and then run revoke again.`
      );
    }
  } finally {
    await removeCodexHome(home.dir);
    await relay2.close();
  }
}
function withLoopback(list) {
  return list ? `${list},127.0.0.1` : "127.0.0.1";
}
function describeOutcome(outcome) {
  switch (outcome.kind) {
    case "refused":
      return `answered HTTP ${outcome.status}`;
    case "timeout":
      return `did not answer within ${(outcome.afterMs / 1e3).toFixed(0)} s`;
    case "unreachable":
      return `could not be reached (${outcome.reason})`;
    case "not-asked":
      return "was never called by codex logout";
    case "confirmed":
      return `answered HTTP ${outcome.status}`;
  }
}
var init_revoke_stream = __esm({
  "src/app/revoke-stream.ts"() {
    "use strict";
    init_bundle();
    init_envelope();
    init_errors();
    init_codex_env();
    init_codex_home();
    init_codex_logout();
    init_lock();
    init_revoke_relay();
  }
});

// src/cli/commands/revoke.ts
var revoke_exports = {};
__export(revoke_exports, {
  run: () => run7
});
async function run7(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const ctx = await createCliContext(flags, kit.env, log, kit.redactor);
  const result = await revokeStream(ctx, {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    force: options.force === true,
    onOutput: (line) => log.debug(line)
  });
  if (flags.json) kit.json(result);
  else
    kit.out(
      `stream "${result.stream}" disconnected: ${result.signedOut ? "its session was signed out at OpenAI (the refresh token is revoked)" : "it held no login"}, and it was removed from ${ctx.store.location} with its lock.
`
    );
  return 0;
}
var init_revoke = __esm({
  "src/cli/commands/revoke.ts"() {
    "use strict";
    init_front_end();
    init_revoke_stream();
    init_cli_context();
    init_options();
    init_seed_source();
  }
});

// src/core/logger.ts
var silentLogger;
var init_logger = __esm({
  "src/core/logger.ts"() {
    "use strict";
    silentLogger = { info() {
    }, warn() {
    }, debug() {
    } };
  }
});

// src/app/seal-self-test.ts
async function sealSelfTest(codexPath, env) {
  const home = await createPrivateCodexHome(void 0, env);
  try {
    const canary = `codex-auth-canary-${(0, import_node_crypto9.randomBytes)(16).toString("hex")}`;
    await writePrivateFileAtomic(import_node_path33.default.join(home.dir, "auth.json"), JSON.stringify({ canary }));
    const config = sealConfig(
      void 0,
      {
        mode: "workspace-write",
        network: false,
        args: [],
        unsealing: [],
        labels: [],
        outside: [],
        cd: void 0
      },
      [home.sealRoot],
      NAMES
    );
    await writeCodexConfig(home.dir, config.toml);
    return await probeSeal({
      codexPath,
      env: buildCodexEnv(env, home.dir, silentLogger),
      cwd: process.cwd(),
      deniedPaths: [home.sealRoot],
      network: false,
      containsSecret: (text) => text.includes(canary)
    });
  } finally {
    await removeCodexHome(home.dir).catch(() => void 0);
  }
}
async function sealFinding(codexPath, env) {
  const seal = await sealSelfTest(codexPath, env);
  if (seal.ok) {
    return {
      ok: true,
      detail: `the agent's commands run in Codex's sandbox and cannot read the private CODEX_HOME (probe ${seal.ms} ms; Codex ${seal.codexVersion ?? "?"}, sealing needs ${MIN_SEALED_CODEX} or later)`,
      fix: null
    };
  }
  return {
    ok: false,
    detail: seal.failure?.detail ?? "the seal probe failed",
    fix: sealFix(seal, codexPath)
  };
}
function sealFix(seal, codexPath) {
  switch (seal.failure?.kind) {
    case "not-codex":
      return "point --codex at the Codex CLI (npm install -g @openai/codex)";
    case "old-codex":
      return `install @openai/codex ${MIN_SEALED_CODEX} or later (verified: ${VERIFIED_CODEX_VERSIONS.join(", ")})`;
    case "no-namespaces":
      return namespaceFixSteps(bwrapPath(codexPath)).split("\n").slice(1).join(" ");
    case "no-commands":
      return "check that `codex sandbox -- echo ok` works here";
    default:
      return "pin a verified Codex version; runs refuse to start until the probe passes";
  }
}
var import_node_crypto9, import_node_path33, NAMES;
var init_seal_self_test = __esm({
  "src/app/seal-self-test.ts"() {
    "use strict";
    import_node_crypto9 = require("node:crypto");
    init_codex_env();
    init_codex_home();
    init_resolve_codex();
    init_seal_probe();
    init_userns_fix();
    init_logger();
    init_seal_config();
    init_secure_files();
    import_node_path33 = __toESM(require("node:path"), 1);
    NAMES = {
      sandbox: "sandbox",
      codexArgs: "codex arguments",
      codexConfig: "codex config",
      optIn: "opt-in",
      fixNamespaces: "fix-sandbox",
      codexVersion: "codex version",
      codexUser: "codex-user"
    };
  }
});

// src/app/doctor.ts
async function diagnose(input) {
  const findings = [];
  const add = (check2, verdict, detail, fix = null) => void findings.push({ check: check2, verdict, detail, fix });
  await checkCodex(input, add);
  const key = checkKey(input, add);
  const envelope = await checkStore(input, add);
  await checkLock(input, add);
  if (envelope && key) await checkBundle(input, envelope, key, add);
  if (input.probe && key && envelope) await checkSession(input.probe, add);
  return findings;
}
async function checkCodex(input, add) {
  let codex = null;
  try {
    codex = await resolveCodex(input.codexPath, input.env);
    const version = await readCodexVersion(codex, input.env);
    if (version && VERIFIED_CODEX_VERSIONS.includes(version))
      add("codex", "ok", `${codex} is ${version}, a verified version`);
    else
      add(
        "codex",
        "warn",
        `${codex} is ${version ?? "of an unknown version"}; this release was verified with ${VERIFIED_CODEX_VERSIONS.join(", ")}`,
        `install a verified version (npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS.at(-1)}) or check the release notes for auth changes`
      );
  } catch (error) {
    add("codex", "fail", asCodexAuthError(error).message, "install Codex or pass --codex PATH");
  }
  if (codex === null)
    add("sealed", "fail", "no Codex to probe the sandbox with", "install Codex or pass --codex PATH");
  else {
    const seal = await sealFinding(codex, input.env);
    add("sealed", seal.ok ? "ok" : "fail", seal.detail, seal.fix);
  }
}
function checkKey(input, add) {
  let key = null;
  try {
    key = parseKey2(input.env[KEY_ENV]);
    add("key", "ok", `${KEY_ENV} is well-formed (key id ${key.id})`);
  } catch (error) {
    add(
      "key",
      "fail",
      asCodexAuthError(error).message,
      "create one with `codex-auth keygen` and keep it in your secret store"
    );
  }
  return key;
}
async function checkStore(input, add) {
  let envelope = null;
  let storeReadable = false;
  try {
    envelope = await input.store.read();
    storeReadable = true;
    if (envelope) {
      add(
        "store",
        "ok",
        `${input.store.location} holds generation ${envelope.generation}, written ${envelope.writtenAt} by ${envelope.writer}`
      );
    } else {
      add(
        "store",
        "warn",
        `${input.store.location} holds nothing for stream "${input.stream}"`,
        `seed it: codex-auth seed --stream ${input.stream} --auth-file ~/.codex/auth.json`
      );
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      "store",
      "fail",
      failure.message,
      isEmptyRepositoryError(failure) ? failure.fix : isEnvelopeUnreadable(failure) ? "reseed the stream (codex-auth seed --force)" : "see the message"
    );
  }
  return storeReadable ? envelope : null;
}
async function checkLock(input, add) {
  try {
    const holder = await input.lock.inspect();
    if (holder?.stale) {
      add("lock", "ok", `stale: its holder ${describeHolder(holder)} is gone; the next run takes it`);
    } else if (holder) {
      add(
        "lock",
        "warn",
        `held by ${describeHolder(holder)}`,
        "a job is running, or its holder died: it is recovered by itself once the holder is gone; `codex-auth unlock --force` if you know it is"
      );
    } else {
      const { handle } = await input.lock.acquire({
        owner: `${input.owner} (codex-auth doctor)`,
        timeoutMs: 5e3,
        leaseMs: 6e4,
        mode: "process"
      });
      await handle.release();
      add("lock", "ok", `free, and this token can take it (${input.lock.kind})`);
    }
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      "lock",
      "fail",
      failure.message,
      isEmptyRepositoryError(failure) ? failure.fix : "fix the permission named above before any job runs"
    );
  }
}
async function checkBundle(input, envelope, key, add) {
  try {
    const bundle = await openEnvelope(envelope, input.stream, key, input.store.location);
    const report2 = inspectBundle(bundle, /* @__PURE__ */ new Date());
    const next = report2.nextRefresh;
    const when = next.reason === null ? "no proactive refresh" : `${next.due ? "due now" : next.at} (${next.reason})`;
    add(
      "bundle",
      report2.problems.length > 0 ? "warn" : "ok",
      `${report2.kind} login of ${report2.email ?? "an unknown account"} (plan ${report2.plan ?? "-"}), last refresh ${report2.lastRefresh ?? "-"}, next refresh ${when}${report2.problems.length ? `; ${report2.problems.join("; ")}` : ""}`,
      report2.problems.length ? "reseed the stream from a fresh login" : null
    );
  } catch (error) {
    const failure = asCodexAuthError(error);
    add(
      "bundle",
      "fail",
      failure.message,
      isEnvelopeUnreadable(failure) ? "use the key the stream was seeded with, or reseed" : "reseed the stream"
    );
  }
}
async function checkSession(probe, add) {
  const row = await probe();
  if (row.healthy) {
    add(
      "session",
      "ok",
      `a Codex call succeeded${row.refreshed ? " and refreshed the login (persisted)" : ""}; generation ${row.generation}`
    );
    return;
  }
  add(
    "session",
    "fail",
    row.problem ?? "the Codex call failed",
    row.reseedNeeded ? "the session is dead: sign in again and reseed (codex-auth seed --login --force)" : "see the message"
  );
}
var init_doctor = __esm({
  "src/app/doctor.ts"() {
    "use strict";
    init_envelope();
    init_errors();
    init_inspect();
    init_key();
    init_resolve_codex();
    init_github_errors();
    init_lock();
    init_seal_self_test();
  }
});

// src/cli/commands/doctor.ts
var doctor_exports = {};
__export(doctor_exports, {
  run: () => run8
});
async function run8(input, kit) {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const log = kit.logger(flags.verbose);
  const { store, lock } = await createBackends(flags.store, flags.lock, kit.env, log);
  const findings = await diagnose({
    stream: flags.store.stream,
    store,
    lock,
    codexPath: options.codex,
    env: kit.env,
    owner: writerOf(kit.env),
    probe: options.probe ? () => probeStream(options, flags, kit, log) : void 0
  });
  const failed2 = findings.some((finding) => finding.verdict === "fail");
  if (flags.json) kit.json({ stream: flags.store.stream, store: store.kind, healthy: !failed2, findings });
  else kit.out(findings.map(formatFinding).join("\n") + "\n");
  return failed2 ? 1 : 0;
}
function formatFinding(finding) {
  const head = `${finding.verdict.padEnd(4)} ${finding.check}: ${finding.detail}`;
  return finding.fix ? `${head}
     fix: ${finding.fix}` : head;
}
async function probeStream(options, flags, kit, log) {
  const [{ keepFresh: keepFresh2 }, { createCliContext: createCliContext2 }] = await Promise.all([
    Promise.resolve().then(() => (init_keep_fresh(), keep_fresh_exports)),
    Promise.resolve().then(() => (init_cli_context(), cli_context_exports))
  ]);
  const [row] = await keepFresh2([await createCliContext2(flags, kit.env, log, kit.redactor)], {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig ? await readConfigFileArgument(options.codexConfig, "--codex-config") : void 0,
    baseEnv: kit.env,
    lockTimeoutMs: flags.lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options)
  });
  if (!row) throw new Error("keep-fresh returned no row");
  return row;
}
var init_doctor2 = __esm({
  "src/cli/commands/doctor.ts"() {
    "use strict";
    init_doctor();
    init_context();
    init_round_trip_context();
    init_options();
    init_seed_source();
    init_front_end();
    init_seal_options();
  }
});

// src/cli/bundles/round-trip.ts
var round_trip_exports = {};
__export(round_trip_exports, {
  commands: () => commands,
  run: () => run9
});
module.exports = __toCommonJS(round_trip_exports);

// src/cli/bundles/command-bundle.ts
init_kit();
function commandBundle(loaders) {
  const run10 = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded2 = await load();
      return await loaded2.run(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run: run10, commands: Object.keys(loaders) };
}

// src/cli/bundles/round-trip.ts
var { run: run9, commands } = commandBundle({
  run: () => Promise.resolve().then(() => (init_run2(), run_exports)),
  restore: () => Promise.resolve().then(() => (init_restore2(), restore_exports)),
  persist: () => Promise.resolve().then(() => (init_persist3(), persist_exports)),
  seed: () => Promise.resolve().then(() => (init_seed2(), seed_exports)),
  "keep-fresh": () => Promise.resolve().then(() => (init_keep_fresh2(), keep_fresh_exports2)),
  revoke: () => Promise.resolve().then(() => (init_revoke(), revoke_exports)),
  doctor: () => Promise.resolve().then(() => (init_doctor2(), doctor_exports))
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commands,
  run
});
