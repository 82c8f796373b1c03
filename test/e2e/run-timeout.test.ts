// A run timeout ends a hung Codex: the simulator stalls the model call (as a 20 MB model message hung Codex for
// minutes) after Codex has refreshed the stale login. With a short run timeout the run ends on time, exit 9 (the
// Action's step fails saying so), the refresh made before the stall is in the store, nothing the run started is
// left, and the lock is free: the next run takes it without waiting.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld, entry } from '../support/action-world.js';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { processesMentioning } from '../support/run-processes.js';
import { nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

/** Longer than any test: the model call never answers within one. */
const STALL_MS = 10 * 60 * 1000;

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  world?.sim.setResponseDelay(0);
  actionWorld?.sim.setResponseDelay(0);
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

describe.each(CODEX_VERSIONS)('run timeout (Codex $name)', ({ bin }) => {
  it('CLI: a stalled model call ends at --run-timeout with exit 9, the refresh kept, the lock free', async () => {
    world = await createWorld();
    const session = world.sim.issueSession();
    await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    world.sim.setResponseDelay(STALL_MS);
    const cli = world;
    const args = (...extra: string[]) =>
      cli.runArgs('x', '--json', ...extra).map((arg) => (arg === CODEX_BIN ? bin : arg));

    const started = Date.now();
    const run = await world.cli(args('--run-timeout', '3'), { timeoutMs: 60_000 });
    const tookMs = Date.now() - started;
    expect(run.code, run.stderr).toBe(9);
    const result = jsonOf<{
      error: { code: string; message: string };
      refreshed: boolean;
      generation: number;
    }>(run);
    expect(result.error.code).toBe('run_timeout');
    expect(result.error.message).toMatch(/ran longer than the run timeout \(3 s\)/);
    expect(result.error.message).toMatch(/persisted \(generation 2\).*lock of stream "x" released/);
    expect(result.error.message).toContain('--run-timeout');
    // The time is the behaviour (the run timeout): at least 3 s, and far short of the stalled call (STALL_MS).
    expect(tookMs).toBeGreaterThanOrEqual(3000);
    expect(tookMs).toBeLessThan(20_000);
    expect(world.sim.refreshCount).toBe(1);
    const stored = await openStored(world, 'x');
    expect(stored?.envelope.generation).toBe(2);
    expect(world.sim.isValidRefreshToken(stored?.tokens?.refresh_token ?? '')).toBe(true);
    expect(processesMentioning(world.root)).toEqual([]);

    world.sim.setResponseDelay(0);
    const next = await world.cli(args('--lock-timeout', '0'));
    expect(next.code, next.stderr).toBe(0);
    expect(jsonOf(next)).toMatchObject({ refreshed: false, generation: 2, lockWaitMs: expect.any(Number) });
    expect(jsonOf<{ lockWaitMs: number }>(next).lockWaitMs).toBeLessThan(1000);
    expect(world.sim.reuseCount).toBe(0);
  }, 90_000);

  it('Action: a stalled model call ends at input run-timeout, the step fails saying so, the next job runs', async () => {
    actionWorld = await createActionWorld();
    const session = actionWorld.sim.issueSession();
    const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
    await fs.symlink(bin, path.join(binDir, 'codex'));
    const job = actionWorld;
    const step = (extra: Record<string, string>) => ({
      inputs: job.streamInputs('gh', {
        'auth-json': job.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        'codex-version': 'path',
        ...extra,
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
      timeoutMs: 60_000,
    });
    actionWorld.sim.setResponseDelay(STALL_MS);
    const started = Date.now();
    const hung = await actionWorld
      .job()
      .mainAndPost(entry('main'), entry('post'), step({ 'run-timeout': '3' }));
    expect(Date.now() - started).toBeLessThan(30_000); // the run timeout, not the stall (as above)
    expect(hung.main.code).not.toBe(0);
    expect(hung.main.stdout).toMatch(/::error::codex exec ran longer than the run timeout \(3 s\)/);
    expect(hung.main.outputs).toMatchObject({ refreshed: 'true', persisted: 'true', generation: '2' });
    expect(hung.post.code, hung.post.stdout).toBe(0);
    expect(processesMentioning(actionWorld.root)).toEqual([]);

    actionWorld.sim.setResponseDelay(0);
    const next = await actionWorld
      .job()
      .mainAndPost(entry('main'), entry('post'), step({ 'lock-timeout': '0' }));
    expect(next.main.code, next.main.stdout).toBe(0);
    expect(next.main.outputs).toMatchObject({ refreshed: 'false', generation: '2' });
    expect(Number(next.main.outputs['lock-wait-seconds'])).toBeLessThan(1);
  }, 120_000);
});
