#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  prepareJobHome
} from "./chunks/chunk-7I6EZSAW.js";
import {
  saveActionState
} from "./chunks/chunk-TFGH4AVS.js";
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-6OAQ2F6D.js";
import {
  reseedCommand
} from "./chunks/chunk-7ZM447HQ.js";
import {
  assertSupportedPlatform,
  codexForJob,
  refuseUnsafeJobs
} from "./chunks/chunk-GU5DGIGL.js";
import {
  escapeHtml,
  outputLines,
  progressLines
} from "./chunks/chunk-Z2IH7DDP.js";
import {
  ACTION_VOCABULARY,
  createActionContext,
  hideSecretInputsFromProc,
  jobHomesDir,
  laneName,
  maskSecretInputs,
  readActionSettings,
  readLaneSettings,
  readSecretInputs,
  readStreamSettings,
  runEntry,
  runJob,
  seedFromInputs
} from "./chunks/chunk-UEEPTXA7.js";
import "./chunks/chunk-OFMCRVKK.js";
import "./chunks/chunk-N7GVTKFE.js";
import {
  actionLogger,
  logCodexLines,
  runnerMasks,
  setOutputs
} from "./chunks/chunk-OJBEYJKB.js";
import "./chunks/chunk-KFJRHRRK.js";
import {
  currentWorkflowRun
} from "./chunks/chunk-F5ZJYPQG.js";
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
  ExitCode
} from "./chunks/chunk-V4C5BGZE.js";
import "./chunks/chunk-HMVT4RTB.js";
import "./chunks/chunk-ME7AUUEY.js";
import {
  summary,
  warning
} from "./chunks/chunk-GP2XTTJE.js";
import "./chunks/chunk-DZ5XX4ZY.js";

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
    import("./chunks/octokit-CPF2DTCC.js"),
    import("./chunks/alerts-LYTR3FYC.js")
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
