import { type FSWatcher, promises as fs, watch } from 'node:fs';
import path from 'node:path';
import { isErrno, readPrivateFile } from '../platform/secure-files.js';
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
  const watch = new AuthFileWatch(dir, onChange, options);
  if (options.useFsWatch ?? true) watch.watchDirectory();
  watch.startPolling(options.pollIntervalMs ?? 200);
  // Not awaited: check() reports its own failures through fail().
  void watch.check();
  return {
    errors: watch.errors,
    flush: () => watch.flush(),
    close: () => watch.close(),
  };
}

/** The state of one watch: what was last seen and delivered, and the errors not yet rethrown. */
class AuthFileWatch {
  readonly errors: unknown[] = [];
  private readonly file: string;
  private unreported: unknown[] = [];
  private lastText: string | null | undefined;
  private lastSignature = '';
  private lastReadError = '';
  private closed = false;
  // One check at a time; a request during a check makes it run once more afterwards.
  private running: Promise<void> | null = null;
  private again = false;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dir: string,
    private readonly onChange: (raw: string) => void | Promise<void>,
    private readonly options: AuthWatcherOptions,
  ) {
    this.file = path.join(dir, AUTH_FILE);
    this.lastText = options.initialText;
  }

  private fail(error: unknown): void {
    this.errors.push(error);
    this.unreported.push(error);
    try {
      this.options.onError?.(error);
    } catch {
      // The error is kept in `errors` and rethrown by flush(); a failing reporter must not stop the watch.
    }
  }

  private async checkOnce(): Promise<void> {
    let text: string | null;
    try {
      text = await readPrivateFile(this.file);
      this.lastReadError = '';
    } catch (error) {
      // Report a persistent read failure once, not on every poll.
      const description = error instanceof Error ? error.message : String(error);
      if (description !== this.lastReadError) this.fail(error);
      this.lastReadError = description;
      return;
    }
    if (this.lastText === undefined) {
      this.lastText = text; // The baseline: what is there when watching starts (null: nothing yet).
      return;
    }
    if (text === null || text === this.lastText) return; // Absent (being replaced, or removed): nothing to deliver.
    if (!isCompleteJson(text)) {
      this.lastSignature = ''; // A writer that does not rename is mid-write: read again on the next tick.
      return;
    }
    this.lastText = text;
    try {
      await this.onChange(text);
    } catch (error) {
      this.fail(error);
    }
  }

  check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const running = (async () => {
      try {
        do {
          this.again = false;
          await this.checkOnce();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    this.running = running;
    return running;
  }

  private async poll(): Promise<void> {
    let signature: string;
    try {
      const stat = await fs.stat(this.file);
      signature = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) signature = 'unreadable';
      else return;
    }
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    await this.check();
  }

  /** The directory, not the file: Codex renames a new auth.json over the old one (see the top of this file). */
  watchDirectory(): void {
    try {
      this.watcher = watch(this.dir, { persistent: false }, (_event, filename) => {
        if (this.closed) return;
        // Not awaited: a watch callback cannot wait, and check() reports its own failures through fail().
        if (filename === null || filename.toString() === AUTH_FILE) void this.check();
      });
      this.watcher.on('error', () => {
        // The directory went away or the watch broke: polling carries on alone.
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null; // Directory missing or no watch support: polling alone.
    }
  }

  startPolling(intervalMs: number): void {
    // Not awaited: a timer cannot wait, and poll() and check() report their own failures through fail().
    this.timer = setInterval(() => {
      if (!this.closed && !this.running) void this.poll();
    }, intervalMs);
    this.timer.unref();
  }

  async flush(): Promise<void> {
    await this.check();
    if (this.unreported.length === 0) return;
    const pending = this.unreported;
    this.unreported = [];
    if (pending.length === 1) throw pending[0];
    throw new AggregateError(pending, `${pending.length} errors while following ${this.file}`);
  }

  async close(): Promise<void> {
    if (this.closed) {
      if (this.running) await this.running;
      return;
    }
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    this.watcher = null;
    await this.flush();
  }
}

function isCompleteJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
