import { type ChildProcess, spawn } from 'node:child_process';
import { CodexFailedError } from '../core/errors.js';
import { createPrivateCodexHome, readAuth, removeCodexHome, writeCodexConfig } from './codex-home.js';
import { LineSplitter } from './jsonl-events.js';
import { recordOwner } from './orphan-homes.js';
import { drainAfterExit, FORWARDED_SIGNALS, signalGroup } from './process-group.js';
import { codexSpawnError } from './spawn-error.js';

// `codex-auth seed --login`: Codex's own device-code login (`codex login --device-auth`), run in a throw-away
// private CODEX_HOME so that the user's ~/.codex is neither read nor changed. Codex prints a link and a one-time
// code; the user opens the link on any device, signs in and types the code; Codex polls until then (at most
// 15 minutes), writes auth.json, and exits 0. We hand back that auth.json text and delete the home.
//
// What Codex 0.169.0 does (measured against a loopback server, see test/support/chatgpt-simulator.ts):
// POST <issuer>/api/accounts/deviceauth/usercode, prints `<issuer>/codex/device` and the code on stdout, polls
// POST <issuer>/api/accounts/deviceauth/token every `interval` seconds, then exchanges the authorization code at
// POST <issuer>/oauth/token. The issuer is https://auth.openai.com unless the hidden flag `--experimental_issuer`
// says otherwise (no env variable or config key changes it for `codex login`).
//
// The code and link are not secrets (the user must see them); the tokens only ever exist in the private home and
// in the returned text. Codex runs in its own process group, stdin ignored, with a hard timeout.

export interface DeviceLoginOptions {
  readonly codexPath: string;
  /** Codex's environment (e.g. proxies, CODEX_CA_CERTIFICATE). CODEX_HOME is replaced by the private home. */
  readonly env: NodeJS.ProcessEnv;
  /** Written as the private home's config.toml. The credential store is forced to "file" in any case. */
  readonly configToml?: string;
  /** Every non-blank line Codex prints (stdout and stderr), without colour codes: the link and the code. */
  readonly onOutput: (line: string) => void;
  /** The whole login, including the time the user needs; Codex itself gives up after 15 minutes. */
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /**
   * The OAuth issuer (Codex's hidden `--experimental_issuer`, default https://auth.openai.com). Only for testing
   * against a loopback server.
   */
  readonly issuer?: string;
  /** After SIGTERM (timeout, abort, interrupt), how long the process group gets before SIGKILL. Default 2000 ms. */
  readonly killGraceMs?: number;
}

/**
 * Codex warns about this on stderr whenever CODEX_HOME is under the temp dir (where our private home is on
 * purpose); it is harmless for a login and would only confuse the user, so it is not passed on.
 */
const HARMLESS_WARNING = /^WARNING: proceeding, even though we could not create PATH aliases/;

// CSI sequences (colours, cursor movement) and OSC sequences (e.g. hyperlinks): Codex colours the link and the
// code even with NO_COLOR. The caller may write the lines to a log, or to a terminal it does not own.
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

export const DEVICE_LOGIN_HINT =
  'Device-code login must be enabled for your ChatGPT workspace (an admin turns it on in the workspace settings). ' +
  'Alternatively, run `codex login` on a machine with a browser and seed from that file with ' +
  '`codex-auth seed --auth-file ~/.codex/auth.json ...`.';

export function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPES, '');
}

/** `login --device-auth`, the file credential store forced, and the issuer override if any. */
export function buildDeviceLoginArgs(issuer?: string): string[] {
  const args = ['login', '--device-auth', '-c', 'cli_auth_credentials_store="file"'];
  if (issuer !== undefined) args.push('--experimental_issuer', issuer);
  return args;
}

/**
 * Runs `codex login --device-auth` in a fresh private CODEX_HOME and returns the auth.json text it wrote. The
 * home is always removed. Rejects with a CodexFailedError when Codex fails, times out, is interrupted or writes no
 * auth.json, and with a UsageError when Codex cannot be started.
 */
export async function runDeviceLogin(options: DeviceLoginOptions): Promise<string> {
  if (options.signal?.aborted) throw cancelled();
  const home = await createPrivateCodexHome();
  try {
    // A codex-auth killed with SIGKILL cannot clean up: a later run finds this record and removes the home
    // (stopping a Codex that might still be polling and would otherwise write tokens into it).
    await recordOwner(home.dir, null);
    if (options.configToml !== undefined) await writeCodexConfig(home.dir, options.configToml);
    const outcome = await runLoginProcess(options, home.dir);
    const auth = await readAuth(home.dir);
    if (auth === null) {
      throw new CodexFailedError(
        `codex login --device-auth exited 0 but wrote no auth.json${lastLineNote(outcome.lastLine)}. ` +
          'Check that this Codex stores its login in a file (cli_auth_credentials_store); then try again, or ' +
          'run `codex login` on a machine with a browser and use `codex-auth seed --auth-file ~/.codex/auth.json ...`.',
      );
    }
    return auth;
  } finally {
    await removeCodexHome(home.dir);
  }
}

interface LoginOutcome {
  readonly lastLine: string | null;
}

/** Why we stopped the login ourselves; null while it runs on its own. */
type StopReason = 'timeout' | 'aborted' | 'callback' | NodeJS.Signals;

function runLoginProcess(options: DeviceLoginOptions, codexHome: string): Promise<LoginOutcome> {
  return new Promise<LoginOutcome>((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = spawn(options.codexPath, buildDeviceLoginArgs(options.issuer), {
        env: withCodexHome(options.env, codexHome),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
        windowsHide: true,
      });
    } catch (error) {
      reject(codexSpawnError(options.codexPath, error));
      return;
    }
    new LoginProcess(options, codexHome, child, resolve, reject).follow();
  });
}

/** One running `codex login --device-auth`: its output, the reasons it may be stopped, and how it settles. */
class LoginProcess {
  private readonly killGraceMs: number;
  private readonly ownerWrite: Promise<void>;
  private stopReason: StopReason | null = null;
  private callbackError: { readonly error: unknown } | null = null;
  // Codex prints the prompt on stdout and its verdict ("Error logging in: ...") on stderr. The two pipes are not
  // ordered with respect to each other, so the last stderr line is the one that explains a failure.
  private readonly lastLines: { stdout: string | null; stderr: string | null } = {
    stdout: null,
    stderr: null,
  };
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly stdout = new LineSplitter();
  private readonly stderr = new LineSplitter();
  private settled = false;
  private readonly onAbort = (): void => this.stop('aborted');
  private readonly onParentSignal = (signal: NodeJS.Signals): void => this.stop(signal);

  constructor(
    private readonly options: DeviceLoginOptions,
    codexHome: string,
    private readonly child: ChildProcess,
    private readonly resolve: (outcome: LoginOutcome) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.killGraceMs = options.killGraceMs ?? 2000;
    // Only a hint for a later clean-up; the login does not depend on it. Settling waits for it, so that the home
    // is never removed while this write is under way.
    this.ownerWrite =
      child.pid === undefined
        ? Promise.resolve()
        : recordOwner(codexHome, { pid: child.pid, command: options.codexPath }).catch(() => undefined);
  }

  follow(): void {
    const { child, options } = this;
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    for (const signal of FORWARDED_SIGNALS) process.on(signal, this.onParentSignal);
    this.timers.push(setTimeout(() => this.stop('timeout'), options.timeoutMs));
    child.stdout?.on('data', (chunk: Buffer) => this.deliver('stdout', this.stdout.push(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => this.deliver('stderr', this.stderr.push(chunk)));
    child.on('error', (error) => {
      if (this.settled) return;
      this.settled = true;
      this.cleanup();
      // ownerWrite never rejects (its failure is caught where it starts); settling only waits for it.
      void this.ownerWrite.then(() => this.reject(codexSpawnError(options.codexPath, error)));
    });
    child.on('exit', () => this.timers.push(drainAfterExit(child, this.killGraceMs)));
    child.on('close', (code, signal) => {
      if (this.settled) return;
      this.settled = true;
      this.cleanup();
      this.deliver('stdout', this.stdout.end());
      this.deliver('stderr', this.stderr.end());
      void this.ownerWrite.then(() => this.settle(code, signal)); // Never rejects: see the error handler above.
    });
  }

  /** The first reason wins: SIGTERM to the group now, SIGKILL if it is still there after the grace. */
  private stop(reason: StopReason): void {
    if (this.stopReason !== null) return;
    this.stopReason = reason;
    signalGroup(this.child, 'SIGTERM');
    this.timers.push(setTimeout(() => signalGroup(this.child, 'SIGKILL'), this.killGraceMs));
  }

  private cleanup(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.options.signal?.removeEventListener('abort', this.onAbort);
    for (const signal of FORWARDED_SIGNALS) process.off(signal, this.onParentSignal);
  }

  private deliver(stream: 'stdout' | 'stderr', lines: readonly string[]): void {
    for (const raw of lines) {
      const line = stripAnsi(raw).trimEnd();
      if (line.trim() === '' || HARMLESS_WARNING.test(line)) continue;
      this.lastLines[stream] = line.trim();
      if (this.callbackError) continue;
      try {
        this.options.onOutput(line);
      } catch (error) {
        // Without the output the user cannot see the code: no point in waiting for them.
        this.callbackError = { error };
        this.stop('callback');
      }
    }
  }

  private lastLine(): string | null {
    return this.lastLines.stderr ?? this.lastLines.stdout;
  }

  private settle(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.callbackError) {
      this.reject(this.callbackError.error);
      return;
    }
    const failure = loginFailure(this.stopReason, code, signal, this.lastLine(), this.options.timeoutMs);
    if (failure) this.reject(failure);
    else this.resolve({ lastLine: this.lastLine() });
  }
}

/** Why a login that ended (or was stopped) did not succeed; null when Codex exited 0 on its own. */
function loginFailure(
  reason: StopReason | null,
  code: number | null,
  signal: NodeJS.Signals | null,
  lastLine: string | null,
  timeoutMs: number,
): CodexFailedError | null {
  if (reason === 'timeout') {
    return new CodexFailedError(
      `codex login --device-auth did not finish within ${formatDuration(timeoutMs)}; it was stopped ` +
        `(process group killed)${lastLineNote(lastLine)}. Run it again and enter the code sooner.`,
    );
  }
  if (reason === 'aborted') return cancelled();
  if (reason !== null) {
    return new CodexFailedError(`codex login --device-auth was interrupted (${reason}); nothing was stored.`);
  }
  if (code !== 0) {
    const status = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited ${code}`;
    return new CodexFailedError(
      `codex login --device-auth ${status}${lastLineNote(lastLine)}. ${DEVICE_LOGIN_HINT}`,
    );
  }
  return null;
}

function withCodexHome(base: NodeJS.ProcessEnv, codexHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue;
    // Windows environment names are case-insensitive.
    const key = process.platform === 'win32' ? name.toUpperCase() : name;
    if (key === 'CODEX_HOME') continue;
    env[name] = value;
  }
  env.CODEX_HOME = codexHome;
  return env;
}

function lastLineNote(line: string | null): string {
  return line === null ? ' without printing anything' : `; last output: "${line}"`;
}

function cancelled(): CodexFailedError {
  return new CodexFailedError('codex login --device-auth was cancelled; nothing was stored.');
}

function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
