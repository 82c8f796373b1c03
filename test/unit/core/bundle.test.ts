import { describe, expect, it } from 'vitest';
import { assertStreamable, parseBundle, secretValues } from '../../../src/core/bundle.js';
import { AuthUnusableError } from '../../../src/core/errors.js';
import { authJsonText, fakeCredential, makeAccessToken, makeTokens } from '../../support/test-tokens.js';

const now = new Date();

function authWith(mutate: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(authJsonText(makeTokens(), now));
  mutate(doc);
  return JSON.stringify(doc, null, 2);
}

describe('parseBundle accepts what Codex 0.169.0 reads', () => {
  it.each([
    ['a plain ChatGPT login', (_: Record<string, any>) => {}],
    [
      'nanosecond last_refresh',
      (d: Record<string, any>) => (d.last_refresh = '2026-11-21T08:04:24.763008311Z'),
    ],
    ['offset last_refresh', (d: Record<string, any>) => (d.last_refresh = '2026-11-21T08:04:24+02:00')],
    ['no last_refresh', (d: Record<string, any>) => delete d.last_refresh],
    ['explicit auth_mode chatgpt', (d: Record<string, any>) => (d.auth_mode = 'chatgpt')],
    ['unknown extra keys', (d: Record<string, any>) => (d.future_field = { x: 1 })],
  ])('%s', (_name, mutate) => {
    const bundle = parseBundle(authWith(mutate));
    expect(bundle.kind).toBe('chatgpt');
    expect(() => assertStreamable(bundle, 'auth.json')).not.toThrow();
  });
});

describe('parseBundle refuses what Codex would silently ignore', () => {
  it.each([
    ['not JSON', () => '{"tokens": ', /not valid JSON/],
    ['an array', () => '[]', /JSON object/],
    ['missing refresh_token', () => authWith((d) => delete d.tokens.refresh_token), /tokens\.refresh_token/],
    ['numeric access_token', () => authWith((d) => (d.tokens.access_token = 5)), /tokens\.access_token/],
    ['id_token not a JWT', () => authWith((d) => (d.tokens.id_token = 'not-a-jwt')), /id_token is malformed/],
    [
      'id_token with an empty part',
      () => authWith((d) => (d.tokens.id_token = 'a..c')),
      /id_token is malformed/,
    ],
    [
      'id_token with padded base64',
      () =>
        authWith(
          (d) => (d.tokens.id_token = `eyJhbGciOiJub25lIn0.${Buffer.from('{"a":1}').toString('base64')}.sig`),
        ),
      /unpadded base64url/,
    ],
    [
      'id_token payload not JSON',
      () =>
        authWith(
          (d) => (d.tokens.id_token = `eyJhbGciOiJub25lIn0.${Buffer.from('nope').toString('base64url')}.sig`),
        ),
      /payload is not a JSON object/,
    ],
    ['date-only last_refresh', () => authWith((d) => (d.last_refresh = '2026-11-21')), /last_refresh/],
    ['numeric last_refresh', () => authWith((d) => (d.last_refresh = 1763712000)), /last_refresh/],
    ['unknown auth_mode', () => authWith((d) => (d.auth_mode = 'magic')), /auth_mode/],
  ])('%s', (_name, make, message) => {
    const raw = make();
    const error = (() => {
      try {
        parseBundle(raw);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AuthUnusableError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/codex-auth seed --force/);
  });
});

describe('schema problems name the field and its kind, never its value', () => {
  it.each([
    [
      'tokens as a string',
      (d: Record<string, any>, secret: string) => (d.tokens = secret),
      /tokens: expected/,
    ],
    [
      'a token where auth_mode goes',
      (d: Record<string, any>, secret: string) => (d.auth_mode = secret),
      /auth_mode: must be one of/,
    ],
    [
      'a token as last_refresh',
      (d: Record<string, any>, secret: string) => (d.last_refresh = secret),
      /last_refresh: must be an RFC 3339 timestamp/,
    ],
  ])('%s', (_name, mutate, message) => {
    const secret = fakeCredential('rt_');
    const raw = authWith((d) => mutate(d, secret));
    expect(() => parseBundle(raw)).toThrow(message);
    expect(() => parseBundle(raw)).not.toThrow(secret);
  });
});

describe('credential kinds', () => {
  it.each([
    [
      'api key',
      () => {
        const key = fakeCredential('sk-');
        return JSON.stringify({ auth_mode: 'apikey', OPENAI_API_KEY: key });
      },
      'api_key',
      /CODEX_API_KEY/,
    ],
    [
      'api key without auth_mode',
      () => JSON.stringify({ OPENAI_API_KEY: fakeCredential('sk-') }),
      'api_key',
      /CODEX_API_KEY/,
    ],
    [
      'personal access token',
      () => JSON.stringify({ OPENAI_API_KEY: null, personal_access_token: `at-${'p'.repeat(24)}` }),
      'personal_access_token',
      /CODEX_ACCESS_TOKEN/,
    ],
    [
      'bedrock',
      () => JSON.stringify({ auth_mode: 'bedrockApiKey', bedrock_api_key: 'b'.repeat(20) }),
      'other',
      /no ChatGPT tokens/,
    ],
    ['chatgpt without tokens', () => JSON.stringify({ auth_mode: 'chatgpt' }), 'other', /no ChatGPT tokens/],
  ])('%s is kind %s and cannot seed a stream', (_name, make, kind, message) => {
    const bundle = parseBundle(make());
    expect(bundle.kind).toBe(kind);
    expect(() => assertStreamable(bundle, 'seed')).toThrow(message);
  });
});

describe('fingerprint and secrets', () => {
  it('changes with any token and ignores formatting and last_refresh', () => {
    const tokens = makeTokens();
    const a = parseBundle(authJsonText(tokens, now));
    const reformatted = parseBundle(
      JSON.stringify({ ...JSON.parse(a.raw), last_refresh: '2020-01-01T00:00:00Z' }),
    );
    expect(reformatted.fingerprint).toBe(a.fingerprint);
    const rotated = parseBundle(authJsonText({ ...tokens, accessToken: makeAccessToken() }, now));
    expect(rotated.fingerprint).not.toBe(a.fingerprint);
    expect(a.fingerprint).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('lists every token field, not the whole JSON', () => {
    const tokens = makeTokens();
    const values = secretValues(parseBundle(authJsonText(tokens, now)));
    expect(values).toEqual(expect.arrayContaining([tokens.idToken, tokens.accessToken, tokens.refreshToken]));
    expect(values.some((value) => value.includes('{'))).toBe(false);
  });
});
