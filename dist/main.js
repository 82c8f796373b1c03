#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  setRoundTripOutputs,
  writeSummary
} from "./chunks/chunk-2UVUXSNC.js";
import {
  prepareJobHome,
  saveActionState
} from "./chunks/chunk-6XKGMBZN.js";
import {
  codexForJob
} from "./chunks/chunk-7MCREBH7.js";
import {
  buildCodexEnv,
  codexFailedMessage,
  emptyResult,
  lowUsageWarning,
  readUsageFacts,
  runRoundTrip,
  runTimeoutMessage,
  runnerFileCommandPaths,
  sealHome,
  usageLimitMessage
} from "./chunks/chunk-6ZUH3ENB.js";
import "./chunks/chunk-RUIPKGJZ.js";
import "./chunks/chunk-PD5UZF6M.js";
import "./chunks/chunk-VEWUXA3N.js";
import {
  assertSupportedPlatform,
  hideSecretInputsFromProc,
  jobHomesDir,
  maskSecretInputs,
  refuseUnsafeJobs,
  runEntry
} from "./chunks/chunk-UZHB4YXX.js";
import {
  createPrivateCodexHome,
  removeCodexHome
} from "./chunks/chunk-GE7YRBSE.js";
import {
  laneName,
  readActionSettings,
  readLaneSettings,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs
} from "./chunks/chunk-UHFTKGOZ.js";
import "./chunks/chunk-EQ272HND.js";
import "./chunks/chunk-HMVT4RTB.js";
import {
  actionLogger,
  createActionContext,
  logCodexLines,
  runCodex,
  runnerMasks
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
  AuthUnusableError,
  CodexFailedError,
  RunTimeoutError,
  UsageError,
  UsageLimitError,
  asCodexAuthError
} from "./chunks/chunk-X5N6Q7YB.js";
import {
  getInput,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-EYVVJBUX.js";
import "./chunks/chunk-DZ5XX4ZY.js";

// src/core/untrusted-text.ts
var MAX_UNTRUSTED_LINE = 2e3;
var MAX_UNTRUSTED_LINES = 200;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
var ANSI = (
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? "") ? max - 1 : max;
  return `${clean.slice(0, cut)}\u2026 [${clean.length - cut} more characters]`;
}
function untrustedLines(text, options = {}) {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? "";
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}\u2026 [cut: ${moreLines > 0 ? `${moreLines} more lines` : "more text"}]`);
  }
  return shown;
}

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

// src/roundtrip/lanes.ts
var TALK_ITEMS = /* @__PURE__ */ new Set(["agent_message", "reasoning", "todo_list", "error"]);
function isWorkEvent(event) {
  if (!["item.started", "item.updated", "item.completed"].includes(event.type)) return false;
  const item = event.item;
  if (item === null || typeof item !== "object") return false;
  const type = item.type;
  return typeof type === "string" && !TALK_ITEMS.has(type);
}
async function runLanes(request) {
  const now = request.now ?? (() => /* @__PURE__ */ new Date());
  const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const attempts = [];
  let waited = false;
  for (; ; ) {
    let last = null;
    for (const [index, lane] of request.lanes.entries()) {
      const name = laneName(lane);
      if (index > 0 || attempts.length > 0) request.log.info(`codex-auth: trying lane ${name}`);
      let workStarted = false;
      const result2 = await request.runLane(lane, (event) => {
        if (isWorkEvent(event)) workStarted = true;
        request.onEvent?.(event);
      });
      last = result2;
      if (result2.error === null) {
        attempts.push({ lane: name, outcome: "ran", reason: null, resetsAt: null });
        return { result: result2, lane: name, attempts };
      }
      if (result2.usageLimited && workStarted) {
        attempts.push({
          lane: name,
          outcome: "usage-limited-after-work",
          reason: "usage limit after the agent had run tool calls: not re-run on another lane",
          resetsAt: result2.resetsAt
        });
        result2.error = new UsageLimitError(
          `lane ${name} hit its usage limit after the agent had already executed tool calls; the half-done work was NOT re-run on another lane (it could repeat side effects). ${result2.error.message}`
        );
        return { result: result2, lane: null, attempts };
      }
      if (result2.usageLimited) {
        attempts.push({
          lane: name,
          outcome: "usage-limited",
          reason: `usage limit before any tool call${result2.resetsAt ? `; resets at ${result2.resetsAt}` : ""}`,
          resetsAt: result2.resetsAt
        });
        continue;
      }
      if (result2.error.exitCode === 3 && !workStarted) {
        attempts.push({ lane: name, outcome: "dead-login", reason: result2.error.message, resetsAt: null });
        await request.onDeadLogin?.(lane, result2).catch((error) => {
          request.log.warn(`could not raise the reseed alert for lane ${name}: ${String(error)}`);
        });
        continue;
      }
      attempts.push({ lane: name, outcome: "failed", reason: result2.error.message, resetsAt: null });
      return { result: result2, lane: null, attempts };
    }
    const resets = attempts.filter((attempt) => attempt.outcome === "usage-limited" && attempt.resetsAt !== null).map((attempt) => Date.parse(attempt.resetsAt ?? "")).filter(Number.isFinite).sort((a, b) => a - b);
    const earliest = resets[0];
    const waitMs = earliest === void 0 ? null : Math.max(0, earliest - now().getTime());
    if (!waited && waitMs !== null && request.waitForResetMs > 0 && waitMs <= request.waitForResetMs) {
      waited = true;
      request.log.info(
        `codex-auth: every lane is usage-limited; waiting ${Math.ceil(waitMs / 1e3)} s for the reset at ${new Date(earliest ?? 0).toISOString()} (within wait-for-reset), then trying the lanes again`
      );
      await sleep(waitMs + 1e3);
      continue;
    }
    const result = last;
    if (request.lanes.length > 1) result.error = exhausted(attempts, earliest, request.waitForResetMs);
    if (earliest !== void 0) result.resetsAt = new Date(earliest).toISOString();
    return { result, lane: null, attempts };
  }
}
function exhausted(attempts, earliest, boundMs) {
  const tried = attempts.map((attempt) => `${attempt.lane} (${attempt.outcome})`).join(", ");
  const limited = attempts.some((attempt) => attempt.outcome === "usage-limited");
  if (!limited) {
    return new AuthUnusableError(
      `no lane is left: every login is dead (${tried}). Reseed them (see the alert).`
    );
  }
  const when = earliest === void 0 ? "an unknown time" : new Date(earliest).toISOString();
  const bound = boundMs > 0 ? ` That is later than wait-for-reset allows (${Math.round(boundMs / 1e3)} s).` : "";
  return new UsageLimitError(
    `no lane is left: ${tried}. The earliest usage window resets at ${when}.${bound} Run again then, or add a lane (an API key billed to your platform account is the clean fallback).`
  );
}

// src/roundtrip/run-token-mode.ts
async function runTokenMode(runCodex2, log, secrets, request) {
  const startedAt = Date.now();
  const result = emptyResult("-", "none");
  let home = null;
  try {
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, log, { stream: false }),
      [request.variable]: request.token
    };
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: request.codexArgs,
        codexPath: request.codexPath,
        // The token must be in Codex's own environment; Codex's default shell_environment_policy keeps names
        // matching *KEY* and *TOKEN* out of the commands' environment, so the probe checks everything else.
        env: withoutVariable(env, request.variable),
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [home.sealRoot, ...request.sealPaths ?? [], ...runnerFileCommandPaths(request.baseEnv)],
        seal: request.seal
      },
      log,
      secrets
    );
    result.seal = sealed.report;
    const run = await runCodex2({
      codexPath: request.codexPath,
      args: sealed.args,
      env,
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {},
      ...request.runTimeoutMs === void 0 ? {} : { timeoutMs: request.runTimeoutMs }
    });
    const usage = await readUsageFacts(home.dir, run, startedAt, log);
    Object.assign(result, {
      codexExitCode: run.exitCode,
      finalMessage: run.finalMessage,
      usage: run.usage,
      ...usage
    });
    if (run.timedOut) {
      throw new RunTimeoutError(
        runTimeoutMessage(request.runTimeoutMs ?? 0, "Nothing is stored in this mode.")
      );
    }
    if (usage.usageLimited)
      throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, usage));
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (home) await removeCodexHome(home.dir).catch(() => void 0);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}
function withoutVariable(env, name) {
  const { [name]: _removed, ...rest } = env;
  return rest;
}

// src/action/lanes.ts
async function runActionLanes(settings, secrets, laneSettings, firstCodexHome, codexRun, env) {
  await refuseUnknownStreams(laneSettings.lanes, settings, secrets, env);
  let codexHome = firstCodexHome;
  const nextHome = async (lane) => {
    const home = codexHome ?? await prepareJobHome(env, lane.kind === "stream" ? lane.stream : lane.kind);
    codexHome = null;
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
    const home = await nextHome(lane);
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
    // The agent's progress: without it the log showed nothing of what the agent did.
    onEvent: codexRun.onEvent,
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
    import("./chunks/octokit-CPF2DTCC.js"),
    import("./chunks/alerts-ILHQZT2E.js")
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
