import { type ChildProcess, spawn } from 'node:child_process';
import type { CodexRunner, CodexRunRequest, CodexRunResult } from './codex-runner.js';
import { CodexEventReducer, type JsonlItem, JsonlParser, LineSplitter } from './jsonl-events.js';
import { firstRefreshFailure } from './refresh-failure.js';
import { launcherEnv, findNativeCodex, type NativeCodex } from './native-codex.js';
import { codexSpawnError } from './spawn-error.js';
import { stopSession } from './stop-session.js';

// Codex runs in its own process group: the agent starts shells and tools, and a timeout, an abort or a cancelled
// job must stop all of them, not only the codex process (an orphan could keep using the credentials). Because
// the group is not the terminal's foreground group, a Ctrl-C or a runner's cancellation reaches only us, so we
// forward SIGINT/SIGTERM to the group while Codex runs. When Codex exits, everything left in its session goes too
// (see stop-session.ts: its sandbox helpers leave its process group and would outlive the run).

export interface RunCodexResult extends CodexRunResult {
  /** The run was stopped because timeoutMs passed. */
  readonly timedOut: boolean;
  /** The run was stopped because the request's signal aborted (or had aborted before the start). */
  readonly aborted: boolean;
  /** A SIGINT/SIGTERM this process received during the run and forwarded to Codex; exit accordingly afterwards. */
  readonly forwardedSignal: NodeJS.Signals | null;
}

export interface CodexRunnerOptions {
  /** How long after SIGTERM (timeout, abort) or a forwarded signal the group gets SIGKILL. Default 5000 ms. */
  readonly killGraceMs?: number;
  /**
   * How long to wait for stdout/stderr to close after Codex exited. A grandchild that kept the pipes open is
   * then terminated with the rest of the group. Default 2000 ms.
   */
  readonly drainGraceMs?: number;
}

// `--experimental-json` is the older spelling, still accepted by 0.169.0.
const JSON_FLAGS: readonly string[] = ['--json', '--experimental-json'];
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** `exec`, then `--json` unless the caller already asked for it, then the caller's arguments in order. */
export function buildExecArgs(args: readonly string[]): string[] {
  // Only options before a `--` are Codex's; after it, `--json` would be part of the prompt.
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const hasJson = options.some((arg) => JSON_FLAGS.includes(arg));
  return hasJson ? ['exec', ...args] : ['exec', '--json', ...args];
}

export function createCodexRunner(
  runnerOptions: CodexRunnerOptions = {},
): (request: CodexRunRequest) => Promise<RunCodexResult> {
  const killGraceMs = runnerOptions.killGraceMs ?? 5000;
  const drainGraceMs = runnerOptions.drainGraceMs ?? 2000;

  return (request) =>
    new Promise<RunCodexResult>((resolve, reject) => {
      const reducer = new CodexEventReducer();
      const finish = (exitCode: number | null, signal: NodeJS.Signals | null): RunCodexResult => {
        const summary = reducer.summary();
        return {
          exitCode,
          signal,
          finalMessage: summary.finalMessage,
          usage: summary.usage,
          errorMessages: summary.errorMessages,
          eventCount: summary.eventCount,
          refreshFailure: firstRefreshFailure(summary.errorMessages),
          timedOut,
          aborted,
          forwardedSignal,
        };
      };
      let timedOut = false;
      let aborted = request.signal?.aborted ?? false;
      let forwardedSignal: NodeJS.Signals | null = null;
      if (aborted) {
        resolve(finish(null, null));
        return;
      }

      let child: ChildProcess;
      let native: NativeCodex | null = null;
      try {
        // The native binary behind an npm launcher, started as the launcher would start it, saves a Node start.
        native = findNativeCodex(request.codexPath);
        const command = native?.binary ?? request.codexPath;
        const env = native ? launcherEnv(native, request.env) : request.env;
        const plan = request.spawnAs?.(command, buildExecArgs(request.args), env) ?? {
          command,
          args: buildExecArgs(request.args),
          env,
        };
        child = spawn(plan.command, [...plan.args], {
          env: plan.env,
          ...(plan.uid === undefined ? {} : { uid: plan.uid }),
          ...(plan.gid === undefined ? {} : { gid: plan.gid }),
          ...(request.cwd === undefined ? {} : { cwd: request.cwd }),
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
          windowsHide: true,
        });
      } catch (error) {
        reject(codexSpawnError(request.codexPath, error));
        return;
      }
      if (child.pid !== undefined) request.onSpawn?.(child.pid, native?.binary ?? request.codexPath);

      const timers: NodeJS.Timeout[] = [];
      const signalGroup = (signal: NodeJS.Signals): void => {
        if (child.pid === undefined) return;
        try {
          process.kill(-child.pid, signal);
        } catch (error) {
          // ESRCH: the whole group is already gone. Elsewhere (Windows has no process groups) signal Codex alone.
          if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.kill(signal);
        }
      };
      let stopping = false;
      const stop = (signal: NodeJS.Signals): void => {
        signalGroup(signal);
        if (stopping) return;
        stopping = true;
        timers.push(setTimeout(() => signalGroup('SIGKILL'), killGraceMs));
      };

      const onParentSignal = (signal: NodeJS.Signals): void => {
        forwardedSignal ??= signal;
        stop(signal);
      };
      const onAbort = (): void => {
        aborted = true;
        stop('SIGTERM');
      };
      for (const signal of FORWARDED_SIGNALS) process.on(signal, onParentSignal);
      request.signal?.addEventListener('abort', onAbort, { once: true });
      if (request.timeoutMs !== undefined) {
        timers.push(
          setTimeout(() => {
            timedOut = true;
            stop('SIGTERM');
          }, request.timeoutMs),
        );
      }

      const cleanup = (): void => {
        for (const timer of timers) clearTimeout(timer);
        for (const signal of FORWARDED_SIGNALS) process.off(signal, onParentSignal);
        request.signal?.removeEventListener('abort', onAbort);
      };

      // A throwing callback must not crash the process while Codex holds the credentials: the first such error is
      // kept, Codex runs to its end, and then the run rejects with it.
      let callbackError: { readonly error: unknown } | null = null;
      const call = <T>(callback: ((value: T) => void) | undefined, value: T): void => {
        try {
          callback?.(value);
        } catch (error) {
          callbackError ??= { error };
        }
      };
      const deliver = (items: readonly JsonlItem[]): void => {
        for (const item of items) {
          if (item.kind === 'event') {
            reducer.add(item.event);
            call(request.onEvent, item.event);
          } else {
            call(request.onOutput, item.line);
          }
        }
      };
      const stdout = new JsonlParser();
      const stderr = new LineSplitter();
      const deliverText = (lines: readonly string[]): void => {
        for (const line of lines) if (line.trim() !== '') call(request.onOutput, line);
      };
      child.stdout?.on('data', (chunk: Buffer) => deliver(stdout.push(chunk)));
      child.stderr?.on('data', (chunk: Buffer) => deliverText(stderr.push(chunk)));

      let settled = false;
      child.on('error', (error) => {
        if (settled) return;
        settled = true;
        cleanup();
        reject(codexSpawnError(request.codexPath, error));
      });

      let exitCode: number | null = null;
      let exitSignal: NodeJS.Signals | null = null;
      let leftovers: Promise<number> = Promise.resolve(0);
      child.on('exit', (code, signal) => {
        exitCode = code;
        exitSignal = signal;
        if (child.pid !== undefined) {
          leftovers = stopSession(child.pid, request.env.CODEX_HOME ?? null).catch(() => 0);
        }
        // Something Codex started may still hold the pipes; give it a moment, then stop the rest of the group.
        timers.push(
          setTimeout(() => {
            signalGroup('SIGKILL');
            child.stdout?.destroy();
            child.stderr?.destroy();
          }, drainGraceMs),
        );
      });
      child.on('close', (code, signal) => {
        if (settled) return;
        settled = true;
        cleanup();
        deliver(stdout.end());
        deliverText(stderr.end());
        // The run is over only once nothing it started is left.
        void leftovers.then(() => {
          if (callbackError) reject(callbackError.error);
          else resolve(finish(exitCode ?? code, exitSignal ?? signal));
        });
      });
    });
}

const defaultRunner = createCodexRunner();

/**
 * Runs `codex exec --json ...`; see CodexRunRequest. A timeout or an abort stops the process group and resolves
 * (exitCode null, signal set). It rejects only when Codex cannot be started, or (after Codex ended) with the first
 * error thrown by onEvent/onOutput.
 */
export const runCodex: CodexRunner = defaultRunner;

/** The same runner, typed with the fields CodexRunResult lacks (timedOut, aborted, forwardedSignal). */
export const runCodexDetailed: (request: CodexRunRequest) => Promise<RunCodexResult> = defaultRunner;
