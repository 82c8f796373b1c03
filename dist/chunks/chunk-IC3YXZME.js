#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/app/html.ts
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// src/roundtrip/describe.ts
function describeNextRefresh(value) {
  const next = value.nextRefresh;
  if (!next) return "";
  if (next.reason === null) return "none scheduled (Codex refreshes only after a 401)";
  return `${next.due ? "due now" : next.at} (${next.reason})`;
}

export {
  escapeHtml,
  describeNextRefresh
};
