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

export {
  describeNextRefresh
};
