import { describe, expect, it } from 'vitest';
import { parseCodexArgs } from '../../../src/action/inputs.js';
import { assertSupportedPlatform } from '../../../src/action/job-setup.js';
import { assertSafeToRun, untrustedEventReason } from '../../../src/app/job-safety.js';
import { visibilityFromPayload } from '../../../src/github/run-context.js';

const own = 'octo/repo';
const event = (name: string, payload: object) => ({
  name,
  payload: payload as Record<string, unknown>,
  repository: own,
});

describe('untrustedEventReason', () => {
  it.each([
    ['push', {}, null],
    ['schedule', {}, null],
    ['pull_request_target', { pull_request: { head: { repo: { full_name: own } } } }, /pull_request_target/],
    ['pull_request', { pull_request: { head: { repo: { full_name: own } } } }, null],
    ['pull_request', { pull_request: { head: { repo: { full_name: 'OCTO/REPO' } } } }, null],
    ['pull_request', { pull_request: { head: { repo: { full_name: 'fork/repo' } } } }, /fork \(fork\/repo\)/],
    ['pull_request', { pull_request: { head: { repo: null } } }, /deleted repository/],
    ['workflow_run', { workflow_run: { head_repository: { full_name: 'fork/repo' } } }, /fork/],
    ['workflow_run', { workflow_run: { head_repository: { full_name: own } } }, null],
  ])('%s %j', (name, payload, expected) => {
    const reason = untrustedEventReason(event(name, payload));
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe('visibility and refusals', () => {
  it.each([
    [{ repository: { visibility: 'internal', private: true } }, 'internal'],
    [{ repository: { private: false } }, 'public'],
    [{ repository: { private: true } }, 'private'],
    [{}, null],
  ])('visibilityFromPayload(%j) = %s', (payload, expected) => {
    expect(visibilityFromPayload(payload)).toBe(expected);
  });

  const none = { publicRepository: false, untrustedEvents: false };
  it('refuses a public repository quoting OpenAI, and names the opt-out', () => {
    expect(() => assertSafeToRun(event('push', {}), 'public', none)).toThrow(
      /"Do not use this workflow for public or open-source repositories".*allow-public-repository: true/,
    );
    expect(() =>
      assertSafeToRun(event('push', {}), 'public', { ...none, publicRepository: true }),
    ).not.toThrow();
  });

  it('refuses when visibility is unknown, naming the opt-out', () => {
    expect(() => assertSafeToRun(event('push', {}), null, none)).toThrow(/allow-public-repository/);
  });

  it('refuses untrusted events unless allowed', () => {
    const target = event('pull_request_target', {});
    expect(() => assertSafeToRun(target, 'private', none)).toThrow(/allow-untrusted-events: true/);
    expect(() => assertSafeToRun(target, 'private', { ...none, untrustedEvents: true })).not.toThrow();
  });

  it('fails at once on Windows', () => {
    expect(() => assertSupportedPlatform('win32')).toThrow(/Windows/);
    expect(() => assertSupportedPlatform('linux')).not.toThrow();
    expect(() => assertSupportedPlatform('darwin')).not.toThrow();
  });
});

describe('parseCodexArgs', () => {
  it.each([
    ['', []],
    ['--full-auto', ['--full-auto']],
    ['-c model_reasoning_effort="low" --json', ['-c', 'model_reasoning_effort=low', '--json']],
    ["--add-dir 'a b'", ['--add-dir', 'a b']],
    ['["-c", "x=1 2"]', ['-c', 'x=1 2']],
    ['--note $HOME', ['--note', '$HOME']],
  ])('%s', (input, expected) => expect(parseCodexArgs(input)).toEqual(expected));

  it.each([
    ['a | b', /shell operator/],
    ['a; rm -rf /', /shell operator/],
    ['[1, 2]', /JSON array of strings/],
    ['[not json', /not a JSON array/],
  ])('refuses %s', (input, message) => expect(() => parseCodexArgs(input)).toThrow(message));
});
