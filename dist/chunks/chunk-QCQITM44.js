#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readPrivateFile,
  writePrivateFileAtomic
} from "./chunk-Q56VBX5R.js";
import {
  RollbackRefusedError
} from "./chunk-V4C5BGZE.js";

// src/stores/rollback-guard.ts
import { promises as fs } from "node:fs";
function markOf(envelope) {
  return {
    generation: envelope.generation,
    fingerprint: envelope.fingerprint,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer
  };
}
function parseMark(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || !Number.isSafeInteger(value.generation)) return null;
  const textOf = (field) => typeof field === "string" ? field : null;
  return {
    generation: value.generation,
    fingerprint: textOf(value.fingerprint),
    writtenAt: textOf(value.writtenAt),
    writer: textOf(value.writer)
  };
}
function rollbackOf(envelope, mark) {
  if (mark === null) return null;
  if (envelope.generation < mark.generation) return "older";
  const forked = envelope.generation === mark.generation && mark.fingerprint !== null && envelope.fingerprint !== mark.fingerprint;
  return forked ? "forked" : null;
}
function describeMark(mark, where) {
  return `(${mark.writtenAt ?? "at an unknown time"} by ${mark.writer ?? "another run"}; high-water mark in ${where})`;
}
function refuseRollback(envelope, mark, where) {
  const rollback = rollbackOf(envelope, mark);
  if (rollback === null || mark === null) return;
  const what = rollback === "older" ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written ${describeMark(mark, where.mark)}` : `a copy of generation ${envelope.generation} that is not the one written ${describeMark(mark, where.mark)}`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`
  );
}
var HighWaterFile = class {
  constructor(file) {
    this.file = file;
  }
  file;
  /** Null when there is none or it cannot be read; it is rewritten at the next write, and never blocks by itself. */
  async read() {
    const text = await readPrivateFile(this.file);
    return text === null ? null : parseMark(text);
  }
  async write(mark) {
    await writePrivateFileAtomic(this.file, `${JSON.stringify(mark, null, 2)}
`);
  }
  async remove() {
    await fs.rm(this.file, { force: true });
  }
};

// src/stores/store.ts
async function readGeneration(store) {
  try {
    return (await store.read())?.generation ?? 0;
  } catch {
    return null;
  }
}
function serializeJobsAdvice(lock) {
  return `Serialize the jobs of one stream: keep ${lock} for every job that uses it (never \`lock: none\` / \`--lock none\` for jobs that may overlap) and, in GitHub Actions, add a \`concurrency:\` group.`;
}

export {
  markOf,
  parseMark,
  rollbackOf,
  describeMark,
  refuseRollback,
  HighWaterFile,
  readGeneration,
  serializeJobsAdvice
};
