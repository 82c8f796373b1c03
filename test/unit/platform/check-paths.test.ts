import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { checkStreamDir, readInputFile } from '../../../src/platform/check-paths.js';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'check-paths-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const input = { flag: '--auth-file', what: 'an auth.json', maxBytes: 64 * 1024 };

describe('readInputFile', () => {
  it('reads a regular file and reports one open to others', async () => {
    const file = path.join(root, 'auth.json');
    await fs.writeFile(file, '{}', { mode: 0o644 });
    await fs.chmod(file, 0o644);
    const warnings: string[] = [];
    expect(await readInputFile(file, { ...input, onOpenToOthers: (m) => warnings.push(m) })).toBe('{}');
    expect(warnings).toEqual([expect.stringMatching(/mode 0644.*chmod 600/)]);
    await fs.chmod(file, 0o600);
    await readInputFile(file, { ...input, onOpenToOthers: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
  });

  it('gives up on a FIFO nobody writes to after a bounded wait, naming the fix', async () => {
    const fifo = path.join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readInputFile(fifo, input)).rejects.toThrow(
      /--auth-file .*pipe is a pipe nobody wrote to within 10 s\. Write an auth\.json into it/,
    );
  }, 20_000);

  it('reads a FIFO whose writer comes after the reader opened it', async () => {
    const fifo = path.join(root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reading = readInputFile(fifo, input);
    // Opening for writing completes only once the reader holds the pipe open.
    await fs.writeFile(fifo, '{"auth_mode":"chatgpt"}');
    await expect(reading).resolves.toBe('{"auth_mode":"chatgpt"}');
  });

  it.each([
    ['a directory', async () => root, /is a directory, not a file.*auth\.json/],
    ['a missing file', async () => path.join(root, 'nope.json'), /no such file/],
    [
      'a path through a file',
      async () => {
        await fs.writeFile(path.join(root, 'f'), 'x');
        return path.join(root, 'f', 'auth.json');
      },
      /a part of the path is a file/,
    ],
    ['a device', async () => '/dev/null', /is a device/],
    [
      'an oversized file',
      async () => {
        const big = path.join(root, 'big.json');
        await fs.writeFile(big, 'x'.repeat(64 * 1024 + 1));
        return big;
      },
      /65537 bytes, more than the 64 KB limit/,
    ],
  ])('refuses %s with a UsageError naming the flag', async (_name, make, message) => {
    const file = await make();
    const error = await readInputFile(file, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(`--auth-file ${file}`);
  });
});

describe('checkStreamDir', () => {
  const origin = (dir: string) => ({ dir, source: '--state-dir' });

  it('accepts a missing state dir under a writable parent, and a normal layout', async () => {
    await checkStreamDir(origin(path.join(root, 'new', 'deeper')), 's', true, ['lock.json']);
    await fs.mkdir(path.join(root, 'state', 's'), { recursive: true });
    await fs.writeFile(path.join(root, 'state', 's', 'lock.json'), '{}');
    await checkStreamDir(origin(path.join(root, 'state')), 's', true, ['lock.json']);
  });

  it.each([
    [
      'the state dir is a file',
      async () => {
        await fs.writeFile(path.join(root, 'state'), 'x');
      },
      /--state-dir .*state is a regular file, not a directory.*CODEX_AUTH_STATE_DIR/,
    ],
    [
      'the stream dir is a file',
      async () => {
        await fs.mkdir(path.join(root, 'state'));
        await fs.writeFile(path.join(root, 'state', 's'), 'x');
      },
      /the directory of stream "s" .* is a regular file, not a directory/,
    ],
    [
      'the lock file is a directory',
      async () => {
        await fs.mkdir(path.join(root, 'state', 's', 'lock.json'), { recursive: true });
      },
      /lock\.json is a directory, but codex-auth keeps its own regular file there.*rmdir/,
    ],
    [
      'a parent of the state dir is a file',
      async () => {
        await fs.writeFile(path.join(root, 'file'), 'x');
        return path.join(root, 'file', 'state');
      },
      /a part of the path is a file/,
    ],
  ])('%s', async (_name, arrange, message) => {
    const dir = (await arrange()) ?? path.join(root, 'state');
    await expect(checkStreamDir(origin(dir), 's', true, ['lock.json'])).rejects.toThrow(message);
  });
});
