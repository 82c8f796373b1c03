#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
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
function untrustedWhole(text) {
  return untrustedLines(text, { maxLineLength: Infinity, maxLines: Infinity }).join("\n");
}

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

// src/action/runner-output.ts
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
  codexUser: "codex-user",
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
function isRecord(value) {
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

// src/codex/resolve-codex.ts
import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import path2 from "node:path";

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

export {
  untrustedLines,
  untrustedWhole,
  launcherEnv,
  findNativeCodex,
  VERIFIED_CODEX_VERSIONS,
  resolveCodex,
  readCodexVersion,
  identifyCodex,
  runnerMasks,
  actionLogger,
  logCodexLines,
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
