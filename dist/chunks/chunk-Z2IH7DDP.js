#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  untrustedLines
} from "./chunk-OJBEYJKB.js";

// src/roundtrip/describe.ts
function describeNextRefresh(value) {
  const next = value.nextRefresh;
  if (!next) return "";
  if (next.reason === null) return "none scheduled (Codex refreshes only after a 401)";
  return `${next.due ? "due now" : next.at} (${next.reason})`;
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
