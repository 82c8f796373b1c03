import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandTerm, programHelp } from '../../../src/cli/args/help.js';
import { flagOf, parseCommandLine } from '../../../src/cli/args/parse.js';
import type { CommandSpec, OptionValues } from '../../../src/cli/args/spec.js';
import { BUNDLE_OF } from '../../../src/cli/bundle-loaders.js';
import { type CommandName, PROGRAM } from '../../../src/cli/command-table.js';
import { main } from '../../../src/cli/main.js';
import { UsageError } from '../../../src/core/errors.js';
import { authJsonText, makeTokens } from '../../support/test-tokens.js';

// The CLI's argv reading (Node's util.parseArgs against src/cli/command-table.ts), its help and main's contract,
// in process with an injected io. The table is the only declaration of the CLI's surface: help, parsing and the
// bundles that run the commands are all read from it, so these tests check each against the table.

function command(name: string): CommandSpec {
  const found = PROGRAM.commands.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
}

function values(name: string, argv: string[]): OptionValues {
  const parsed = parseCommandLine(command(name), argv, 'codex-auth');
  if (parsed.help) throw new Error('asked for help');
  return parsed.input.values;
}

function refusal(name: string, argv: string[]): string {
  try {
    parseCommandLine(command(name), argv, 'codex-auth');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${name} ${argv.join(' ')} was accepted`);
}

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, env, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('options as the command declares them', () => {
  it('applies defaults, and a flag given twice keeps the last value', () => {
    expect(values('status', ['--stream', 'a', '--stream', 'b'])).toMatchObject({
      store: 'file',
      stream: 'b',
      lockTimeout: '600',
      secretScope: 'repo',
      commandTimeout: '60',
      json: undefined,
    });
  });

  it('takes --flag=value and --flag value alike, a value starting with -- only after =', () => {
    expect(values('status', ['--stream=x', '--lock-timeout', '-1'])).toMatchObject({
      stream: 'x',
      lockTimeout: '-1',
    });
    expect(values('status', ['--read-command=--odd'])).toMatchObject({ readCommand: '--odd' });
    expect(refusal('status', ['--stream', '--json'])).toMatch(
      /--stream <name> needs a value, and --json looks like an option; write --stream=--json/,
    );
  });

  it('turns a --no- flag off, and leaves it on when absent', () => {
    expect(values('run', [])).toMatchObject({ fixSandbox: true });
    expect(values('run', ['--no-fix-sandbox'])).toMatchObject({ fixSandbox: false });
  });

  it.each([
    [
      'a value outside the choices',
      'status',
      ['--store', 'nope'],
      /--store must be one of file, git-ref, github-secret, cache, command, not "nope"/,
    ],
    ['a required option left out', 'persist', [], /`codex-auth persist` needs --codex-home <dir>/],
    [
      'a typo',
      'status',
      ['--stat-dir', 'x'],
      /unknown option '--stat-dir' for `codex-auth status` \(did you mean --state-dir\?\)/,
    ],
    ['an unknown short option', 'status', ['-x'], /unknown option '-x'/],
    ['a flag of another command', 'keygen', ['--json'], /unknown option '--json' for `codex-auth keygen`/],
    [
      'a value without its flag',
      'status',
      ['extra'],
      /`codex-auth status` takes no arguments \(1 given: a value without its flag\?\)/,
    ],
    ['a flag without its value', 'status', ['--stream'], /--stream <name> needs a value/],
    ['a value for a switch', 'status', ['--json=yes'], /--json takes no value;/],
  ])('refuses %s, naming the flag', (_name, name, argv, message) => {
    expect(refusal(name, argv)).toMatch(message);
  });

  it('gives run its arguments in order, those after -- unparsed', () => {
    const parsed = parseCommandLine(
      command('run'),
      ['first', '--json', '--', '--sandbox', 'read-only', '--help', 'say OK'],
      'codex-auth',
    );
    expect(parsed).toMatchObject({
      help: false,
      input: { values: { json: true }, args: ['first', '--sandbox', 'read-only', '--help', 'say OK'] },
    });
  });

  it('repeats no value the user typed where it does not belong: it may be a token', () => {
    const token = 'rt_0123456789abcdef0123456789abcdef';
    for (const argv of [[token], ['--json=' + token], ['--stream', 'x', token]]) {
      expect(refusal('status', argv)).not.toContain(token);
    }
  });

  it('answers --help or -h anywhere before --, whatever else is wrong', () => {
    expect(parseCommandLine(command('status'), ['--frobnicate', '-h'], 'codex-auth')).toEqual({ help: true });
    expect(parseCommandLine(command('run'), ['--help', '--', 'x'], 'codex-auth')).toEqual({ help: true });
  });

  it('accepts a hidden flag without listing it', async () => {
    expect(values('seed', ['--login-issuer', 'https://issuer.example.test'])).toMatchObject({
      loginIssuer: 'https://issuer.example.test',
    });
    expect((await run(['seed', '--help'])).stdout).not.toMatch(/login-issuer/);
  });
});

describe('help, from the table', () => {
  it('lists every command with its usage term and summary, in order, and the exit codes', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(programHelp(PROGRAM));
    const listed = stdout
      .slice(stdout.indexOf('Commands:\n'), stdout.indexOf('\n\nExit codes:'))
      .split('\n')
      .slice(1)
      .join('\n')
      .split(/\n(?= {2}\S)/)
      .map((item) => item.trim().split(/\s{2,}/));
    expect(listed.map(([term]) => term)).toEqual([...PROGRAM.commands.map(commandTerm), 'help [command]']);
    expect(listed.map(([, ...summary]) => summary.join(' ').replace(/\s+/g, ' '))).toEqual([
      ...PROGRAM.commands.map((spec) => spec.summary),
      'display help for command',
    ]);
    expect(stdout).toMatch(/Exit codes: 0 ok, 1 Codex failed/);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it.each(PROGRAM.commands.map((spec) => spec.name))(
    '%s --help (and help %s) shows its usage, description and every option it takes',
    async (name) => {
      const spec = command(name);
      const { code, stdout } = await run([name, '--help']);
      expect(code).toBe(0);
      expect((await run(['help', name])).stdout).toBe(stdout);
      expect(stdout.startsWith(`Usage: codex-auth ${commandTerm(spec)}\n\n`)).toBe(true);
      const text = stdout.replace(/\s+/g, ' ');
      expect(text).toContain(spec.description.replace(/\s+/g, ' '));
      for (const option of spec.options.filter((candidate) => !candidate.hidden)) {
        expect(stdout).toMatch(new RegExp(`^  ${option.flags}  `, 'm'));
        if (option.default !== undefined && !flagOf(option).negated) {
          expect(text).toContain(`default: ${JSON.stringify(option.default)}`);
        }
      }
      expect(stdout).toMatch(/^ {2}-h, --help +display help for command$/m);
    },
  );

  it('wraps to the terminal when it has a width', async () => {
    let stdout = '';
    await main(
      ['status', '--help'],
      {},
      { stdout: (text) => (stdout += text), stderr: () => {}, width: 120 },
    );
    expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeGreaterThan(80);
  });
});

describe('main(argv, env, io)', () => {
  it('prints the program help on stderr and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(programHelp(PROGRAM));
  });

  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${PROGRAM.version}\n`, stderr: '' });
  });

  it.each([
    [['stauts'], /unknown command 'stauts' \(did you mean status\?\)/],
    [['help', 'nope'], /unknown command 'nope'/],
    [['--stream', 'x', 'status'], /unknown option '--stream': options go after the command/],
    [['status', '--frobnicate'], /unknown option '--frobnicate'/],
  ])('%j is a usage error (exit 2) on stderr', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^codex-auth: error: /);
    expect(stderr).toMatch(message);
  });

  it('answers a usage error as the JSON error object when --json is on the line', async () => {
    const { code, stdout, stderr } = await run(['status', '--json', '--store', 'nope']);
    expect(code).toBe(2);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      error: { code: 'usage', message: expect.stringMatching(/--store must be one of/) },
    });
  });

  it('runs a command from its bundle and reports what it throws with the exit code of the error', async () => {
    const key = await run(['keygen']);
    expect(key.code).toBe(0);
    expect(key.stdout).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-cli-args-'));
    try {
      const file = path.join(dir, 'auth.json');
      await fs.writeFile(file, authJsonText(makeTokens(), new Date()), { mode: 0o600 });
      const inspected = await run(['inspect', '--auth-file', file, '--json']);
      expect(inspected.code, inspected.stderr).toBe(0);
      expect(JSON.parse(inspected.stdout)).toMatchObject({ kind: 'chatgpt' });
      const missing = await run(['inspect', '--auth-file', path.join(dir, 'none.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^codex-auth: error: --auth-file /);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('has a bundle for every command in the table, and no command the table does not declare', async () => {
    const inBundles = new Set<string>();
    for (const spec of PROGRAM.commands) {
      const bundle = await BUNDLE_OF[spec.name as CommandName]();
      expect(bundle.commands, spec.name).toContain(spec.name);
      for (const name of bundle.commands) inBundles.add(name);
    }
    expect([...inBundles].sort()).toEqual(PROGRAM.commands.map((spec) => spec.name).sort());
  });
});
