#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createPrivateCodexHome,
  readAuth,
  recordOwner,
  removeCodexHome,
  writeCodexConfig
} from "./chunk-66ZDSCP4.js";
import {
  LineSplitter,
  codexSpawnError
} from "./chunk-C3N67VWX.js";
import "./chunk-CTVTCGPW.js";
import "./chunk-EUK65H27.js";
import "./chunk-QJCFBWVG.js";
import {
  CodexFailedError
} from "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";

// src/codex/device-login.ts
import { spawn } from "node:child_process";
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"];
var HARMLESS_WARNING = /^WARNING: proceeding, even though we could not create PATH aliases/;
var ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
var DEVICE_LOGIN_HINT = "Device-code login must be enabled for your ChatGPT workspace (an admin turns it on in the workspace settings). Alternatively, run `codex login` on a machine with a browser and seed from that file with `codex-auth seed --auth-file ~/.codex/auth.json ...`.";
function stripAnsi(text) {
  return text.replace(ANSI_ESCAPES, "");
}
function buildDeviceLoginArgs(issuer) {
  const args = ["login", "--device-auth", "-c", 'cli_auth_credentials_store="file"'];
  if (issuer !== void 0) args.push("--experimental_issuer", issuer);
  return args;
}
async function runDeviceLogin(options) {
  if (options.signal?.aborted) throw cancelled();
  const home = await createPrivateCodexHome();
  try {
    await recordOwner(home.dir, { ownerPid: process.pid, codexPid: null });
    if (options.configToml !== void 0) await writeCodexConfig(home.dir, options.configToml);
    const outcome = await runLoginProcess(options, home.dir);
    const auth = await readAuth(home.dir);
    if (auth === null) {
      throw new CodexFailedError(
        `codex login --device-auth exited 0 but wrote no auth.json${lastLineNote(outcome.lastLine)}. Check that this Codex stores its login in a file (cli_auth_credentials_store); then try again, or run \`codex login\` on a machine with a browser and use \`codex-auth seed --auth-file ~/.codex/auth.json ...\`.`
      );
    }
    return auth;
  } finally {
    await removeCodexHome(home.dir);
  }
}
function runLoginProcess(options, codexHome) {
  const killGraceMs = options.killGraceMs ?? 2e3;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(options.codexPath, buildDeviceLoginArgs(options.issuer), {
        env: withCodexHome(options.env, codexHome),
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
        windowsHide: true
      });
    } catch (error) {
      reject(codexSpawnError(options.codexPath, error));
      return;
    }
    const ownerWrite = child.pid === void 0 ? Promise.resolve() : recordOwner(codexHome, { ownerPid: process.pid, codexPid: child.pid }).catch(() => void 0);
    let stopReason = null;
    let callbackError = null;
    const lastLines = { stdout: null, stderr: null };
    const lastLine = () => lastLines.stderr ?? lastLines.stdout;
    const timers = [];
    const signalGroup = (signal) => {
      if (child.pid === void 0) return;
      try {
        process.kill(-child.pid, signal);
      } catch (error) {
        if (error.code !== "ESRCH") child.kill(signal);
      }
    };
    const stop = (reason) => {
      if (stopReason !== null) return;
      stopReason = reason;
      signalGroup("SIGTERM");
      timers.push(setTimeout(() => signalGroup("SIGKILL"), killGraceMs));
    };
    const onAbort = () => stop("aborted");
    const onParentSignal = (signal) => stop(signal);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    for (const signal of FORWARDED_SIGNALS) process.on(signal, onParentSignal);
    timers.push(setTimeout(() => stop("timeout"), options.timeoutMs));
    const cleanup = () => {
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      for (const signal of FORWARDED_SIGNALS) process.off(signal, onParentSignal);
    };
    const deliver = (stream, lines) => {
      for (const raw of lines) {
        const line = stripAnsi(raw).trimEnd();
        if (line.trim() === "" || HARMLESS_WARNING.test(line)) continue;
        lastLines[stream] = line.trim();
        if (callbackError) continue;
        try {
          options.onOutput(line);
        } catch (error) {
          callbackError = { error };
          stop("callback");
        }
      }
    };
    const stdout = new LineSplitter();
    const stderr = new LineSplitter();
    child.stdout?.on("data", (chunk) => deliver("stdout", stdout.push(chunk)));
    child.stderr?.on("data", (chunk) => deliver("stderr", stderr.push(chunk)));
    let settled = false;
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      cleanup();
      void ownerWrite.then(() => reject(codexSpawnError(options.codexPath, error)));
    });
    child.on("exit", () => {
      timers.push(
        setTimeout(() => {
          signalGroup("SIGKILL");
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, killGraceMs)
      );
    });
    child.on("close", (code, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      deliver("stdout", stdout.end());
      deliver("stderr", stderr.end());
      void ownerWrite.then(() => settle(code, signal));
    });
    const settle = (code, signal) => {
      const reason = stopReason;
      if (callbackError) {
        reject(callbackError.error);
      } else if (reason === "timeout") {
        reject(
          new CodexFailedError(
            `codex login --device-auth did not finish within ${formatDuration(options.timeoutMs)}; it was stopped (process group killed)${lastLineNote(lastLine())}. Run it again and enter the code sooner.`
          )
        );
      } else if (reason === "aborted") {
        reject(cancelled());
      } else if (reason !== null) {
        reject(
          new CodexFailedError(`codex login --device-auth was interrupted (${reason}); nothing was stored.`)
        );
      } else if (code !== 0) {
        const status = code === null ? `was killed by ${signal ?? "a signal"}` : `exited ${code}`;
        reject(
          new CodexFailedError(
            `codex login --device-auth ${status}${lastLineNote(lastLine())}. ${DEVICE_LOGIN_HINT}`
          )
        );
      } else {
        resolve({ lastLine: lastLine() });
      }
    };
  });
}
function withCodexHome(base, codexHome) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === void 0) continue;
    const key = process.platform === "win32" ? name.toUpperCase() : name;
    if (key === "CODEX_HOME") continue;
    env[name] = value;
  }
  env.CODEX_HOME = codexHome;
  return env;
}
function lastLineNote(line) {
  return line === null ? " without printing anything" : `; last output: "${line}"`;
}
function cancelled() {
  return new CodexFailedError("codex login --device-auth was cancelled; nothing was stored.");
}
function formatDuration(ms) {
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4} min`;
  if (ms >= 1e3) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
export {
  DEVICE_LOGIN_HINT,
  buildDeviceLoginArgs,
  runDeviceLogin,
  stripAnsi
};
