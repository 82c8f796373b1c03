#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  laneName
} from "./chunk-G2X6QK7N.js";
import {
  codexFailedMessage,
  emptyResult,
  readUsageFacts,
  sealHome,
  usageLimitMessage
} from "./chunk-FR7755A4.js";
import {
  createPrivateCodexHome,
  removeCodexHome
} from "./chunk-66ZDSCP4.js";
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
import {
  AuthUnusableError,
  CodexFailedError,
  UsageLimitError,
  asCodexAuthError
} from "./chunk-HPAV43AD.js";

// src/codex/codex-progress.ts
function describeEvent(event) {
  const item = event.item;
  switch (event.type) {
    case "item.completed":
      if (item?.type === "agent_message" && item.text) return `codex: ${item.text}`;
      if (item?.type === "command_execution")
        return `codex: ran ${item.command ?? "a command"} (exit ${item.exit_code ?? "?"})`;
      if (item?.type === "file_change") return "codex: changed files";
      return null;
    case "turn.completed":
      return "codex: turn completed";
    case "turn.failed":
      return `codex: turn failed: ${event.error?.message ?? "unknown error"}`;
    case "error":
      return `codex: error: ${String(event.message ?? "unknown error")}`;
    default:
      return null;
  }
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
async function runTokenMode(runCodex, log, secrets, request) {
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
        extraDeny: [home.sealRoot, ...request.sealPaths ?? []],
        seal: request.seal
      },
      log,
      secrets
    );
    result.seal = sealed.report;
    const run = await runCodex({
      codexPath: request.codexPath,
      args: sealed.args,
      env,
      ...request.cwd ? { cwd: request.cwd } : {},
      ...request.onEvent ? { onEvent: request.onEvent } : {},
      ...request.onOutput ? { onOutput: request.onOutput } : {}
    });
    const usage = await readUsageFacts(home.dir, run, startedAt, log);
    Object.assign(result, {
      codexExitCode: run.exitCode,
      finalMessage: run.finalMessage,
      usage: run.usage,
      ...usage
    });
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

export {
  describeEvent,
  runLanes,
  runTokenMode
};
