// Runs the bundled CLI (dist/cli.cjs) the way a user or a CI system does: a real node process, real argv and
// environment, output captured and handed to the leak guard.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { recordOutput } from './leak-guard.js';

// dist/cli.cjs is what `codex-auth` runs (package.json bin); dist/cli.js only hands over to it.
export const CLI_PATH = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly env: Record<string, string>;
  readonly cwd?: string;
  readonly timeoutMs?: number;
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  readonly done: Promise<CliRun>;
}

export function spawnCli(args: readonly string[], options: CliOptions): RunningCli {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const label = `codex-auth ${args[0] ?? ''}`;
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      recordOutput(`${label} stdout`, stdout);
      recordOutput(`${label} stderr`, stderr);
      resolve({ code, signal, stdout, stderr });
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
