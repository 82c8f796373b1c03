// Runs steps and the CLI as an unprivileged user, as on a real runner (the `runner` user of GitHub's images):
// tests here run as root, for whom permission denials, /proc access and file modes mean nothing. The user is
// `nobody` (65534:65534); a child gets it through spawn's uid/gid (libuv also drops supplementary groups).
// What such a user must reach is handed over: the job's directories are chowned, and the bundled dist/ and the
// Codex packages are used in place when every directory above them is world-searchable, copied otherwise (a
// checkout under a 0700 temp dir), as test/e2e/sealed-attack.test.ts does for its user-namespace case.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODEX_BIN, NEWEST_CODEX_BIN } from './codex-sandbox.js';

export interface RunnerUser {
  readonly uid: number;
  readonly gid: number;
}

export const NOBODY: RunnerUser = { uid: 65534, gid: 65534 };

/** Only root can switch users; elsewhere (a developer's machine as themselves) the tests already run unprivileged. */
export function canSwitchUser(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0;
}

/** Makes `dir` and everything in it the user's, as the runner's work directories are. */
export function handOver(dir: string, user: RunnerUser = NOBODY): void {
  execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, dir]);
}

/** True when "others" may search every directory down to `file` and read it. */
function worldReadable(file: string): boolean {
  let current = path.resolve(file);
  if ((statSync(current).mode & 0o004) === 0) return false;
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    if ((statSync(current).mode & 0o001) === 0) return false;
  }
  return true;
}

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface UserApp {
  /** dist/ as the user can read it: entry(name) -> <dist>/<name>.js, cli -> <dist>/cli.cjs. */
  readonly dist: string;
  entry(name: string): string;
  readonly cli: string;
  /** The user's path to a Codex launcher (CODEX_BIN or NEWEST_CODEX_BIN). */
  codex(bin: string): string;
}

/**
 * dist/ and both Codex releases where the user can read them. Copies go to `<root>/app` (root-owned,
 * world-readable: a chown through a hard link would change the checkout's own files); the 400 MB native
 * packages are hard-linked where the file system allows it.
 */
export async function appForUser(root: string): Promise<UserApp> {
  const bins = [CODEX_BIN, NEWEST_CODEX_BIN];
  if ([DIST, ...bins].every((file) => worldReadable(file))) return app(DIST, (bin) => bin);
  const app_ = path.join(root, 'app');
  await mkdir(app_, { recursive: true, mode: 0o755 });
  execFileSync('cp', ['-r', DIST, path.join(app_, 'dist')]);
  const copies = new Map<string, string>();
  for (const [index, bin] of bins.entries()) {
    // <pkg>/bin/codex.js: the package dir, with the native package beside it or in its own node_modules.
    const pkg = path.dirname(path.dirname(bin));
    const into = path.join(app_, `codex-${index}`, 'node_modules', '@openai');
    await mkdir(into, { recursive: true });
    copyTree(pkg, path.join(into, 'codex'));
    const native = path.join(path.dirname(pkg), 'codex-linux-x64');
    if (existsSync(native) && !existsSync(path.join(pkg, 'node_modules'))) {
      copyTree(native, path.join(into, 'codex-linux-x64'));
    }
    copies.set(bin, path.join(into, 'codex', 'bin', path.basename(bin)));
  }
  execFileSync('chmod', ['-R', 'a+rX', app_]);
  return app(path.join(app_, 'dist'), (bin) => copies.get(bin) ?? bin);
}

function copyTree(from: string, to: string): void {
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
  } catch {
    execFileSync('cp', ['-a', from, to]);
  }
}

function app(dist: string, codex: (bin: string) => string): UserApp {
  return {
    dist,
    entry: (name) => path.join(dist, `${name}.js`),
    cli: path.join(dist, 'cli.cjs'),
    codex,
  };
}
