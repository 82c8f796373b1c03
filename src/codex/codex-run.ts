import type { ChildProcess } from 'node:child_process';
import type { CodexRunRequest, CodexRunResult } from './codex-runner.js';
import { CodexEventReducer, type JsonlItem, JsonlParser, LineSplitter } from './jsonl-events.js';
import { drainAfterExit, FORWARDED_SIGNALS, signalGroup } from './process-group.js';
import { firstRefreshFailure } from './refresh-failure.js';
import { codexSpawnError } from './spawn-error.js';
import { stopSession } from './stop-session.js';

// One `codex exec` from spawn to the end of everything it started: the reasons it may be stopped (timeout, abort,
// a signal to us), its output as events, and when the run counts as over. See run-codex.ts for why Codex runs in
// its own process group and session.

export interface RunCodexResult extends CodexRunResult {
  /** The run was stopped because timeoutMs passed. */
  readonly timedOut: boolean;
  /** The run was stopped because the request's signal aborted (or had aborted before the start). */
  readonly aborted: boolean;
  /** A SIGINT/SIGTERM this process received during the run and forwarded to Codex; exit accordingly afterwards. */
  readonly forwardedSignal: NodeJS.Signals | null;
}

export interface Grace {
  /** After SIGTERM (timeout, abort) or a forwarded signal, until the group gets SIGKILL. */
  readonly killMs: number;
  /** After Codex exited, until whatever still holds its pipes is killed. */
  readonly drainMs: number;
}

type RunFlags = Pick<RunCodexResult, 'timedOut' | 'aborted' | 'forwardedSignal'>;

export function runResult(
  reducer: CodexEventReducer,
  exitCode: number | null,
  signal: NodeJS.Signals | null,
  flags: RunFlags,
): RunCodexResult {
  const summary = reducer.summary();
  return {
    exitCode,
    signal,
    finalMessage: summary.finalMessage,
    usage: summary.usage,
    errorMessages: summary.errorMessages,
    eventCount: summary.eventCount,
    refreshFailure: firstRefreshFailure(summary.errorMessages),
    timedOut: flags.timedOut,
    aborted: flags.aborted,
    forwardedSignal: flags.forwardedSignal,
  };
}

/** The state of one run; follow() wires it to the child and settles the run's promise. */
export class CodexRun {
  private readonly reducer = new CodexEventReducer();
  private readonly flags: { timedOut: boolean; aborted: boolean; forwardedSignal: NodeJS.Signals | null } = {
    timedOut: false,
    aborted: false,
    forwardedSignal: null,
  };
  private readonly timers: NodeJS.Timeout[] = [];
  private stopping = false;
  // A throwing callback must not crash the process while Codex holds the credentials: the first such error is
  // kept, Codex runs to its end, and then the run rejects with it.
  private callbackError: { readonly error: unknown } | null = null;
  private readonly stdout = new JsonlParser();
  private readonly stderr = new LineSplitter();
  private settled = false;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private leftovers: Promise<number> = Promise.resolve(0);
  private readonly onParentSignal = (signal: NodeJS.Signals): void => {
    this.flags.forwardedSignal ??= signal;
    this.stop(signal);
  };
  private readonly onAbort = (): void => {
    this.flags.aborted = true;
    this.stop('SIGTERM');
  };

  constructor(
    private readonly request: CodexRunRequest,
    private readonly child: ChildProcess,
    private readonly grace: Grace,
    private readonly resolve: (result: RunCodexResult) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  follow(): void {
    const { child, request } = this;
    for (const signal of FORWARDED_SIGNALS) process.on(signal, this.onParentSignal);
    request.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (request.timeoutMs !== undefined) {
      this.timers.push(
        setTimeout(() => {
          this.flags.timedOut = true;
          this.stop('SIGTERM');
        }, request.timeoutMs),
      );
    }
    child.stdout?.on('data', (chunk: Buffer) => this.deliver(this.stdout.push(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => this.deliverText(this.stderr.push(chunk)));
    child.on('error', (error) => {
      if (this.settled) return;
      this.settled = true;
      this.cleanup();
      this.reject(codexSpawnError(request.codexPath, error));
    });
    child.on('exit', (code, signal) => this.onExit(code, signal));
    child.on('close', (code, signal) => this.onClose(code, signal));
  }

  /** The signal to the group now (every time: a second Ctrl-C is passed on too), SIGKILL once after the grace. */
  private stop(signal: NodeJS.Signals): void {
    signalGroup(this.child, signal);
    if (this.stopping) return;
    this.stopping = true;
    this.timers.push(setTimeout(() => signalGroup(this.child, 'SIGKILL'), this.grace.killMs));
  }

  private cleanup(): void {
    for (const timer of this.timers) clearTimeout(timer);
    for (const signal of FORWARDED_SIGNALS) process.off(signal, this.onParentSignal);
    this.request.signal?.removeEventListener('abort', this.onAbort);
  }

  private call<T>(callback: ((value: T) => void) | undefined, value: T): void {
    try {
      callback?.(value);
    } catch (error) {
      this.callbackError ??= { error };
    }
  }

  private deliver(items: readonly JsonlItem[]): void {
    for (const item of items) {
      if (item.kind === 'event') {
        this.reducer.add(item.event);
        this.call(this.request.onEvent, item.event);
      } else {
        this.call(this.request.onOutput, item.line);
      }
    }
  }

  private deliverText(lines: readonly string[]): void {
    for (const line of lines) if (line.trim() !== '') this.call(this.request.onOutput, line);
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exitCode = code;
    this.exitSignal = signal;
    if (this.child.pid !== undefined) {
      // Codex's sandbox helpers leave its process group and would outlive the run: stop its whole session.
      this.leftovers = stopSession(this.child.pid, this.request.env.CODEX_HOME ?? null).catch(() => 0);
    }
    this.timers.push(drainAfterExit(this.child, this.grace.drainMs));
  }

  private onClose(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.settled) return;
    this.settled = true;
    this.cleanup();
    this.deliver(this.stdout.end());
    this.deliverText(this.stderr.end());
    // The run is over only once nothing it started is left.
    void this.leftovers.then(() => {
      if (this.callbackError) this.reject(this.callbackError.error);
      else
        this.resolve(runResult(this.reducer, this.exitCode ?? code, this.exitSignal ?? signal, this.flags));
    });
  }
}
