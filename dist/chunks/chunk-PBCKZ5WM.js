#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  readPrivateFile,
  writePrivateFileAtomic
} from "./chunk-O6AFCUB4.js";
import {
  rfc3339
} from "./chunk-DCRTVRTH.js";
import {
  getDotPath,
  integer,
  literal,
  minLength,
  minValue,
  nullable,
  number,
  object,
  pipe,
  safeParse,
  string
} from "./chunk-2G7TLW22.js";
import {
  EnvelopeError,
  RollbackRefusedError
} from "./chunk-V4C5BGZE.js";

// src/core/envelope.ts
var ENVELOPE_VERSION = 1;
var cipher = async () => (await import("./chacha-VRBWL5BT.js")).xchacha20poly1305;
var ALGORITHM = "xchacha20poly1305-ietf";
var NONCE_BYTES = 24;
var nonEmpty = pipe(string(), minLength(1));
var envelopeSchema = object({
  version: literal(ENVELOPE_VERSION),
  stream: nonEmpty,
  generation: pipe(number(), integer(), minValue(1)),
  writtenAt: rfc3339,
  writer: string(),
  lastRefresh: nullable(rfc3339),
  fingerprint: nonEmpty,
  keyId: nonEmpty,
  algorithm: literal(ALGORITHM),
  nonce: nonEmpty,
  ciphertext: nonEmpty
});
function associatedData(meta) {
  return new TextEncoder().encode(
    JSON.stringify([
      "codex-auth-envelope",
      meta.version,
      meta.stream,
      meta.generation,
      meta.writtenAt,
      meta.writer,
      meta.lastRefresh,
      meta.fingerprint,
      meta.keyId
    ])
  );
}
async function sealEnvelope(input, key) {
  const meta = {
    version: ENVELOPE_VERSION,
    stream: input.stream,
    generation: input.generation,
    writtenAt: input.now.toISOString(),
    writer: input.writer,
    lastRefresh: input.bundle.auth.last_refresh ?? null,
    fingerprint: input.bundle.fingerprint,
    keyId: key.id
  };
  const xchacha20poly1305 = await cipher();
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = xchacha20poly1305(key.bytes, nonce, associatedData(meta)).encrypt(
    new TextEncoder().encode(input.bundle.raw)
  );
  return {
    ...meta,
    algorithm: ALGORITHM,
    nonce: Buffer.from(nonce).toString("base64"),
    ciphertext: Buffer.from(ciphertext).toString("base64")
  };
}
function serializeEnvelope(envelope) {
  return `${JSON.stringify(envelope, null, 2)}
`;
}
function isEnvelopeText(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return /"(generation|keyId|ciphertext)"\s*:/.test(text);
  }
  return typeof json === "object" && json !== null && "ciphertext" in json;
}
function parseEnvelope(text, origin) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EnvelopeError(
      `${origin} is not a codex-auth envelope (not JSON). It was not written by codex-auth or is damaged; the file is left as it is. Restore it from a backup, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const version = json?.version;
  if (version !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      `${origin} has envelope format version ${JSON.stringify(version ?? null)}; this codex-auth reads version ${ENVELOPE_VERSION}. Use the codex-auth release that wrote it, or reseed the stream with \`codex-auth seed --force\`.`
    );
  }
  const parsed = safeParse(envelopeSchema, json);
  if (!parsed.success) {
    const fields = parsed.issues.map((issue) => getDotPath(issue) ?? "(top level)").join(", ");
    throw new EnvelopeError(
      `${origin} is a damaged envelope (bad fields: ${fields}). The stored copy is left as it is; restore it or reseed with \`codex-auth seed --force\`.`
    );
  }
  return parsed.output;
}
async function openEnvelope(envelope, stream, key, origin) {
  if (envelope.stream !== stream) {
    throw new EnvelopeError(
      `${origin} belongs to stream "${envelope.stream}", not "${stream}": envelopes cannot move between streams. Seed stream "${stream}" with its own login.`
    );
  }
  if (envelope.keyId !== key.id) {
    throw new EnvelopeError(
      `${origin} was sealed with key id ${envelope.keyId}, but CODEX_AUTH_KEY has key id ${key.id}: wrong key. Set CODEX_AUTH_KEY to the key this stream was seeded with (or reseed with \`codex-auth seed --force\`).`
    );
  }
  const xchacha20poly1305 = await cipher();
  let plaintext;
  try {
    const nonce = Buffer.from(envelope.nonce, "base64");
    plaintext = xchacha20poly1305(key.bytes, nonce, associatedData(envelope)).decrypt(
      Buffer.from(envelope.ciphertext, "base64")
    );
  } catch {
    throw new EnvelopeError(
      `${origin} failed authentication: its ciphertext or metadata was changed after it was written (the key id matches). The stored copy is left as it is. Put back the newest copy if you have one (an older generation is refused by the rollback guard: its refresh token was rotated away); otherwise sign in again and reseed with \`codex-auth seed --force\`.`
    );
  }
  const { assertStreamable, parseBundle } = await import("./bundle-IV2PSAH7.js");
  const bundle = parseBundle(new TextDecoder().decode(plaintext), `${origin} (decrypted)`);
  assertStreamable(bundle, `${origin} (decrypted)`);
  if (bundle.fingerprint !== envelope.fingerprint) {
    throw new EnvelopeError(`${origin}: the decrypted bundle does not match the envelope's fingerprint.`);
  }
  return bundle;
}

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
  sealEnvelope,
  serializeEnvelope,
  isEnvelopeText,
  parseEnvelope,
  openEnvelope,
  markOf,
  parseMark,
  rollbackOf,
  describeMark,
  refuseRollback,
  HighWaterFile,
  readGeneration,
  serializeJobsAdvice
};
