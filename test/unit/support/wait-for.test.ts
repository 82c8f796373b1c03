import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deferred, processGone, waitFor, waitForExit, within } from '../../support/wait-for.js';

describe('waitFor', () => {
  it('returns the first truthy value, as soon as the condition holds', async () => {
    let calls = 0;
    const value = await waitFor(() => (++calls >= 3 ? { calls } : null), {
      intervalMs: 1,
      what: 'three calls',
    });
    expect(value).toEqual({ calls: 3 });
  });

  it('fails after its deadline naming what it waited for and the last value seen', async () => {
    await expect(
      waitFor(() => 0, { timeoutMs: 50, intervalMs: 5, what: 'the counter to move' }),
    ).rejects.toThrow('timed out after 50 ms waiting for the counter to move (last seen: 0)');
  });

  it('keeps looking while the condition throws, and reports the last error', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('not yet');
        },
        { timeoutMs: 30, intervalMs: 5, what: 'a file' },
      ),
    ).rejects.toThrow('waiting for a file (last seen: Error: not yet)');
  });
});

describe('within and deferred', () => {
  it('passes a settled promise through, and turns a stall into a named failure', async () => {
    const done = deferred<string>();
    done.resolve('yes');
    expect(await within(done.promise, 1000, 'the answer')).toBe('yes');
    await expect(within(deferred().promise, 20, 'the reply')).rejects.toThrow(
      'the reply did not happen within 20 ms',
    );
  });
});

describe('waitForExit', () => {
  it('returns once a process has exited, and fails naming a process that still runs', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    const pid = child.pid ?? -1;
    expect(await processGone(pid)).toBe(false);
    await expect(waitForExit(pid, 50)).rejects.toThrow(`waiting for process ${pid} to be gone`);
    child.kill('SIGKILL');
    await waitForExit(pid); // a zombie until reaped counts as gone
    expect(await processGone(pid)).toBe(true);
  });
});
