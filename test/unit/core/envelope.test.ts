import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import {
  type Envelope,
  isEnvelopeText,
  openEnvelope,
  parseEnvelope,
  sealEnvelope,
  serializeEnvelope,
} from '../../../src/core/envelope.js';
import { EnvelopeError, UsageError } from '../../../src/core/errors.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import { registerSecret } from '../../support/leak-guard.js';
import { freshAuthJson } from '../../support/test-tokens.js';

function newKey() {
  const text = generateKey();
  registerSecret(text);
  return parseKey(text);
}

async function sealed() {
  const key = newKey();
  const bundle = parseBundle(freshAuthJson().text);
  const envelope = await sealEnvelope(
    { bundle, stream: 'alpha', generation: 3, writer: 'test', now: new Date() },
    key,
  );
  return { key, bundle, envelope };
}

describe('envelope', () => {
  it('round-trips the exact auth.json text and keeps no plaintext token', async () => {
    const { key, bundle, envelope } = await sealed();
    const text = serializeEnvelope(envelope);
    for (const token of Object.values(bundle.auth.tokens ?? {})) {
      if (typeof token === 'string') expect(text).not.toContain(token);
    }
    const opened = await openEnvelope(parseEnvelope(text, 'test'), 'alpha', key, 'test');
    expect(opened.raw).toBe(bundle.raw);
    expect(envelope).toMatchObject({
      version: 1,
      stream: 'alpha',
      generation: 3,
      fingerprint: bundle.fingerprint,
    });
  });

  it.each([
    ['generation replayed', (e: Envelope) => ({ ...e, generation: 9 }), /failed authentication/],
    ['writer changed', (e: Envelope) => ({ ...e, writer: 'mallory' }), /failed authentication/],
    [
      'last_refresh changed',
      (e: Envelope) => ({ ...e, lastRefresh: '2020-01-01T00:00:00Z' }),
      /failed authentication/,
    ],
    [
      'ciphertext flipped',
      (e: Envelope) => ({ ...e, ciphertext: flip(e.ciphertext) }),
      /failed authentication/,
    ],
    ['moved to another stream', (e: Envelope) => ({ ...e, stream: 'beta' }), /belongs to stream "beta"/],
  ])('refuses a tampered envelope: %s', async (_name, tamper, message) => {
    const { key, envelope } = await sealed();
    const forged = parseEnvelope(serializeEnvelope(tamper(envelope)), 'test');
    await expect(openEnvelope(forged, 'alpha', key, 'test')).rejects.toThrow(message);
    await expect(openEnvelope(forged, 'alpha', key, 'test')).rejects.toBeInstanceOf(EnvelopeError);
  });

  it('names a wrong key as such', async () => {
    const { envelope } = await sealed();
    await expect(openEnvelope(envelope, 'alpha', newKey(), 'test')).rejects.toThrow(/wrong key/);
  });

  it.each([
    ['not JSON', 'garbage', /not a codex-auth envelope/],
    ['unknown version', JSON.stringify({ version: 2 }), /format version 2/],
    ['missing fields', JSON.stringify({ version: 1, stream: 'a' }), /damaged envelope/],
  ])('parseEnvelope refuses %s with exit 6', (_name, text, message) => {
    expect(() => parseEnvelope(text, 'test')).toThrow(message);
    expect(() => parseEnvelope(text, 'test')).toThrow(EnvelopeError);
  });
});

describe('parseKey', () => {
  it.each([
    ['missing', undefined, /not set/],
    ['empty', '', /not set/],
    ['too short', Buffer.alloc(16).toString('base64'), /malformed/],
    ['url-safe alphabet', Buffer.alloc(32, 0xfb).toString('base64url'), /malformed/],
  ])('%s is a usage error', (_name, value, message) => {
    expect(() => parseKey(value)).toThrow(message);
    expect(() => parseKey(value)).toThrow(UsageError);
  });

  it('accepts a generated key and gives it a stable id', () => {
    const text = generateKey();
    registerSecret(text);
    expect(parseKey(text).id).toBe(parseKey(` ${text}\n`).id);
    expect(parseKey(text).bytes).toHaveLength(32);
  });
});

function flip(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64');
}

describe('isEnvelopeText: an envelope, or a login pasted as the first seed', () => {
  it.each<[string, () => Promise<string> | string, boolean]>([
    ['an envelope', async () => serializeEnvelope((await sealed()).envelope), true],
    ['an envelope of an unknown version', async () => JSON.stringify({ version: 9, ciphertext: 'x' }), true],
    ['a truncated envelope', async () => serializeEnvelope((await sealed()).envelope).slice(0, 200), true],
    ['a plain auth.json', () => freshAuthJson().text, false],
    ['base64 of an auth.json', () => Buffer.from(freshAuthJson().text).toString('base64'), false],
    ['a truncated auth.json', () => freshAuthJson().text.slice(0, 40), false],
    ['text that is not JSON', () => 'hello', false],
    ['a JSON array', () => '[1, 2]', false],
    ['JSON null', () => 'null', false],
  ])('%s', async (_name, make, expected) => {
    const text = await make();
    registerSecret(text);
    expect(isEnvelopeText(text)).toBe(expected);
  });
});
