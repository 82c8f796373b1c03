// A separate process that uses a FileLeaseLock, for the multi-process lock tests. Forked with `--import tsx` and an
// IPC channel; its one argument is a JSON ChildTask. It reports through process.send (ChildEvent).
import { promises as fs } from 'node:fs';
import { FileLeaseLock } from '../../src/locks/file-lease-lock.js';

export type ChildTask =
  | {
      readonly action: 'hold';
      readonly dir: string;
      readonly stream: string;
      readonly mode: 'process' | 'lease';
      readonly leaseMs: number;
      readonly owner: string;
      /** Exit right after acquiring, without releasing (a `restore` step ending). */
      readonly exitAfterAcquire?: boolean;
    }
  | {
      readonly action: 'increment';
      readonly dir: string;
      readonly stream: string;
      readonly counter: string;
      readonly times: number;
    }
  | { readonly action: 'resume-release'; readonly dir: string; readonly stream: string; readonly id: string };

export type ChildEvent =
  | { readonly event: 'acquired'; readonly id: string; readonly pid: number | null }
  | { readonly event: 'released'; readonly released: boolean }
  | { readonly event: 'done' }
  | { readonly event: 'error'; readonly name: string; readonly message: string; readonly exitCode?: number };

function send(event: ChildEvent): Promise<void> {
  return new Promise((resolve, reject) => {
    process.send?.(event, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

async function run(task: ChildTask): Promise<void> {
  const lock = new FileLeaseLock(task.dir, task.stream);
  switch (task.action) {
    case 'hold': {
      const { handle } = await lock.acquire({
        owner: task.owner,
        mode: task.mode,
        leaseMs: task.leaseMs,
        timeoutMs: 10_000,
      });
      await send({ event: 'acquired', id: handle.holder.id, pid: handle.holder.pid });
      if (task.exitAfterAcquire) process.exit(0);
      // A listener cannot wait: a failed release rejects unhandled and ends the child, which the parent sees.
      process.once('message', () => {
        void handle
          .release()
          .then((released) => send({ event: 'released', released }))
          .then(() => process.exit(0));
      });
      return;
    }
    case 'increment': {
      for (let i = 0; i < task.times; i++) {
        const { handle } = await lock.acquire({
          owner: `incrementer ${process.pid}`,
          mode: 'process',
          leaseMs: 10_000,
          timeoutMs: 30_000,
        });
        // Read, yield, write: without mutual exclusion concurrent children lose each other's updates.
        const value = Number(await fs.readFile(task.counter, 'utf8'));
        await new Promise((resolve) => setTimeout(resolve, 2));
        await fs.writeFile(task.counter, String(value + 1));
        if (!(await handle.release())) throw new Error('the lock was taken over while held');
      }
      await send({ event: 'done' });
      process.exit(0);
      return;
    }
    case 'resume-release': {
      const handle = await lock.resume(task.id);
      await send({ event: 'released', released: await handle.release() });
      process.exit(0);
    }
  }
}

run(JSON.parse(process.argv[2] ?? '{}') as ChildTask).catch(async (error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  const exitCode = (e as { exitCode?: number }).exitCode;
  await send({
    event: 'error',
    name: e.name,
    message: e.message,
    ...(exitCode === undefined ? {} : { exitCode }),
  });
  process.exit(1);
});
