#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/core/key.ts
import { createHash, randomBytes } from "node:crypto";
var KEY_BYTES = 32;
var STANDARD_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;
function parseKey(value, source = KEY_ENV) {
  const text = value?.trim() ?? "";
  if (text === "") {
    throw new UsageError(
      `${source} is not set: it must hold the envelope key (standard base64 of 32 bytes). Create one with \`codex-auth keygen\` and keep it in your secret store.`
    );
  }
  if (!STANDARD_BASE64_32.test(text)) {
    throw new UsageError(
      `${source} is malformed: it must be standard base64 of exactly 32 bytes (44 characters ending in "="). Create one with \`codex-auth keygen\`.`
    );
  }
  const bytes = new Uint8Array(Buffer.from(text, "base64"));
  if (bytes.length !== KEY_BYTES) {
    throw new UsageError(`${source} is malformed: it decodes to ${bytes.length} bytes, not 32.`);
  }
  return { bytes, id: keyId(bytes) };
}
function keyId(bytes) {
  return createHash("sha256").update("codex-auth key id\0").update(bytes).digest("hex").slice(0, 12);
}
function generateKey() {
  return randomBytes(KEY_BYTES).toString("base64");
}

export {
  parseKey,
  generateKey
};
