import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { privateHomesBase } from '../codex/codex-home.js';
import { LockTimeoutError } from '../core/errors.js';
import { FileLeaseLock } from '../locks/file-lease-lock.js';
import { describeHolder } from '../locks/lock.js';
import { isValidUserName } from './agent-user-facts.js';

// One isolated run at a time per agent user on this machine. A run's finish kills every process of the agent user
// that did not exist before its Codex started (a `setsid` daemon outlives Codex otherwise), so a second run using
// the same user at the same time would lose its agent to the first one's finish. The lock is the project's file
// lease lock, bound to this process (a killed holder's lock is taken over), in a 0700 directory of the runner user
// beside the private homes: the agent cannot reach it.

/** A process-bound lease renews itself while we live; this only bounds how long a vanished holder blocks others. */
const AGENT_LOCK_LEASE_MS = 60_000;

export interface AgentUserLock {
  readonly user: string;
  /** Never throws: a failed release must not hide what the run did (a dead holder's lock is taken over anyway). */
  release(): Promise<void>;
}

export interface AgentUserLockRequest {
  readonly user: string;
  /** How the front end spells the option (`codex-user` or `--codex-user`), for messages. */
  readonly optionName: string;
  readonly timeoutMs: number;
  /** Names the holder in its lease file (a run URL, `user@host`). */
  readonly owner?: string;
  /** Told once, when another run holds the user. */
  readonly onWait?: (message: string) => void;
  readonly signal?: AbortSignal | undefined;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Where the lock of an agent user lives: beside the private homes, `.cache/codex-auth/agent-users/<user>`, under the
 * runner user's home from the password database, not $HOME or XDG_CACHE_HOME: a job may set those, and the agent
 * user's processes are the machine's, so every run of this runner user must find the same lock.
 */
export function agentUserLockDir(user: string, env: NodeJS.ProcessEnv = process.env): string {
  let home: string | null = null;
  try {
    home = os.userInfo().homedir;
  } catch {
    home = null;
  }
  const base =
    home !== null && path.isAbsolute(home) && existsSync(home)
      ? path.join(home, '.cache', 'codex-auth')
      : path.dirname(privateHomesBase(env));
  return path.join(base, 'agent-users', user);
}

/**
 * Takes the agent user's lock, waiting for another run that uses it (bounded by the run's lock timeout). Null for a
 * name that is no user name: prepareAgentUser refuses it, naming the option, and it must not become a path.
 */
export async function lockAgentUser(request: AgentUserLockRequest): Promise<AgentUserLock | null> {
  const { user, optionName } = request;
  if (!isValidUserName(user)) return null;
  const lock = new FileLeaseLock(agentUserLockDir(user, request.env), `${optionName} ${user}`, {
    noticeEveryMs: Number.POSITIVE_INFINITY,
  });
  try {
    const { handle } = await lock.acquire({
      owner: request.owner ?? `pid ${process.pid}`,
      timeoutMs: request.timeoutMs,
      leaseMs: AGENT_LOCK_LEASE_MS,
      mode: 'process',
      onWait: (holder) =>
        request.onWait?.(
          `waiting for another run that uses ${optionName} ${user}: ${describeHolder(holder)}`,
        ),
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return {
      user,
      release: async () => {
        await handle.release().catch(() => false);
      },
    };
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    const holder = await lock.inspect().catch(() => null);
    const held = holder === null ? '' : ` (${describeHolder(holder)})`;
    throw new LockTimeoutError(
      `timed out after ${Math.round(request.timeoutMs / 1000)} s waiting for another run that uses ${optionName} ` +
        `${user}${held}: one isolated run at a time per agent user on a machine, since a run's end stops every ` +
        `process the agent user started. Give each concurrent job its own user with ${optionName}, raise the lock ` +
        `timeout (--lock-timeout, Action: lock-timeout), or, if that run is gone, remove ${lock.file}.`,
    );
  }
}
