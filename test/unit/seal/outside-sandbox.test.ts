// What a sealed run refuses because Codex would start it outside its sandbox: the table under the e2e attack test
// (test/e2e/outside-sandbox-attack.test.ts), through the same functions the Action and the CLI call.
import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import { chooseSandbox, sealConfig } from '../../../src/seal/seal-config.js';
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

function unsealedBy(args: readonly string[], toml = ''): { why: string; labels: string[] } {
  const config = sealConfig(toml, chooseSandbox([...args, 'go'], 'read-only', NAMES), ['/home/x'], NAMES);
  return { why: config.unsealedBy.join('\n'), labels: config.outside.map((found) => found.label) };
}

describe('processes Codex starts outside its sandbox', () => {
  it.each([
    ['[mcp_servers.fs]\ncommand = "npx"\n', /\[mcp_servers\.fs\] in codex-config runs an MCP server/],
    ['[mcp_servers.web]\nurl = "https://mcp.example.test/mcp"\n', /\[mcp_servers\.web\] in codex-config/],
    ['notify = ["notify-send"]\n', /notify in codex-config runs a program outside the sandbox/],
    ['[hooks]\nPreToolUse = []\n', /\[hooks\] in codex-config runs hook commands/],
    ['[features]\nnetwork_proxy = true\n', /features\.network_proxy in codex-config gives/],
    ['[profiles.ci]\nnotify = ["x"]\n', /\[profiles\.ci\] notify in codex-config/],
    ['[profiles.ci.mcp_servers.fs]\ncommand = "x"\n', /\[profiles\.ci\] \[mcp_servers\.fs\] in codex-config/],
  ])('config %j is refused, named', (toml, why) => {
    expect(unsealedBy([], toml).why).toMatch(why);
  });

  it.each([
    [
      ['-c', 'mcp_servers.fs.command="npx"', '-c', 'mcp_servers.fs.args=["x"]'],
      /^-c mcp_servers\.fs in codex-args/,
    ],
    [['--config=mcp_servers={fs={command="npx"}}'], /^-c mcp_servers in codex-args/],
    [['-c', 'notify=["x"]'], /^-c notify in codex-args runs a program/],
    [['-c', 'hooks.PreToolUse=[]'], /^-c hooks\.PreToolUse in codex-args runs hook commands/],
    [['-c', 'profiles.ci.mcp_servers.fs.command="x"'], /^-c profiles\.ci\.mcp_servers\.fs in codex-args/],
    [['-c', 'features.network_proxy=true'], /^-c features\.network_proxy in codex-args gives/],
    [['--enable', 'network_proxy'], /^--enable network_proxy in codex-args gives/],
    [
      ['--dangerously-bypass-hook-trust'],
      /^--dangerously-bypass-hook-trust in codex-args runs hook commands/,
    ],
    [['--ignore-user-config'], /^--ignore-user-config in codex-args makes Codex skip the config\.toml/],
  ])('arguments %j are refused, named once', (args, why) => {
    const found = unsealedBy(args);
    expect(found.why).toMatch(why);
    expect(found.why.split('\n')).toHaveLength(1);
  });

  it.each([
    ['an MCP server switched off', [], '[mcp_servers.fs]\ncommand = "npx"\nenabled = false\n'],
    ['an empty notify', [], 'notify = []\n'],
    ['network_proxy switched off', ['-c', 'features.network_proxy=false', '--disable', 'network_proxy'], ''],
    [
      'another feature',
      ['--enable', 'goals', '-c', 'features.shell_snapshot=true'],
      '[features]\ngoals = true\n',
    ],
    ['a key that only names mcp', ['-c', 'model="mcp_servers"'], 'model_provider = "notify"\n'],
  ])('%s is not refused', (_what, args, toml) => {
    expect(unsealedBy(args, toml)).toEqual({ why: '', labels: [] });
  });

  it("labels what unsealed the run for the opt-in's reason", () => {
    expect(unsealedBy(['-c', 'notify=["x"]'], '[mcp_servers.fs]\ncommand = "npx"\n').labels).toEqual([
      'notify program',
      'MCP server',
    ]);
  });
});

describe("the ChatGPT account's plugins and apps", () => {
  const sealed = (args: readonly string[], toml = '') =>
    sealConfig(toml, chooseSandbox([...args, 'go'], 'read-only', NAMES), ['/deny'], NAMES);

  it('are switched off in the config we write when the user leaves them unset', () => {
    const config = sealed([]);
    expect(parse(config.toml).features).toEqual({ plugins: false, remote_plugin: false, apps: false });
    expect(config.unsealedBy).toEqual([]);
  });

  it("keep the user's own false, and the user's other features", () => {
    const config = sealed([], '[features]\napps = false\nshell_snapshot = true\n');
    expect(parse(config.toml).features).toEqual({
      apps: false,
      shell_snapshot: true,
      plugins: false,
      remote_plugin: false,
    });
  });

  it.each([
    [
      [],
      '[features]\nplugins = true\n',
      /^features\.plugins in codex-config installs the ChatGPT account's plugins/,
    ],
    [
      [],
      '[profiles.p.features]\napps = true\n',
      /^\[profiles\.p\] features\.apps in codex-config gives the agent/,
    ],
    [['--enable', 'remote_plugin'], '', /^--enable remote_plugin in codex-args installs/],
    [['-c', 'features.apps=true'], '', /^-c features\.apps in codex-args gives the agent/],
  ])('%j %j switched on: refused, named', (args, toml, why) => {
    const config = sealed(args, toml);
    expect(config.unsealedBy.join('\n')).toMatch(why);
  });
});
