import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { readPrivateFile, writePrivateFileAtomic } from '../fs/secure-files.js';

// A `codex-auth run` killed with SIGKILL cannot clean up: its private CODEX_HOME (with a plaintext auth.json) stays
// in the temp dir, and the Codex it started (in its own process group) may still be running with that login while
// the lock has already passed to the next job. Each private home therefore records its owner and Codex's pid, and
// every later run on this machine stops such an orphan and removes its home.

export const PRIVATE_HOME_PREFIX = 'codex-auth-home-';
const OWNER_FILE = 'codex-auth-owner.json';

interface OwnerRecord {
  readonly ownerPid: number;
  readonly codexPid: number | null;
}

export async function recordOwner(home: string, record: OwnerRecord): Promise<void> {
  await writePrivateFileAtomic(path.join(home, OWNER_FILE), JSON.stringify(record));
}

/**
 * Removes private homes whose owning codex-auth process is gone; returns how many it removed. Looks in every
 * directory given (the per-user base, and the temp dir where earlier releases put them).
 */
export async function sweepOrphanedHomes(
  log: Logger,
  dirs: readonly string[] = [os.tmpdir()],
): Promise<number> {
  let removed = 0;
  for (const dir of dirs) removed += await sweepDir(log, dir);
  return removed;
}

async function sweepDir(log: Logger, tempDir: string): Promise<number> {
  let removed = 0;
  const entries = await fs.readdir(tempDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(PRIVATE_HOME_PREFIX)) continue;
    const home = path.join(tempDir, entry.name);
    const record = await readOwner(home);
    if (!record || isAlive(record.ownerPid)) continue;
    if (record.codexPid !== null && isAlive(record.codexPid)) {
      // Codex leads its own process group: stop everything it started.
      try {
        process.kill(-record.codexPid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      log.warn(
        `stopped Codex (pid ${record.codexPid}) left running by a codex-auth process that died (pid ${record.ownerPid}).`,
      );
    }
    await fs.rm(home, { recursive: true, force: true });
    removed += 1;
  }
  if (removed > 0)
    log.info(`removed ${removed} private CODEX_HOME(s) left behind by codex-auth processes that died.`);
  return removed;
}

async function readOwner(home: string): Promise<OwnerRecord | null> {
  try {
    const text = await readPrivateFile(path.join(home, OWNER_FILE));
    if (text === null) return null;
    const parsed = JSON.parse(text) as Partial<OwnerRecord>;
    if (typeof parsed.ownerPid !== 'number') return null;
    return {
      ownerPid: parsed.ownerPid,
      codexPid: typeof parsed.codexPid === 'number' ? parsed.codexPid : null,
    };
  } catch {
    // Not ours to judge (another user's, or being written): leave it.
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
