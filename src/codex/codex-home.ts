import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import {
  ensurePrivateDir,
  isErrno,
  readPrivateFile,
  removeFile,
  writePrivateFileAtomic,
} from '../platform/secure-files.js';
import { PRIVATE_HOME_PREFIX } from './orphan-homes.js';

// The private CODEX_HOME holds the plaintext auth.json while Codex runs. It lives outside any checkout: a job that
// runs `git add -A`, uploads the workspace as an artifact, or lets the agent read the repository must not be able
// to commit or read the tokens.

export const AUTH_FILE = 'auth.json';
export const CONFIG_FILE = 'config.toml';
/** Codex's flock files and the temp files of an interrupted atomic write (Codex's `.auth-XXXXXX`, ours). */
const AUTH_LEFTOVERS = [
  /^auth\.lock$/,
  /^auth\.json\.lock$/,
  /^\.auth-[A-Za-z0-9]+$/,
  /^\.auth\.json\.[0-9a-f]+\.tmp$/,
];

export interface PrivateCodexHome {
  readonly dir: string;
  /**
   * What the agent is denied: the directory holding every private home of this user (so that a concurrent job's
   * login is hidden too) when we chose the place, else the home itself.
   */
  readonly sealRoot: string;
  /** False when an explicit, already existing (empty) directory was used: leave the directory itself in place. */
  readonly created: boolean;
}

/**
 * Where private homes live when the caller names none: a per-user cache directory, not the shared temp dir. In the
 * temp dir Codex refuses to create its PATH helpers (and warns on every run), a workspace-write command may write
 * there, and Codex leaves empty mount points (`.git`, `.codex`) behind in it.
 */
export function privateHomesBase(env: NodeJS.ProcessEnv = process.env): string {
  const cache = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return path.join(cache ?? path.join(os.homedir(), '.cache'), 'codex-auth', 'homes');
}

/**
 * A fresh 0700 directory for CODEX_HOME. Without `explicit` it is a new directory under privateHomesBase().
 * With `explicit` (--codex-home) the directory must be absent or empty, and outside the job's workspace.
 */
export async function createPrivateCodexHome(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PrivateCodexHome> {
  if (explicit === undefined) {
    const base = privateHomesBase(env);
    await fs.mkdir(base, { recursive: true, mode: 0o700 });
    await ensurePrivateDir(base);
    const dir = await fs.mkdtemp(path.join(base, PRIVATE_HOME_PREFIX));
    await ensurePrivateDir(dir);
    return { dir, created: true, sealRoot: base };
  }
  const dir = path.resolve(explicit);
  await refuseInsideWorkspace(dir, env);
  let existing: Awaited<ReturnType<typeof fs.lstat>> | null = null;
  try {
    existing = await fs.lstat(dir);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  if (existing) {
    if (existing.isSymbolicLink() || !existing.isDirectory()) {
      throw new UsageError(
        `--codex-home ${dir} exists and is not a directory (or is a symbolic link); pass a new path.`,
      );
    }
    if ((await fs.readdir(dir)).length > 0) {
      throw new UsageError(
        `--codex-home ${dir} is not empty; pass an absent or empty directory (it must not hold another Codex login).`,
      );
    }
  }
  await ensurePrivateDir(dir);
  return { dir, created: existing === null, sealRoot: dir };
}

/**
 * Refuses a directory inside $GITHUB_WORKSPACE or inside any git work tree: the job's checkout could commit the
 * plaintext auth.json, upload it, or hand it to the agent. Symbolic links are resolved before comparing.
 */
async function refuseInsideWorkspace(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const real = await realpathOfNearestExisting(dir);
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) {
    const realWorkspace = await realpathOfNearestExisting(path.resolve(workspace));
    if (isInside(real, realWorkspace)) {
      throw new UsageError(
        `--codex-home ${dir} is inside GITHUB_WORKSPACE (${workspace}); the job's checkout could commit or read the plaintext auth.json there. Pass a directory outside it, e.g. under $RUNNER_TEMP.`,
      );
    }
  }
  for (let parent = real; ; parent = path.dirname(parent)) {
    if (await isGitDir(path.join(parent, '.git'))) {
      throw new UsageError(
        `--codex-home ${dir} is inside the git work tree ${parent}; the checkout could commit or read the plaintext auth.json there. Pass a directory outside it.`,
      );
    }
    if (path.dirname(parent) === parent) break;
  }
}

async function realpathOfNearestExisting(target: string): Promise<string> {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...missing.reverse());
    } catch (error) {
      if (!isErrno(error, 'ENOENT') && !isErrno(error, 'ENOTDIR')) throw error;
      const parent = path.dirname(current);
      if (parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * A `.git` that git would use: a directory with HEAD, or a `gitdir:` file. Codex's sandbox leaves EMPTY `.git`
 * mount points behind in writable roots such as /tmp; one of those must not make every later run fail.
 */
async function isGitDir(candidate: string): Promise<boolean> {
  try {
    const stat = await fs.lstat(candidate);
    if (stat.isDirectory()) return (await fs.lstat(path.join(candidate, 'HEAD')).catch(() => null)) !== null;
    if (stat.isFile()) return (await fs.readFile(candidate, 'utf8')).startsWith('gitdir:');
    return false;
  } catch {
    return false;
  }
}

// The home's files last as long as the job (the store holds what must survive): atomic, not synced.
const IN_HOME = { durable: false } as const;

/** Writes dir/auth.json (0600, atomically) for Codex to use. */
export async function materialiseAuth(dir: string, raw: string): Promise<void> {
  await writePrivateFileAtomic(path.join(dir, AUTH_FILE), raw, IN_HOME);
}

export async function writeCodexConfig(dir: string, tomlText: string): Promise<void> {
  await writePrivateFileAtomic(path.join(dir, CONFIG_FILE), tomlText, IN_HOME);
}

/** The current config.toml text, or null if there is none. */
export async function readCodexConfig(dir: string): Promise<string | null> {
  return readPrivateFile(path.join(dir, CONFIG_FILE));
}

/** The current auth.json text, or null if there is none. */
export async function readAuth(dir: string): Promise<string | null> {
  return readPrivateFile(path.join(dir, AUTH_FILE));
}

/** Removes auth.json and everything that may hold a copy of it or lock it (lock files, interrupted temp files). */
export async function removeAuth(dir: string): Promise<void> {
  await removeFile(path.join(dir, AUTH_FILE));
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  for (const name of names) {
    if (AUTH_LEFTOVERS.some((pattern) => pattern.test(name))) await removeFile(path.join(dir, name));
  }
}

/** Deletes the whole private home. Refuses paths that cannot be a home we made (relative, or a filesystem root). */
export async function removeCodexHome(dir: string): Promise<void> {
  if (!path.isAbsolute(dir) || path.dirname(dir) === dir) {
    throw new Error(`refusing to remove ${JSON.stringify(dir)}: not an absolute, non-root directory`);
  }
  await fs.rm(dir, { recursive: true, force: true });
}
