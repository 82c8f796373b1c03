#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/locks/process-liveness.ts
import { readFileSync, readlinkSync } from "node:fs";
import os from "node:os";
function currentIdentity() {
  return {
    host: os.hostname(),
    bootId: readTrimmed("/proc/sys/kernel/random/boot_id"),
    pidNamespace: readLink("/proc/self/ns/pid")
  };
}
function sameProcessSpace(other, here = currentIdentity()) {
  if (other.host !== here.host) return false;
  if (other.bootId !== null && here.bootId !== null && other.bootId !== here.bootId) return false;
  if (other.pidNamespace !== null && here.pidNamespace !== null && other.pidNamespace !== here.pidNamespace) {
    return false;
  }
  return true;
}
function processStartTime(pid) {
  return readStat(pid)?.startTime ?? null;
}
function isProcessAlive(pid, startTime = null) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH") return false;
  }
  const stat = readStat(pid);
  if (stat === null) return true;
  if (stat.state === "Z" || stat.state === "X") return false;
  if (startTime !== null && stat.startTime !== startTime) return false;
  return true;
}
function readStat(pid) {
  const text = readTrimmed(`/proc/${pid}/stat`);
  if (text === null) return null;
  const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const state = rest[0];
  const startTime = rest[19];
  if (state === void 0 || startTime === void 0 || !/^\d+$/.test(startTime)) return null;
  return { state, startTime };
}
function readTrimmed(file) {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}
function readLink(file) {
  try {
    return readlinkSync(file);
  } catch {
    return null;
  }
}

// src/locks/lease-record.ts
var LOCK_FILE_NAME = "lock.json";
var UNREADABLE_LOCK_LEASE_MS = 15 * 6e4;
var FORMAT_VERSION = 1;
function isStale(snapshot) {
  const { holder, record } = snapshot;
  if (record !== null && holder.pid !== null) {
    const theirs = {
      host: record.host,
      bootId: record.bootId,
      pidNamespace: record.pidNamespace
    };
    if (sameProcessSpace(theirs)) return !isProcessAlive(holder.pid, record.pidStartTime);
  }
  return Date.parse(holder.expiresAt) <= Date.now();
}
function unreadable(file, reason, stat) {
  const written = stat.mtime;
  const holder = {
    id: "unknown",
    host: "unknown",
    pid: null,
    owner: `unknown (the lock file ${file} cannot be read: ${reason}; last written ${written.toISOString()})`,
    acquiredAt: written.toISOString(),
    expiresAt: new Date(written.getTime() + UNREADABLE_LOCK_LEASE_MS).toISOString()
  };
  return { holder, record: null, fileId: fileIdentity(stat) };
}
function fileIdentity(stat) {
  return `${stat.dev}:${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}
function toHolder(record) {
  const { id, host, pid, owner, acquiredAt, expiresAt } = record;
  return { id, host, pid, owner, acquiredAt, expiresAt };
}
function parseRecord(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text.trim() === "" ? "it is empty" : "it is not JSON";
  }
  if (typeof value !== "object" || value === null) return "it is not a JSON object";
  const v = value;
  for (const field of ["id", "host", "owner", "acquiredAt", "expiresAt"]) {
    if (typeof v[field] !== "string" || v[field] === "") return `field "${field}" is missing`;
  }
  for (const field of ["acquiredAt", "expiresAt"]) {
    if (Number.isNaN(Date.parse(v[field]))) return `field "${field}" is not a time`;
  }
  const pid = v.pid ?? null;
  if (pid !== null && !(Number.isSafeInteger(pid) && pid > 0)) return 'field "pid" is not a pid';
  const optional = (field) => typeof v[field] === "string" ? v[field] : null;
  return {
    version: typeof v.version === "number" ? v.version : FORMAT_VERSION,
    stream: optional("stream") ?? "",
    mode: pid === null ? "lease" : "process",
    id: v.id,
    host: v.host,
    pid,
    owner: v.owner,
    acquiredAt: v.acquiredAt,
    expiresAt: v.expiresAt,
    bootId: optional("bootId"),
    pidNamespace: optional("pidNamespace"),
    pidStartTime: optional("pidStartTime")
  };
}

export {
  currentIdentity,
  processStartTime,
  LOCK_FILE_NAME,
  UNREADABLE_LOCK_LEASE_MS,
  FORMAT_VERSION,
  isStale,
  unreadable,
  fileIdentity,
  toHolder,
  parseRecord
};
