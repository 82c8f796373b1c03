#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  keepFresh
} from "./chunks/chunk-PFOXNLOH.js";
import {
  syncAlert
} from "./chunks/chunk-ZAWPDDCI.js";
import {
  codexForJob
} from "./chunks/chunk-34V3LUDD.js";
import {
  assertSupportedPlatform,
  refuseUnsafeJobs
} from "./chunks/chunk-JRAVPNVI.js";
import {
  DEFAULT_CODEX_VERSION,
  createActionContext,
  maskSecretInputs,
  readBoolean,
  readSecretInputs,
  readStreamSettings,
  runEntry
} from "./chunks/chunk-RHCMH4YS.js";
import "./chunks/chunk-GXJNN65B.js";
import "./chunks/chunk-YRXWNNAZ.js";
import "./chunks/chunk-DAQPASZN.js";
import "./chunks/chunk-ZLOALNCE.js";
import {
  debug,
  getInput,
  setOutput,
  summary
} from "./chunks/chunk-5AJR2I7G.js";
import "./chunks/chunk-REG6GF25.js";
import "./chunks/chunk-4GGFQ26H.js";
import "./chunks/chunk-UNPX5PW2.js";
import "./chunks/chunk-GYIPTURG.js";
import "./chunks/chunk-EPBMPH63.js";
import "./chunks/chunk-WTV45NIT.js";
import "./chunks/chunk-TZZC6J3Q.js";
import "./chunks/chunk-Z554JWHF.js";
import {
  describeNextRefresh,
  parseStreamName
} from "./chunks/chunk-Q7FCD7UB.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ZRHYAIJ2.js";
import "./chunks/chunk-ONUVPJLT.js";
import "./chunks/chunk-AJPOGGCO.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-MM24DVJB.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-QTEMIPGM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-6RQQHR7T.js";
import "./chunks/chunk-SAJVSWFQ.js";
import "./chunks/chunk-RNFTHGOL.js";
import {
  UsageError
} from "./chunks/chunk-5JPDCXPM.js";
import "./chunks/chunk-DZ5XX4ZY.js";

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
    onOutput: (line) => debug(line)
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
  const { createOctokit } = await import("./chunks/octokit-OPGEB4EX.js");
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
