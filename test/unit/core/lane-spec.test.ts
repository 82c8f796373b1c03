import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { type LaneSpec, laneName, parseLaneList, type TokenLaneKind } from '../../../src/core/lane-spec.js';

const names = {
  input: 'input lanes',
  secrets: { 'api-key': 'input api-key', 'access-token': 'input access-token' },
};
const primary: LaneSpec = { kind: 'stream', stream: 'main' };
const parse = (text: string, secrets: TokenLaneKind[] = ['api-key', 'access-token']) =>
  parseLaneList(text, primary, names, (kind) => secrets.includes(kind)).map(laneName);

describe('parseLaneList', () => {
  it.each([
    ['', ['stream:main']],
    ['   \n', ['stream:main']],
    ['backup', ['stream:main', 'stream:backup']],
    ['stream:backup, api-key', ['stream:main', 'stream:backup', 'api-key']],
    ['backup\napi-key\n', ['stream:main', 'stream:backup', 'api-key']],
    ['access-token,stream:api-key', ['stream:main', 'access-token', 'stream:api-key']],
  ])('%j -> %j', (text, lanes) => {
    expect(parse(text)).toEqual(lanes);
  });

  it.each([
    ['backup,,api-key', /^input lanes, entry 2 is empty/],
    [',backup', /^input lanes, entry 1 is empty/],
    ['backup,', /^input lanes, entry 2 is empty/],
    ['backup,stream:backup', /^input lanes, entry 2 repeats lane "stream:backup"/],
    ['main', /^input lanes, entry 1 repeats lane "stream:main" \(it is the primary stream/],
    ['api-key,api-key', /^input lanes, entry 2 repeats lane "api-key"/],
    ['vault:x', /^input lanes, entry 1: unknown lane "vault:x"/],
    ['stream:', /^input lanes, entry 1: invalid stream name ""/],
    ['stream:a/b', /^input lanes, entry 1: invalid stream name "a\/b"/],
  ])('refuses %j', (text, message) => {
    expect(() => parse(text)).toThrow(UsageError);
    expect(() => parse(text)).toThrow(message);
  });

  it('refuses a token lane without its secret, naming where the secret goes', () => {
    expect(() => parse('api-key', [])).toThrow(/entry 1 is a api-key lane, but input api-key is empty/);
    expect(() => parse('backup,access-token', ['api-key'])).toThrow(
      /entry 2 is a access-token lane, but input access-token is empty/,
    );
  });
});
