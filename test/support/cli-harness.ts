// Runs the bundled CLI (dist/cli.cjs) the way a user or a CI system does: a real node process, real argv and
// environment, output captured and handed to the leak guard.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recordOutput } from './leak-guard.js';
import { RunnerLineSplitter } from './runner-commands.js';
import type { RunnerUser } from './runner-user.js';
import { type LogLine, processLog, type RunnerLogOptions, type RunnerLogResult } from './runner-log.js';

// dist/cli.cjs is what `codex-auth` runs (package.json bin); dist/cli.js only hands over to it.
export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Both streams' lines in arrival order, split as the runner splits them (see asRunStep). */
  readonly lines: readonly LogLine[];
}

export interface CliOptions {
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** Run as this user (test/support/runner-user.ts); then `cli` should be a copy the user can read. */
  readonly user?: RunnerUser;
  /** The bundled CLI to run; default CLI_PATH. */
  readonly cli?: string;
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  readonly done: Promise<CliRun>;
}

export function spawnCli(args: readonly string[], options: CliOptions): RunningCli {
  const child = spawn(process.execPath, [options.cli ?? CLI_PATH, ...args], {
    ...options.user,
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const lines: LogLine[] = [];
  const splitters = { stdout: new RunnerLineSplitter(), stderr: new RunnerLineSplitter() };
  const counts = { stdout: 0, stderr: 0 };
  const add = (stream: 'stdout' | 'stderr', split: string[]) => {
    for (const text of split) lines.push({ stream, index: counts[stream]++, text });
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    add('stdout', splitters.stdout.push(chunk));
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    add('stderr', splitters.stderr.push(chunk));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const label = `codex-auth ${args[0] ?? ''}`;
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      add('stdout', splitters.stdout.end());
      add('stderr', splitters.stderr.end());
      recordOutput(`${label} stdout`, stdout);
      recordOutput(`${label} stderr`, stderr);
      resolve({ code, signal, stdout, stderr, lines });
    });
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return spawnCli(args, options).done;
}

/** The one JSON object a `--json` command prints on stdout. */
export function jsonOf<T = Record<string, unknown>>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`stdout is not one JSON object (exit ${run.code}); stderr:\n${run.stderr}`);
  }
}

/**
 * What GitHub's runner would make of this command's output had it been a `run:` step: both streams go through
 * the same command processing as an action's (test/support/runner-log.ts).
 */
export function asRunStep(run: CliRun, options: RunnerLogOptions = {}): RunnerLogResult {
  return processLog(run.lines, options);
}
