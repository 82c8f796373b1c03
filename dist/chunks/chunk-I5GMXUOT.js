#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  CodexEventReducer,
  JsonlParser,
  LineSplitter,
  codexSpawnError
} from "./chunk-C3N67VWX.js";
import {
  findNativeCodex,
  launcherEnv
} from "./chunk-CTVTCGPW.js";

// src/codex/run-codex.ts
import { spawn } from "node:child_process";

// src/codex/refresh-failure.ts
var PATTERNS = [
  { code: "refresh_token_expired", needles: ["refresh token has expired", "refresh_token_expired"] },
  { code: "refresh_token_reused", needles: ["refresh token was already used", "refresh_token_reused"] },
  { code: "refresh_token_invalidated", needles: ["refresh token was revoked", "refresh_token_invalidated"] },
  { code: "refresh_failed", needles: ["access token could not be refreshed"] }
];
function classifyRefreshFailure(message) {
  const normalized = message.toLowerCase().replace(/\s+/g, " ");
  for (const { code, needles } of PATTERNS) {
    if (needles.some((needle) => normalized.includes(needle))) return code;
  }
  return null;
}
function firstRefreshFailure(messages) {
  for (const message of messages) {
    const code = classifyRefreshFailure(message);
    if (code) return code;
  }
  return null;
}

// src/codex/run-codex.ts
var JSON_FLAGS = ["--json", "--experimental-json"];
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
function buildExecArgs(args) {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const hasJson = options.some((arg) => JSON_FLAGS.includes(arg));
  return hasJson ? ["exec", ...args] : ["exec", "--json", ...args];
}
function createCodexRunner(runnerOptions = {}) {
  const killGraceMs = runnerOptions.killGraceMs ?? 5e3;
  const drainGraceMs = runnerOptions.drainGraceMs ?? 2e3;
  return (request) => new Promise((resolve, reject) => {
    const reducer = new CodexEventReducer();
    const finish = (exitCode2, signal) => {
      const summary = reducer.summary();
      return {
        exitCode: exitCode2,
        signal,
        finalMessage: summary.finalMessage,
        usage: summary.usage,
        errorMessages: summary.errorMessages,
        eventCount: summary.eventCount,
        refreshFailure: firstRefreshFailure(summary.errorMessages),
        timedOut,
        aborted,
        forwardedSignal
      };
    };
    let timedOut = false;
    let aborted = request.signal?.aborted ?? false;
    let forwardedSignal = null;
    if (aborted) {
      resolve(finish(null, null));
      return;
    }
    let child;
    try {
      const native = findNativeCodex(request.codexPath);
      child = spawn(native?.binary ?? request.codexPath, buildExecArgs(request.args), {
        env: native ? launcherEnv(native, request.env) : request.env,
        ...request.cwd === void 0 ? {} : { cwd: request.cwd },
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        windowsHide: true
      });
    } catch (error) {
      reject(codexSpawnError(request.codexPath, error));
      return;
    }
    if (child.pid !== void 0) request.onSpawn?.(child.pid);
    const timers = [];
    const signalGroup = (signal) => {
      if (child.pid === void 0) return;
      try {
        process.kill(-child.pid, signal);
      } catch (error) {
        if (error.code !== "ESRCH") child.kill(signal);
      }
    };
    let stopping = false;
    const stop = (signal) => {
      signalGroup(signal);
      if (stopping) return;
      stopping = true;
      timers.push(setTimeout(() => signalGroup("SIGKILL"), killGraceMs));
    };
    const onParentSignal = (signal) => {
      forwardedSignal ??= signal;
      stop(signal);
    };
    const onAbort = () => {
      aborted = true;
      stop("SIGTERM");
    };
    for (const signal of FORWARDED_SIGNALS) process.on(signal, onParentSignal);
    request.signal?.addEventListener("abort", onAbort, { once: true });
    if (request.timeoutMs !== void 0) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          stop("SIGTERM");
        }, request.timeoutMs)
      );
    }
    const cleanup = () => {
      for (const timer of timers) clearTimeout(timer);
      for (const signal of FORWARDED_SIGNALS) process.off(signal, onParentSignal);
      request.signal?.removeEventListener("abort", onAbort);
    };
    let callbackError = null;
    const call = (callback, value) => {
      try {
        callback?.(value);
      } catch (error) {
        callbackError ??= { error };
      }
    };
    const deliver = (items) => {
      for (const item of items) {
        if (item.kind === "event") {
          reducer.add(item.event);
          call(request.onEvent, item.event);
        } else {
          call(request.onOutput, item.line);
        }
      }
    };
    const stdout = new JsonlParser();
    const stderr = new LineSplitter();
    const deliverText = (lines) => {
      for (const line of lines) if (line.trim() !== "") call(request.onOutput, line);
    };
    child.stdout?.on("data", (chunk) => deliver(stdout.push(chunk)));
    child.stderr?.on("data", (chunk) => deliverText(stderr.push(chunk)));
    let settled = false;
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(codexSpawnError(request.codexPath, error));
    });
    let exitCode = null;
    let exitSignal = null;
    child.on("exit", (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      timers.push(
        setTimeout(() => {
          signalGroup("SIGKILL");
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, drainGraceMs)
      );
    });
    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      deliver(stdout.end());
      deliverText(stderr.end());
      if (callbackError) reject(callbackError.error);
      else resolve(finish(exitCode ?? code, exitSignal ?? signal));
    });
  });
}
var defaultRunner = createCodexRunner();
var runCodex = defaultRunner;

export {
  runCodex
};
