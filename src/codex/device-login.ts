import { type ChildProcess, spawn } from 'node:child_process';
import { CodexFailedError } from '../core/errors.js';
import { createPrivateCodexHome, readAuth, removeCodexHome, writeCodexConfig } from './codex-home.js';
import { LineSplitter } from './jsonl-events.js';
import { recordOwner } from './orphan-homes.js';
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

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

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

function runLoginProcess(options: DeviceLoginOptions, codexHome: string): Promise<LoginOutcome> {
  const killGraceMs = options.killGraceMs ?? 2000;
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
    // Only a hint for a later clean-up; the login does not depend on it. Settling waits for it, so that the home
    // is never removed while this write is under way.
    const ownerWrite =
      child.pid === undefined
        ? Promise.resolve()
        : recordOwner(codexHome, { pid: child.pid, command: options.codexPath }).catch(() => undefined);

    let stopReason: 'timeout' | 'aborted' | 'callback' | NodeJS.Signals | null = null;
    let callbackError: { readonly error: unknown } | null = null;
    // Codex prints the prompt on stdout and its verdict ("Error logging in: ...") on stderr. The two pipes are not
    // ordered with respect to each other, so the last stderr line is the one that explains a failure.
    const lastLines: { stdout: string | null; stderr: string | null } = { stdout: null, stderr: null };
    const lastLine = (): string | null => lastLines.stderr ?? lastLines.stdout;
    const timers: NodeJS.Timeout[] = [];

    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.kill(signal);
      }
    };
    const stop = (reason: NonNullable<typeof stopReason>): void => {
      if (stopReason !== null) return;
      stopReason = reason;
      signalGroup('SIGTERM');
      timers.push(setTimeout(() => signalGroup('SIGKILL'), killGraceMs));
    };
    const onAbort = (): void => stop('aborted');
    const onParentSignal = (signal: NodeJS.Signals): void => stop(signal);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    for (const signal of FORWARDED_SIGNALS) process.on(signal, onParentSignal);
    timers.push(setTimeout(() => stop('timeout'), options.timeoutMs));
    const cleanup = (): void => {
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      for (const signal of FORWARDED_SIGNALS) process.off(signal, onParentSignal);
    };

    const deliver = (stream: 'stdout' | 'stderr', lines: readonly string[]): void => {
      for (const raw of lines) {
        const line = stripAnsi(raw).trimEnd();
        if (line.trim() === '' || HARMLESS_WARNING.test(line)) continue;
        lastLines[stream] = line.trim();
        if (callbackError) continue;
        try {
          options.onOutput(line);
        } catch (error) {
          // Without the output the user cannot see the code: no point in waiting for them.
          callbackError = { error };
          stop('callback');
        }
      }
    };
    const stdout = new LineSplitter();
    const stderr = new LineSplitter();
    child.stdout?.on('data', (chunk: Buffer) => deliver('stdout', stdout.push(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => deliver('stderr', stderr.push(chunk)));

    let settled = false;
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      cleanup();
      // ownerWrite never rejects (its failure is caught where it starts); settling only waits for it.
      void ownerWrite.then(() => reject(codexSpawnError(options.codexPath, error)));
    });
    child.on('exit', () => {
      // Something Codex started may still hold the pipes: give it a moment, then stop the rest of the group.
      timers.push(
        setTimeout(() => {
          signalGroup('SIGKILL');
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, killGraceMs),
      );
    });
    child.on('close', (code, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      deliver('stdout', stdout.end());
      deliver('stderr', stderr.end());
      void ownerWrite.then(() => settle(code, signal)); // Never rejects: see the error handler above.
    });

    const settle = (code: number | null, signal: NodeJS.Signals | null): void => {
      const reason = stopReason;
      if (callbackError) {
        reject(callbackError.error);
      } else if (reason === 'timeout') {
        reject(
          new CodexFailedError(
            `codex login --device-auth did not finish within ${formatDuration(options.timeoutMs)}; it was stopped ` +
              `(process group killed)${lastLineNote(lastLine())}. Run it again and enter the code sooner.`,
          ),
        );
      } else if (reason === 'aborted') {
        reject(cancelled());
      } else if (reason !== null) {
        reject(
          new CodexFailedError(`codex login --device-auth was interrupted (${reason}); nothing was stored.`),
        );
      } else if (code !== 0) {
        const status = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited ${code}`;
        reject(
          new CodexFailedError(
            `codex login --device-auth ${status}${lastLineNote(lastLine())}. ${DEVICE_LOGIN_HINT}`,
          ),
        );
      } else {
        resolve({ lastLine: lastLine() });
      }
    };
  });
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
