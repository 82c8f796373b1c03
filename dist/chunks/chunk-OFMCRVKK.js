#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  streamDir
} from "./chunk-FOGE6YFT.js";
import {
  ensurePrivateDir,
  readPrivateFile,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";

// src/stores/audit-log.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var AUDIT_FILE = "history.jsonl";
var MAX_LINES = 1e3;
var KEEP_LINES = 500;
function writeReason(expectedGeneration) {
  if (expectedGeneration === "replace") return "reseed";
  return expectedGeneration === 0 ? "seed" : "refresh";
}
function auditLogPath(stateDir, stream) {
  return path.join(streamDir(stateDir, stream), AUDIT_FILE);
}
function withAuditLog(store, stateDir) {
  const file = auditLogPath(stateDir, store.stream);
  const write = store.write.bind(store);
  const rollback = store.rollback.bind(store);
  store.write = async (envelope, expectedGeneration) => {
    await write(envelope, expectedGeneration);
    await appendAudit(file, entryOf(envelope, writeReason(expectedGeneration)));
  };
  store.rollback = async (badGeneration) => {
    const undone = await rollback(badGeneration);
    if (undone) {
      const now = await store.read().catch(() => null);
      await appendAudit(file, {
        generation: badGeneration,
        writtenAt: (/* @__PURE__ */ new Date()).toISOString(),
        writer: now?.writer ?? "-",
        why: "rollback",
        fingerprint: now?.fingerprint ?? "-"
      });
    }
    return undone;
  };
  return store;
}
function entryOf(envelope, why) {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint
  };
}
async function appendAudit(file, entry) {
  await appendAuditLine(file, entry).catch(() => void 0);
}
async function appendAuditLine(file, entry) {
  await ensurePrivateDir(path.dirname(file));
  await fs.appendFile(file, `${JSON.stringify(entry)}
`, { mode: 384 });
  const text = await readPrivateFile(file) ?? "";
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length > MAX_LINES)
    await writePrivateFileAtomic(file, `${lines.slice(-KEEP_LINES).join("\n")}
`);
}

export {
  writeReason,
  withAuditLog
};
