#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeNextRefresh,
  escapeHtml
} from "./chunk-Z2IH7DDP.js";
import {
  describeMinutes,
  setOutputs,
  untrustedWhole
} from "./chunk-OJBEYJKB.js";
import {
  needsSignIn
} from "./chunk-V4C5BGZE.js";
import {
  summary
} from "./chunk-GP2XTTJE.js";

// src/app/protection-words.ts
var WORDS = {
  broker: "Codex held placeholders, the token broker relayed the login, the sandbox held",
  "broker+separate-user": "Codex held placeholders, the token broker relayed the login, Codex ran as a separate user proven unable to reach this process",
  "deny-read": "the login on disk, denied to the agent by the permission profile",
  none: "opted out: the agent could read the login"
};
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
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
var plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// src/action/broker-report.ts
var SHOWN_REQUESTS = 20;
function protectionOutputs(result) {
  const isolation = result.isolation;
  const count = (n) => n === null || n === void 0 ? "" : String(n);
  return {
    protection: result.protection ?? "",
    "isolation-user": isolation?.user ?? "",
    "isolation-setup-seconds": isolation ? (isolation.setupMs / 1e3).toFixed(1) : "",
    "isolation-stopped": count(isolation?.stopped),
    "isolation-files-given-back": count(isolation?.chowned)
  };
}
function addBrokerSummary(result) {
  if (result.protection === null) return;
  summary.addRaw(`<p><strong>Protection:</strong> ${escapeHtml(describeProtection(result) ?? "")}</p>`);
  if (result.isolation) {
    summary.addRaw(
      `<p><strong>Isolation:</strong> ${escapeHtml(describeIsolation(result.isolation))}.</p>`
    );
  }
  const log = result.brokerLog;
  if (log.length === 0) return;
  const shown = log.slice(-SHOWN_REQUESTS);
  summary.addHeading(`Requests through the token broker (${log.length})`, 4).addTable([
    ["time", "method", "path", "status", "bytes in", "bytes out", "ms", "handling"].map((data) => ({
      data,
      header: true
    })),
    ...shown.map(
      (entry) => [
        entry.at,
        entry.method,
        entry.path,
        entry.status,
        entry.bytesIn,
        entry.bytesOut,
        entry.durationMs,
        entry.handling
      ].map((value) => escapeHtml(String(value)))
    )
  ]);
  if (log.length > shown.length) {
    summary.addRaw(`<p>${log.length - shown.length} earlier requests are not shown here.</p>`);
  }
}

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
    // The agent's text: a later step may interpolate it, so nothing in it may act on the log or a terminal.
    "final-message": untrustedWhole(result.finalMessage ?? ""),
    sealed: result.seal === null ? "" : String(result.seal.sealed),
    ...protectionOutputs(result),
    ...usageOutputs(result)
  };
  setOutputs(outputs);
}
function usageOutputs(result) {
  const window = (prefix, w) => ({
    [`${prefix}-used-percent`]: w ? String(w.usedPercent) : "",
    [`${prefix}-window-minutes`]: w?.windowMinutes === null || w === void 0 || w === null ? "" : String(w.windowMinutes),
    [`${prefix}-resets-at`]: w?.resetsAt ?? ""
  });
  return {
    "usage-limited": String(result.usageLimited),
    "resets-at": result.resetsAt ?? "",
    ...window("short", result.planUsage?.short),
    ...window("weekly", result.planUsage?.weekly)
  };
}
function addUsageSummary(result) {
  if (result.usageLimited) {
    summary.addRaw(
      `<p><strong>Usage limit reached</strong> on this ChatGPT plan: the window resets at ${escapeHtml(result.resetsAt ?? "a time Codex did not report")}. The login is fine and was not marked dead.</p>`
    );
  }
  const usage = result.planUsage;
  if (usage === null) return;
  const row = (name, w) => [
    name,
    w === null ? "-" : `${w.usedPercent} %`,
    w?.windowMinutes === null || w === null ? "-" : describeMinutes(w.windowMinutes),
    w?.resetsAt ?? "-"
  ];
  summary.addHeading("Plan usage", 4).addTable([
    ["window", "used", "length", "resets at"].map((data) => ({ data, header: true })),
    row("short", usage.short),
    row("weekly", usage.weekly)
  ]);
}
async function writeSummary(result, title, addMore = () => void 0) {
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
      { data: "persisted", header: true },
      { data: "sealed", header: true }
    ],
    [
      cell(result.stream),
      cell(result.store),
      cell(result.generation),
      cell(result.refreshed),
      cell(result.lastRefreshAfter),
      cell(describeNextRefresh(result)),
      `${(result.lockWaitMs / 1e3).toFixed(1)} s`,
      cell(result.persisted),
      cell(sealCell(result))
    ]
  ]);
  if (result.seal?.machineChange) {
    summary.addRaw(`<p><strong>Sandbox set up:</strong> ${escapeHtml(result.seal.machineChange)}.</p>`);
  }
  addUsageSummary(result);
  addBrokerSummary(result);
  if (result.error?.code === "not_seeded") {
    summary.addHeading("Stream not seeded", 4).addRaw(`<p>${escapeHtml(result.error.message)}</p>`);
  } else if (result.error && needsSignIn(result.error)) {
    summary.addHeading("Reseed needed", 4).addRaw(`<p>${escapeHtml(result.error.message)}</p>`).addList([
      "On a trusted machine, sign in: <code>codex login</code> (or <code>codex login --device-auth</code>).",
      `Store the new login in this stream: <code>codex-auth seed --force --stream ${escapeHtml(result.stream)} --auth-file ~/.codex/auth.json</code> (with the same <code>CODEX_AUTH_KEY</code> and store).`,
      "Stop using that auth.json anywhere else, then re-run this workflow."
    ]);
  } else if (result.error) {
    summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(result.error.message)}</p>`);
  }
  addMore();
  await summary.write();
}
function sealCell(result) {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `yes (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NO: ${result.seal.reason ?? "not probed"}`;
}

export {
  setRoundTripOutputs,
  usageOutputs,
  addUsageSummary,
  writeSummary
};
