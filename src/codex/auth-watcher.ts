import { type FSWatcher, promises as fs, watch } from 'node:fs';
import path from 'node:path';
import { isErrno, readPrivateFile } from '../fs/secure-files.js';
import { AUTH_FILE } from './codex-home.js';

// Codex rewrites auth.json by writing `.auth-XXXXXX` and renaming it over auth.json, so the file's inode changes:
// a watch on the file itself would go deaf after the first refresh. We watch the directory, and poll stat() as a
// fallback because fs.watch can miss or coalesce events (network filesystems, some container overlays).

export interface AuthWatcher {
  /** Reads auth.json once more, waits until every pending onChange has finished, then rethrows unreported errors. */
  flush(): Promise<void>;
  /** A final flush(), then stops watching. Safe to call twice. */
  close(): Promise<void>;
  /** Every error so far (thrown by onChange, or failing to read auth.json), in order. */
  readonly errors: readonly unknown[];
}

export interface AuthWatcherOptions {
  /**
   * The text the caller knows auth.json holds now (e.g. what it just materialised). Passing it closes the gap
   * between materialising and the watcher's first read. Default: whatever the first read finds counts as seen.
   */
  readonly initialText?: string | null;
  /** How often to stat() auth.json. Default 200 ms. */
  readonly pollIntervalMs?: number;
  /** Use fs.watch as well as polling. Default true; false is for tests of the polling fallback. */
  readonly useFsWatch?: boolean;
  /** Told about each error as it happens (it is also kept in `errors` and rethrown by flush/close). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Calls `onChange(text)` whenever auth.json holds a complete JSON text different from the last one seen.
 * Calls are serialized; if auth.json changes several times while onChange runs, only the newest text is
 * delivered next. A text whose onChange failed still counts as seen (it is not retried): the failure is kept in
 * `errors`, passed to `onError`, and rethrown (once) by the next flush() or close(), so a caller cannot miss it.
 */
export function watchAuthFile(
  dir: string,
  onChange: (raw: string) => void | Promise<void>,
  options: AuthWatcherOptions = {},
): AuthWatcher {
  const file = path.join(dir, AUTH_FILE);
  const errors: unknown[] = [];
  let unreported: unknown[] = [];
  let lastText: string | null | undefined = options.initialText;
  let lastSignature = '';
  let lastReadError = '';
  let closed = false;
  // One check at a time; a request during a check makes it run once more afterwards.
  let running: Promise<void> | null = null;
  let again = false;

  const fail = (error: unknown): void => {
    errors.push(error);
    unreported.push(error);
    try {
      options.onError?.(error);
    } catch {
      // The error is kept in `errors` and rethrown by flush(); a failing reporter must not stop the watch.
    }
  };

  const checkOnce = async (): Promise<void> => {
    let text: string | null;
    try {
      text = await readPrivateFile(file);
      lastReadError = '';
    } catch (error) {
      // Report a persistent read failure once, not on every poll.
      const description = error instanceof Error ? error.message : String(error);
      if (description !== lastReadError) fail(error);
      lastReadError = description;
      return;
    }
    if (lastText === undefined) {
      lastText = text; // The baseline: what is there when watching starts (null: nothing yet).
      return;
    }
    if (text === null || text === lastText) return; // Absent (being replaced, or removed): nothing to deliver.
    if (!isCompleteJson(text)) {
      lastSignature = ''; // A writer that does not rename is mid-write: read again on the next tick.
      return;
    }
    lastText = text;
    try {
      await onChange(text);
    } catch (error) {
      fail(error);
    }
  };

  const check = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await checkOnce();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const poll = async (): Promise<void> => {
    let signature: string;
    try {
      const stat = await fs.stat(file);
      signature = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) signature = 'unreadable';
      else return;
    }
    if (signature === lastSignature) return;
    lastSignature = signature;
    await check();
  };

  let watcher: FSWatcher | null = null;
  if (options.useFsWatch ?? true) {
    try {
      watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (closed) return;
        // Not awaited: a watch callback cannot wait, and check() reports its own failures through fail().
        if (filename === null || filename.toString() === AUTH_FILE) void check();
      });
      watcher.on('error', () => {
        // The directory went away or the watch broke: polling carries on alone.
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null; // Directory missing or no watch support: polling alone.
    }
  }
  // Neither is awaited: a timer cannot wait, and poll() and check() report their own failures through fail().
  const timer = setInterval(() => {
    if (!closed && !running) void poll();
  }, options.pollIntervalMs ?? 200);
  timer.unref();
  void check();

  const flush = async (): Promise<void> => {
    await check();
    if (unreported.length === 0) return;
    const pending = unreported;
    unreported = [];
    if (pending.length === 1) throw pending[0];
    throw new AggregateError(pending, `${pending.length} errors while following ${file}`);
  };

  return {
    errors,
    flush,
    async close() {
      if (closed) {
        if (running) await running;
        return;
      }
      closed = true;
      clearInterval(timer);
      watcher?.close();
      watcher = null;
      await flush();
    },
  };
}

function isCompleteJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
