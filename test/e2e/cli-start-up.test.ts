import { execFileSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../support/cli-harness.js';
import { authJsonText, makeTokens } from '../support/test-tokens.js';

// What the bundled CLI loads as it starts, from Node's own list (process.moduleLoadList): the cold-start goal of
// issue 11 (`--help`, `status`, `inspect`, `keygen` within 1.5x `node -e 0`) guarded deterministically, not by a
// stopwatch. Measured on Node 20: an ES module entry costs about 0.2x, node:crypto about 0.15x, Node's stream
// modules about 0.1x, node:fs/promises (with readline) about 0.05x; test/unit/house/startup-imports.test.ts checks the
// same from the build's metafiles.

let dir: string;
let authFile: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-auth-start-up-'));
  await fs.writeFile(
    path.join(dir, 'module-list.cjs'),
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULE_LIST_OUT, JSON.stringify(process.moduleLoadList)));\n",
  );
  authFile = path.join(dir, 'auth.json');
  await fs.writeFile(authFile, authJsonText(makeTokens(), new Date()), { mode: 0o600 });
  await fs.mkdir(path.join(dir, 'state'), { mode: 0o700 });
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** The builtins (`crypto`, `internal/fs/promises`, ...) a run of the CLI loaded. */
function modulesLoadedBy(args: string[]): string[] {
  const out = path.join(dir, 'modules.json');
  execFileSync(process.execPath, ['-r', path.join(dir, 'module-list.cjs'), CLI_PATH, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: dir, MODULE_LIST_OUT: out },
    stdio: 'ignore',
  });
  return (JSON.parse(readFileSync(out, 'utf8')) as string[])
    .filter((entry) => entry.startsWith('NativeModule '))
    .map((entry) => entry.slice('NativeModule '.length));
}

describe('the CLI starts without what it does not use', () => {
  it.each([
    ['--help', () => ['--help'], ['crypto', 'child_process', 'net', 'internal/fs/promises']],
    ['keygen', () => ['keygen'], ['child_process', 'net', 'perf_hooks']],
    [
      'status',
      () => ['status', '--state-dir', path.join(dir, 'state')],
      ['crypto', 'child_process', 'net', 'perf_hooks', 'stream', 'internal/fs/promises'],
    ],
    [
      'inspect',
      () => ['inspect', '--auth-file', authFile],
      ['child_process', 'net', 'perf_hooks', 'internal/fs/promises', 'os'],
    ],
  ])('%s runs no ES module and loads none of %j', (_name, args, absent) => {
    const loaded = modulesLoadedBy(args());
    // Node's ES module loader runs a module job only for an ES module; the CLI is CommonJS throughout.
    expect(loaded).not.toContain('internal/modules/esm/module_job');
    expect(loaded.filter((name) => absent.includes(name))).toEqual([]);
  });

  it('node dist/cli.js hands over to dist/cli.cjs', () => {
    const version = execFileSync(
      process.execPath,
      [path.join(path.dirname(CLI_PATH), 'cli.js'), '--version'],
      {
        encoding: 'utf8',
      },
    );
    expect(version).toBe('0.1.0\n');
  });
});
