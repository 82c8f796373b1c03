import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrivateCodexHome,
  materialiseAuth,
  readAuth,
  removeAuth,
  removeCodexHome,
  writeCodexConfig,
} from '../../../src/codex/codex-home.js';
import { UsageError } from '../../../src/core/errors.js';

let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'codex-home-test-'));
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function mode(file: string): Promise<number> {
  return (await fs.lstat(file)).mode & 0o777;
}

describe('createPrivateCodexHome', () => {
  it('makes a fresh 0700 directory under the per-user base (not the shared temp dir), sealed as a whole', async () => {
    const env = { XDG_CACHE_HOME: path.join(root, 'cache') };
    const first = await createPrivateCodexHome(undefined, env);
    const second = await createPrivateCodexHome(undefined, env);
    try {
      expect(first.created).toBe(true);
      expect(first.dir).not.toBe(second.dir);
      expect(path.dirname(first.dir)).toBe(path.join(root, 'cache', 'codex-auth', 'homes'));
      expect(first.sealRoot).toBe(path.dirname(first.dir));
      expect(await mode(first.sealRoot)).toBe(0o700);
      expect(await mode(first.dir)).toBe(0o700);
      expect(await fs.readdir(first.dir)).toEqual([]);
    } finally {
      await removeCodexHome(first.dir);
      await removeCodexHome(second.dir);
    }
  });

  it('creates an absent explicit directory (and parents) at 0700', async () => {
    const dir = path.join(root, 'absent', 'nested', 'home');
    expect(await createPrivateCodexHome(dir, {})).toEqual({ dir, created: true, sealRoot: dir });
    expect(await mode(dir)).toBe(0o700);
  });

  it('accepts an existing empty directory, tightens it to 0700, and reports it was not created', async () => {
    const dir = path.join(root, 'empty');
    await fs.mkdir(dir, { mode: 0o755 });
    await fs.chmod(dir, 0o755);
    expect(await createPrivateCodexHome(dir, {})).toEqual({ dir, created: false, sealRoot: dir });
    expect(await mode(dir)).toBe(0o700);
  });

  it('resolves a relative explicit path', async () => {
    const dir = path.join(root, 'relative-home');
    const result = await createPrivateCodexHome(path.relative(process.cwd(), dir), {});
    expect(result.dir).toBe(dir);
  });

  it.each<{
    name: string;
    setup: (dir: string) => Promise<void>;
    env?: (dir: string) => NodeJS.ProcessEnv;
    message: RegExp;
  }>([
    {
      name: 'a non-empty directory',
      setup: async (dir) => {
        await fs.mkdir(dir);
        await fs.writeFile(path.join(dir, 'auth.json'), '{}');
      },
      message: /--codex-home .* is not empty/,
    },
    { name: 'a file', setup: (dir) => fs.writeFile(dir, 'x'), message: /--codex-home .* not a directory/ },
    {
      name: 'a symbolic link to an empty directory',
      setup: async (dir) => {
        await fs.mkdir(`${dir}-target`);
        await fs.symlink(`${dir}-target`, dir);
      },
      message: /--codex-home .* symbolic link/,
    },
    {
      name: 'a directory inside GITHUB_WORKSPACE',
      setup: async (dir) => {
        await fs.mkdir(dir);
      },
      env: (dir) => ({ GITHUB_WORKSPACE: path.dirname(path.dirname(dir)) }),
      message: /inside GITHUB_WORKSPACE .*could commit or read/,
    },
    {
      name: 'an absent directory inside GITHUB_WORKSPACE reached through a symlink',
      setup: async (dir) => {
        await fs.mkdir(`${dir}-workspace`);
        await fs.symlink(`${dir}-workspace`, `${dir}-link`);
      },
      env: (dir) => ({ GITHUB_WORKSPACE: `${dir}-workspace` }),
      message: /inside GITHUB_WORKSPACE/,
    },
    {
      name: 'a directory inside a git work tree',
      setup: async (dir) => {
        // A real git directory (with HEAD); an empty `.git` (a mount point Codex's sandbox left) is not one.
        await fs.mkdir(path.join(path.dirname(dir), '.git'), { recursive: true });
        await fs.writeFile(path.join(path.dirname(dir), '.git', 'HEAD'), 'ref: refs/heads/main\n');
      },
      message: /inside the git work tree .*could commit or read/,
    },
  ])('refuses $name', async ({ name, setup, env, message }) => {
    const base = path.join(root, 'refuse', name.replace(/\W+/g, '-'));
    await fs.mkdir(base, { recursive: true });
    const dir = path.join(base, 'home');
    await setup(dir);
    const target = name.includes('through a symlink') ? path.join(`${dir}-link`, 'codex') : dir;
    const error = await createPrivateCodexHome(target, env?.(dir) ?? {}).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(message);
  });
});

describe('auth.json and config.toml in the private home', () => {
  it('writes 0600 files, reads them back, and removes auth.json with every leftover copy or lock', async () => {
    const { dir } = await createPrivateCodexHome();
    try {
      expect(await readAuth(dir)).toBeNull();
      await materialiseAuth(dir, '{"a":1}');
      await materialiseAuth(dir, '{"a":2}');
      await writeCodexConfig(dir, 'model = "o3"\n');
      expect(await readAuth(dir)).toBe('{"a":2}');
      expect(await mode(path.join(dir, 'auth.json'))).toBe(0o600);
      expect(await mode(path.join(dir, 'config.toml'))).toBe(0o600);
      expect(await fs.readFile(path.join(dir, 'config.toml'), 'utf8')).toBe('model = "o3"\n');
      expect((await fs.readdir(dir)).sort()).toEqual(['auth.json', 'config.toml']);

      // What Codex leaves behind: its flock files, and a temp file if it died mid-write.
      for (const leftover of ['auth.lock', 'auth.json.lock', '.auth-Ab12Cd', '.auth.json.0a1b2c3d4e5f.tmp']) {
        await fs.writeFile(path.join(dir, leftover), 'x');
      }
      await fs.mkdir(path.join(dir, 'sessions'));
      await removeAuth(dir);
      expect((await fs.readdir(dir)).sort()).toEqual(['config.toml', 'sessions']);
      await removeAuth(dir); // Idempotent.
    } finally {
      await removeCodexHome(dir);
    }
    await expect(fs.stat(dir)).rejects.toThrow(/ENOENT/);
    await removeAuth(dir); // A missing home is fine too.
    await removeCodexHome(dir);
  });

  it('refuses to read auth.json through a symbolic link', async () => {
    const { dir } = await createPrivateCodexHome();
    try {
      await fs.writeFile(path.join(dir, 'elsewhere.json'), '{}');
      await fs.symlink(path.join(dir, 'elsewhere.json'), path.join(dir, 'auth.json'));
      await expect(readAuth(dir)).rejects.toThrow(/symbolic link/);
      await expect(materialiseAuth(dir, '{}')).rejects.toThrow(/symbolic link/);
    } finally {
      await removeCodexHome(dir);
    }
  });

  it.each(['/', 'relative/dir', ''])('removeCodexHome refuses %j', async (dir) => {
    await expect(removeCodexHome(dir)).rejects.toThrow(/refusing to remove/);
  });
});
