#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  HighWaterFile,
  isEnvelopeText,
  markOf,
  parseEnvelope,
  readGeneration,
  refuseRollback,
  serializeEnvelope,
  serializeJobsAdvice
} from "./chunk-PBCKZ5WM.js";
import {
  ensurePrivateDir
} from "./chunk-O6AFCUB4.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import {
  InternalError,
  StoreConflictError,
  UsageError
} from "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";

// src/stores/command-store.ts
import { spawn } from "node:child_process";
import path from "node:path";
var NOTHING_STORED_EXIT_CODE = 44;
var MAX_OUTPUT = 1024 * 1024;
var CommandStore = class {
  constructor(stream, options) {
    this.stream = stream;
    this.options = options;
    this.location = `the secret manager (read-command: ${options.readCommand})`;
    this.mark = options.highWaterFile ? new HighWaterFile(options.highWaterFile) : null;
  }
  stream;
  options;
  kind = "command";
  location;
  readBackAfterWrite = true;
  lastRead = null;
  mark;
  async read() {
    const text = await this.readText();
    const envelope = text === null || !isEnvelopeText(text) ? null : parseEnvelope(text, this.location);
    this.lastRead = { envelope, text: text ?? "" };
    if (envelope && this.mark) {
      refuseRollback(envelope, await this.mark.read().catch(() => null), {
        stream: this.stream,
        location: this.location,
        mark: `${this.mark.file} (kept on this machine)`
      });
    }
    return envelope;
  }
  async highWater() {
    return (await this.mark?.read().catch(() => null))?.generation ?? null;
  }
  /** Best effort: an unwritable state dir must not fail a write the secret manager already took. */
  async moveMark(envelope) {
    if (!this.mark) return;
    try {
      if (envelope) {
        await ensurePrivateDir(path.dirname(this.mark.file));
        await this.mark.write(markOf(envelope));
      } else {
        await this.mark.remove();
      }
    } catch {
    }
  }
  async plainSeed() {
    const text = this.lastRead?.text ?? await this.readText();
    return text && !isEnvelopeText(text) ? { raw: text, origin: this.location } : null;
  }
  currentGeneration() {
    return readGeneration(this);
  }
  async write(envelope, expectedGeneration) {
    if (expectedGeneration !== "replace") {
      const current = await this.read();
      if ((current?.generation ?? 0) !== expectedGeneration) {
        throw new StoreConflictError(
          `stream "${this.stream}" in ${this.location} is at generation ${current?.generation ?? 0} (written ${current?.writtenAt ?? "-"} by ${current?.writer ?? "-"}), not ${expectedGeneration} as loaded: this copy was NOT written over it. ${serializeJobsAdvice("the stream lock")}`
        );
      }
    }
    const result = await this.runCommand(this.options.writeCommand, serializeEnvelope(envelope));
    if (result.code !== 0) {
      throw new InternalError(
        `the write-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. Nothing was stored; check the command and its credentials.`
      );
    }
    await this.moveMark(envelope);
  }
  /** An empty value is "nothing stored" for the read command: the secret manager keeps no login. */
  async remove() {
    const result = await this.runCommand(this.options.writeCommand, "");
    if (result.code !== 0)
      throw new InternalError(`the write-command exited with ${result.code} while removing the stream.`);
    await this.moveMark(null);
  }
  async rollback(badGeneration) {
    const previous = this.lastRead?.envelope;
    if (!previous || previous.generation !== badGeneration - 1) return false;
    const restored = (await this.runCommand(this.options.writeCommand, serializeEnvelope(previous))).code === 0;
    if (restored) await this.moveMark(previous);
    return restored;
  }
  async readText() {
    const result = await this.runCommand(this.options.readCommand, null);
    if (result.code === NOTHING_STORED_EXIT_CODE) return null;
    if (result.code !== 0) {
      throw new UsageError(
        `the read-command exited with ${result.code}${result.stderr ? `: ${result.stderr.trim().slice(-500)}` : ""}. It must print the stored value and exit 0, or exit ${NOTHING_STORED_EXIT_CODE} (or print nothing) when nothing is stored yet.`
      );
    }
    return result.stdout.trim() === "" ? null : result.stdout;
  }
  /** Runs `command` with `sh -c`, the value (if any) on stdin, a hard timeout, output bounded. */
  runCommand(command, stdin) {
    return new Promise((resolve, reject) => {
      const child = spawn("/bin/sh", ["-c", command], {
        env: { ...this.options.env, CODEX_AUTH_STREAM: this.stream },
        stdio: [stdin === null ? "ignore" : "pipe", "pipe", "pipe"],
        detached: true
      });
      let stdout = "";
      let stderr = "";
      child.stdout?.setEncoding("utf8").on("data", (chunk) => {
        if (stdout.length < MAX_OUTPUT) stdout += chunk;
      });
      child.stderr?.setEncoding("utf8").on("data", (chunk) => {
        if (stderr.length < MAX_OUTPUT) stderr += chunk;
      });
      const timer = setTimeout(() => {
        if (child.pid !== void 0) {
          try {
            process.kill(-child.pid, "SIGKILL");
          } catch {
          }
        }
      }, this.options.timeoutMs);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(new UsageError(`cannot run the command through /bin/sh: ${error.message}`));
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({
          code: signal ? null : code,
          stdout,
          stderr: signal ? `killed after ${this.options.timeoutMs / 1e3} s` : stderr
        });
      });
      if (stdin !== null) child.stdin?.end(stdin);
    });
  }
};
export {
  CommandStore,
  NOTHING_STORED_EXIT_CODE
};
