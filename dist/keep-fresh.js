#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  syncAlerts
} from "./chunks/chunk-DDPPIPB7.js";
import "./chunks/chunk-7ZM447HQ.js";
import {
  assertSupportedPlatform,
  codexForJob,
  refuseUnsafeJobs
} from "./chunks/chunk-GU5DGIGL.js";
import {
  describeNextRefresh,
  escapeHtml
} from "./chunks/chunk-Z2IH7DDP.js";
import {
  ACTION_VOCABULARY,
  DEFAULT_CODEX_VERSION,
  createActionContext,
  maskSecretInputs,
  readSealRequest,
  readSecretInputs,
  readStreamSettings,
  runEntry,
  runRoundTrip,
  runUrlOf
} from "./chunks/chunk-UEEPTXA7.js";
import "./chunks/chunk-OFMCRVKK.js";
import "./chunks/chunk-N7GVTKFE.js";
import {
  Inputs,
  describePlanUsage,
  parseStreamList,
  readBoolean,
  readInput,
  setOutputs
} from "./chunks/chunk-OJBEYJKB.js";
import "./chunks/chunk-KFJRHRRK.js";
import "./chunks/chunk-F5ZJYPQG.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7SAFMP73.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-FOGE6YFT.js";
import "./chunks/chunk-PBCKZ5WM.js";
import "./chunks/chunk-4RUKDEO4.js";
import "./chunks/chunk-O6AFCUB4.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  ExitCode,
  UsageError,
  needsReseed
} from "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import {
  debug,
  summary
} from "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/app/keep-fresh.ts
var KEEP_FRESH_ARGS = [
  "--skip-git-repo-check",
  "--sandbox",
  "read-only",
  "-c",
  'model_reasoning_effort="minimal"',
  "--",
  "Reply with the single word OK."
];
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

// src/action/keep-fresh.ts
async function runKeepFresh(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const streams = parseStreamList(readInput(Inputs.streams, { required: true }), ACTION_VOCABULARY.streams);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
      allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents)
    },
    secrets.githubToken,
    env
  );
  const alert = readBoolean(Inputs.alert);
  const perStream = streams.map((stream) => readStreamSettings(env, secrets, stream));
  const contexts = await Promise.all(
    perStream.map((settings) => createActionContext(settings, secrets, env))
  );
  const first = perStream[0];
  const codexConfig = readInput(Inputs.codexConfig);
  const rows = await keepFresh(contexts, {
    codexPath: await codexForJob(readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION, env),
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    baseEnv: env,
    lockTimeoutMs: first.lockTimeoutMs,
    onOutput: (line) => debug(line),
    seal: readSealRequest("read-only")
  });
  const alerts = alert ? await sendAlerts(rows, secrets.githubToken, first.store.kind, env) : [];
  setOutputs({ report: JSON.stringify(rows), healthy: String(rows.every((row) => row.healthy)) });
  await writeKeepFreshSummary(rows, alerts, alert);
  const unhealthy = rows.filter((row) => !row.healthy);
  if (unhealthy.length > 0) {
    throw new UsageError(`${unhealthy.map((row) => `stream "${row.stream}": ${row.problem}`).join("\n")}`);
  }
}
function sendAlerts(rows, token, storeKind, env) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return syncAlerts(rows, {
    repository: { owner, repo },
    token,
    apiUrl: env.GITHUB_API_URL,
    storeKind,
    runUrl: runUrlOf(env)
  });
}
async function writeKeepFreshSummary(rows, alerts, alerting) {
  const cell = (value) => value === null || value === void 0 || value === "" ? "-" : String(value);
  const alertOf = (stream) => {
    const found = alerts.find((alert) => alert.stream === stream);
    if (!found) return alerting ? "-" : "off";
    if (found.action === "no-permission") return found.message;
    return found.issue ? `#${found.issue} ${found.action}` : found.action;
  };
  summary.addHeading("codex-auth: keep-fresh", 3).addTable([
    [
      "stream",
      "health",
      "generation",
      "last refresh",
      "access token expires",
      "next refresh",
      "last writer",
      "plan usage",
      "alert"
    ].map((data) => ({
      data,
      header: true
    })),
    ...rows.map((row) => [
      row.stream,
      healthWord(row),
      cell(row.generation),
      cell(row.lastRefresh),
      cell(row.accessTokenExpiresAt),
      cell(describeNextRefresh(row)),
      cell(row.lastWriter),
      row.usageLimited ? `usage limit reached, resets ${cell(row.resetsAt)}` : row.planUsage === null ? "-" : describePlanUsage(row.planUsage),
      alertOf(row.stream)
    ])
  ]);
  for (const row of rows.filter((candidate) => candidate.reseedNeeded)) {
    summary.addRaw(`<p><strong>${row.stream}</strong>: ${escapeHtml(row.problem ?? "")}</p>`);
  }
  await summary.write();
}

// src/entry/keep-fresh.ts
await runEntry(() => runKeepFresh());
