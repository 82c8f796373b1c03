#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent,
  runLanes,
  runTokenMode
} from "./chunks/chunk-GJPB3BZ6.js";
import {
  saveActionState
} from "./chunks/chunk-VWPOGCL6.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-PA7QWGY6.js";
import {
  codexForJob
} from "./chunks/chunk-IASIEYSY.js";
import {
  syncAlert
} from "./chunks/chunk-UGMAFDOC.js";
import {
  assertSupportedPlatform,
  jobCodexHome,
  refuseUnsafeJobs
} from "./chunks/chunk-XTBYHN6A.js";
import {
  actionLogger,
  createActionContext,
  maskSecretInputs,
  readActionSettings,
  readLaneSettings,
  readSecretInputs,
  readStreamSettings,
  runEntry,
  runnerMasks,
  seedFromInputs
} from "./chunks/chunk-YBWG77IW.js";
import {
  UsageError,
  createOctokit,
  currentWorkflowRun,
  getInput,
  laneName,
  lowUsageWarning,
  runCodex,
  runRoundTrip,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-PNOLWMBI.js";

// src/action/lanes.ts
async function runActionLanes(settings, secrets, laneSettings, firstCodexHome, codexRun, env) {
  await refuseUnknownStreams(laneSettings.lanes, settings, secrets, env);
  let codexHome = firstCodexHome;
  const nextHome = (lane) => {
    const home = codexHome ?? jobCodexHome(env, lane.kind === "stream" ? lane.stream : lane.kind);
    codexHome = null;
    saveActionState({ codexHome: home });
    return home;
  };
  const tokens = new Set(
    laneSettings.lanes.filter((lane) => lane.kind !== "stream").map((lane) => lane.kind)
  );
  const streamEnv = Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !(tokens.has("api-key") && name === "CODEX_API_KEY") && !(tokens.has("access-token") && name === "CODEX_ACCESS_TOKEN")
    )
  );
  let previousWrite = null;
  const run = async (lane, onEvent) => {
    const home = nextHome(lane);
    previousWrite = null;
    if (lane.kind === "stream") {
      const primary = lane.stream === settings.store.stream;
      const laneStream = primary ? settings : { ...settings, ...readStreamSettings(env, secrets, lane.stream) };
      const ctx = createActionContext(laneStream, secrets, env);
      const before = await ctx.store.read().catch(() => null);
      if (before) {
        previousWrite = {
          stream: lane.stream,
          generation: before.generation,
          writtenAt: before.writtenAt,
          writer: before.writer
        };
      }
      return runRoundTrip(ctx, {
        ...codexRun,
        baseEnv: streamEnv,
        codexHome: home,
        onEvent,
        seed: primary ? seedFromInputs(settings, secrets) : void 0,
        lockTimeoutMs: laneStream.lockTimeoutMs
      });
    }
    return runTokenMode(runCodex, actionLogger, {
      variable: lane.kind === "access-token" ? "CODEX_ACCESS_TOKEN" : "CODEX_API_KEY",
      token: lane.kind === "access-token" ? secrets.accessToken : secrets.apiKey,
      ...codexRun,
      codexHome: home,
      onEvent
    });
  };
  const lanes = await runLanes({
    lanes: laneSettings.lanes,
    runLane: run,
    waitForResetMs: laneSettings.waitForResetMs,
    log: actionLogger,
    onDeadLogin: laneSettings.alert ? (lane, result) => raiseReseedAlert(lane, result, secrets, env) : void 0
  });
  const warning2 = lowUsageWarning(lanes.lane ?? "the job", lanes.result, laneSettings.usageWarningPercent);
  if (warning2) warning(warning2);
  return { ...lanes, previousWrite };
}
async function refuseUnknownStreams(lanes, settings, secrets, env) {
  for (const lane of lanes) {
    if (lane.kind !== "stream" || lane.stream === settings.store.stream) continue;
    const ctx = createActionContext(
      { ...settings, ...readStreamSettings(env, secrets, lane.stream) },
      secrets,
      env
    );
    if (await ctx.store.read() === null) {
      throw new UsageError(
        `input lanes: lane ${laneName(lane)} is an unknown stream: its ${ctx.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream} ...), or fix the name.`
      );
    }
  }
}
async function raiseReseedAlert(lane, result, secrets, env) {
  if (lane.kind !== "stream") return;
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const row = {
    stream: lane.stream,
    healthy: false,
    refreshed: false,
    persisted: false,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter: null,
    exitCode: result.error?.exitCode ?? 3,
    problem: result.error?.message ?? null,
    reseedNeeded: true,
    planUsage: result.planUsage,
    usageLimited: false,
    resetsAt: null
  };
  const outcome = await syncAlert(
    createOctokit({ token: secrets.githubToken, baseUrl: env.GITHUB_API_URL }),
    { owner, repo },
    row,
    {
      runUrl: currentWorkflowRun(env)?.url ?? null,
      reseedCommand: `codex-auth seed --force --store ${getInput("store") || "git-ref"} --repo ${env.GITHUB_REPOSITORY} --stream ${lane.stream} --auth-file ~/.codex/auth.json`,
      now: /* @__PURE__ */ new Date()
    }
  );
  actionLogger.warn(
    `lane ${laneName(lane)}: the login is dead; reseed alert ${outcome.action === "no-permission" ? `not raised: ${outcome.message}` : outcome.action}.`
  );
}
function setLaneOutputs(lanes) {
  setOutput("lane", lanes.lane ?? "");
  setOutput("lanes-tried", runnerMasks.redact(JSON.stringify(lanes.attempts)));
}
function addLanesSummary(lanes) {
  const previous = lanes.previousWrite;
  if (previous) {
    const writer = /^https:\/\/[^\s"<>]+$/.test(previous.writer) ? `<a href="${previous.writer}">${escapeHtml(previous.writer)}</a>` : escapeHtml(previous.writer);
    summary.addRaw(
      `<p>Previous write of stream <code>${escapeHtml(previous.stream)}</code>: generation ${previous.generation}, ${escapeHtml(previous.writtenAt)}, by ${writer}.</p>`
    );
  }
  if (lanes.attempts.length <= 1 && lanes.lane !== null) return;
  summary.addHeading("Lanes tried", 4).addTable([
    ["lane", "outcome", "why it was left", "resets at"].map((data) => ({ data, header: true })),
    ...lanes.attempts.map((attempt) => [
      attempt.lane,
      attempt.outcome,
      runnerMasks.redact(attempt.reason ?? "-"),
      attempt.resetsAt ?? "-"
    ])
  ]);
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// src/action/main.ts
var progress = {
  onEvent: (event) => {
    const line = describeEvent(event);
    if (line) actionLogger.info(line);
  },
  onOutput: (line) => actionLogger.info(line)
};
async function runMain(env = process.env) {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = await readActionSettings(secrets, env);
  const laneSettings = readLaneSettings(settings, secrets);
  await refuseUnsafeJobs(settings, secrets.githubToken, env);
  const codexPath = await codexForJob(settings.codexVersion, env);
  const codexHome = jobCodexHome(env, settings.store.stream);
  saveActionState({ codexHome, finished: false });
  const codexRun = {
    codexPath,
    codexArgs: settings.codexExecArgs,
    codexHome,
    codexConfig: settings.codexConfig,
    baseEnv: env,
    cwd: settings.workingDirectory,
    ...progress
  };
  const lanes = await runActionLanes(settings, secrets, laneSettings, codexHome, codexRun, env);
  const result = lanes.result;
  saveActionState({ finished: true });
  setRoundTripOutputs(result);
  setLaneOutputs(lanes);
  const tokenLane = lanes.lane !== null && !lanes.lane.startsWith("stream:");
  await writeSummary(
    result,
    tokenLane ? `run (${lanes.lane} mode, nothing stored)` : "run",
    () => addLanesSummary(lanes)
  );
  if (result.error) throw result.error;
}

// src/entry/main.ts
await runEntry(() => runMain());
