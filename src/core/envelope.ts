import * as v from 'valibot';
import { rfc3339 } from './rfc3339.js';
import type { Bundle } from './bundle.js';
import { EnvelopeError } from './errors.js';
import type { StreamKey } from './key.js';

export const ENVELOPE_VERSION = 1;
// libsodium's crypto_aead_xchacha20poly1305_ietf (ciphertext then tag), as every envelope was written. Sealed and
// opened with @noble/ciphers: the same construction in about 40 KB of audited JavaScript, where libsodium's 1 MB of
// wasm took about 30 ms of CPU to load on every run's critical path (test/unit/core/envelope-interop.test.ts
// opens libsodium's envelopes with it and the other way round). Imported when first used: reading an envelope's
// metadata (status) needs no cipher.
const cipher = async () => (await import('@noble/ciphers/chacha.js')).xchacha20poly1305;
const ALGORITHM = 'xchacha20poly1305-ietf';
const NONCE_BYTES = 24;

/** Plain, authenticated metadata: readable without the key (status), bound to the ciphertext by AEAD. */
export interface EnvelopeMetadata {
  readonly version: typeof ENVELOPE_VERSION;
  readonly stream: string;
  readonly generation: number;
  readonly writtenAt: string;
  readonly writer: string;
  readonly lastRefresh: string | null;
  readonly fingerprint: string;
  readonly keyId: string;
}

export interface Envelope extends EnvelopeMetadata {
  readonly algorithm: typeof ALGORITHM;
  readonly nonce: string;
  readonly ciphertext: string;
}

const nonEmpty = v.pipe(v.string(), v.minLength(1));

const envelopeSchema = v.object({
  version: v.literal(ENVELOPE_VERSION),
  stream: nonEmpty,
  generation: v.pipe(v.number(), v.integer(), v.minValue(1)),
  writtenAt: rfc3339,
  writer: v.string(),
  lastRefresh: v.nullable(rfc3339),
  fingerprint: nonEmpty,
  keyId: nonEmpty,
  algorithm: v.literal(ALGORITHM),
  nonce: nonEmpty,
  ciphertext: nonEmpty,
});

/**
 * The associated data: every metadata field in a fixed order. Changing any of them (say, replaying generation 3
 * as generation 9, or stream A's envelope as stream B) makes decryption fail.
 */
export function associatedData(meta: EnvelopeMetadata): Uint8Array {
  return new TextEncoder().encode(
    JSON.stringify([
      'codex-auth-envelope',
      meta.version,
      meta.stream,
      meta.generation,
      meta.writtenAt,
      meta.writer,
      meta.lastRefresh,
      meta.fingerprint,
      meta.keyId,
    ]),
  );
}

export interface SealInput {
  readonly bundle: Bundle;
  readonly stream: string;
  readonly generation: number;
  readonly writer: string;
  readonly now: Date;
}

export async function sealEnvelope(input: SealInput, key: StreamKey): Promise<Envelope> {
  const meta: EnvelopeMetadata = {
    version: ENVELOPE_VERSION,
    stream: input.stream,
    generation: input.generation,
    writtenAt: input.now.toISOString(),
    writer: input.writer,
    lastRefresh: input.bundle.auth.last_refresh ?? null,
    fingerprint: input.bundle.fingerprint,
    keyId: key.id,
  };
  const xchacha20poly1305 = await cipher();
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const ciphertext = xchacha20poly1305(key.bytes, nonce, associatedData(meta)).encrypt(
    new TextEncoder().encode(input.bundle.raw),
  );
  return {
    ...meta,
    algorithm: ALGORITHM,
    nonce: Buffer.from(nonce).toString('base64'),
    ciphertext: Buffer.from(ciphertext).toString('base64'),
  };
}

export function serializeEnvelope(envelope: Envelope): string {
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * Whether a stored value is meant as an envelope rather than a plain auth.json a user pasted as the first seed (the
 * github-secret and command stores may hold either). A JSON object with a ciphertext is an envelope, and so is a
 * damaged text with a field only envelopes have (a truncated envelope), so that the envelope parser says what is
 * wrong with it. Anything else goes to the seed parser, which accepts what users paste (base64 too) and names the
 * rest.
 */
export function isEnvelopeText(text: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return /"(generation|keyId|ciphertext)"\s*:/.test(text);
  }
  return typeof json === 'object' && json !== null && 'ciphertext' in json;
}

/** Reads the metadata without the key. Throws EnvelopeError (exit 6) on anything this version cannot read. */
export function parseEnvelope(text: string, origin: string): Envelope {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EnvelopeError(
      `${origin} is not a codex-auth envelope (not JSON). It was not written by codex-auth or is damaged; the file is left as it is. Restore it from a backup, or reseed the stream with \`codex-auth seed --force\`.`,
    );
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (version !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      `${origin} has envelope format version ${JSON.stringify(version ?? null)}; this codex-auth reads version ${ENVELOPE_VERSION}. Use the codex-auth release that wrote it, or reseed the stream with \`codex-auth seed --force\`.`,
    );
  }
  const parsed = v.safeParse(envelopeSchema, json);
  if (!parsed.success) {
    const fields = parsed.issues.map((issue) => v.getDotPath(issue) ?? '(top level)').join(', ');
    throw new EnvelopeError(
      `${origin} is a damaged envelope (bad fields: ${fields}). The stored copy is left as it is; restore it or reseed with \`codex-auth seed --force\`.`,
    );
  }
  return parsed.output as Envelope;
}

/** Decrypts and verifies an envelope for `stream`. The bundle inside is validated like any auth.json. */
export async function openEnvelope(
  envelope: Envelope,
  stream: string,
  key: StreamKey,
  origin: string,
): Promise<Bundle> {
  if (envelope.stream !== stream) {
    throw new EnvelopeError(
      `${origin} belongs to stream "${envelope.stream}", not "${stream}": envelopes cannot move between streams. Seed stream "${stream}" with its own login.`,
    );
  }
  if (envelope.keyId !== key.id) {
    throw new EnvelopeError(
      `${origin} was sealed with key id ${envelope.keyId}, but CODEX_AUTH_KEY has key id ${key.id}: wrong key. Set CODEX_AUTH_KEY to the key this stream was seeded with (or reseed with \`codex-auth seed --force\`).`,
    );
  }
  const xchacha20poly1305 = await cipher();
  let plaintext: Uint8Array;
  try {
    const nonce = Buffer.from(envelope.nonce, 'base64');
    plaintext = xchacha20poly1305(key.bytes, nonce, associatedData(envelope)).decrypt(
      Buffer.from(envelope.ciphertext, 'base64'),
    );
  } catch {
    throw new EnvelopeError(
      `${origin} failed authentication: its ciphertext or metadata was changed after it was written (the key id matches). The stored copy is left as it is. Put back the newest copy if you have one (an older generation is refused by the rollback guard: its refresh token was rotated away); otherwise sign in again and reseed with \`codex-auth seed --force\`.`,
    );
  }
  // Imported here: reading an envelope's metadata (status) needs neither the auth.json parser nor its JWT decoder.
  const { assertStreamable, parseBundle } = await import('./bundle.js');
  const bundle = parseBundle(new TextDecoder().decode(plaintext), `${origin} (decrypted)`);
  assertStreamable(bundle, `${origin} (decrypted)`);
  if (bundle.fingerprint !== envelope.fingerprint) {
    throw new EnvelopeError(`${origin}: the decrypted bundle does not match the envelope's fingerprint.`);
  }
  return bundle;
}
