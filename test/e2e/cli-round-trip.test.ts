import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { waitFor } from '../support/wait-for.js';
import {
  anHourAgo,
  envelopePath,
  nineDaysAgo,
  openStored,
  seedStream,
  storedText,
} from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

describe('codex-auth run with the real Codex CLI', () => {
  it('refreshes a stale login and stores the new tokens at generation + 1', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'main', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));

    const run = await world.cli([...world.runArgs('main', '--json')]);
    const result = jsonOf(run);

    expect(run.code, run.stderr).toBe(0);
    expect(result).toMatchObject({
      stream: 'main',
      store: 'file',
      generation: 2,
      refreshed: true,
      persisted: true,
      codexExitCode: 0,
      finalMessage: 'OK',
      error: null,
    });
    expect(result.fingerprintAfter).not.toBe(result.fingerprintBefore);
    expect(world.sim.refreshLog.map((entry) => [entry.reason, entry.outcome])).toEqual([['scheduled', 'ok']]);
    const stored = await openStored(world, 'main');
    const current = world.sim.currentSessionOf(session.refreshToken);
    expect(stored?.envelope.generation).toBe(2);
    expect(stored?.tokens?.refresh_token).toBe(current?.refreshToken);
    expect(stored?.tokens?.access_token).toBe(current?.accessToken);
    expect(world.sim.isValidRefreshToken(stored?.tokens?.refresh_token ?? '')).toBe(true);
  });

  it('leaves a fresh login alone and does not rewrite the store', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'main', world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
    const before = await storedText(world, 'main');
    const mtimeBefore = (await fs.stat(envelopePath(world, 'main'))).mtimeMs;

    const run = await world.cli([...world.runArgs('main', '--json')]);

    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      generation: 1,
      refreshed: false,
      persisted: false,
      finalMessage: 'OK',
    });
    // A newcomer's run is clean: Codex gets its model list and its Responses WebSocket, and logs no ERROR.
    expect(run.stderr).not.toMatch(/\bERROR\b/);
    expect(world.sim.requestLog.map((entry) => `${entry.path} ${entry.status}`)).toEqual(
      expect.arrayContaining(['/backend-api/codex/models 200', '/backend-api/codex/responses 101']),
    );
    expect(world.sim.refreshCount).toBe(0);
    // The run went through the token broker: Codex held placeholders, the broker relayed the turn and logged it.
    const result = jsonOf(run);
    expect(result.protection).toBe('broker');
    expect(result.brokerLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'GET', path: '/backend-api/codex/responses', status: 101 }),
      ]),
    );
    expect(await storedText(world, 'main')).toBe(before);
    expect((await fs.stat(envelopePath(world, 'main'))).mtimeMs).toBe(mtimeBefore);
  });

  it('stores the seed first on an empty store, so a refresh in the same run ends at generation 2', async () => {
    const session = world.sim.issueSession();
    const seed = await world.file(
      'seed.json',
      world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
    );

    const run = await world.cli([...world.runArgs('fresh-stream', '--json', '--seed-file', seed)]);

    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ seeded: true, refreshed: true, persisted: true, generation: 2 });
    // A second run holds a fresh login: no refresh, nothing written, and the seed is not used again.
    const again = await world.cli([...world.runArgs('fresh-stream', '--json', '--seed-file', seed)]);
    expect(jsonOf(again)).toMatchObject({ seeded: false, refreshed: false, persisted: false, generation: 2 });
    expect(again.stderr).toMatch(/seed .* is not used/);
    expect(world.sim.refreshCount).toBe(1);
  });

  it('exits 3 on refresh_token_reused, leaves the store untouched and says how to reseed', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'main', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    // Another machine used the same login: it refreshed first, so our refresh token is spent and the old
    // access token is rejected by the backend.
    world.sim.rotate(session.refreshToken);
    world.sim.revokeAccessToken(session.accessToken);
    const before = await storedText(world, 'main');

    const run = await world.cli([...world.runArgs('main', '--json')]);
    const result = jsonOf<{ error: { code: string; message: string }; persisted: boolean }>(run);

    expect(run.code).toBe(3);
    expect(result.error.code).toBe('auth_unusable');
    expect(result.error.message).toMatch(/refresh_token_reused/);
    expect(result.error.message).toMatch(/codex-auth seed --force/);
    expect(result.persisted).toBe(false);
    expect(await storedText(world, 'main')).toBe(before);
    expect(world.sim.refreshLog.some((entry) => entry.outcome === 'refresh_token_reused')).toBe(true);
  });

  it('serializes 8 concurrent runs on one stale stream: all succeed, exactly one refresh, no reuse', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'shared', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));

    const runs = await Promise.all(
      Array.from({ length: 8 }, () =>
        world.cli([...world.runArgs('shared', '--json', '--lock-timeout', '120')], { timeoutMs: 120_000 }),
      ),
    );

    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const results = runs.map((run) => jsonOf<{ refreshed: boolean; generation: number }>(run));
    expect(results.filter((result) => result.refreshed)).toHaveLength(1);
    expect(world.sim.refreshCount).toBe(1);
    expect(world.sim.reuseCount).toBe(0);
    expect((await openStored(world, 'shared'))?.envelope.generation).toBe(2);
  }, 180_000);

  it('keeps the refresh when the CLI is killed with -9 after Codex refreshed, and the lock recovers', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'main', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    world.sim.setResponseDelay(20_000); // Codex refreshes, then waits for the model: kill it mid-turn.

    const running = world.spawn([...world.runArgs('main')]);
    await waitFor(async () => (await openStored(world, 'main'))?.envelope.generation === 2, {
      timeoutMs: 15_000,
      what: 'the refreshed login to be persisted mid-turn',
    }).catch((error: unknown) => {
      throw new Error(`${(error as Error).message}\n${running.output().stderr}`);
    });
    const refreshedAt = world.sim.refreshLog[0]?.at.getTime() ?? 0;
    const writtenAt = (await fs.stat(envelopePath(world, 'main'))).mtimeMs;
    // The time is the behaviour: the watcher persists a refresh within 1 s (its documented bound), mid-turn.
    expect(writtenAt - refreshedAt).toBeLessThan(1000);
    running.child.kill('SIGKILL');
    await running.done;
    const orphanHome = await homeOwnedBy(running.child.pid ?? -1);
    expect(orphanHome, 'the killed run left its private CODEX_HOME behind').not.toBeNull();
    const orphanCodex = orphanHome?.codexPid ?? -1;
    expect(orphanCodex).toBeGreaterThan(0);

    const stored = await openStored(world, 'main');
    expect(world.sim.isValidRefreshToken(stored?.tokens?.refresh_token ?? '')).toBe(true);
    const status = jsonOf<{ lock: { held: boolean; stale: boolean } }>(
      await world.cli(['status', '--stream', 'main', '--json']),
    );
    // The lock is still there, but its holder is gone: the next run takes it.
    expect(status.lock).toMatchObject({ held: false, stale: true });

    world.sim.setResponseDelay(0);
    const next = await world.cli([...world.runArgs('main', '--json', '--lock-timeout', '30')]);
    expect(next.code, next.stderr).toBe(0);
    expect(jsonOf(next)).toMatchObject({ refreshed: false, generation: 2 });
    // "Takes the stale lock at once" is measured by the run itself (its lock wait), not by the wall clock around a
    // whole CLI run, which a loaded machine stretches.
    expect(jsonOf<{ lockWaitMs: number }>(next).lockWaitMs).toBeLessThan(2000);
    expect(world.sim.reuseCount).toBe(0);
    // The next run stopped the orphaned Codex (unless it had exited by itself: a zombie nobody reaps here) and
    // removed the plaintext the killed run left behind.
    expect(next.stderr).toMatch(/stopped Codex .* left running|Codex \(pid \d+\) .* had already exited/);
    expect(isRunning(orphanCodex), 'the orphaned Codex still runs').toBe(false);
    expect(await homeOwnedBy(running.child.pid ?? -1)).toBeNull();
  }, 60_000);
});

/** Alive and not a zombie. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The private CODEX_HOME a codex-auth process created, found by the owner record it keeps there. */
async function homeOwnedBy(pid: number): Promise<{ name: string; codexPid: number | null } | null> {
  // The CLI's XDG_CACHE_HOME is the world's home/.cache (codexEnvFor); private homes live under it.
  const base = path.join(world.root, 'home', '.cache', 'codex-auth', 'homes');
  for (const name of await fs.readdir(base).catch(() => [])) {
    if (!name.startsWith('codex-auth-home-')) continue;
    const owner = await fs.readFile(path.join(base, name, 'codex-auth-owner.json'), 'utf8').catch(() => null);
    const record =
      owner === null ? null : (JSON.parse(owner) as { ownerPid: number; codexPid: number | null });
    if (record?.ownerPid === pid) return { name, codexPid: record.codexPid };
  }
  return null;
}
