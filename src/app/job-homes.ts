import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

// The post step removes a CODEX_HOME and may persist ("rescue") what it holds into the store, on the word of the
// step's saved state. That state is a file of the runner's: were it ever written by someone else (the agent
// reached the runner's file commands once, issue 16), post would `rm -rf` any directory named there, or store a
// forged auth.json. So post acts only on a home it can prove this Action made: a direct child of the private homes
// directory (which the agent is denied), not a symbolic link, ours, 0700, with an owner record beside it (in that
// same denied directory) holding the random proof the state carries.

const RECORD_SUFFIX = '.owner';

/**
 * A new CODEX_HOME path for this job; its state (and proof) is saved by `saveState`, and its record written, before
 * it exists.
 */
export async function prepareJobHome(
  env: NodeJS.ProcessEnv,
  stream: string,
  saveState: (home: string, proof: string) => void,
): Promise<string> {
  const home = jobCodexHome(env, stream);
  const proof = randomBytes(16).toString('hex');
  // Cleanup state first (the side effect it undoes comes after), then the record that proves it.
  saveState(home, proof);
  const base = jobHomesDir(env);
  await fs.mkdir(base, { recursive: true, mode: 0o700 });
  const stat = await fs.lstat(base);
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new Error(`${base} must be a directory, not a symbolic link or file`);
  }
  if ((stat.mode & 0o777) !== 0o700) await fs.chmod(base, 0o700);
  await fs.writeFile(recordPath(home), proof, { mode: 0o600, flag: 'wx' });
  return home;
}

/**
 * Null when `home` is one this Action made (or nothing is left of it), else why post must leave it alone. `proof`
 * is what the step's saved state carries; persist/, which gets no state of restore's, passes null and relies on
 * the owner record alone (it sits in the directory the agent is denied, so only this Action can have written it).
 */
export async function whyNotOurHome(
  home: string,
  proof: string | null | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  const base = path.resolve(jobHomesDir(env));
  const resolved = path.resolve(home);
  if (path.dirname(resolved) !== base || !/^[A-Za-z0-9._-]+$/.test(path.basename(resolved))) {
    return `it is not a direct child of the Action's private homes directory ${base}`;
  }
  if (proof === undefined || proof === '') return 'the saved state carries no proof that this Action made it';
  const baseStat = await fs.lstat(base).catch(() => null);
  if (baseStat === null || baseStat.isSymbolicLink() || !ours(baseStat)) {
    return `${base} is missing, a symbolic link, or not owned by this user`;
  }
  const recordStat = await fs.lstat(recordPath(resolved)).catch(() => null);
  if (recordStat === null || !recordStat.isFile() || !ours(recordStat)) return 'its owner record is missing';
  if (proof !== null) {
    const record = Buffer.from(await fs.readFile(recordPath(resolved), 'utf8'));
    const wanted = Buffer.from(proof);
    if (record.length !== wanted.length || !timingSafeEqual(record, wanted)) {
      return 'its owner record does not match the saved state';
    }
  }
  const stat = await fs.lstat(resolved).catch(() => null);
  if (stat === null) return null;
  if (stat.isSymbolicLink() || !stat.isDirectory()) return 'it is a symbolic link or not a directory';
  if (!ours(stat) || (stat.mode & 0o777) !== 0o700) return 'it is not owned by this user with mode 0700';
  return null;
}

/**
 * A new CODEX_HOME path under RUNNER_TEMP/codex-auth: outside the workspace, removed by the runner after the job
 * anyway. Every home of this runner sits in that one directory, which the agent is denied as a whole.
 */
export function jobCodexHome(env: NodeJS.ProcessEnv, stream: string): string {
  return path.join(jobHomesDir(env), `${stream}-${randomBytes(4).toString('hex')}`);
}

export function jobHomesDir(env: NodeJS.ProcessEnv): string {
  const base = env.RUNNER_TEMP;
  if (!base)
    throw new UsageError('RUNNER_TEMP is not set: this entry point runs only inside a GitHub Actions job.');
  return path.join(base, 'codex-auth');
}

/** Removes the owner record once the home is gone. */
export async function removeHomeRecord(home: string): Promise<void> {
  await fs.rm(recordPath(path.resolve(home)), { force: true });
}

function recordPath(home: string): string {
  return `${home}${RECORD_SUFFIX}`;
}

function ours(stat: { uid: number }): boolean {
  return process.getuid === undefined || stat.uid === process.getuid();
}
