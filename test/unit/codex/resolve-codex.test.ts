import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isVerifiedCodexVersion,
  readCodexVersion,
  resolveCodex,
  VERIFIED_CODEX_VERSIONS,
} from '../../../src/codex/resolve-codex.js';
import { UsageError } from '../../../src/core/errors.js';

let root: string;

async function makeFile(relative: string, mode: number): Promise<string> {
  const file = path.join(root, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, '#!/bin/sh\necho fake\n', { mode });
  await fs.chmod(file, mode);
  return file;
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'resolve-codex-'));
  await makeFile('good/codex', 0o755);
  await makeFile('noexec/codex', 0o644);
  await makeFile('second/codex', 0o755);
  await fs.mkdir(path.join(root, 'dir/codex'), { recursive: true });
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const INSTALL = `npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}`;

describe('resolveCodex with an explicit path', () => {
  it('returns an executable file as an absolute path', async () => {
    expect(await resolveCodex(path.join(root, 'good/codex'), {})).toBe(path.join(root, 'good/codex'));
    const relative = path.relative(process.cwd(), path.join(root, 'good/codex'));
    expect(await resolveCodex(relative, {})).toBe(path.join(root, 'good/codex'));
  });

  it.each([
    { name: 'missing', file: 'absent/codex', problem: 'does not exist' },
    { name: 'not executable', file: 'noexec/codex', problem: 'is not executable' },
    { name: 'a directory', file: 'dir/codex', problem: 'is not a file' },
  ])('refuses a $name file', async ({ file, problem }) => {
    const error = await resolveCodex(path.join(root, file), { PATH: path.join(root, 'good') }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('--codex PATH');
    expect(error.message).toContain(problem);
    expect(error.message).toContain(INSTALL);
  });
});

describe('resolveCodex on PATH', () => {
  it.each([
    { name: 'first match', dirs: ['good', 'second'], expected: 'good' },
    { name: 'skips a non-executable file', dirs: ['noexec', 'second'], expected: 'second' },
    { name: 'skips a directory named codex', dirs: ['dir', 'good'], expected: 'good' },
    { name: 'skips missing entries', dirs: ['absent', 'second'], expected: 'second' },
  ])('$name', async ({ dirs, expected }) => {
    const env = { PATH: dirs.map((dir) => path.join(root, dir)).join(path.delimiter) };
    expect(await resolveCodex(undefined, env)).toBe(path.join(root, expected, 'codex'));
  });

  it('ignores relative and empty PATH entries (a checkout could plant its own codex there)', async () => {
    const env = {
      PATH: ['', '.', path.relative(process.cwd(), path.join(root, 'good'))].join(path.delimiter),
    };
    await expect(resolveCodex(undefined, env)).rejects.toBeInstanceOf(UsageError);
  });

  it.each([
    { name: 'empty PATH', env: () => ({ PATH: '' }) },
    { name: 'no PATH', env: () => ({}) },
    { name: 'only a non-executable codex', env: () => ({ PATH: path.join(root, 'noexec') }) },
  ])('not found ($name) -> UsageError', async ({ env: makeEnv }) => {
    const env = makeEnv();
    const error = await resolveCodex(undefined, env).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/not found on PATH/);
    expect(error.message).toContain('--codex PATH');
    expect(error.message).toContain(INSTALL);
  });
});

describe('codex version', () => {
  it('reads the version of the real codex CLI and knows it is verified', async () => {
    const version = await readCodexVersion(path.resolve('node_modules/@openai/codex/bin/codex.js'));
    expect(version).toBe('0.169.0');
    expect(isVerifiedCodexVersion(version)).toBe(true);
  });

  it.each([
    { version: null, expected: false },
    { version: '0.170.0', expected: false },
    { version: '0.169.0', expected: true },
  ])('isVerifiedCodexVersion($version) = $expected', ({ version, expected }) => {
    expect(isVerifiedCodexVersion(version)).toBe(expected);
  });

  it('returns null when the executable cannot tell', async () => {
    expect(await readCodexVersion(path.join(root, 'absent/codex'))).toBeNull();
    expect(await readCodexVersion(path.join(root, 'good/codex'))).toBeNull();
  });
});
