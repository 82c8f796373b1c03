#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readPrivateFile,
  writePrivateFileAtomic
} from "./chunk-Q56VBX5R.js";
import {
  RollbackRefusedError
} from "./chunk-53B7ORU2.js";

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
function refuseRollback(envelope, mark, where) {
  if (mark === null) return;
  const older = envelope.generation < mark.generation;
  const forked = envelope.generation === mark.generation && envelope.fingerprint !== mark.fingerprint;
  if (!older && !forked) return;
  const what = older ? `generation ${envelope.generation} (written ${envelope.writtenAt} by ${envelope.writer}), but generation ${mark.generation} was already written (${mark.writtenAt} by ${mark.writer}; high-water mark in ${where.mark})` : `a copy of generation ${envelope.generation} that is not the one written (${mark.writtenAt} by ${mark.writer}; high-water mark in ${where.mark})`;
  throw new RollbackRefusedError(
    `stream "${where.stream}" in ${where.location} holds ${what}: an older copy was put back (a restored backup or snapshot, or the previous generation copied over the current one). Its refresh token was already rotated away, and using it could make the ChatGPT side revoke the whole session, so nothing was run and nothing was changed. To recover, put the newest copy back if you have it; otherwise sign in again on a trusted machine and reseed with \`codex-auth seed --force --stream ${where.stream} --auth-file ~/.codex/auth.json\` (seed --force is the only way below the high-water mark).`
  );
}
var HighWaterFile = class {
  constructor(file) {
    this.file = file;
  }
  file;
  async read() {
    const text = await readPrivateFile(this.file);
    if (text === null) return null;
    try {
      const value = JSON.parse(text);
      if (typeof value.generation === "number" && typeof value.fingerprint === "string") {
        return {
          generation: value.generation,
          fingerprint: value.fingerprint,
          writtenAt: String(value.writtenAt ?? "-"),
          writer: String(value.writer ?? "-")
        };
      }
    } catch {
    }
    return null;
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

export {
  markOf,
  refuseRollback,
  HighWaterFile,
  readGeneration
};
