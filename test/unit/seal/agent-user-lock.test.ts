import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LockTimeoutError } from '../../../src/core/errors.js';
import { agentUserLockDir, lockAgentUser } from '../../../src/seal/agent-user-lock.js';

// The real file lease lock under the runner's home: a user name of its own per test, removed afterwards.
const users: string[] = [];
afterEach(async () => {
  for (const user of users.splice(0)) await fs.rm(agentUserLockDir(user), { recursive: true, force: true });
});
const freshUser = () => {
  const user = `lock-test-${randomBytes(4).toString('hex')}`;
  users.push(user);
  return user;
};

describe('lockAgentUser', () => {
  it('a second run with the same user waits, says so once, and times out naming the user and the fixes', async () => {
    const user = freshUser();
    const held = await lockAgentUser({ user, optionName: '--codex-user', timeoutMs: 1000 });
    const waits: string[] = [];
    const second = lockAgentUser({
      user,
      optionName: '--codex-user',
      timeoutMs: 600,
      onWait: (message) => waits.push(message),
    });
    await expect(second).rejects.toBeInstanceOf(LockTimeoutError);
    await expect(second).rejects.toThrow(
      new RegExp(
        `waiting for another run that uses --codex-user ${user} .*: one isolated run at a time per agent user.*` +
          'its own user with --codex-user, raise the lock timeout \\(--lock-timeout',
      ),
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatch(new RegExp(`^waiting for another run that uses --codex-user ${user}: `));
    await held?.release();
    const next = await lockAgentUser({ user, optionName: '--codex-user', timeoutMs: 0 });
    expect(next).not.toBeNull();
    await next?.release();
  });

  it('another user is not blocked; a name that is no user name takes no lock (the user check refuses it)', async () => {
    const [a, b] = [freshUser(), freshUser()];
    const held = await lockAgentUser({ user: a, optionName: 'codex-user', timeoutMs: 0 });
    const other = await lockAgentUser({ user: b, optionName: 'codex-user', timeoutMs: 0 });
    expect(other).not.toBeNull();
    expect(await lockAgentUser({ user: '../x', optionName: 'codex-user', timeoutMs: 0 })).toBeNull();
    await Promise.all([held?.release(), other?.release()]);
  });
});
