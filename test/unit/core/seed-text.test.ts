import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import { UsageError } from '../../../src/core/errors.js';
import {
  futureRefreshWarning,
  looksLikePath,
  maskUnparsedSeed,
  normalizeSeedText,
} from '../../../src/core/seed-text.js';
import { legacyStreamMessage, legacyStreamNameProblem, parseStreamName } from '../../../src/core/stream.js';
import { authJsonText, freshAuthJson, makeTokens } from '../../support/test-tokens.js';

describe('normalizeSeedText', () => {
  const auth = () => freshAuthJson().text;

  it.each([
    ['plain JSON', (a: string) => a, null],
    ['JSON with a BOM', (a: string) => `\uFEFF${a}`, null],
    ['base64', (a: string) => Buffer.from(a).toString('base64'), 'base64'],
    [
      'base64 wrapped at 76 columns',
      (a: string) =>
        Buffer.from(a)
          .toString('base64')
          .replace(/(.{76})/g, '$1\n'),
      'base64',
    ],
    ['base64url', (a: string) => Buffer.from(a).toString('base64url'), 'base64'],
    ['base64 of JSON with a BOM', (a: string) => Buffer.from(`\uFEFF${a}`).toString('base64'), 'base64'],
  ])('%s becomes the auth.json', (_name, shape, decodedFrom) => {
    const text = auth();
    const result = normalizeSeedText(shape(text), 'CODEX_AUTH_JSON', 'pass --auth-file PATH');
    expect(result.decodedFrom).toBe(decodedFrom);
    expect(parseBundle(result.text).fingerprint).toBe(parseBundle(text).fingerprint);
  });

  it.each([
    ['', /CODEX_AUTH_JSON is empty/],
    ['  \n', /CODEX_AUTH_JSON is empty/],
    ['\uFEFF', /CODEX_AUTH_JSON is empty/],
    [
      '/home/me/.codex/auth.json',
      /holds a path \(\/home\/me\/\.codex\/auth\.json\).*--auth-file \/home\/me\/\.codex\/auth\.json/,
    ],
    ['~/.codex/auth.json', /holds a path/],
    ['auth.json', /holds a path/],
    ['C:\\Users\\me\\.codex\\auth.json', /holds a path/],
  ])('%j is named (UsageError)', (value, message) => {
    expect(() => normalizeSeedText(value, 'CODEX_AUTH_JSON', 'pass --auth-file PATH')).toThrow(UsageError);
    expect(() => normalizeSeedText(value, 'CODEX_AUTH_JSON', 'pass --auth-file PATH')).toThrow(message);
  });

  it('base64 that does not decode to a JSON object is left for the JSON parser to refuse', () => {
    const value = Buffer.from('just some words, not json').toString('base64');
    expect(normalizeSeedText(value, 'x', '')).toEqual({ text: value, decodedFrom: null });
    expect(() => parseBundle(value, 'x')).toThrow(/not valid JSON/);
  });

  it('masks a value that could hold a token, never a path', () => {
    const added: string[] = [];
    maskUnparsedSeed(
      { add: (values) => added.push(...values), contains: () => false },
      '/home/runner/.codex/auth.json',
    );
    expect(added).toEqual([]);
    const b64 = Buffer.from(auth()).toString('base64');
    maskUnparsedSeed({ add: (values) => added.push(...values), contains: () => false }, b64);
    expect(added).toContain(b64);
    expect(looksLikePath('{"tokens":{}}')).toBe(false);
  });

  it('warns about a last_refresh ahead of the clock, not about one a minute ahead', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const at = (iso: string) => parseBundle(authJsonText(makeTokens(), new Date(iso)));
    expect(futureRefreshWarning(at('2026-12-01T02:00:00Z'), 'seed', now)).toMatch(/120 minutes ahead/);
    expect(futureRefreshWarning(at('2026-12-01T00:01:00Z'), 'seed', now)).toBeNull();
    expect(futureRefreshWarning(at('2026-11-30T00:00:00Z'), 'seed', now)).toBeNull();
  });
});

describe('the stream-name rule', () => {
  it.each(['default', 'nightly-review', 'a.b', 'A_1', 'x'.repeat(64)])('%s follows it', (name) => {
    expect(parseStreamName(name)).toBe(name);
    expect(legacyStreamNameProblem(name)).toBeNull();
  });

  it.each(['', '.hidden', '-dash', 'a/b', '..', 'a b', 'x'.repeat(65), 'é'])(
    '%j is refused everywhere',
    (name) => {
      expect(() => parseStreamName(name)).toThrow(/invalid stream name/);
    },
  );

  it.each([
    ['a..b', 'contains ".."'],
    ['nightly.', 'ends in "."'],
    ['nightly.lock', 'ends in ".lock"'],
    ['Nightly.LOCK', 'ends in ".lock"'],
  ])('%s is only an old-rule name: kept for an existing stream, refused for a new one', (name, problem) => {
    expect(parseStreamName(name)).toBe(name);
    expect(legacyStreamNameProblem(name)).toBe(problem);
    expect(legacyStreamMessage(name, true)).toMatch(/kept working because the stream already exists/);
    expect(legacyStreamMessage(name, false)).toMatch(/invalid stream name.*a git ref cannot hold/);
  });
});
