// The envelope's cipher against libsodium, which wrote every envelope before @noble/ciphers opened them: an envelope
// libsodium sealed opens (and a changed byte of it does not), and one sealed now opens with libsodium, byte for
// byte the construction libsodium calls crypto_aead_xchacha20poly1305_ietf (ciphertext, then the 16-byte tag).
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import {
  associatedData,
  ENVELOPE_VERSION,
  type Envelope,
  type EnvelopeMetadata,
  openEnvelope,
  parseEnvelope,
  sealEnvelope,
  serializeEnvelope,
} from '../../../src/core/envelope.js';
import { EnvelopeError } from '../../../src/core/errors.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import { registerSecret } from '../../support/leak-guard.js';
import { freshAuthJson } from '../../support/test-tokens.js';

beforeAll(async () => {
  await sodium.ready;
});

function newKey() {
  const text = generateKey();
  registerSecret(text);
  return parseKey(text);
}

/** An envelope as the libsodium releases sealed it: same metadata, same associated data. */
function sealedByLibsodium(raw: string, key: ReturnType<typeof newKey>): Envelope {
  const bundle = parseBundle(raw);
  const meta: EnvelopeMetadata = {
    version: ENVELOPE_VERSION,
    stream: 'alpha',
    generation: 4,
    writtenAt: new Date().toISOString(),
    writer: 'libsodium release',
    lastRefresh: bundle.auth.last_refresh ?? null,
    fingerprint: bundle.fingerprint,
    keyId: key.id,
  };
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    new TextEncoder().encode(raw),
    associatedData(meta),
    null,
    nonce,
    key.bytes,
  );
  return parseEnvelope(
    serializeEnvelope({
      ...meta,
      algorithm: 'xchacha20poly1305-ietf',
      nonce: Buffer.from(nonce).toString('base64'),
      ciphertext: Buffer.from(ciphertext).toString('base64'),
    }),
    'libsodium envelope',
  );
}

describe('envelope cipher, against libsodium', () => {
  it('opens an envelope libsodium sealed, to the exact auth.json text', async () => {
    const key = newKey();
    const raw = freshAuthJson().text;
    const opened = await openEnvelope(sealedByLibsodium(raw, key), 'alpha', key, 'test');
    expect(opened.raw).toBe(raw);
  });

  it('refuses a libsodium envelope with one ciphertext bit flipped, or its tag cut', async () => {
    const key = newKey();
    const envelope = sealedByLibsodium(freshAuthJson().text, key);
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    const flipped = Buffer.from(bytes);
    flipped[7] = (flipped[7] ?? 0) ^ 1;
    for (const ciphertext of [flipped, bytes.subarray(0, bytes.length - 1)]) {
      const changed = { ...envelope, ciphertext: ciphertext.toString('base64') };
      await expect(openEnvelope(changed, 'alpha', key, 'test')).rejects.toThrow(EnvelopeError);
    }
  });

  it('seals what libsodium opens, with the metadata as associated data', async () => {
    const key = newKey();
    const raw = freshAuthJson().text;
    const envelope = await sealEnvelope(
      { bundle: parseBundle(raw), stream: 'alpha', generation: 5, writer: 'test', now: new Date() },
      key,
    );
    const open = (meta: Envelope) =>
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        Buffer.from(envelope.ciphertext, 'base64'),
        associatedData(meta),
        Buffer.from(envelope.nonce, 'base64'),
        key.bytes,
      );
    expect(new TextDecoder().decode(open(envelope))).toBe(raw);
    expect(Buffer.from(envelope.nonce, 'base64')).toHaveLength(24);
    expect(() => open({ ...envelope, generation: 6 })).toThrow();
  });
});
