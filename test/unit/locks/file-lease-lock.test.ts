import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockLostError, LockTimeoutError } from '../../../src/core/errors.js';
import { FileLeaseLock, UNGUARDED_RELEASE_MS } from '../../../src/locks/file-lease-lock.js';
import { LOCK_FILE_NAME, UNREADABLE_LOCK_LEASE_MS } from '../../../src/locks/lease-record.js';
import type { AcquireOptions, LockHolder } from '../../../src/locks/lock.js';
import { NoLock } from '../../../src/locks/no-lock.js';
import { currentIdentity, processStartTime } from '../../../src/locks/process-liveness.js';
import type { ChildEvent, ChildTask } from '../../support/lock-child.js';
import { waitFor, within } from '../../support/wait-for.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const childScript = path.join(repoRoot, 'test/support/lock-child.ts');
const hasProc = processStartTime(process.pid) !== null;

let root: string;
let dir: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lease-lock-'));
  dir = path.join(root, 'state', 's1');
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await fs.rm(root, { recursive: true, force: true });
});

function options(overrides: Partial<AcquireOptions> = {}): AcquireOptions {
  return { owner: 'test-owner', timeoutMs: 5_000, leaseMs: 30_000, mode: 'process', ...overrides };
}

/** Starts lock-child.ts; `next(event)` resolves with the child's next message of that kind. */
function startChild(task: ChildTask): {
  child: ChildProcess;
  next: <E extends ChildEvent['event']>(event: E) => Promise<Extract<ChildEvent, { event: E }>>;
  exited: Promise<number | null>;
} {
  const child = fork(childScript, [JSON.stringify(task)], {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const next = <E extends ChildEvent['event']>(event: E) =>
    new Promise<Extract<ChildEvent, { event: E }>>((resolve, reject) => {
      const onMessage = (message: ChildEvent) => {
        if (message.event === 'error') reject(new Error(`child failed: ${message.name}: ${message.message}`));
        if (message.event !== event) return;
        child.off('message', onMessage);
        resolve(message as Extract<ChildEvent, { event: E }>);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`child exited (${code}) before sending ${event}`)));
    });
  return { child, next, exited };
}

async function writeLease(fields: Partial<Record<string, unknown>>): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const lease = {
    version: 1,
    stream: 's1',
    id: 'foreign-id',
    host: 'other-host.example',
    pid: 4242,
    owner: 'https://ci.example/run/7',
    acquiredAt: new Date(Date.now() - 120_000).toISOString(),
    expiresAt: new Date(Date.now() + 60_000).toISOString(),
    ...fields,
  };
  await fs.writeFile(path.join(dir, LOCK_FILE_NAME), JSON.stringify(lease), { mode: 0o600 });
}

/** A pid that certainly belonged to a process on this machine and is now free. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(result.stdout);
}

async function expectTimeout(lock: FileLeaseLock, timeoutMs = 300): Promise<LockTimeoutError> {
  const error = await lock.acquire(options({ timeoutMs })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LockTimeoutError);
  return error as LockTimeoutError;
}

describe('FileLeaseLock across processes', () => {
  it('lets one of 8 concurrent processes at a time update a counter (no lost update)', async () => {
    const counter = path.join(root, 'counter');
    await fs.writeFile(counter, '0');
    const runs = Array.from({ length: 8 }, () =>
      startChild({ action: 'increment', dir, stream: 's1', counter, times: 5 }),
    );
    await Promise.all(runs.map((run) => run.next('done')));
    expect(Number(await fs.readFile(counter, 'utf8'))).toBe(40);
    expect(await new FileLeaseLock(dir, 's1').inspect()).toBeNull();
  });

  it('takes a free lock at once without its guard, even while someone holds the guard', async () => {
    // The guard is a directory beside the lease (proper-lockfile); a fresh one is held, not stale.
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await fs.mkdir(path.join(dir, `${LOCK_FILE_NAME}.guard`));
    const { handle, waitedMs } = await new FileLeaseLock(dir, 's1').acquire(options({ timeoutMs: 0 }));
    expect(waitedMs).toBe(0);
    expect((await new FileLeaseLock(dir, 's1').inspect())?.id).toBe(handle.holder.id);
    // A lease on file is judged under the guard only: with the guard held, a second taker times out.
    const second = await new FileLeaseLock(dir, 's1')
      .acquire(options({ timeoutMs: 0 }))
      .catch((e: unknown) => e);
    expect(second).toBeInstanceOf(LockTimeoutError);
    await fs.rmdir(path.join(dir, `${LOCK_FILE_NAME}.guard`));
    expect(await handle.release()).toBe(true);
  });

  /** Holds the guard beside the lease, kept fresh (proper-lockfile would take over one 2 s old), until released. */
  async function holdGuard(): Promise<() => Promise<void>> {
    const guard = path.join(dir, `${LOCK_FILE_NAME}.guard`);
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await fs.mkdir(guard);
    const fresh = setInterval(() => void fs.utimes(guard, new Date(), new Date()).catch(() => {}), 500);
    return async () => {
      clearInterval(fresh);
      await fs.rmdir(guard);
    };
  }

  it('releases a lease with time to run without its guard, even while someone holds the guard', async () => {
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options({ leaseMs: 60_000 }));
    const freeGuard = await holdGuard();
    try {
      // Under the guard, release would wait for it (and give up after 6 s).
      expect(await within(handle.release(), 1_500, 'the release')).toBe(true);
      expect(await new FileLeaseLock(dir, 's1').inspect()).toBeNull();
    } finally {
      await freeGuard();
    }
  });

  it('releases a lease near its end under the guard', async () => {
    const leaseMs = UNGUARDED_RELEASE_MS - 5_000;
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options({ leaseMs, mode: 'lease' }));
    const freeGuard = await holdGuard();
    let settled = false;
    const release = handle.release().finally(() => (settled = true));
    // The time is the behaviour: while the guard is held, the release waits.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    await freeGuard();
    expect(await within(release, 5_000, 'the release once the guard is free')).toBe(true);
    expect(await new FileLeaseLock(dir, 's1').inspect()).toBeNull();
  });

  it('gives a free lock to exactly one of many takers at once', async () => {
    const takers = Array.from({ length: 12 }, () =>
      new FileLeaseLock(dir, 's1').acquire(options({ timeoutMs: 0 })),
    );
    const settled = await Promise.allSettled(takers);
    const won = settled.filter((outcome) => outcome.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const outcome of settled)
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(LockTimeoutError);
    await (
      won[0] as PromiseFulfilledResult<{ handle: { release(): Promise<boolean> } }>
    ).value.handle.release();
  });

  it('hands the lock of a kill -9ed holder to a waiter within 2 seconds', async () => {
    const holder = startChild({
      action: 'hold',
      dir,
      stream: 's1',
      mode: 'process',
      leaseMs: 60_000,
      owner: 'doomed',
    });
    const acquired = await holder.next('acquired');
    expect(acquired.pid).toBe(holder.child.pid);

    const seen: LockHolder[] = [];
    const waiting = new FileLeaseLock(dir, 's1').acquire(
      options({ timeoutMs: 10_000, onWait: (h) => seen.push(h) }),
    );
    // The time is the behaviour: the waiter's back-off grows to its 1 s cap, and the hand-over must still be quick.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(seen[0]?.owner).toBe('doomed');

    const killedAt = performance.now();
    holder.child.kill('SIGKILL');
    const { handle } = await waiting;
    const tookMs = performance.now() - killedAt;
    expect(tookMs, `took over ${Math.round(tookMs)} ms after the kill`).toBeLessThan(2_000);
    if (process.env.LOCK_TEST_VERBOSE) console.log(`kill -9 -> acquired in ${Math.round(tookMs)} ms`);
    expect(handle.holder.pid).toBe(process.pid);
    expect(await handle.release()).toBe(true);
  });

  it("keeps a 'lease' lock after its process exits, for another process to resume and release", async () => {
    const restore = startChild({
      action: 'hold',
      dir,
      stream: 's1',
      mode: 'lease',
      leaseMs: 60_000,
      owner: 'restore step',
      exitAfterAcquire: true,
    });
    const { id, pid } = await restore.next('acquired');
    expect(pid).toBeNull();
    expect(await restore.exited).toBe(0);

    const lock = new FileLeaseLock(dir, 's1');
    expect((await lock.inspect())?.id).toBe(id);
    const error = await expectTimeout(lock, 200);
    expect(error.message).toContain('restore step');

    const persist = startChild({ action: 'resume-release', dir, stream: 's1', id });
    expect((await persist.next('released')).released).toBe(true);
    expect(await lock.inspect()).toBeNull();
  });

  it('refuses to resume a lease under an id that does not hold it, in another process', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    const { handle } = await lock.acquire(options({ mode: 'lease' }));
    const other = startChild({ action: 'resume-release', dir, stream: 's1', id: 'not-the-holder' });
    const failure = new Promise<ChildEvent>((resolve) => other.child.on('message', resolve));
    expect(await failure).toMatchObject({ event: 'error', name: 'LockLostError', exitCode: 4 });
    expect((await lock.inspect())?.id).toBe(handle.holder.id);
  });
});

describe('FileLeaseLock waiting', () => {
  it('times out naming the holder and what to do, after telling onWait who holds it', async () => {
    const holder = new FileLeaseLock(dir, 's1');
    const { handle } = await holder.acquire(options({ owner: 'https://ci.example/run/1' }));
    const waits: [LockHolder, number][] = [];
    const error = await new FileLeaseLock(dir, 's1')
      .acquire(options({ timeoutMs: 400, onWait: (h, ms) => waits.push([h, ms]) }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LockTimeoutError);
    const { message, exitCode } = error as LockTimeoutError;
    expect(exitCode).toBe(4);
    for (const part of [
      'https://ci.example/run/1',
      `host ${os.hostname()}`,
      `pid ${process.pid}`,
      handle.holder.acquiredAt,
      '--lock-timeout',
      'codex-auth unlock --force --stream s1',
    ]) {
      expect(message).toContain(part);
    }
    expect(waits).toHaveLength(1); // once at the start; then every 10 s
    expect(waits[0]?.[0].id).toBe(handle.holder.id);
    expect(waits[0]?.[1]).toBeLessThan(200);
    await handle.release();
  });

  it('repeats onWait at its interval', async () => {
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options());
    let calls = 0;
    await expect(
      new FileLeaseLock(dir, 's1', { noticeEveryMs: 100 }).acquire(
        options({ timeoutMs: 700, onWait: () => calls++ }),
      ),
    ).rejects.toBeInstanceOf(LockTimeoutError);
    expect(calls).toBeGreaterThanOrEqual(3);
    await handle.release();
  });

  it('stops waiting when the signal aborts', async () => {
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options());
    const controller = new AbortController();
    let abortedAt = 0;
    // Abort once the waiter is really waiting (it reported the holder), not after a guessed delay.
    const onWait = () => {
      abortedAt = performance.now();
      controller.abort();
    };
    const error = await new FileLeaseLock(dir, 's1')
      .acquire(options({ timeoutMs: 10_000, signal: controller.signal, onWait }))
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(abortedAt).toBeGreaterThan(0);
    // The time is the behaviour ("stops at once", not at its next back-off step or the 10 s timeout): generous.
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    await expect(
      new FileLeaseLock(dir, 's1').acquire(options({ signal: AbortSignal.abort() })),
    ).rejects.toThrow();
    await handle.release();
  });

  it('lets exactly one of many concurrent waiters take over a stale lease', async () => {
    await writeLease({ expiresAt: new Date(Date.now() - 1_000).toISOString() });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => new FileLeaseLock(dir, 's1').acquire(options({ timeoutMs: 300 }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const losers = results.filter((r) => r.status === 'rejected');
    expect(losers.every((r) => r.reason instanceof LockTimeoutError)).toBe(true);
  });
});

describe('FileLeaseLock staleness', () => {
  it('takes over an expired lease from another host', async () => {
    await writeLease({ expiresAt: new Date(Date.now() - 1_000).toISOString() });
    const { handle, waitedMs } = await new FileLeaseLock(dir, 's1').acquire(options());
    expect(waitedMs).toBeLessThan(1_000);
    expect(handle.holder.host).toBe(os.hostname());
    await handle.release();
  });

  it('does not take a live lease from another host, even if its pid is free here', async () => {
    await writeLease({ pid: deadPid() });
    const error = await expectTimeout(new FileLeaseLock(dir, 's1'));
    expect(error.message).toContain('other-host.example');
    expect((await new FileLeaseLock(dir, 's1').inspect())?.id).toBe('foreign-id');
  });

  it('does not take an expired lock whose process is alive on this host', async () => {
    const here = currentIdentity();
    await writeLease({
      host: here.host,
      bootId: here.bootId,
      pidNamespace: here.pidNamespace,
      pid: process.pid,
      pidStartTime: processStartTime(process.pid),
      expiresAt: new Date(Date.now() - 60_000).toISOString(),
    });
    await expectTimeout(new FileLeaseLock(dir, 's1'));
  });

  it('takes an unexpired lock whose process is gone from this host', async () => {
    await writeLease({ host: os.hostname(), pid: deadPid() });
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options());
    await handle.release();
  });

  it.skipIf(!hasProc)('takes a lock whose pid now names another process (pid reuse)', async () => {
    await writeLease({ host: os.hostname(), pid: process.pid, pidStartTime: '1' });
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options());
    await handle.release();
  });

  it.skipIf(currentIdentity().bootId === null)(
    'judges a lock from before a reboot by its expiry',
    async () => {
      await writeLease({ host: os.hostname(), bootId: 'another-boot', pid: deadPid() });
      await expectTimeout(new FileLeaseLock(dir, 's1'));
    },
  );

  it("takes a 'lease' lock only once it has expired", async () => {
    await writeLease({ host: os.hostname(), pid: null });
    await expectTimeout(new FileLeaseLock(dir, 's1'));
    await writeLease({ host: os.hostname(), pid: null, expiresAt: new Date(Date.now() - 1).toISOString() });
    const { handle } = await new FileLeaseLock(dir, 's1').acquire(options({ mode: 'lease' }));
    await handle.release();
  });

  it('renews a process lock by heartbeat while held, and stops when released', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    const { handle } = await lock.acquire(options({ leaseMs: 300 }));
    const first = handle.holder.expiresAt;
    // A beat writes the file first and updates handle.holder a moment later (and beats go on every 100 ms), so one
    // read can catch the two apart: wait until the lease on disk is renewed and the handle says the same.
    const renewed = await waitFor(
      async () => {
        const now = await lock.inspect();
        const newer = now !== null && Date.parse(now.expiresAt) > Date.parse(first);
        return newer && handle.holder.expiresAt === now.expiresAt ? now : null;
      },
      { what: 'the heartbeat to renew the lease, on disk and in handle.holder' },
    );
    expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.parse(first));
    expect(await handle.release()).toBe(true);
    // An absence: a heartbeat still running after release would re-write the lease within its period (~100 ms).
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await lock.inspect()).toBeNull();
  });
});

describe('FileLeaseLock release, resume, inspect, forceRelease', () => {
  it('never removes the lock of another holder', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    const first = await lock.acquire(options({ mode: 'lease' }));
    expect((await lock.forceRelease())?.id).toBe(first.handle.holder.id);
    const second = await lock.acquire(options({ mode: 'lease', owner: 'second' }));

    expect(await first.handle.release()).toBe(false);
    expect((await lock.inspect())?.id).toBe(second.handle.holder.id);
    await expect(lock.resume(first.handle.holder.id)).rejects.toBeInstanceOf(LockLostError);
    expect(await second.handle.release()).toBe(true);
    expect(await second.handle.release()).toBe(false);
    expect(await lock.inspect()).toBeNull();
  });

  it('resumes a lease by id in the same process and explains a lost one', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    const { handle } = await lock.acquire(options({ mode: 'lease' }));
    const resumed = await lock.resume(handle.holder.id);
    expect(resumed.holder).toEqual(handle.holder);
    expect(await resumed.release()).toBe(true);
    const error = await lock.resume(handle.holder.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockLostError);
    expect((error as LockLostError).exitCode).toBe(4);
    expect((error as Error).message).toMatch(/released, or it expired and was taken over \(it is free now\)/);
  });

  it('forceRelease returns the holder it removed, or null', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    expect(await lock.forceRelease()).toBeNull();
    await writeLease({});
    const removed = await lock.forceRelease();
    expect(removed).toMatchObject({ id: 'foreign-id', host: 'other-host.example', pid: 4242 });
    expect(await lock.inspect()).toBeNull();
  });

  it('reports an unreadable lock file as held by "unknown" and does not crash', async () => {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, LOCK_FILE_NAME), '{ not json');
    const lock = new FileLeaseLock(dir, 's1');
    const holder = await lock.inspect();
    expect(holder).toMatchObject({ id: 'unknown', host: 'unknown', pid: null });
    expect(holder?.owner).toContain('cannot be read: it is not JSON');
    expect((await expectTimeout(lock, 200)).message).toContain('unknown');
    expect((await lock.forceRelease())?.id).toBe('unknown');
    const { handle } = await lock.acquire(options());
    await handle.release();
  });

  it('takes over an unreadable lock file once it is old enough, and survives a symlink', async () => {
    const file = path.join(dir, LOCK_FILE_NAME);
    await fs.mkdir(dir, { recursive: true });
    await fs.symlink(path.join(root, 'elsewhere'), file);
    const lock = new FileLeaseLock(dir, 's1');
    expect((await lock.inspect())?.owner).toContain('symbolic link');
    await fs.rm(file);
    await fs.writeFile(file, '');
    const old = new Date(Date.now() - UNREADABLE_LOCK_LEASE_MS - 1_000);
    await fs.utimes(file, old, old);
    expect((await lock.inspect())?.owner).toContain('it is empty');
    const { handle } = await lock.acquire(options());
    await handle.release();
  });

  it('keeps the directory 0700 and the lease 0600, with no secrets and no leftovers', async () => {
    const lock = new FileLeaseLock(dir, 's1');
    const { handle } = await lock.acquire(options());
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    const file = path.join(dir, LOCK_FILE_NAME);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const keys = Object.keys(JSON.parse(await fs.readFile(file, 'utf8')) as object).sort();
    expect(keys).toEqual(
      [
        'acquiredAt',
        'bootId',
        'expiresAt',
        'host',
        'id',
        'mode',
        'owner',
        'pid',
        'pidNamespace',
        'pidStartTime',
        'stream',
        'version',
      ].sort(),
    );
    await handle.release();
    expect(await fs.readdir(dir)).toEqual([]);
  });
});

describe('NoLock', () => {
  it('acquires at once and holds nothing', async () => {
    const lock = new NoLock();
    expect(lock.kind).toBe('none');
    const first = await lock.acquire(options());
    const second = await lock.acquire(options());
    expect(first.waitedMs).toBe(0);
    expect(first.handle.holder.owner).toBe('test-owner');
    expect(await second.handle.release()).toBe(true);
    expect(await lock.inspect()).toBeNull();
    expect(await lock.forceRelease()).toBeNull();
    expect((await lock.resume('any')).holder.id).toBe('any');
  });
});
