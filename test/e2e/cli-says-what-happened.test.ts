import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import type { ChildEvent, ChildTask } from '../support/lock-child.js';
import { anHourAgo, seedStream } from './stream-helpers.js';

// The bundled CLI's output says what happened and nothing more: one printing of each error, "not seeded" (with
// "did you mean") for a stream that never held anything, a stale lock shown as stale, the real lock wait, and a
// warning when one login is seeded into a second stream, and the protection a run had.

const repoRoot = path.resolve(import.meta.dirname, '../..');
let world: World;
const children: ChildProcess[] = [];

beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await world.close();
});

/** A process holding the stream's file lock, as a `run` does; it reports once it holds it. */
async function holdLock(
  stream: string,
  exitAfterAcquire: boolean,
): Promise<{ pid: number; exited: Promise<unknown> }> {
  const task: ChildTask = {
    action: 'hold',
    dir: path.join(world.stateDir, stream),
    stream,
    mode: 'process',
    leaseMs: 60_000,
    owner: 'another job',
    exitAfterAcquire,
  };
  const child = fork(path.join(repoRoot, 'test/support/lock-child.ts'), [JSON.stringify(task)], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: ChildEvent) => {
      if (message.event === 'acquired') resolve();
      if (message.event === 'error') reject(new Error(message.message));
    });
  });
  return { pid: child.pid as number, exited };
}

const errorLines = (stderr: string) =>
  stderr.split('\n').filter((line) => /error|dead-login|not seeded/i.test(line));

describe('a stream that holds nothing', () => {
  beforeEach(async () => {
    await seedStream(
      world,
      'nightly',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
  });

  it('is "not seeded", with the near name, said once, and no run summary claims a generation', async () => {
    const run = await world.cli(world.runArgs('nightlly'));
    expect(run.code).toBe(3);
    expect(errorLines(run.stderr)).toEqual([
      expect.stringMatching(
        /^codex-auth: error: stream "nightlly" is not seeded: .* Did you mean "nightly"\?/,
      ),
    ]);
    expect(run.stderr).not.toMatch(/dead|reseed|no generation|run stream/);
    expect(world.sim.requestLog).toEqual([]);
    const json = jsonOf<{ error: { code: string } }>(
      await world.cli(['run', '--stream', 'nightlly', '--json', '--', 'say OK']),
    );
    expect(json.error.code).toBe('not_seeded');
  });

  it('fails a restore without printing "restored stream ... no generation"', async () => {
    const restore = await world.cli([
      'restore',
      '--stream',
      'nightlly',
      '--codex-home',
      path.join(world.root, 'h'),
    ]);
    expect(restore.code).toBe(3);
    expect(restore.stderr).not.toMatch(/restored stream|no generation/);
    expect(errorLines(restore.stderr)).toHaveLength(1);
    expect(restore.stderr).toMatch(/Did you mean "nightly"\?/);
  });

  it('names no near stream when there is none', async () => {
    const run = await world.cli(world.runArgs('weekly-review'));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/stream "weekly-review" is not seeded/);
    expect(run.stderr).not.toMatch(/Did you mean/);
  });
});

describe('the lock', () => {
  beforeEach(async () => {
    await seedStream(
      world,
      's',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
  });

  it('of a holder that is gone is shown as stale, and the next run takes it', async () => {
    const holder = await holdLock('s', true);
    await holder.exited;
    const text = await world.cli(['status', '--stream', 's']);
    expect(text.stdout).toMatch(
      new RegExp(
        `lock: +stale: its holder another job \\(host .*, pid ${holder.pid}, .*\\) is gone; the next run takes it`,
      ),
    );
    expect(text.stdout).not.toMatch(/held by/);
    const json = jsonOf<{ lock: { held: boolean; stale: boolean } }>(
      await world.cli(['status', '--stream', 's', '--json']),
    );
    expect(json.lock).toMatchObject({ held: false, stale: true });
    const run = await world.cli([...world.runArgs('s')]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('of a live holder is "held by", and a timed-out wait reports the time it waited, once', async () => {
    await holdLock('s', false);
    expect((await world.cli(['status', '--stream', 's'])).stdout).toMatch(/lock: +held by another job/);
    const json = jsonOf<{ lockWaitMs: number; error: { code: string } }>(
      await world.cli(['run', '--stream', 's', '--lock-timeout', '2', '--json', '--', 'say OK']),
    );
    expect(json.error.code).toBe('lock_timeout');
    expect(json.lockWaitMs).toBeGreaterThanOrEqual(2000);
    const text = await world.cli(['run', '--stream', 's', '--lock-timeout', '1', '--', 'say OK']);
    expect(text.code).toBe(4);
    expect(errorLines(text.stderr)).toEqual([
      expect.stringMatching(/^codex-auth: error: timed out after 1\.\ds/),
    ]);
  });
});

describe('a run', () => {
  it('names its protection in one line of its human output, as --json does', async () => {
    await seedStream(
      world,
      'p',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const run = await world.cli([...world.runArgs('p')]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stderr.split('\n').filter((line) => /protection/i.test(line));
    expect(lines).toEqual([
      'codex-auth: protection: broker (Codex held placeholders, the token broker relayed the login, the sandbox held)',
    ]);
    // Without a separate user there is no isolation to report.
    expect(run.stderr).not.toMatch(/Codex ran as/);
    const json = jsonOf<{ protection: string }>(await world.cli([...world.runArgs('p', '--json')]));
    expect(json.protection).toBe('broker');
  });
});

describe('seed', () => {
  it('warns when the login is already stored in another stream', async () => {
    const login = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    await seedStream(world, 'first', login);
    const second = await world.cli([
      'seed',
      '--stream',
      'second',
      '--auth-file',
      await world.file('same.json', login),
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(
      /warning: this login \(fingerprint sha256:[0-9a-f]+\) is also stored in stream "first" of this store: two streams of one login kill each other/,
    );
    const other = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    const third = await world.cli([
      'seed',
      '--stream',
      'third',
      '--auth-file',
      await world.file('other.json', other),
    ]);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).not.toMatch(/also stored in stream/);
  });
});

describe('the demo (npm run demo)', () => {
  it("ends with its one-line verdict and labels Codex's harmless lines", () => {
    const demo = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/demo.ts')], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(demo.status, demo.stderr).toBe(0);
    const lines = demo.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(
      /^demo OK: seeded generation 1; the first run refreshed .* 1 refresh at the simulator$/,
    );
    const codexLines = lines.filter((line) => /PATH aliases|Reading additional input from stdin/.test(line));
    expect(codexLines.length).toBeGreaterThan(0);
    for (const line of codexLines) expect(line).toMatch(/<- Codex, harmless: /);
  }, 120_000);
});
