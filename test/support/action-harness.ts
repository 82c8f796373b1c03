// Runs a bundled action entry file (dist/main.js, dist/post.js, ...) the way the GitHub runner does, so a test
// exercises exactly what ships: a real `node <entry>`, cwd = GITHUB_WORKSPACE, a clean environment, fresh
// file-command files per step, GITHUB_ENV / GITHUB_PATH carried to later steps, STATE_* carried main -> post.
// Everything a step prints or writes goes to the leak guard. Linux/macOS only. Runner behaviour mirrored from
// actions/runner (FileCommandManager.cs, ActionCommandManager.cs).
import { spawn } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import { recordOutput } from './leak-guard.js';
import { handOver, type RunnerUser } from './runner-user.js';
import { RunnerLineSplitter } from './runner-commands.js';
import {
  type LogLine,
  maskedTooLate,
  type OutputStream,
  processLog,
  type RunnerLogResult,
} from './runner-log.js';

export interface JobOptions {
  readonly workspace?: string;
  readonly runnerTemp?: string;
  readonly event: { readonly name: string; readonly payload: object };
  /** Job-level env, overriding the defaults. GITHUB_API_URL stays unset unless given here. */
  readonly env?: Record<string, string>;
  readonly repository?: string; // owner/name, default octo-org/octo-repo
  /** Run every step as this user (test/support/runner-user.ts): the job's directories become theirs. */
  readonly user?: RunnerUser;
}

export interface StepOptions {
  /** As `with:`. action.yml is not read: pass the defaults the runner would fill in too. */
  readonly inputs?: Record<string, string>;
  /** As the step's `env:`: wins over job env and over what earlier steps wrote to GITHUB_ENV. */
  readonly env?: Record<string, string>;
  readonly state?: Record<string, string>; // STATE_<name>, name as given (as getState reads it)
  readonly timeoutMs?: number; // default 30 s, then the step's process group is SIGKILLed
}

export interface StepResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string; // raw: still holds the ::add-mask:: lines
  readonly stderr: string;
  /** What the runner made of stdout and stderr: the rendered log, the commands that took effect, masks... */
  readonly log: RunnerLogResult;
  /** The step failed: a non-zero exit, or a workflow command the runner could not process. */
  readonly failed: boolean;
  readonly outputs: Record<string, string>; // set-output commands, then GITHUB_OUTPUT (which wins)
  readonly state: Record<string, string>; // save-state commands, then GITHUB_STATE
  readonly env: Record<string, string>; // what this step wrote to GITHUB_ENV
  readonly path: string[]; // what this step wrote to GITHUB_PATH
  readonly summary: string;
  readonly masks: string[]; // ::add-mask:: values that took effect, unescaped, in order
  readonly maskLineIndex: Map<string, number>; // value -> 0-based raw line (of its stream) that first masked it
}

// Environment variable -> file name prefix the runner uses in <RUNNER_TEMP>/_runner_file_commands.
const FILES = {
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_STATE: 'save_state_',
  GITHUB_ENV: 'set_env_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
} as const;
type FileVar = keyof typeof FILES;

export function createJob(options: JobOptions): Job {
  return new Job(options);
}

export class Job {
  readonly root = mkdtempSync(join(tmpdir(), 'action-job-'));
  readonly workspace: string;
  readonly runnerTemp: string;
  readonly home: string;
  readonly baseEnv: Record<string, string>;
  // Kept for the rest of the job whatever a step's result: the runner processes the files in a finally.
  readonly jobEnv = new Map<string, string>();
  prependPath: string[] = []; // GITHUB_PATH entries, newest first (as the runner prepends them), no duplicates
  private readonly groups = new Set<number>(); // process groups of steps that left processes behind
  private steps = 0;

  readonly user: RunnerUser | undefined;

  constructor(options: JobOptions) {
    this.user = options.user;
    this.workspace = options.workspace ?? join(this.root, 'workspace');
    this.runnerTemp = options.runnerTemp ?? join(this.root, 'temp');
    const home = (this.home = join(this.root, 'home'));
    const eventDir = join(this.runnerTemp, '_github_workflow'); // where the runner writes event.json
    for (const dir of [this.workspace, home, eventDir]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(eventDir, 'event.json'), JSON.stringify(options.event.payload));
    const repository = options.repository ?? 'octo-org/octo-repo';
    this.baseEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin', // the only thing taken from the test process's environment
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: join(eventDir, 'event.json'),
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
      GITHUB_RUN_ID: String(randomInt(1_000_000_000, 2 ** 40)),
      GITHUB_RUN_ATTEMPT: '1',
      // A loopback server URL makes toolkit libraries believe they run on GHES: keep the real one.
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_OS: process.platform === 'darwin' ? 'macOS' : 'Linux',
      RUNNER_NAME: `GitHub Actions ${randomInt(1, 1000)}`,
      RUNNER_TEMP: this.runnerTemp,
      ...options.env,
    };
  }

  async step(entryPath: string, options: StepOptions = {}): Promise<StepResult> {
    const { result, problems } = await this.run(entryPath, options);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return result;
  }

  /** main, then post with main's saved state; post runs even when main failed (post-if defaults to always()). */
  async mainAndPost(mainEntry: string, postEntry: string, options: StepOptions = {}) {
    const main = await this.run(mainEntry, options);
    const post = await this.run(postEntry, { ...options, state: { ...options.state, ...main.result.state } });
    const problems = [...main.problems, ...post.problems];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return { main: main.result, post: post.result };
  }

  /** Kills what steps left running (the runner does at job end), then removes the temp root. */
  cleanup(): void {
    for (const group of this.groups) signalGroup(group, 'SIGKILL');
    rmSync(this.root, { recursive: true, force: true });
  }

  private async run(entry: string, options: StepOptions): Promise<Ran> {
    const label = `action step ${++this.steps} (${basename(entry)})`;
    const dir = join(this.runnerTemp, '_runner_file_commands');
    mkdirSync(dir, { recursive: true });
    const suffix = randomUUID();
    const file = (name: FileVar): string => join(dir, FILES[name] + suffix);
    const env = { ...this.baseEnv, ...Object.fromEntries(this.jobEnv), ...options.env };
    env.PATH = [...this.prependPath, env.PATH ?? ''].join(delimiter);
    // The runner's rule: upper-case, spaces to underscores, hyphens kept (INPUT_LOCK-TIMEOUT).
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
    for (const name of Object.keys(FILES) as FileVar[]) {
      writeFileSync(file(name), '');
      env[name] = file(name);
    }
    if (this.user) handOver(this.root, this.user); // the runner's user owns its work and temp directories

    // Resolved here: the step's cwd is the workspace, where a relative dist/main.js would not be found.
    const run = await spawnStep(
      resolve(entry),
      env,
      this.workspace,
      options.timeoutMs ?? 30_000,
      this.groups,
      this.user,
    );
    const problems: string[] = [];
    const read = (name: FileVar): string => readFileSync(file(name), 'utf8');
    const parse = (name: FileVar): Record<string, string> => {
      try {
        return parseKeyValueFile(read(name));
      } catch (error) {
        // The runner fails the step; here the test fails, which is what a malformed file deserves.
        problems.push(`${label}: ${name} ${(error as Error).message}`);
        return {};
      }
    };
    const [outputs, state, stepEnv] = [parse('GITHUB_OUTPUT'), parse('GITHUB_STATE'), parse('GITHUB_ENV')];
    const path = read('GITHUB_PATH')
      .split('\n')
      .filter((line) => line !== '');

    const log = processLog(run.log, { workspace: this.workspace, env });
    problems.push(...maskedTooLate(label, run.log, log));
    // Commands took effect while the step ran; the runner reads the files after it, so theirs win.
    for (const [name, value] of Object.entries(log.env)) this.jobEnv.set(name, value);
    for (const added of log.path) this.prependPath = [added, ...this.prependPath.filter((p) => p !== added)];
    for (const [name, value] of Object.entries(stepEnv)) this.jobEnv.set(name, value);
    for (const added of path) this.prependPath = [added, ...this.prependPath.filter((p) => p !== added)];
    // The ::add-mask:: commands are the masking protocol itself and never reach the log; everything else does.
    const maskLines = new Set(
      log.commands.filter((c) => c.name === 'add-mask').map((c) => `${c.stream}:${c.index}`),
    );
    const shown = (stream: OutputStream) =>
      run.log.filter((l) => l.stream === stream && !maskLines.has(`${stream}:${l.index}`)).map((l) => l.text);
    recordOutput(`${label} stdout`, shown('stdout').join('\n'));
    recordOutput(`${label} stderr`, shown('stderr').join('\n'));
    for (const name of Object.keys(FILES) as FileVar[]) recordOutput(`${label} ${name}`, read(name));
    const maskLineIndex = new Map<string, number>();
    for (const m of log.masks) if (!maskLineIndex.has(m.value)) maskLineIndex.set(m.value, m.index);
    const [values, summary] = [log.masks.map((m) => m.value), read('GITHUB_STEP_SUMMARY')];
    const extra = {
      log,
      failed: run.result.code !== 0 || log.failure !== null,
      outputs: { ...log.outputs, ...outputs },
      state: { ...log.state, ...state },
      env: stepEnv,
      path,
      summary,
      masks: values,
      maskLineIndex,
    };
    return { result: { ...run.result, ...extra }, problems };
  }
}

/** name=value lines and name<<DELIM heredocs, as the runner parses them on Linux (LF only; a CR stays). */
export function parseKeyValueFile(text: string): Record<string, string> {
  const values = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const [eq, heredoc] = [line.indexOf('='), line.indexOf('<<')];
    if (eq > 0 && (heredoc === -1 || eq < heredoc)) {
      values.set(line.slice(0, eq), line.slice(eq + 1));
    } else if (heredoc > 0 && (eq === -1 || heredoc < eq) && heredoc + 2 < line.length) {
      const end = lines.indexOf(line.slice(heredoc + 2), i + 1);
      if (end === -1) throw new Error(`line ${i + 1}: heredoc delimiter never closed`);
      values.set(line.slice(0, heredoc), lines.slice(i + 1, end).join('\n'));
      i = end;
    } else {
      throw new Error(`line ${i + 1}: neither name=value nor name<<DELIMITER`); // never the content: a secret?
    }
  }
  return Object.fromEntries(values);
}

// One line of output, in arrival order across stdout and stderr: the order in which the runner processes them.
type Basics = Pick<StepResult, 'code' | 'signal' | 'timedOut' | 'stdout' | 'stderr'>;
type Ran = { result: StepResult; problems: string[] };
type Env = Record<string, string>;

function spawnStep(entry: string, env: Env, cwd: string, ms: number, groups: Set<number>, user?: RunnerUser) {
  // Own process group, so a timeout (and Job.cleanup) also ends whatever the action spawned. stdin: EOF at once.
  const child = spawn(process.execPath, [entry], { cwd, env, detached: true, stdio: 'pipe', ...user });
  child.stdin.end();
  if (child.pid !== undefined) groups.add(child.pid);
  const log: LogLine[] = [];
  const text = { stdout: '', stderr: '' };
  const splitters = { stdout: new RunnerLineSplitter(), stderr: new RunnerLineSplitter() };
  const counts = { stdout: 0, stderr: 0 };
  const addLines = (stream: OutputStream, lines: string[]) => {
    for (const line of lines) log.push({ stream, index: counts[stream]++, text: line });
  };
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].setEncoding('utf8').on('data', (chunk: string) => {
      text[stream] += chunk;
      addLines(stream, splitters[stream].push(chunk));
    });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  }, ms);
  return new Promise<{ result: Basics; log: LogLine[] }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Keep the group for cleanup only while processes the step left behind still live in it: an empty group's
      // id can be reused by an unrelated process group.
      if (child.pid !== undefined && !signalGroup(child.pid, 0)) groups.delete(child.pid);
      addLines('stdout', splitters.stdout.end()); // unterminated last lines
      addLines('stderr', splitters.stderr.end());
      resolve({ result: { code, signal, timedOut, ...text }, log });
    });
  });
}

/** false when no process is left in the group. Signal 0 only asks. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    return process.kill(-pgid, signal);
  } catch {
    return false;
  }
}
