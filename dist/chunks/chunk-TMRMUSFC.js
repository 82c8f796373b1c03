#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/roundtrip/describe.ts
function describeNextRefresh(value) {
  const next = value.nextRefresh;
  if (!next) return "";
  if (next.reason === null) return "none scheduled (Codex refreshes only after a 401)";
  return `${next.due ? "due now" : next.at} (${next.reason})`;
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

// src/codex/codex-progress.ts
var CODEX_PREFIX = "codex: ";
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

// src/app/html.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export {
  progressLines,
  outputLines,
  describeNextRefresh,
  escapeHtml
};
