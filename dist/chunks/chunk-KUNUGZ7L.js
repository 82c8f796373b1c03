#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runnerMasks
} from "./chunk-JRQGORCM.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  getInput,
  setOutput
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

export {
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
