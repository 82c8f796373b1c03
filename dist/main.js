#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-A5JAGZ5P.js";
import {
  prepareJobHome,
  saveActionState
} from "./chunks/chunk-72MCERQP.js";
import {
  reseedCommand
} from "./chunks/chunk-7ZM447HQ.js";
import {
  codexForJob,
  refuseUnsafeJobs
} from "./chunks/chunk-MWRTIYCH.js";
import {
  escapeHtml
} from "./chunks/chunk-IC3YXZME.js";
import {
  assertSupportedPlatform,
  hideSecretInputsFromProc,
  jobHomesDir,
  maskSecretInputs,
  runEntry
} from "./chunks/chunk-ACOLFB4Q.js";
import {
  ACTION_VOCABULARY,
  laneName,
  readActionSettings,
  readLaneSettings,
  readSecretInputs,
  readStreamSettings,
  runJob,
  seedFromInputs
} from "./chunks/chunk-DVAYRWER.js";
import {
  untrustedLines
} from "./chunks/chunk-YX4J4FQJ.js";
import "./chunks/chunk-ABJGEG63.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  setOutputs
} from "./chunks/chunk-SH6FB6NS.js";
import "./chunks/chunk-B45VUE4X.js";
import {
  actionLogger,
  createActionContext,
  logCodexLines,
  runCodex,
  runnerMasks
} from "./chunks/chunk-2PSMXHHV.js";
import "./chunks/chunk-SSEI6XJJ.js";
import "./chunks/chunk-OVITESHP.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-PQT25EE2.js";
import "./chunks/chunk-JBLTFLGE.js";
import "./chunks/chunk-3DQ7LV76.js";
import "./chunks/chunk-AKZEFLNV.js";
import "./chunks/chunk-N3T4XKQI.js";
import "./chunks/chunk-ULPY7FZK.js";
import "./chunks/chunk-7QS3OWB4.js";
import "./chunks/chunk-QCQITM44.js";
import "./chunks/chunk-OL3J67ZD.js";
import "./chunks/chunk-VMHUWGWS.js";
import "./chunks/chunk-Q56VBX5R.js";
import "./chunks/chunk-DCRTVRTH.js";
import "./chunks/chunk-2G7TLW22.js";
import {
  ExitCode
} from "./chunks/chunk-V4C5BGZE.js";
import {
  summary,
  warning
} from "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-J67BYCQ5.js";

// src/codex/codex-progress.ts
var CODEX_PREFIX = "codex: ";
function describeEvent(event) {
  const item = event.item;
  switch (event.type) {
    case "item.completed":
      if (item?.type === "agent_message" && item.text) return item.text;
      if (item?.type === "command_execution")
        return `ran ${item.command ?? "a command"} (exit ${item.exit_code ?? "?"})`;
      if (item?.type === "file_change") return "changed files";
      return null;
    case "turn.completed":
      return "turn completed";
    case "turn.failed":
      return `turn failed: ${event.error?.message ?? "unknown error"}`;
    case "error":
      return `error: ${String(event.message ?? "unknown error")}`;
    default:
      return null;
  }
}
function progressLines(event, redact2) {
  const text = describeEvent(event);
  return text === null ? [] : untrustedLines(redact2(text), { prefix: CODEX_PREFIX });
}
function outputLines(line, redact2) {
  return untrustedLines(redact2(line), { prefix: CODEX_PREFIX });
}

// src/app/lane-alert.ts
async function raiseLaneAlert(lane, result, target) {
  if (lane.kind !== "stream") return;
  const repository = target.env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
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
    exitCode: result.error?.exitCode ?? ExitCode.authUnusable,
    problem: result.error?.message ?? null,
    reseedNeeded: true,
    planUsage: result.planUsage,
    usageLimited: false,
    resetsAt: null
  };
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import("./chunks/octokit-XS4PRLHY.js"),
    import("./chunks/alerts-NVHGY3CF.js")
  ]);
  const outcome = await syncAlert(
    createOctokit({ token: target.githubToken, baseUrl: target.env.GITHUB_API_URL }),
    { owner, repo },
    row,
    {
      runUrl: currentWorkflowRun(target.env)?.url ?? null,
      reseedCommand: reseedCommand({ stream: lane.stream, store: target.storeKind, repository }),
      now: /* @__PURE__ */ new Date()
    }
  );
  target.log.warn(
    `lane ${laneName(lane)}: the login is dead; reseed alert ${outcome.action === "no-permission" ? `not raised: ${outcome.message}` : outcome.action}.`
  );
}

// src/action/lanes.ts
async function runActionLanes(settings, secrets, laneSettings, firstCodexHome, codexRun, env) {
  let firstHome = firstCodexHome;
  const result = await runJob(
    {
      ...codexRun,
      lanes: laneSettings.lanes,
      waitForResetMs: laneSettings.waitForResetMs,
      usageWarningPercent: laneSettings.usageWarningPercent,
      seed: seedFromInputs(settings, secrets),
      tokens: { "api-key": secrets.apiKey, "access-token": secrets.accessToken },
      lockTimeoutMs: settings.lockTimeoutMs,
      reportPreviousWrite: true
    },
    {
      vocabulary: ACTION_VOCABULARY,
      log: actionLogger,
      secrets: runnerMasks,
      runCodex,
      primaryStream: settings.store.stream,
      storeKind: settings.store.kind,
      streamContext: (stream) => createActionContext(
        stream === settings.store.stream ? settings : { ...settings, ...readStreamSettings(env, secrets, stream) },
        secrets,
        env
      ),
      homeFor: async (lane) => {
        const home = firstHome ?? await prepareJobHome(env, lane.kind === "stream" ? lane.stream : lane.kind);
        firstHome = null;
        return home;
      },
      onDeadLogin: laneSettings.alert ? (lane, dead) => raiseLaneAlert(lane, dead, {
        githubToken: secrets.githubToken,
        storeKind: settings.store.kind,
        env,
        log: actionLogger
      }) : void 0
    }
  );
  if (result.usageWarning) warning(result.usageWarning);
  return result;
}
function setLaneOutputs(lanes) {
  setOutputs({ lane: lanes.lane ?? "", "lanes-tried": JSON.stringify(lanes.attempts) });
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

// src/action/main.ts
var redact = (text) => runnerMasks.redact(text);
var progress = {
  onEvent: (event) => logCodexLines(progressLines(event, redact)),
  onOutput: (line) => logCodexLines(outputLines(line, redact))
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
  saveActionState({ finished: false });
  const codexHome = await prepareJobHome(env, settings.store.stream);
  const codexRun = {
    codexPath,
    codexArgs: settings.codexExecArgs,
    codexHome,
    codexConfig: settings.codexConfig,
    baseEnv: env,
    cwd: settings.workingDirectory,
    seal: settings.seal,
    sealPaths: [jobHomesDir(env)],
    runTimeoutMs: settings.runTimeoutMs,
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
