import type { ChildProcess } from 'node:child_process';

// Codex is spawned detached, so it leads its own process group: the agent's shells and tools, and the login's
// helpers, are in that group, and stopping only the codex process would leave them running (an orphan could keep
// using the credentials). Because the group is not the terminal's foreground group, a Ctrl-C or a runner's
// cancellation reaches only us: the callers forward these signals to the group while Codex runs.

/** The signals of ours that are passed on to Codex's group while it runs. */
export const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** Sends `signal` to the child's whole process group. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    // ESRCH: the whole group is already gone. Elsewhere (Windows has no process groups) signal Codex alone.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.kill(signal);
  }
}

/**
 * Called when the child exited: something it started may still hold the pipes, and 'close' would then never come.
 * After `graceMs` the rest of the group gets SIGKILL and our ends of the pipes are closed. The caller clears the
 * timer once 'close' came.
 */
export function drainAfterExit(child: ChildProcess, graceMs: number): NodeJS.Timeout {
  return setTimeout(() => {
    signalGroup(child, 'SIGKILL');
    child.stdout?.destroy();
    child.stderr?.destroy();
  }, graceMs);
}
