#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  isErrno
} from "./chunk-O6AFCUB4.js";
import {
  UsageError
} from "./chunk-V4C5BGZE.js";

// src/platform/check-paths.ts
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  promises as fs,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  statSync
} from "node:fs";
import path from "node:path";
var MAX_AUTH_JSON_BYTES = 64 * 1024;
var MAX_CONFIG_BYTES = 1024 * 1024;
async function readInputFile(file, input) {
  const at = `${input.flag} ${file}`;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (isErrno(error, "ENOENT")) {
      throw new UsageError(`${at}: no such file. Pass the path of ${input.what}.`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot read it. Run as its owner, or make it readable by this user only (chmod 600 as the owner).`
      );
    }
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(
        `${at}: a part of the path is a file, not a directory. Pass the path of ${input.what}.`
      );
    }
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isFIFO()) return await readPipe(fd, at, input);
    refuseKind(stat, at, input.what, file);
    if (stat.size > input.maxBytes) {
      throw new UsageError(
        `${at} is ${stat.size} bytes, more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
      );
    }
    if ((stat.mode & 63) !== 0 && input.onOpenToOthers) {
      input.onOpenToOthers(
        `${at} is readable by other users (mode ${(stat.mode & 511).toString(8).padStart(4, "0")}) and holds live tokens: chmod 600 ${file}, or delete it once the stream is seeded.`
      );
    }
    return readFileSync(fd, "utf8");
  } catch (error) {
    if (isErrno(error, "EISDIR")) refuseKind({ isDirectory: () => true }, at, input.what, file);
    throw error;
  } finally {
    closeSync(fd);
  }
}
var PIPE_WRITER_WAIT_MS = 1e4;
var PIPE_TOTAL_MS = 6e4;
var PIPE_POLL_MS = 20;
async function readPipe(fd, at, input) {
  const started = Date.now();
  const chunks = [];
  let size = 0;
  let writerSeen = false;
  const buffer = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (!isErrno(error, "EAGAIN")) throw error;
      n = null;
      writerSeen = true;
    }
    if (n !== null && n > 0) {
      chunks.push(Buffer.from(buffer.subarray(0, n)));
      size += n;
      writerSeen = true;
      if (size > input.maxBytes) {
        throw new UsageError(
          `${at} gave more than the ${Math.round(input.maxBytes / 1024)} KB limit for ${input.what}: this is not ${input.what}. Pass the right file.`
        );
      }
      continue;
    }
    if (n === 0 && writerSeen) return Buffer.concat(chunks).toString("utf8");
    const waited = Date.now() - started;
    if (!writerSeen && waited > PIPE_WRITER_WAIT_MS || waited > PIPE_TOTAL_MS) {
      throw new UsageError(
        `${at} is a pipe ${writerSeen ? `that did not end within ${PIPE_TOTAL_MS / 1e3} s` : `nobody wrote to within ${PIPE_WRITER_WAIT_MS / 1e3} s`}. Write ${input.what} into it (for example ${input.flag} <(your-secret-tool read ...)), or pass a regular file holding ${input.what}.`
      );
    }
    await new Promise((resolve) => setTimeout(resolve, PIPE_POLL_MS));
  }
}
function refuseKind(stat, at, what, file) {
  if (stat.isDirectory()) {
    throw new UsageError(
      `${at} is a directory, not a file. Pass the file itself${what.includes("auth.json") ? ` (for example ${path.join(file, "auth.json")})` : ""}.`
    );
  }
  const kind = specialKind(stat);
  if (kind)
    throw new UsageError(`${at} is ${kind}, not a regular file. Pass a regular file holding ${what}.`);
}
function specialKind(stat) {
  if (stat.isFIFO?.()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice?.() || stat.isBlockDevice?.()) return "a device";
  if (stat.isSocket?.()) return "a socket";
  return null;
}
function stateDirOrigin(settings) {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? "the state directory" };
}
var STATE_DIR_FIX = "Choose a directory this user can write with --state-dir DIR or CODEX_AUTH_STATE_DIR (Action: input state-dir); it is created if missing.";
async function checkStreamDir(origin, stream, write, ownedFiles) {
  const stateDir = origin.dir;
  const at = `${origin.source} ${stateDir}`;
  const stateStat = await lstatOrNull(stateDir, at);
  if (stateStat === null) {
    if (write) await checkCreatable(stateDir, at);
    return;
  }
  if (!stateStat.isDirectory() && !(stateStat.isSymbolicLink() && await isDirThroughLink(stateDir))) {
    throw new UsageError(`${at} is ${describeKind(stateStat)}, not a directory. ${STATE_DIR_FIX}`);
  }
  await checkAccess(stateDir, write, at);
  const dir = path.join(stateDir, stream);
  const dirAt = `the directory of stream "${stream}" (${dir}, under ${origin.source})`;
  const dirStat = await lstatOrNull(dir, dirAt);
  if (dirStat === null) return;
  if (!dirStat.isDirectory()) {
    throw new UsageError(
      `${dirAt} is ${describeKind(dirStat)}, not a directory: codex-auth did not make it. Move it away, or ${STATE_DIR_FIX.charAt(0).toLowerCase()}${STATE_DIR_FIX.slice(1)}`
    );
  }
  await checkAccess(dir, write, dirAt);
  for (const name of ownedFiles) {
    const file = path.join(dir, name);
    const stat = await lstatOrNull(file, file);
    if (stat && !stat.isFile()) {
      throw new UsageError(
        `${file} is ${describeKind(stat)}, but codex-auth keeps its own regular file there (stream "${stream}", ${origin.source}): codex-auth did not make it. Move it away (for a directory: rmdir ${file} if it is empty), then run again.`
      );
    }
  }
}
async function lstatOrNull(file, at) {
  try {
    return lstatSync(file);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    if (isErrno(error, "ENOTDIR")) {
      throw new UsageError(`${at}: a part of the path is a file, not a directory. ${STATE_DIR_FIX}`);
    }
    if (isErrno(error, "EACCES")) {
      throw new UsageError(
        `${at}: permission denied: this user cannot look into its parent. ${STATE_DIR_FIX}`
      );
    }
    throw error;
  }
}
async function isDirThroughLink(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
async function checkAccess(dir, write, at) {
  try {
    accessSync(dir, constants.R_OK | constants.X_OK | (write ? constants.W_OK : 0));
  } catch {
    throw new UsageError(
      `${at}: permission denied: this user cannot ${write ? "write" : "read"} it. ${STATE_DIR_FIX}`
    );
  }
}
async function checkCreatable(dir, at) {
  let parent = path.dirname(dir);
  for (; ; ) {
    const stat = await fs.stat(parent).catch((error) => {
      if (isErrno(error, "ENOENT")) return null;
      if (isErrno(error, "ENOTDIR")) return "not-dir";
      throw error;
    });
    if (stat === "not-dir" || stat !== null && !stat.isDirectory()) {
      throw new UsageError(
        `${at} cannot be created: a part of its path is a file, not a directory. ${STATE_DIR_FIX}`
      );
    }
    if (stat !== null) {
      try {
        await fs.access(parent, constants.W_OK | constants.X_OK);
      } catch {
        throw new UsageError(
          `${at} does not exist and this user cannot create it (${parent} is not writable). ${STATE_DIR_FIX}`
        );
      }
      return;
    }
    const up = path.dirname(parent);
    if (up === parent) return;
    parent = up;
  }
}
function describeKind(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isSymbolicLink()) return "a symbolic link";
  if (stat.isFile()) return "a regular file";
  return specialKind(stat) ?? "not a regular file";
}

export {
  MAX_CONFIG_BYTES,
  readInputFile,
  stateDirOrigin,
  checkStreamDir
};
