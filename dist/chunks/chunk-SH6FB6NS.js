#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseStreamName
} from "./chunk-B45VUE4X.js";
import {
  runnerMasks
} from "./chunk-2PSMXHHV.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";
import {
  getInput,
  setOutput
} from "./chunk-GP2XTTJE.js";

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

export {
  parseStreamList,
  Inputs,
  readInput,
  readBoolean,
  readSeconds,
  readNumber,
  setOutputs
};
