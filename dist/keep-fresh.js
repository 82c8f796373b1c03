#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  syncAlert
} from "./chunks/chunk-IDGYQSXQ.js";
import {
  keepFresh
} from "./chunks/chunk-U5UYT6GH.js";
import {
  assertSupportedPlatform,
  codexForJob,
  refuseUnsafeJobs
} from "./chunks/chunk-ONQ4477R.js";
import {
  DEFAULT_CODEX_VERSION,
  createActionContext,
  maskSecretInputs,
  readBoolean,
  readSealRequest,
  readSecretInputs,
  readStreamSettings,
  runEntry
} from "./chunks/chunk-RXYXTKOD.js";
import {
  describeNextRefresh
} from "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-G2X6QK7N.js";
import {
  describePlanUsage
} from "./chunks/chunk-FR7755A4.js";
import "./chunks/chunk-ZWWUJUOW.js";
import "./chunks/chunk-G3CPVCKQ.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QAFNNIV2.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Q42TUPIE.js";
import "./chunks/chunk-I5GMXUOT.js";
import "./chunks/chunk-QSVIKI3B.js";
import "./chunks/chunk-MNXCFRYD.js";
import "./chunks/chunk-PU5KTUZ5.js";
import "./chunks/chunk-C3N67VWX.js";
import "./chunks/chunk-CTVTCGPW.js";
import "./chunks/chunk-S44WLHXD.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-RPFSE2RI.js";
import "./chunks/chunk-TSTBO63M.js";
import "./chunks/chunk-KQMSNF6O.js";
import "./chunks/chunk-J5IH24H5.js";
import "./chunks/chunk-67EZGFYO.js";
import "./chunks/chunk-27JTPA2S.js";
import "./chunks/chunk-LSQGGRNO.js";
import {
  debug,
  getInput,
  setOutput,
  summary
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-MGRXMJMR.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-OIVYCDER.js";
import {
  parseStreamName
} from "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-QJCFBWVG.js";
import "./chunks/chunk-LRSS5WRI.js";
import "./chunks/chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunks/chunk-HPAV43AD.js";
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
