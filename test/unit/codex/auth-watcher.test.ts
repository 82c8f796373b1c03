import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuthWatcher, watchAuthFile } from '../../../src/codex/auth-watcher.js';
import { deferred, waitFor, within } from '../../support/wait-for.js';

let dir: string;
let watchers: AuthWatcher[] = [];

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'auth-watcher-'));
});

afterEach(async () => {
  for (const watcher of watchers) await watcher.close().catch(() => {});
  watchers = [];
  await fs.rm(dir, { recursive: true, force: true });
});

function auth(n: number): string {
  return `${JSON.stringify({ auth_mode: 'chatgpt', tokens: { refresh_token: `rt-${n}` }, n }, null, 2)}\n`;
}

/** Replaces auth.json the way Codex does: O_EXCL temp file `.auth-XXXXXX`, fsync, rename over auth.json. */
async function replaceLikeCodex(text: string): Promise<void> {
  const temp = path.join(dir, `.auth-${randomBytes(3).toString('hex')}`);
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await fs.rename(temp, path.join(dir, 'auth.json'));
}

interface Recorder {
  readonly seen: { text: string; at: number }[];
  readonly onChange: (text: string) => void;
  next(): Promise<{ text: string; at: number }>;
}

function recorder(): Recorder {
  const seen: { text: string; at: number }[] = [];
  let waiter: (() => void) | null = null;
  let taken = 0;
  return {
    seen,
    onChange(text) {
      seen.push({ text, at: performance.now() });
      waiter?.();
    },
    // The change after the last one taken, whether it was delivered before this call or comes later: a watcher
    // that reads fast may report a change before the test gets to ask for it.
    async next() {
      while (seen.length <= taken) await new Promise<void>((resolve) => (waiter = resolve));
      const change = seen[taken];
      taken += 1;
      if (!change) throw new Error('unreachable');
      return change;
    },
  };
}

function start(
  onChange: (text: string) => void | Promise<void>,
  options: Parameters<typeof watchAuthFile>[2] = {},
) {
  const watcher = watchAuthFile(dir, onChange, options);
  watchers.push(watcher);
  return watcher;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchAuthFile: reports a rename-replaced auth.json within 1 s', () => {
  it.each([
    { name: 'fs.watch and polling', useFsWatch: true },
    { name: 'polling alone (the fallback)', useFsWatch: false },
  ])('$name', async ({ useFsWatch }) => {
    await replaceLikeCodex(auth(0));
    const changes = recorder();
    const watcher = start(changes.onChange, { useFsWatch });
    await watcher.flush();
    expect(changes.seen).toEqual([]); // The initial text counts as seen.

    const latencies: number[] = [];
    for (let n = 1; n <= 20; n++) {
      const pending = changes.next();
      const before = performance.now();
      await replaceLikeCodex(auth(n));
      const change = await within(pending, 1000, `replacement ${n}`);
      expect(change.text).toBe(auth(n));
      latencies.push(change.at - before);
      await sleep(n % 4 === 0 ? 230 : 20); // Vary the phase against the poll interval.
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)] ?? Number.NaN;
    const max = latencies.at(-1) ?? Number.NaN;
    console.log(
      `auth watcher latency (${useFsWatch ? 'fs.watch + poll' : 'poll only'}): median ${median.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
    );
    expect(max).toBeLessThan(1000);
    expect(changes.seen.map((change) => change.text)).toEqual(
      Array.from({ length: 20 }, (_, i) => auth(i + 1)),
    );
  });
});

describe('watchAuthFile: what counts as a change', () => {
  it('does not report a rewrite with the same text, nor a removal, and reports a re-creation with new text', async () => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    const watcher = start(changes.onChange);
    await watcher.flush();
    await replaceLikeCodex(auth(1));
    // An absence ("not reported") has no event to await: give fs.watch and a poll (200 ms) the time to report
    // wrongly, then flush() for the read path. The time is the behaviour here.
    await sleep(300);
    await watcher.flush();
    expect(changes.seen).toEqual([]);

    await fs.rm(path.join(dir, 'auth.json'));
    await sleep(300); // as above: an absence, over more than one poll
    await watcher.flush();
    expect(changes.seen).toEqual([]);

    await replaceLikeCodex(auth(1)); // Back with the text last seen: nothing new.
    await watcher.flush();
    expect(changes.seen).toEqual([]);
    await replaceLikeCodex(auth(2));
    await watcher.flush();
    expect(changes.seen.map((change) => change.text)).toEqual([auth(2)]);
  });

  it('treats a missing auth.json at start as "nothing seen": the first file is a change', async () => {
    const changes = recorder();
    const watcher = start(changes.onChange);
    await watcher.flush();
    await replaceLikeCodex(auth(1));
    await within(changes.next(), 1000, 'first auth.json');
    expect(changes.seen.map((change) => change.text)).toEqual([auth(1)]);
  });

  it.each([
    { name: 'equals the file', initialText: auth(1), expected: [] },
    {
      name: 'differs from the file (it changed before the first read)',
      initialText: auth(0),
      expected: [auth(1)],
    },
    { name: 'is null (no file was materialised)', initialText: null, expected: [auth(1)] },
  ])('with initialText that $name', async ({ initialText, expected }) => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    const watcher = start(changes.onChange, { initialText });
    await watcher.flush();
    expect(changes.seen.map((change) => change.text)).toEqual(expected);
  });

  it('waits for a half-written (non-atomic) file to become complete JSON', async () => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    const watcher = start(changes.onChange);
    await watcher.flush();
    const full = auth(2);
    await fs.writeFile(path.join(dir, 'auth.json'), full.slice(0, 20));
    await sleep(300); // an absence (the half file is not reported), over more than one poll: the time is the behaviour
    await watcher.flush();
    expect(changes.seen).toEqual([]);
    await fs.appendFile(path.join(dir, 'auth.json'), full.slice(20));
    await within(changes.next(), 1000, 'completed file');
    expect(changes.seen.map((change) => change.text)).toEqual([full]);
  });

  it('flush() reads at once, without waiting for an event or a poll', async () => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    const watcher = start(changes.onChange, { useFsWatch: false, pollIntervalMs: 60_000 });
    await watcher.flush();
    await replaceLikeCodex(auth(2));
    await watcher.flush();
    expect(changes.seen.map((change) => change.text)).toEqual([auth(2)]);
  });

  it('close() makes a final read', async () => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    // No event and no poll can deliver auth(2) before close(): only its final read can.
    const watcher = start(changes.onChange, { useFsWatch: false, pollIntervalMs: 60_000 });
    await watcher.flush();
    await replaceLikeCodex(auth(2));
    await watcher.close();
    expect(changes.seen.map((change) => change.text)).toEqual([auth(2)]);
  });

  it('close() stops watching: neither fs.watch nor the poll reports a later change', async () => {
    await replaceLikeCodex(auth(1));
    const changes = recorder();
    const watcher = start(changes.onChange, { pollIntervalMs: 20 });
    await watcher.flush();
    await watcher.close();
    await replaceLikeCodex(auth(3));
    // An absence: over 20 polls' worth of time, a watcher still running would have reported auth(3).
    await sleep(400);
    expect(changes.seen).toEqual([]);
  });
});

describe('watchAuthFile: onChange calls', () => {
  it('never overlap, and deliver the newest text after a slow call', async () => {
    await replaceLikeCodex(auth(0));
    let active = 0;
    let maxActive = 0;
    const delivered: string[] = [];
    // The first call blocks until the test has written every version: "written during a call" is then a fact,
    // not a hope about timing.
    const firstCallStarted = deferred();
    const releaseFirstCall = deferred();
    const watcher = start(async (text) => {
      active++;
      maxActive = Math.max(maxActive, active);
      if (delivered.length === 0) {
        firstCallStarted.resolve();
        await releaseFirstCall.promise;
      }
      delivered.push(text);
      active--;
    });
    await watcher.flush();
    await replaceLikeCodex(auth(1));
    await within(firstCallStarted.promise, 5000, 'the first onChange call');
    for (let n = 2; n <= 6; n++) {
      await replaceLikeCodex(auth(n));
      await sleep(n % 2 === 0 ? 0 : 30); // Vary the phase against fs.watch and the poll.
    }
    const flushed = watcher.flush(); // reads auth(6) while the first call still runs
    releaseFirstCall.resolve();
    await flushed;
    await watcher.flush();
    expect(maxActive).toBe(1);
    expect(delivered[0]).toBe(auth(1));
    expect(delivered.at(-1)).toBe(auth(6));
    expect(delivered.length).toBeLessThan(6); // Versions written during a call were coalesced.
  });

  it('keeps onChange errors: onError hears each at once, flush() rethrows them once, errors keeps them all', async () => {
    await replaceLikeCodex(auth(0));
    const heard: unknown[] = [];
    const watcher = start(
      (text) => {
        throw new Error(`persist failed for ${JSON.parse(text).n}`);
      },
      { onError: (error) => heard.push(error) },
    );
    await watcher.flush();
    await replaceLikeCodex(auth(1));
    await expect(watcher.flush()).rejects.toThrow('persist failed for 1');
    expect(heard).toHaveLength(1);
    await watcher.flush(); // Already reported.

    await replaceLikeCodex(auth(2));
    await watcher.flush().catch(() => {});
    await replaceLikeCodex(auth(3));
    const error = await watcher.flush().catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('persist failed for 3');
    expect(watcher.errors.map((e) => (e as Error).message)).toEqual([
      'persist failed for 1',
      'persist failed for 2',
      'persist failed for 3',
    ]);
  });

  it('rethrows several unreported errors as one AggregateError from close()', async () => {
    await replaceLikeCodex(auth(0));
    const watcher = start(
      (text) => {
        throw new Error(`fail ${JSON.parse(text).n}`);
      },
      { pollIntervalMs: 20 },
    );
    await watcher.flush();
    await replaceLikeCodex(auth(1));
    await waitFor(() => watcher.errors.length === 1, { what: 'the watcher to call onChange for auth(1)' });
    await replaceLikeCodex(auth(2));
    await waitFor(() => watcher.errors.length === 2, { what: 'the watcher to call onChange for auth(2)' });
    const error = await watcher.close().catch((e) => e);
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(['fail 1', 'fail 2']);
  });

  it('reports a symbolic link planted as auth.json as an error, once', async () => {
    await replaceLikeCodex(auth(0));
    const heard: unknown[] = [];
    const watcher = start(() => {}, { onError: (error) => heard.push(error), pollIntervalMs: 20 });
    await watcher.flush();
    await fs.writeFile(path.join(dir, 'other.json'), auth(9));
    await fs.rm(path.join(dir, 'auth.json'));
    await fs.symlink(path.join(dir, 'other.json'), path.join(dir, 'auth.json'));
    await waitFor(() => heard.length > 0, { what: 'the watcher to find the symbolic link' });
    await sleep(100); // "once": five more polls (20 ms) must not report it again; an absence, so a time
    await expect(watcher.flush()).rejects.toThrow(/symbolic link/);
    expect(heard).toHaveLength(1);
  });
});
