// What a sealed run keeps from the configuration layers and the runner: the pieces under the e2e attack tests
// (test/e2e/project-config-attack.test.ts, runner-files-attack.test.ts), table by table.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'smol-toml';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCodexEnv, runnerFileCommandPaths } from '../../../src/codex/codex-env.js';
import { projectDirs } from '../../../src/seal/project-trust.js';
import { chooseSandbox, probeOptions, sealConfig } from '../../../src/seal/seal-config.js';
import type { SealInputNames } from '../../../src/core/seal-request.js';

const NAMES: SealInputNames = {
  sandbox: 'sandbox',
  codexArgs: 'codex-args',
  codexConfig: 'codex-config',
  optIn: 'allow-agent-to-read-credentials',
  fixNamespaces: 'fix-user-namespaces',
  codexVersion: 'codex-version',
  codexUser: 'codex-user',
};
const silent = { info() {}, debug() {}, warn() {} };

describe('project trust in a sealed run', () => {
  it.each([
    [['--trust', 'go'], /--trust in codex-args trusts the checkout/],
    [['-c', 'projects."/w".trust_level="trusted"', 'go'], /-c projects\."\/w"\.trust_level in codex-args/],
    [['--config=projects={}', 'go'], /-c projects in codex-args/],
    [['--remote', 'ws://127.0.0.1:1', 'go'], /--remote in codex-args runs the agent through another/],
  ])('%j is named as what unseals the run', (args, why) => {
    const choice = chooseSandbox(args, 'read-only', NAMES);
    expect(choice.unsealing.join('\n')).toMatch(why);
    const config = sealConfig(undefined, choice, ['/deny'], NAMES, ['/w']);
    expect(config.unsealedBy).toEqual(choice.unsealing);
    // Marking the project untrusted would only fight the trust the user asked for (refused or opted in).
    expect(parse(config.toml).projects).toBeUndefined();
  });

  it('a [projects] table in the user config is named; an untrusted one is not', () => {
    const choice = chooseSandbox(['go'], 'read-only', NAMES);
    const trusted = sealConfig('[projects."/w"]\ntrust_level = "trusted"\n', choice, ['/deny'], NAMES, [
      '/w',
    ]);
    expect(trusted.unsealedBy.join('\n')).toMatch(/\[projects\."\/w"\] in codex-config trusts a project/);
    const untrusted = sealConfig('[projects."/w"]\ntrust_level = "untrusted"\n', choice, [], NAMES, ['/w']);
    expect(untrusted.unsealedBy).toEqual([]);
  });

  it('otherwise the working directory and every parent are written untrusted, -C followed', () => {
    const choice = chooseSandbox(['-C', 'sub', 'go'], 'read-only', NAMES);
    expect(choice.cd).toBe('sub');
    const config = sealConfig(undefined, choice, ['/deny'], NAMES, projectDirs(['/w/repo/sub']));
    expect(parse(config.toml).projects).toEqual({
      '/w/repo/sub': { trust_level: 'untrusted' },
      '/w/repo': { trust_level: 'untrusted' },
      '/w': { trust_level: 'untrusted' },
      '/': { trust_level: 'untrusted' },
    });
    expect(config.unsealedBy).toEqual([]);
  });

  it("the probe gets exactly exec's configuration options, nothing else", () => {
    const args = [
      '-m',
      'gpt',
      '-c',
      'a=1',
      '--config=b=2',
      '--enable',
      'x',
      '--disable=y',
      '-p',
      'p',
      '-C',
      'd',
    ];
    expect(probeOptions([...args, '--json', '--', '-c', 'prompt'])).toEqual([
      '-c',
      'a=1',
      '--config=b=2',
      '--enable',
      'x',
      '--disable=y',
      '-p',
      'p',
      '-C',
      'd',
    ]);
  });
});

describe("the runner's file commands", () => {
  let root: string | null = null;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = null;
  });

  it('are kept from Codex, and denied by their real paths (file and directory)', () => {
    root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'file-commands-')));
    const real = path.join(root, 'real-temp');
    mkdirSync(path.join(real, '_runner_file_commands'), { recursive: true });
    symlinkSync(real, path.join(root, 'temp'));
    const env: NodeJS.ProcessEnv = { RUNNER_TEMP: path.join(root, 'temp'), PATH: '/usr/bin' };
    for (const name of [
      'GITHUB_ENV',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_PATH',
      'GITHUB_STEP_SUMMARY',
    ]) {
      env[name] = path.join(root, 'temp', '_runner_file_commands', name.toLowerCase());
      writeFileSync(env[name], '');
    }
    const denied = runnerFileCommandPaths(env);
    expect(denied).toContain(path.join(real, '_runner_file_commands'));
    expect(denied).toContain(path.join(real, '_runner_file_commands', 'github_env'));
    expect(denied.every((p) => p.startsWith(real))).toBe(true);
    expect(buildCodexEnv(env, '/home', silent)).toEqual({
      RUNNER_TEMP: env.RUNNER_TEMP,
      PATH: '/usr/bin',
      CODEX_HOME: '/home',
    });
  });

  it('deny nothing that does not exist (bubblewrap cannot mount over it)', () => {
    expect(
      runnerFileCommandPaths({ RUNNER_TEMP: '/nonexistent-runner-temp', GITHUB_ENV: 'relative' }),
    ).toEqual([]);
  });
});

describe("an opted-in run's reason names each thing that unseals it", () => {
  it.each([
    [['--trust', 'go'], '', 'project configuration trusted'],
    [['-c', 'projects."/w".trust_level="trusted"', 'go'], '', 'project configuration trusted'],
    [['go'], '[projects."/w"]\ntrust_level = "trusted"\n', 'project configuration trusted'],
    [['--approve-for-me', 'go'], '', 'commands approved by an automatic review'],
    [['--ignore-user-config', 'go'], '', 'the sealed config.toml skipped'],
    [['--dangerously-bypass-hook-trust', 'go'], '', 'hooks run without trust'],
    [['--remote', 'ws://127.0.0.1:1', 'go'], '', 'a remote app server'],
    [['go'], '[hooks]\nPreToolUse = []\n', 'hooks outside the sandbox'],
    [
      ['--trust', '--approve-for-me', '-c', 'notify=["x"]', 'go'],
      '[mcp_servers.fs]\ncommand = "npx"\n',
      'project configuration trusted; commands approved by an automatic review; notify program, MCP server outside the sandbox',
    ],
    [['go'], '', null],
  ])('%j with config %j: %s', (args, toml, reason) => {
    const config = sealConfig(toml, chooseSandbox(args, 'read-only', NAMES), ['/deny'], NAMES, ['/w']);
    expect(config.reason).toBe(reason);
  });
});
