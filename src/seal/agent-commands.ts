import { spawn } from 'node:child_process';

// The few ways this folder runs a program: as ourselves, as root (we are root, or through passwordless sudo), or
// as the agent user (a uid switch when we are root, `sudo -n -u` otherwise). sudo is always `-n`: a prompt in CI
// would hang the job, so a rule that needs a password is an answer ("refused"), not a wait.

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The errno code when the program could not be started (ENOENT: not installed). */
  readonly spawnError?: string;
}

export interface CommandOptions {
  readonly input?: string;
  readonly cwd?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly timeoutMs?: number;
}

/** The PATH programs started by root or the agent get: system directories only, nothing the runner put first. */
export const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Runs a program with a minimal environment and collects its output (never rejects). */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], {
      env: { PATH: SYSTEM_PATH, LANG: 'C.UTF-8' },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 30_000,
      ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ code: null, stdout, stderr, spawnError: error.code ?? 'EUNKNOWN' }),
    );
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Runs as root: directly when we are root, else through passwordless sudo. */
export function runPrivileged(argv: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('runPrivileged: empty command');
  return isRoot() ? runCommand(command, args, options) : runCommand('sudo', ['-n', '--', ...argv], options);
}

export interface UserIdentity {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
}

/** Runs as `user`: a uid/gid switch (supplementary groups dropped by libuv) when we are root, else sudo -u. */
export function runAsUser(
  user: UserIdentity,
  argv: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const [command, ...args] = argv;
  if (command === undefined) throw new Error('runAsUser: empty command');
  if (isRoot()) return runCommand(command, args, { ...options, uid: user.uid, gid: user.gid });
  return runCommand('sudo', ['-n', '-u', user.name, '--', ...argv], options);
}

/** The first line of a command's stderr, trimmed, for an error message (never holds a secret: no secret goes in). */
export function firstLine(result: CommandResult): string {
  const line = (result.stderr.trim().split('\n')[0] ?? '').trim();
  return line === '' ? `exit ${String(result.code ?? result.spawnError)}` : line;
}
