import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitRefs } from '../../../src/github/git-refs.js';
import { createOctokit } from '../../../src/github/octokit.js';
import { GitRefLock, lockRef, releasedRef } from '../../../src/locks/git-ref-lock.js';
import type { AcquireOptions } from '../../../src/locks/lock.js';
import { type GitHubSimulator, startGitHubSimulator } from '../../support/github-simulator.js';

// Release against takeover, the race the delete-based release lost: holder A's lease expires while A still runs,
// B takes the lock over, and A releases at the same moment. Whatever the order, B must still hold the lock after.

let sim: GitHubSimulator;
let git: GitRefs;
let client: ReturnType<typeof createOctokit>;
beforeEach(async () => {
  sim = await startGitHubSimulator();
  client = createOctokit({ token: sim.addToken({ contents: 'write', actions: 'read' }), baseUrl: sim.url });
  git = new GitRefs(client, sim.repo);
});
afterEach(async () => {
  await sim.close();
});

const lockOf = (stream: string) => new GitRefLock(git, client, stream);
/** A lease with no heartbeat that expires almost at once: the holder looks gone while it still runs. */
const shortLease = (owner: string): AcquireOptions => ({
  owner,
  timeoutMs: 10_000,
  leaseMs: 1,
  mode: 'lease',
});
// Lease expiry is by the clock and the lock takes no injectable clock: a pause after a 1 ms lease is the
// staleness under test (and the race below varies the phase on purpose), not a wait for something to happen.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the git-ref lock released by compare-and-swap', () => {
  it('a stale holder releasing after a takeover leaves the new holder its lock', async () => {
    const a = await lockOf('s').acquire(shortLease('A'));
    await pause(5);
    const b = await lockOf('s').acquire(shortLease('B'));
    expect(await a.handle.release()).toBe(true); // the marker moves, but to a commit the lock ref has left
    expect((await lockOf('s').inspect())?.id).toBe(b.handle.holder.id);
    expect(await b.handle.release()).toBe(true);
    expect(await lockOf('s').inspect()).toBeNull();
  });

  it('two holders racing a release and a takeover, 12 times: no lock is ever lost', async () => {
    for (let round = 0; round < 12; round++) {
      const stream = `race-${round}`;
      const a = await lockOf(stream).acquire(shortLease('A'));
      await pause(2);
      const [released, taken] = await Promise.all([
        // A few ms apart in both directions, so that either call can land first.
        pause(round % 3).then(() => a.handle.release()),
        pause((round + 1) % 3).then(() => lockOf(stream).acquire(shortLease('B'))),
      ]);
      expect(typeof released).toBe('boolean');
      expect((await lockOf(stream).inspect())?.id, `round ${round}`).toBe(taken.handle.holder.id);
      expect(sim.getRef(lockRef(stream))).not.toBe(sim.getRef(releasedRef(stream)));
    }
  });

  it('a holder that was taken over and released by its successor cannot free a third holder', async () => {
    const a = await lockOf('t').acquire(shortLease('A'));
    await pause(5);
    const b = await lockOf('t').acquire(shortLease('B'));
    expect(await b.handle.release()).toBe(true);
    const c = await lockOf('t').acquire({ owner: 'C', timeoutMs: 10_000, leaseMs: 60_000, mode: 'lease' });
    expect(await a.handle.release()).toBe(false);
    expect((await lockOf('t').inspect())?.id).toBe(c.handle.holder.id);
  });

  it('costs one call to release and three to take a free lock', async () => {
    const first = await lockOf('u').acquire(shortLease('A'));
    await first.handle.release();
    const before = sim.requests.length;
    const again = await lockOf('u').acquire({ owner: 'B', timeoutMs: 1_000, leaseMs: 60_000, mode: 'lease' });
    const acquireCalls = sim.requests.length - before;
    await again.handle.release();
    expect([acquireCalls, sim.requests.length - before - acquireCalls]).toEqual([3, 1]);
  });
});
