#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
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
  EnvelopeError
} from "./chunk-V4C5BGZE.js";

// src/core/sodium.ts
var loaded = null;
async function loadSodium() {
  loaded ??= import("./libsodium-wrappers-2YG73JIV.js").then(async ({ default: sodium }) => {
    await sodium.ready;
    return sodium;
  });
  return loaded;
}

// src/core/envelope.ts
var ENVELOPE_VERSION = 1;
var ALGORITHM = "xchacha20poly1305-ietf";
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
  const sodium = await loadSodium();
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
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    new TextEncoder().encode(input.bundle.raw),
    associatedData(meta),
    null,
    nonce,
    key.bytes
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
  const sodium = await loadSodium();
  let plaintext;
  try {
    plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      Buffer.from(envelope.ciphertext, "base64"),
      associatedData(envelope),
      Buffer.from(envelope.nonce, "base64"),
      key.bytes
    );
  } catch {
    throw new EnvelopeError(
      `${origin} failed authentication: its ciphertext or metadata was changed after it was written (the key id matches). The stored copy is left as it is. Put back the newest copy if you have one (an older generation is refused by the rollback guard: its refresh token was rotated away); otherwise sign in again and reseed with \`codex-auth seed --force\`.`
    );
  }
  const { assertStreamable, parseBundle } = await import("./bundle-P5UQSNZY.js");
  const bundle = parseBundle(new TextDecoder().decode(plaintext), `${origin} (decrypted)`);
  assertStreamable(bundle, `${origin} (decrypted)`);
  if (bundle.fingerprint !== envelope.fingerprint) {
    throw new EnvelopeError(`${origin}: the decrypted bundle does not match the envelope's fingerprint.`);
  }
  return bundle;
}

export {
  loadSodium,
  sealEnvelope,
  serializeEnvelope,
  isEnvelopeText,
  parseEnvelope,
  openEnvelope
};
