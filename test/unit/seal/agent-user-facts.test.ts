// The detectors behind the full-access isolation, against fakes of what the machine answers.
import { describe, expect, it } from 'vitest';
import { agentEnv, agentSpawnPlan } from '../../../src/seal/agent-launch.js';
import {
  isValidUserName,
  presentSockets,
  privilegedGroupsIn,
  readPtraceScope,
  readSudo,
  rootDaemonSockets,
} from '../../../src/seal/agent-user-facts.js';
import { assertIsolated, type ProbeReport, readProbeOutput } from '../../../src/seal/agent-user-probe.js';

describe('readSudo (sudo -n true)', () => {
  it.each([
    [{ code: 0 }, 'passwordless'],
    [{ code: 1 }, 'refused'],
    [{ code: null }, 'refused'],
    [{ code: null, spawnError: 'ENOENT' }, 'absent'],
    [{ code: null, spawnError: 'EACCES' }, 'refused'],
  ] as const)('%j -> %s', (answer, expected) => {
    expect(readSudo(answer)).toBe(expected);
  });
});

describe('privilegedGroupsIn (id -Gn)', () => {
  it.each([
    ['codex-agent', []],
    ['runner adm users systemd-journal docker', ['adm', 'systemd-journal', 'docker']],
    ['  wheel   staff ', ['wheel']],
    ['sudoers dockerish', []],
    ['', []],
  ])('%j -> %j', (groups, expected) => {
    expect(privilegedGroupsIn(groups)).toEqual(expected);
  });
});

describe('readPtraceScope (/proc/sys/kernel/yama/ptrace_scope)', () => {
  it.each([
    [null, null, /Yama is absent/],
    ['0\n', 0, /classic/],
    ['1\n', 1, /only descendants/],
    ['2', 2, /admin-only/],
    ['3', 3, /no attach/],
    ['7', null, /treated as absent/],
    ['x', null, /treated as absent/],
  ])('%j -> %s', (text, value, note) => {
    const scope = readPtraceScope(text);
    expect(scope.value).toBe(value);
    expect(scope.note).toMatch(note);
  });
});

describe('root daemon sockets', () => {
  it('names docker, containerd, podman (system and the runner user’s rootless ones)', () => {
    const list = rootDaemonSockets(1001);
    for (const socket of [
      '/var/run/docker.sock',
      '/run/containerd/containerd.sock',
      '/run/podman/podman.sock',
      '/run/user/1001/docker.sock',
      '/run/user/1001/podman/podman.sock',
    ]) {
      expect(list).toContain(socket);
    }
  });

  it('keeps only those present', () => {
    const present = new Set(['/var/run/docker.sock', '/run/user/1001/podman/podman.sock']);
    expect(presentSockets(rootDaemonSockets(1001), (file) => present.has(file))).toEqual([
      '/var/run/docker.sock',
      '/run/user/1001/podman/podman.sock',
    ]);
    expect(presentSockets(rootDaemonSockets(1001), () => false)).toEqual([]);
  });
});

describe('isValidUserName', () => {
  it.each([
    ['codex-agent', true],
    ['_ci', true],
    ['Runner', false],
    ['-u', false],
    ['a b', false],
    ['a'.repeat(33), false],
    ['root;id', false],
  ])('%j -> %s', (name, ok) => {
    expect(isValidUserName(name)).toBe(ok);
  });
});

describe('readProbeOutput', () => {
  const asked = [
    { check: 'environ', target: '42' },
    { check: 'read', target: '/s p/key' },
    { check: 'sudo', target: '-' },
  ];

  it('every answer ok and the end line: all pass', () => {
    const out = 'ok environ 42\nok read /s p/key\nok sudo -\nend\n';
    expect(readProbeOutput(out, asked).every((check) => check.ok)).toBe(true);
  });

  it('a FAIL fails that check only', () => {
    const out = 'ok environ 42\nFAIL read /s p/key\nok sudo -\nend\n';
    expect(readProbeOutput(out, asked).map((check) => check.ok)).toEqual([true, false, true]);
  });

  it('a missing answer or a probe cut short (no end line) fails', () => {
    expect(readProbeOutput('ok environ 42\nok sudo -\nend\n', asked)[1]?.ok).toBe(false);
    const cut = readProbeOutput('ok environ 42\nok read /s p/key\nok sudo -\n', asked);
    expect(cut.some((check) => check.ok)).toBe(false);
  });
});

describe('assertIsolated', () => {
  const report = (failures: ProbeReport['failures']): ProbeReport => ({
    user: 'codex-agent',
    checks: failures,
    failures,
    ptraceScope: readPtraceScope(null),
    ms: 1,
  });

  it('passes with no failure', () => {
    expect(() => assertIsolated(report([]))).not.toThrow();
  });

  it('refuses with exit 7, naming each failed check', () => {
    const failures = [
      { check: 'signal', target: '42', ok: false },
      { check: 'write', target: '/var/run/docker.sock', ok: false },
    ];
    let thrown: unknown;
    try {
      assertIsolated(report(failures));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ exitCode: 7 });
    expect((thrown as Error).message).toMatch(
      /codex-agent can signal our process .* 42; codex-agent can write/,
    );
  });
});

describe('agentEnv (what Codex gets as the agent user)', () => {
  it('keeps the allowlist, drops everything else (named, never shown), uses the system PATH', () => {
    const { env, dropped } = agentEnv({
      PATH: '/home/runner/bin:/usr/bin',
      HOME: '/tmp/h',
      CODEX_HOME: '/tmp/h/c',
      INPUT_KEY: 'secret-value',
      GITHUB_TOKEN: 'ghs_x',
      CODEX_API_KEY: 'sk-x',
      NODE_OPTIONS: '--require /tmp/evil.js',
      ACTIONS_RUNTIME_TOKEN: 'x',
    });
    expect(env).toEqual({
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOME: '/tmp/h',
      CODEX_HOME: '/tmp/h/c',
    });
    expect(dropped).toEqual([
      'ACTIONS_RUNTIME_TOKEN',
      'CODEX_API_KEY',
      'GITHUB_TOKEN',
      'INPUT_KEY',
      'NODE_OPTIONS',
    ]);
  });

  it('as root: a uid/gid switch with only the allowlisted variables', () => {
    const plan = agentSpawnPlan(
      { name: 'a', uid: 5, gid: 6 },
      '/bin/codex',
      ['exec'],
      { INPUT_KEY: 'x' },
      true,
    );
    expect(plan).toMatchObject({ command: '/bin/codex', args: ['exec'], uid: 5, gid: 6 });
    expect(plan.env.INPUT_KEY).toBeUndefined();
  });

  it('through sudo: env -i with only the allowlisted variables', () => {
    const env = { HOME: '/h', INPUT_KEY: 'x' };
    const plan = agentSpawnPlan({ name: 'a', uid: 5, gid: 6 }, '/bin/codex', ['exec'], env, false);
    expect(plan.command).toBe('sudo');
    expect(plan.uid).toBeUndefined();
    expect(plan.args.slice(0, 6)).toEqual(['-n', '-u', 'a', '--', '/usr/bin/env', '-i']);
    expect(plan.args.slice(-2)).toEqual(['/bin/codex', 'exec']);
    expect(plan.args).toContain('HOME=/h');
    expect(plan.args.join(' ')).not.toContain('INPUT_KEY');
  });
});
