import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import { type Envelope, sealEnvelope } from '../../../src/core/envelope.js';
import { RollbackRefusedError } from '../../../src/core/errors.js';
import { generateKey, parseKey } from '../../../src/core/key.js';
import { GitRefs } from '../../../src/github/git-refs.js';
import { createOctokit } from '../../../src/github/octokit.js';
import { RefHandoff } from '../../../src/github/ref-handoff.js';
import { GitRefLock } from '../../../src/locks/git-ref-lock.js';
import type { AcquireOptions } from '../../../src/locks/lock.js';
import { GitRefStore, highWaterRef, streamRef } from '../../../src/stores/git-ref-store.js';
import { type GitHubSimulator, startGitHubSimulator } from '../../support/github-simulator.js';
import { registerSecret } from '../../support/leak-guard.js';
import { freshAuthJson } from '../../support/test-tokens.js';

// The git-ref lock hands the listing it took the lock from to the git-ref store (src/github/ref-handoff.ts), so
// the store's read needs no ref reads. These tests pin when that listing may be used, and when it must not be.

const keyText = generateKey();
registerSecret(keyText);
const key = parseKey(keyText);

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

/** The store and lock of one stream as createBackends wires them when both are git-ref. */
function pair(stream: string) {
  const handoff = new RefHandoff();
  return {
    store: new GitRefStore(git, stream, handoff),
    lock: new GitRefLock(git, client, stream, { handoff }),
  };
}

const lease = (owner: string, leaseMs = 60_000): AcquireOptions => ({
  owner,
  timeoutMs: 10_000,
  leaseMs,
  mode: 'lease',
});

async function envelope(stream: string, generation: number): Promise<Envelope> {
  const bundle = parseBundle(freshAuthJson().text);
  return sealEnvelope({ bundle, stream, generation, writer: 'handoff test', now: new Date() }, key);
}

/** Writes generations 1..n through a store of its own (no lock, no handoff), as earlier jobs left them. */
async function history(stream: string, n: number): Promise<void> {
  const store = new GitRefStore(git, stream);
  for (let generation = 1; generation <= n; generation++) {
    await store.write(await envelope(stream, generation), generation - 1);
  }
}

/** The requests `run` makes, as `METHOD path-after-the-repository`. */
async function callsOf<T>(run: () => Promise<T>): Promise<{ value: T; calls: string[] }> {
  const before = sim.requests.length;
  const value = await run();
  const prefix = `/repos/${sim.repo.owner}/${sim.repo.repo}`;
  const calls = sim.requests.slice(before).map((r) => `${r.method} ${r.path.replace(prefix, '')}`);
  return { value, calls };
}

// Lease expiry is by the clock and the lock takes no injectable clock: a short pause after a 1 ms lease is the
// staleness under test, not a wait for something to happen.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the git-ref lock hands its listing to the git-ref store', () => {
  it('a lock taken from a free state: the read costs only the envelope commit, a refresh 3 calls, release 1', async () => {
    await history('main', 1);
    const { store, lock } = pair('main');
    await (await lock.acquire(lease('seed'))).handle.release(); // as the seed left it: lock ref and marker exist
    const acquired = await callsOf(() => lock.acquire(lease('A')));
    expect(acquired.calls).toEqual([
      'GET /git/matching-refs/codex-auth',
      'POST /git/commits',
      'PATCH /git/refs/codex-auth/locks/main',
    ]);
    const read = await callsOf(() => store.read());
    expect(read.value?.generation).toBe(1);
    expect(read.calls).toEqual([`GET /git/commits/${sim.getRef(streamRef('main'))}`]);
    const written = await callsOf(async () => store.write(await envelope('main', 2), 1));
    expect(written.calls).toEqual([
      'POST /git/commits',
      'PATCH /git/refs/codex-auth/streams/main',
      'PATCH /git/refs/codex-auth/high-water/main',
    ]);
    expect(sim.getRef(highWaterRef('main'))).toBe(sim.getRef(streamRef('main')));
    const released = await callsOf(() => acquired.value.handle.release());
    expect(released).toEqual({ value: true, calls: ['PATCH /git/refs/codex-auth/locks/main+released'] });
  });

  it('streams whose names share a prefix each find their own refs in the one listing', async () => {
    await history('main', 1);
    await history('main.2', 3);
    await history('mai', 2);
    for (const [stream, generation] of [
      ['main', 1],
      ['main.2', 3],
      ['mai', 2],
    ] as const) {
      const { store, lock } = pair(stream);
      const { handle } = await lock.acquire(lease(stream));
      expect((await callsOf(() => store.read())).calls).toHaveLength(1);
      expect((await store.read())?.generation).toBe(generation);
      await handle.release();
    }
  });

  it('a takeover hands nothing over: a write the replaced holder makes after the listing is read', async () => {
    await history('t', 1);
    const zombie = pair('t');
    await zombie.lock.acquire(lease('A', 1)); // a lease that expires at once: A looks gone while it still runs
    await pause(5);
    const next = pair('t');
    await next.lock.acquire(lease('B'));
    await zombie.store.write(await envelope('t', 2), 1); // A, unaware, writes after B took the lock
    const read = await callsOf(() => next.store.read());
    expect(read.value?.generation).toBe(2);
    expect(read.calls.filter((call) => call.startsWith('GET /git/ref/'))).toHaveLength(2);
  });

  it('a release withdraws the listing: a read after it looks for itself', async () => {
    await history('r', 1);
    const { store, lock } = pair('r');
    const { handle } = await lock.acquire(lease('A'));
    await handle.release();
    await new GitRefStore(git, 'r').write(await envelope('r', 2), 1); // another writer, after the release
    expect((await store.read())?.generation).toBe(2);
  });

  it('a store reads the listing once: a second read (a conflict message, say) looks for itself', async () => {
    await history('o', 1);
    const { store, lock } = pair('o');
    await lock.acquire(lease('A'));
    expect((await store.read())?.generation).toBe(1);
    await new GitRefStore(git, 'o').write(await envelope('o', 2), 1);
    expect((await store.read())?.generation).toBe(2);
  });

  it('the rollback guard holds on the listing: a stream ref put back is refused', async () => {
    await history('g', 2);
    const newest = sim.getRef(streamRef('g')) ?? '';
    const first = (await client.rest.git.getCommit({ ...sim.repo, commit_sha: newest })).data.parents[0]?.sha;
    sim.setRef(streamRef('g'), first ?? '');
    const { store, lock } = pair('g');
    await lock.acquire(lease('A'));
    await expect(store.read()).rejects.toBeInstanceOf(RollbackRefusedError);
    expect(sim.getRef(highWaterRef('g'))).toBe(newest);
  });

  it('a high-water ref behind the stream in the listing costs one read and lets the newer copy through', async () => {
    await history('w', 2);
    const newest = sim.getRef(streamRef('w')) ?? '';
    const first = (await client.rest.git.getCommit({ ...sim.repo, commit_sha: newest })).data.parents[0]?.sha;
    sim.setRef(highWaterRef('w'), first ?? ''); // as a listing taken between a write and its mark would show
    const { store, lock } = pair('w');
    await lock.acquire(lease('A'));
    const read = await callsOf(() => store.read());
    expect(read.value?.generation).toBe(2);
    expect(read.calls).toEqual([`GET /git/commits/${newest}`, `GET /git/commits/${first}`]);
    await store.write(await envelope('w', 3), 2);
    expect(sim.getRef(highWaterRef('w'))).toBe(sim.getRef(streamRef('w')));
  });

  it('a resumed lease (persist) hands over its listing: the write reads only the commit it builds on', async () => {
    await history('p', 1);
    const restore = pair('p');
    const { handle } = await restore.lock.acquire(lease('restore'));
    const persist = pair('p');
    const resumed = await persist.lock.resume(handle.holder.id);
    const loaded = sim.getRef(streamRef('p'));
    const written = await callsOf(async () => persist.store.write(await envelope('p', 2), 1));
    expect(written.calls).toEqual([
      `GET /git/commits/${loaded}`,
      'POST /git/commits',
      'PATCH /git/refs/codex-auth/streams/p',
      'PATCH /git/refs/codex-auth/high-water/p',
    ]);
    expect(await resumed.release()).toBe(true);
  });
});
