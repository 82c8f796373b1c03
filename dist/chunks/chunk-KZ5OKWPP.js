#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runnerMasks
} from "./chunk-RHCMH4YS.js";
import {
  setOutput,
  summary
} from "./chunk-5AJR2I7G.js";
import {
  describeNextRefresh
} from "./chunk-Q7FCD7UB.js";

// src/action/report.ts
function setRoundTripOutputs(result) {
  const outputs = {
    stream: result.stream,
    generation: result.generation === null ? "" : String(result.generation),
    refreshed: String(result.refreshed),
    persisted: String(result.persisted),
    "last-refresh": result.lastRefreshAfter ?? "",
    "next-refresh": describeNextRefresh(result),
    "access-token-expires-at": result.accessTokenExpiresAt ?? "",
    "lock-wait-seconds": (result.lockWaitMs / 1e3).toFixed(1),
    "codex-exit-code": result.codexExitCode === null ? "" : String(result.codexExitCode),
    "final-message": result.finalMessage ?? ""
  };
  for (const [name, value] of Object.entries(outputs)) setOutput(name, runnerMasks.redact(value));
}
async function writeSummary(result, title) {
  const cell = (value) => value === null || value === "" ? "-" : String(value);
  summary.addHeading(`codex-auth: ${title}`, 3).addTable([
    [
      { data: "stream", header: true },
      { data: "store", header: true },
      { data: "generation", header: true },
      { data: "refreshed", header: true },
      { data: "last refresh", header: true },
      { data: "next refresh", header: true },
      { data: "lock wait", header: true },
      { data: "persisted", header: true }
    ],
    [
      cell(result.stream),
      cell(result.store),
      cell(result.generation),
      cell(result.refreshed),
      cell(result.lastRefreshAfter),
      cell(describeNextRefresh(result)),
      `${(result.lockWaitMs / 1e3).toFixed(1)} s`,
      cell(result.persisted)
    ]
  ]);
  if (result.error?.exitCode === 3) {
    summary.addHeading("Reseed needed", 4).addRaw(`<p>${escapeHtml(result.error.message)}</p>`).addList([
      "On a trusted machine, sign in: <code>codex login</code> (or <code>codex login --device-auth</code>).",
      `Store the new login in this stream: <code>codex-auth seed --force --stream ${escapeHtml(result.stream)} --auth-file ~/.codex/auth.json</code> (with the same <code>CODEX_AUTH_KEY</code> and store).`,
      "Stop using that auth.json anywhere else, then re-run this workflow."
    ]);
  } else if (result.error) {
    summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(result.error.message)}</p>`);
  }
  await summary.write();
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export {
  setRoundTripOutputs,
  writeSummary
};
