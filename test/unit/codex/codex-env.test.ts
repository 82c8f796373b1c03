import { describe, expect, it } from 'vitest';
import { buildCodexEnv } from '../../../src/codex/codex-env.js';
import type { Logger } from '../../../src/core/logger.js';
import { recordOutput } from '../../support/leak-guard.js';
import { fakeCredential } from '../../support/test-tokens.js';

function capturingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info() {}, debug() {}, warn: (message) => warnings.push(message) };
}

const HOME = '/tmp/codex-auth-home-test';

describe('buildCodexEnv', () => {
  it.each<{
    name: string;
    base: NodeJS.ProcessEnv;
    stream?: boolean;
    expected: NodeJS.ProcessEnv;
    warned: string[];
  }>([
    {
      name: 'sets CODEX_HOME and passes everything else through',
      base: {
        PATH: '/usr/bin',
        CODEX_REFRESH_TOKEN_URL_OVERRIDE: 'http://127.0.0.1:1/oauth/token',
        CODEX_CA_CERTIFICATE: '/etc/ca.pem',
        OPENAI_API_KEY: 'sk-ignored-by-codex-exec',
        HTTPS_PROXY: 'http://proxy:3128',
        GITHUB_TOKEN: 'ghs_user_chose_to_pass_this',
      },
      expected: {
        PATH: '/usr/bin',
        CODEX_REFRESH_TOKEN_URL_OVERRIDE: 'http://127.0.0.1:1/oauth/token',
        CODEX_CA_CERTIFICATE: '/etc/ca.pem',
        OPENAI_API_KEY: 'sk-ignored-by-codex-exec',
        HTTPS_PROXY: 'http://proxy:3128',
        CODEX_HOME: HOME,
      },
      warned: [],
    },
    {
      name: 'replaces an existing CODEX_HOME',
      base: { CODEX_HOME: '/home/me/.codex' },
      expected: { CODEX_HOME: HOME },
      warned: [],
    },
    {
      name: 'removes CODEX_API_KEY and CODEX_ACCESS_TOKEN with a warning each (stream mode)',
      base: { CODEX_API_KEY: fakeCredential('sk-'), CODEX_ACCESS_TOKEN: fakeCredential('at-'), KEEP: '1' },
      expected: { KEEP: '1', CODEX_HOME: HOME },
      warned: ['CODEX_API_KEY', 'CODEX_ACCESS_TOKEN'],
    },
    {
      name: 'warns even for an empty override (Codex may still see the variable)',
      base: { CODEX_API_KEY: '' },
      expected: { CODEX_HOME: HOME },
      warned: ['CODEX_API_KEY'],
    },
    {
      name: 'keeps the overrides when not in stream mode',
      base: { CODEX_API_KEY: 'sk-secret-value-1234' },
      stream: false,
      expected: { CODEX_API_KEY: 'sk-secret-value-1234', CODEX_HOME: HOME },
      warned: [],
    },
    {
      name: 'silently hides our key, the seed, action inputs and the runtime token',
      base: {
        CODEX_AUTH_KEY: 'stream-key-secret-abcdef',
        CODEX_AUTH_JSON: '{"tokens":{}}',
        INPUT_KEY: 'stream-key-secret-abcdef',
        'INPUT_CODEX-ARGS': '--model o3',
        ACTIONS_RUNTIME_TOKEN: 'runtime-token-abcdef',
        ACTIONS_RESULTS_URL: 'https://results',
        MY_INPUT_X: 'kept',
      },
      expected: { ACTIONS_RESULTS_URL: 'https://results', MY_INPUT_X: 'kept', CODEX_HOME: HOME },
      warned: [],
    },
  ])('$name', ({ base, stream, expected, warned }) => {
    const log = capturingLogger();
    const env = buildCodexEnv(base, HOME, log, stream === undefined ? {} : { stream });
    expect(env).toEqual(expected);
    expect(log.warnings).toHaveLength(warned.length);
    warned.forEach((name, index) => {
      const warning = log.warnings[index] ?? '';
      expect(warning).toContain(name);
      expect(warning).toMatch(/prefer it over the stream's auth\.json/);
      expect(warning).not.toMatch(/secret-value/);
    });
    recordOutput('buildCodexEnv warnings', log.warnings.join('\n'));
  });

  it('does not modify the caller’s environment object', () => {
    const base = { CODEX_API_KEY: 'sk-x', CODEX_HOME: '/old' };
    buildCodexEnv(base, HOME, capturingLogger());
    expect(base).toEqual({ CODEX_API_KEY: 'sk-x', CODEX_HOME: '/old' });
  });
});
