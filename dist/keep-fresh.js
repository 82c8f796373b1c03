#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  syncAlert
} from "./chunks/chunk-Y3WZKNU3.js";
import {
  codexForJob
} from "./chunks/chunk-7MCREBH7.js";
import {
  runRoundTrip
} from "./chunks/chunk-6ZUH3ENB.js";
import {
  describeNextRefresh
} from "./chunks/chunk-RUIPKGJZ.js";
import {
  describePlanUsage
} from "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  assertSupportedPlatform,
  maskSecretInputs,
  refuseUnsafeJobs,
  runEntry
} from "./chunks/chunk-UZHB4YXX.js";
import "./chunks/chunk-GE7YRBSE.js";
import {
  DEFAULT_CODEX_VERSION,
  readBoolean,
  readSealRequest,
  readSecretInputs,
  readStreamSettings
} from "./chunks/chunk-UHFTKGOZ.js";
import {
  parseStreamName
} from "./chunks/chunk-EQ272HND.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  createActionContext
} from "./chunks/chunk-QKU27C5W.js";
import "./chunks/chunk-4ISNCFAF.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-4CI2ILPJ.js";
import "./chunks/chunk-YK663KJU.js";
import "./chunks/chunk-6QDNW4AD.js";
import "./chunks/chunk-OGX6INNE.js";
import "./chunks/chunk-B4PXWS7N.js";
import "./chunks/chunk-TQTFMJCZ.js";
import "./chunks/chunk-TZMLPVJV.js";
import "./chunks/chunk-QMFLO4ZD.js";
import "./chunks/chunk-DQAX4442.js";
import "./chunks/chunk-C72APL46.js";
import "./chunks/chunk-BP3KPCEJ.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-R7ZAKF2J.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  UsageError
} from "./chunks/chunk-X5N6Q7YB.js";
import {
  debug,
  getInput,
  setOutput,
  summary
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/ops/keep-fresh.ts
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
    exitCode: healthy ? 0 : result.error?.exitCode ?? 0,
    problem: result.error?.message ?? null,
    // A dead session, an unusable bundle, or a stored copy that cannot be opened: a human has to act.
    reseedNeeded: result.error !== null && [3, 6].includes(result.error.exitCode),
    planUsage: result.planUsage,
    usageLimited: result.usageLimited,
    resetsAt: result.resetsAt
  };
}

// src/action/keep-fresh.ts
async function runKeepFresh(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const streams = getInput("streams", { required: true }).split(",").map((name) => name.trim()).filter((name) => name !== "").map(parseStreamName);
  if (streams.length === 0) throw new UsageError("input streams needs at least one stream name.");
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean("allow-public-repository"),
      allowUntrustedEvents: readBoolean("allow-untrusted-events")
    },
    secrets.githubToken,
    env
  );
  const alert = readBoolean("alert");
  const contexts = await Promise.all(
    streams.map((stream) => createActionContext(readStreamSettings(env, secrets, stream), secrets, env))
  );
  const codexConfig = getInput("codex-config");
  const rows = await keepFresh(contexts, {
    codexPath: await codexForJob(getInput("codex-version") || DEFAULT_CODEX_VERSION, env),
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    baseEnv: env,
    lockTimeoutMs: readStreamSettings(env, secrets, streams[0]).lockTimeoutMs,
    onOutput: (line) => debug(line),
    seal: readSealRequest("read-only")
  });
  const alerts = alert ? await sendAlerts(rows, secrets.githubToken, env) : [];
  setOutput("report", JSON.stringify(rows));
  setOutput("healthy", String(rows.every((row) => row.healthy)));
  await writeKeepFreshSummary(rows, alerts, alert);
  const unhealthy = rows.filter((row) => !row.healthy);
  if (unhealthy.length > 0) {
    throw new UsageError(`${unhealthy.map((row) => `stream "${row.stream}": ${row.problem}`).join("\n")}`);
  }
}
async function sendAlerts(rows, token, env) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const { createOctokit } = await import("./chunks/octokit-CPF2DTCC.js");
  const client = createOctokit({ token, baseUrl: env.GITHUB_API_URL });
  const outcomes = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, { owner, repo }, row, {
        runUrl: currentWorkflowRun(env)?.url ?? null,
        reseedCommand: `codex-auth seed --force --store ${getInput("store") || "git-ref"} --repo ${env.GITHUB_REPOSITORY} --stream ${row.stream} --auth-file ~/.codex/auth.json`,
        now: /* @__PURE__ */ new Date()
      })
    );
  }
  return outcomes;
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
      row.healthy ? row.refreshed ? "refreshed" : "healthy" : row.reseedNeeded ? "reseed needed" : "failed",
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
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/entry/keep-fresh.ts
await runEntry(() => runKeepFresh());
