import { createHash, randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';

import { KEY_ENV } from './key-env.js';

export { KEY_ENV };
const KEY_BYTES = 32;
const STANDARD_BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;

export interface StreamKey {
  readonly bytes: Uint8Array;
  /** A short, printable id of the key, so "wrong key" can be told apart from "tampered". */
  readonly id: string;
}

export function parseKey(value: string | undefined, source = KEY_ENV): StreamKey {
  const text = value?.trim() ?? '';
  if (text === '') {
    throw new UsageError(
      `${source} is not set: it must hold the envelope key (standard base64 of 32 bytes). Create one with \`codex-auth keygen\` and keep it in your secret store.`,
    );
  }
  if (!STANDARD_BASE64_32.test(text)) {
    throw new UsageError(
      `${source} is malformed: it must be standard base64 of exactly 32 bytes (44 characters ending in "="). Create one with \`codex-auth keygen\`.`,
    );
  }
  const bytes = new Uint8Array(Buffer.from(text, 'base64'));
  if (bytes.length !== KEY_BYTES) {
    throw new UsageError(`${source} is malformed: it decodes to ${bytes.length} bytes, not 32.`);
  }
  return { bytes, id: keyId(bytes) };
}

export function keyId(bytes: Uint8Array): string {
  return createHash('sha256').update('codex-auth key id\0').update(bytes).digest('hex').slice(0, 12);
}

export function generateKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}
