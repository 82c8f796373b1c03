import { spawn } from 'node:child_process';
import { stopSession } from '../codex/stop-session.js';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { findNativeCodex } from '../codex/native-codex.js';
import { identifyCodex } from '../codex/resolve-codex.js';
import { parseShellReport, PROBE_SCRIPT, type ProbeReport, SHELL_PROBE_SCRIPT } from './seal-probe-script.js';

/**
 * The oldest Codex whose permission profiles keep a denied path from a command: measured by bisecting releases.
 * 0.133-0.148 hide it too, but as root the sandbox keeps CAP_SYS_ADMIN and `umount` brings the file back; 0.116-0.132
 * break every command; 0.115 and older accept the profile and ignore it (nothing is hidden, and nothing says so).
 */
export const MIN_SEALED_CODEX = '0.149.0';

export type SealFailureKind =
  | 'not-codex'
  | 'old-codex'
  | 'no-namespaces'
  | 'no-commands'
  | 'readable'
  | 'secret-visible'
  | 'network'
  | 'socket';

export interface SealProbeRequest {
  readonly codexPath: string;
  /** The environment Codex gets (CODEX_HOME points at the sealed home). */
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  /** The configuration options `codex exec` gets (-c, --enable/--disable, -p, -C): the probe applies them too. */
  readonly options?: readonly string[];
  /** Paths the agent must not read: the private CODEX_HOME, state directories. */
  readonly deniedPaths: readonly string[];
  /** True when the profile gives commands network access (then loopback is not checked). */
  readonly network: boolean;
  /** Unix sockets the agent's commands must not connect to (root daemons' sockets, when network is on). */
  readonly sockets?: readonly string[];
  /** True when `text` holds any secret value the tool knows (tokens, key, seed, GitHub token). */
  readonly containsSecret: (text: string) => boolean;
  /**
   * Settles once every secret `containsSecret` must know is registered. The round trip probes while it takes the
   * lock and opens the store, so the report is searched only after the login's tokens are known.
   */
  readonly secretsKnown?: Promise<unknown> | undefined;
  readonly timeoutMs?: number;
}

export interface SealProbeResult {
  readonly ok: boolean;
  readonly ms: number;
  readonly codexVersion: string | null;
  readonly failure: { readonly kind: SealFailureKind; readonly detail: string } | null;
  /** What the sandbox printed on stderr when commands could not run (never holds the probe's report). */
  readonly stderr: string;
}

/** Runs the probe in the real Codex sandbox with the same configuration `codex exec` will use. */
export async function probeSeal(request: SealProbeRequest): Promise<SealProbeResult> {
  const started = performance.now();
  let ended: number | null = null;
  const native = findNativeCodex(request.codexPath);
  const identity = await identifyCodex(request.codexPath, request.env);
  const version = identity.version;
  const result = (failure: SealProbeResult['failure'], stderr = ''): SealProbeResult => ({
    ok: failure === null,
    // The probe's own time: waiting for the secrets to be known is not part of it.
    ms: Math.round((ended ?? performance.now()) - started),
    codexVersion: version,
    failure,
    stderr,
  });
  if (identity.notCodex !== null) {
    return result({
      kind: 'not-codex',
      detail: `${request.codexPath} is not the Codex CLI: ${identity.notCodex}`,
    });
  }
  if (version === null || compareVersions(version, MIN_SEALED_CODEX) < 0) {
    return result({
      kind: 'old-codex',
      detail: `Codex ${version ?? '(unknown version)'} cannot keep files from the agent's commands (permission profiles enforce deny-read from ${MIN_SEALED_CODEX} on); upgrade Codex to ${MIN_SEALED_CODEX} or later`,
    });
  }

  const marker = `codex-auth-probe-${randomBytes(8).toString('hex')}`;
  const listener = request.network ? null : await listenOnLoopback();
  try {
    const port = listener === null ? '' : String((listener.address() as net.AddressInfo).port);
    const shell = (request.sockets ?? []).length === 0;
    const { stdout, stderr, spawnError } = await run(
      native?.binary ?? request.codexPath,
      ['sandbox', ...(request.options ?? []), '--', ...probeCommand(shell, marker, port, request)],
      request,
    );
    ended = performance.now();
    await request.secretsKnown?.catch(() => undefined);
    const report = shell
      ? parseShellReport(stdout, marker, port, request.deniedPaths)
      : parseReport(stdout, marker);
    if (report === null) {
      const why = spawnError ?? lastLines(stderr);
      return result(
        {
          kind: NAMESPACE_FAILURE.test(stderr) ? 'no-namespaces' : 'no-commands',
          detail: `the Codex sandbox could not run a command: ${why || 'no output'}`,
        },
        lastLines(stderr),
      );
    }
    return result(findLeak(request, report, [stdout, stderr], listener !== null));
  } finally {
    listener?.close();
  }
}

/**
 * The probe's command inside the sandbox: the shell script when no socket must be tried (a Node start saved), else
 * the Node script, which can connect to a unix socket.
 */
function probeCommand(shell: boolean, marker: string, port: string, request: SealProbeRequest): string[] {
  if (shell) return ['/bin/sh', '-c', SHELL_PROBE_SCRIPT, 'probe', marker, port, ...request.deniedPaths];
  // NODE_OPTIONS (a loader such as tsx's) would change what our node runs; the probe still sees it in /proc.
  return [
    '/usr/bin/env',
    '-u',
    'NODE_OPTIONS',
    process.execPath,
    '-e',
    PROBE_SCRIPT,
    marker,
    port,
    JSON.stringify(request.sockets ?? []),
    ...request.deniedPaths,
  ];
}

/** What the probe's report shows the agent's commands could reach; null when the seal holds. */
function findLeak(
  request: SealProbeRequest,
  report: ProbeReport,
  outputs: readonly string[],
  loopbackChecked: boolean,
): SealProbeResult['failure'] {
  for (const [file, seen] of Object.entries(report.files)) {
    if (seen.readable) return { kind: 'readable', detail: `the agent's commands can read ${file}` };
  }
  if (request.containsSecret(report.env)) {
    return { kind: 'secret-visible', detail: "a secret value is in the agent's environment" };
  }
  for (const [pid, environ] of Object.entries(report.proc)) {
    if (request.containsSecret(environ)) {
      return {
        kind: 'secret-visible',
        detail: `a secret value is in /proc/${pid}/environ inside the sandbox`,
      };
    }
  }
  if (outputs.some((output) => request.containsSecret(output))) {
    return { kind: 'secret-visible', detail: "a secret value is visible to the agent's commands" };
  }
  for (const [socket, state] of Object.entries(report.sockets ?? {})) {
    if (state === 'connected') {
      return {
        kind: 'socket',
        detail: `the agent's commands can connect to ${socket}, a root daemon's socket`,
      };
    }
  }
  if (loopbackChecked && report.network === 'connected') {
    return { kind: 'network', detail: "the agent's commands can reach this machine's loopback (127.0.0.1)" };
  }
  return null;
}

// bwrap's words when it cannot create its namespaces: "No permissions to create a new namespace" (no unprivileged
// user namespaces), "setting up uid map: Permission denied" and "loopback: Failed RTM_NEWADDR" (Ubuntu 24.04's
// AppArmor restriction), "Creating new namespace failed".
const NAMESPACE_FAILURE =
  /bwrap: .*(namespace|uid map|RTM_NEWADDR|Operation not permitted)|unprivileged user namespaces|user namespace/i;

function parseReport(stdout: string, marker: string): ProbeReport | null {
  const start = stdout.indexOf('{');
  if (start === -1) return null;
  try {
    const report = JSON.parse(stdout.slice(start)) as ProbeReport;
    return report.marker === marker ? report : null;
  } catch {
    return null;
  }
}

function lastLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('WARNING: proceeding'))
    .slice(-3)
    .join(' / ')
    .slice(0, 600);
}

function run(
  file: string,
  args: readonly string[],
  request: SealProbeRequest,
): Promise<{ stdout: string; stderr: string; spawnError: string | null }> {
  return new Promise((resolve) => {
    // In a session of its own (not execFile, which cannot detach), so that the sandbox helpers Codex leaves
    // behind are stopped with it (stop-session.ts).
    const child = spawn(file, args, {
      env: request.env,
      cwd: request.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const out = { stdout: '', stderr: '' };
    const limit = 16 * 1024 * 1024;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (out.stdout.length < limit) out.stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (out.stderr.length < limit) out.stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), request.timeoutMs ?? 20_000);
    let spawnError: string | null = null;
    const done = () => {
      clearTimeout(timer);
      resolve({ ...out, spawnError });
    };
    child.on('error', (error) => {
      spawnError = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file} was not found` : null;
      if (child.pid === undefined) done();
    });
    child.on('close', () => {
      if (child.pid === undefined) done();
      // done() on either outcome: a session that would not stop still ends the probe (the timer is cleared).
      else void stopSession(child.pid).then(done, done);
    });
  });
}

function listenOnLoopback(): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Numeric comparison of x.y.z (a pre-release suffix is ignored). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (/^(\d+)\.(\d+)\.(\d+)/.exec(v) ?? []).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
