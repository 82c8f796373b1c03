#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent,
  runLanes,
  runTokenMode
} from "./chunks/chunk-C52MJIHL.js";
import {
  saveActionState
} from "./chunks/chunk-ERVV6TTU.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-G4QZRXCE.js";
import {
  assertSupportedPlatform,
  codexForJob,
  jobCodexHome,
  jobHomesDir,
  refuseUnsafeJobs
} from "./chunks/chunk-ONQ4477R.js";
import {
  actionLogger,
  createActionContext,
  hideSecretInputsFromProc,
  maskSecretInputs,
  readActionSettings,
  readLaneSettings,
  readSecretInputs,
  readStreamSettings,
  runEntry,
  runnerMasks,
  seedFromInputs
} from "./chunks/chunk-RXYXTKOD.js";
import "./chunks/chunk-RUIPKGJZ.js";
import {
  laneName
} from "./chunks/chunk-G2X6QK7N.js";
import {
  lowUsageWarning,
  runRoundTrip
} from "./chunks/chunk-FR7755A4.js";
import "./chunks/chunk-ZWWUJUOW.js";
import "./chunks/chunk-G3CPVCKQ.js";
import "./chunks/chunk-66ZDSCP4.js";
import "./chunks/chunk-QAFNNIV2.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-Q42TUPIE.js";
import {
  runCodex
} from "./chunks/chunk-I5GMXUOT.js";
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
  getInput,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DOGKGVIM.js";
import "./chunks/chunk-EUK65H27.js";
import "./chunks/chunk-MGRXMJMR.js";
import "./chunks/chunk-JKYZGPF4.js";
import "./chunks/chunk-2G7TLW22.js";
import "./chunks/chunk-OIVYCDER.js";
import "./chunks/chunk-7S5RA6R7.js";
import "./chunks/chunk-VEWUXA3N.js";
import "./chunks/chunk-AJPOGGCO.js";
import "./chunks/chunk-QJCFBWVG.js";
import "./chunks/chunk-LRSS5WRI.js";
import "./chunks/chunk-C5ZNOPJA.js";
import {
  UsageError
} from "./chunks/chunk-HPAV43AD.js";
import "./chunks/chunk-DZ5XX4ZY.js";

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
      const ctx = await createActionContext(laneStream, secrets, env);
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
    return runTokenMode(runCodex, actionLogger, runnerMasks, {
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
    const ctx = await createActionContext(
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
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import("./chunks/octokit-OPGEB4EX.js"),
    import("./chunks/alerts-N5CCH6ID.js")
  ]);
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
  hideSecretInputsFromProc(secrets, settings.seal.allowUnsealed);
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
    seal: settings.seal,
    sealPaths: [jobHomesDir(env)],
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
