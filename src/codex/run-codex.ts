import { type ChildProcess, spawn } from 'node:child_process';
import type { CodexRunner, CodexRunRequest } from './codex-runner.js';
import { CodexEventReducer } from './jsonl-events.js';
import { launcherEnv, findNativeCodex, type NativeCodex } from './native-codex.js';
import { codexSpawnError } from './spawn-error.js';
import { CodexRun, type Grace, type RunCodexResult, runResult } from './codex-run.js';

// Codex runs in its own process group: the agent starts shells and tools, and a timeout, an abort or a cancelled
// job must stop all of them, not only the codex process (an orphan could keep using the credentials). Because
// the group is not the terminal's foreground group, a Ctrl-C or a runner's cancellation reaches only us, so we
// forward SIGINT/SIGTERM to the group while Codex runs. When Codex exits, everything left in its session goes too
// (see stop-session.ts: its sandbox helpers leave its process group and would outlive the run).

export type { RunCodexResult };

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
  const grace: Grace = {
    killMs: runnerOptions.killGraceMs ?? 5000,
    drainMs: runnerOptions.drainGraceMs ?? 2000,
  };
  return (request) =>
    new Promise<RunCodexResult>((resolve, reject) => {
      if (request.signal?.aborted ?? false) {
        resolve(
          runResult(new CodexEventReducer(), null, null, {
            timedOut: false,
            aborted: true,
            forwardedSignal: null,
          }),
        );
        return;
      }
      let started: { readonly child: ChildProcess; readonly command: string };
      try {
        started = spawnCodex(request);
      } catch (error) {
        reject(codexSpawnError(request.codexPath, error));
        return;
      }
      if (started.child.pid !== undefined) request.onSpawn?.(started.child.pid, started.command);
      new CodexRun(request, started.child, grace, resolve, reject).follow();
    });
}

/** Starts Codex detached (its own session and process group); throws what spawn throws. */
function spawnCodex(request: CodexRunRequest): { readonly child: ChildProcess; readonly command: string } {
  // The native binary behind an npm launcher, started as the launcher would start it, saves a Node start.
  const native: NativeCodex | null = findNativeCodex(request.codexPath);
  const command = native?.binary ?? request.codexPath;
  const env = native ? launcherEnv(native, request.env) : request.env;
  const plan = request.spawnAs?.(command, buildExecArgs(request.args), env) ?? {
    command,
    args: buildExecArgs(request.args),
    env,
  };
  const child = spawn(plan.command, [...plan.args], {
    env: plan.env,
    ...(plan.uid === undefined ? {} : { uid: plan.uid }),
    ...(plan.gid === undefined ? {} : { gid: plan.gid }),
    ...(request.cwd === undefined ? {} : { cwd: request.cwd }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    windowsHide: true,
  });
  return { child, command };
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
