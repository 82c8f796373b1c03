// `runDeviceLogin` (codex-auth seed --login): the REAL Codex CLI's device-code login against the loopback ChatGPT
// simulator (Codex 0.169.0 is pointed at it with its hidden `--experimental_issuer` flag), plus the edges that the
// real Codex cannot be made to show (a grandchild holding the group, SIGTERM ignored, a missing binary) with a
// small fake `codex` script. Every captured output goes through the leak guard.

import { spawn } from 'node:child_process';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDeviceLogin, stripAnsi } from '../../../src/codex/device-login.js';
import { parseBundle } from '../../../src/core/bundle.js';
import { CodexFailedError, UsageError } from '../../../src/core/errors.js';
import { type ChatGptSimulator, startChatGptSimulator } from '../../support/chatgpt-simulator.js';
import { CODEX_BIN, codexConfigToml, codexEnvFor, codexExecArgs } from '../../support/codex-sandbox.js';
import { recordOutput } from '../../support/leak-guard.js';
import { authJsonText, makeTokens } from '../../support/test-tokens.js';
import { waitFor, waitForExit } from '../../support/wait-for.js';

const HOME_PREFIX = 'codex-auth-home-';
const homesDir = () => path.join(sandbox.tmp, 'codex-auth', 'homes');
const USER_CODE_LINE = /^\s*([A-Z0-9]{4}-[A-Z0-9]{5})$/;

interface Sandbox {
  readonly root: string;
  /** HOME for Codex, with a ~/.codex/auth.json of "the user's own" that must stay untouched. */
  readonly home: string;
  /** TMPDIR while the test runs: where runDeviceLogin makes its private CODEX_HOME. */
  readonly tmp: string;
  readonly userAuthPath: string;
  readonly userAuthText: string;
}

let sandbox: Sandbox;
let savedCache: string | undefined;
let savedTmpdir: string | undefined;
const sims: ChatGptSimulator[] = [];

beforeEach(async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'device-login-test-'));
  const home = path.join(root, 'home');
  const tmp = path.join(root, 'tmp');
  await fs.mkdir(path.join(home, '.codex'), { recursive: true, mode: 0o700 });
  await fs.mkdir(tmp, { mode: 0o700 });
  const userAuthPath = path.join(home, '.codex', 'auth.json');
  const userAuthText = authJsonText(makeTokens(), new Date());
  await fs.writeFile(userAuthPath, userAuthText, { mode: 0o600 });
  sandbox = { root, home, tmp, userAuthPath, userAuthText };
  savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = tmp; // os.tmpdir() reads it on every call (forks pool: this worker only).
  savedCache = process.env.XDG_CACHE_HOME;
  // Private homes live under $XDG_CACHE_HOME/codex-auth/homes: keep this test's inside its sandbox.
  process.env.XDG_CACHE_HOME = tmp;
});

afterEach(async () => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  if (savedCache === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = savedCache;
  for (const sim of sims.splice(0)) await sim.close();
  await fs.rm(sandbox.root, { recursive: true, force: true });
});

async function startSim(
  options: Parameters<typeof startChatGptSimulator>[0] = {},
): Promise<ChatGptSimulator> {
  const sim = await startChatGptSimulator({ dir: path.join(sandbox.root, `sim-${sims.length}`), ...options });
  sims.push(sim);
  return sim;
}

function privateHomes(): string[] {
  return existsSync(homesDir()) ? readdirSync(homesDir()).filter((name) => name.startsWith(HOME_PREFIX)) : [];
}

async function expectUserCodexHomeUntouched(): Promise<void> {
  expect(await fs.readdir(path.join(sandbox.home, '.codex'))).toEqual(['auth.json']);
  expect(await fs.readFile(sandbox.userAuthPath, 'utf8')).toBe(sandbox.userAuthText);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Collects output lines (recorded for the leak guard) and calls `onCode` once with the user code Codex prints. */
function outputCollector(onCode?: (code: string) => void): {
  lines: string[];
  onOutput: (line: string) => void;
  code: () => string | null;
} {
  const lines: string[] = [];
  let code: string | null = null;
  return {
    lines,
    code: () => code,
    onOutput(line) {
      lines.push(line);
      recordOutput('device login output', line);
      const match = USER_CODE_LINE.exec(line);
      if (match?.[1] !== undefined && code === null) {
        code = match[1];
        onCode?.(code);
      }
    },
  };
}

function loginEnv(sim: ChatGptSimulator): NodeJS.ProcessEnv {
  // codexEnvFor's CODEX_HOME is replaced by runDeviceLogin's private home: point it at the user's own to prove it.
  return codexEnvFor(sim, { home: sandbox.home, codexHome: path.join(sandbox.home, '.codex') });
}

describe('runDeviceLogin with the real Codex CLI against the simulator', () => {
  it('shows the link and code, returns the new session as auth.json, and removes the private home', async () => {
    const sim = await startSim();
    const configToml = codexConfigToml(sim);
    let homeSeen: { name: string; mode: number; config: string; configMode: number } | null = null;
    const output = outputCollector((code) => {
      // While Codex waits for the user: exactly one private home, 0700, with our config.toml at 0600.
      const homes = privateHomes();
      expect(homes).toHaveLength(1);
      const dir = path.join(homesDir(), homes[0] ?? '');
      homeSeen = {
        name: homes[0] ?? '',
        mode: statSync(dir).mode & 0o777,
        config: readFileSync(path.join(dir, 'config.toml'), 'utf8'),
        configMode: statSync(path.join(dir, 'config.toml')).mode & 0o777,
      };
      // An access token that expires in 2 minutes: Codex refreshes it before its first request (below).
      sim.approveDeviceCode(code, { email: 'device-user@example.com', accessTokenExpSeconds: 120 });
    });

    const started = performance.now();
    const authText = await runDeviceLogin({
      codexPath: CODEX_BIN,
      env: loginEnv(sim),
      configToml,
      onOutput: output.onOutput,
      timeoutMs: 30_000,
      issuer: sim.issuer,
    });
    const ms = performance.now() - started;

    // What the user was shown: the link, the code, success; no colour codes, no PATH-alias warning.
    const text = output.lines.join('\n');
    expect(text).toContain(sim.deviceVerificationUrl);
    expect(text).toContain('Enter this one-time code');
    expect(text).toContain('Successfully logged in');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('PATH aliases');
    const code = output.code();
    expect(code).not.toBeNull();

    // The private home was real, private, configured; it is gone now.
    expect(homeSeen).toMatchObject({ mode: 0o700, config: configToml, configMode: 0o600 });
    expect(privateHomes()).toEqual([]);
    await expectUserCodexHomeUntouched();

    // The returned auth.json is the simulator's NEW session, in Codex's own shape.
    const session = sim.deviceCodeSession(code ?? '');
    expect(session).not.toBeNull();
    const bundle = parseBundle(authText);
    expect(bundle.kind).toBe('chatgpt');
    expect(bundle.authMode).toBe('chatgpt');
    expect(bundle.auth.tokens).toMatchObject({
      id_token: session?.idToken,
      access_token: session?.accessToken,
      refresh_token: session?.refreshToken,
      account_id: session?.accountId,
      oauth_provenance: { issuer: sim.issuer, client_id: 'app_EMoamEEZ73f0CkXaXp7hrann' },
    });
    expect(typeof bundle.auth.last_refresh).toBe('string');
    expect(sim.deviceCodeLoginCount).toBe(1);
    expect(sim.deviceCodes).toEqual([
      { userCode: code, state: 'exchanged', polls: expect.any(Number) as number, session: 1 },
    ]);
    const paths = sim.requestLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
    expect(paths[0]).toBe('POST /api/accounts/deviceauth/usercode 200');
    expect(paths).toContain('POST /api/accounts/deviceauth/token 200');
    expect(paths.at(-1)).toBe('POST /oauth/token 200');
    expect(sim.requestLog.at(-1)?.grantType).toBe('authorization_code');
    expect(sim.refreshCount).toBe(0);
    expect(ms).toBeLessThan(10_000);

    // The stored login works on another machine: Codex uses it, and its refresh token rotates at the simulator.
    const runHome = path.join(sandbox.root, 'run-codex-home');
    await fs.mkdir(runHome, { mode: 0o700 });
    await fs.writeFile(path.join(runHome, 'auth.json'), authText, { mode: 0o600 });
    await fs.writeFile(path.join(runHome, 'config.toml'), configToml, { mode: 0o600 });
    const run = await runCodexExec(sim, runHome);
    expect(run.code, run.output).toBe(0);
    expect(sim.responsesCount).toBe(1);
    expect(sim.refreshLog).toEqual([
      expect.objectContaining({ outcome: 'ok', session: 1, generation: 0, reason: 'proactive_expiry' }),
    ]);
    const rotated = parseBundle(await fs.readFile(path.join(runHome, 'auth.json'), 'utf8'));
    expect(rotated.auth.tokens?.refresh_token).toBe(sim.deviceCodeSession(code ?? '')?.refreshToken);
    expect(rotated.fingerprint).not.toBe(bundle.fingerprint);
  });

  it('stores the login in auth.json even when config.toml asks for the OS keyring', async () => {
    const sim = await startSim({ autoApproveDeviceCodes: true, deviceCodeIntervalSeconds: 0 });
    const configToml = codexConfigToml(sim).replace(
      'cli_auth_credentials_store = "file"',
      'cli_auth_credentials_store = "keyring"',
    );
    expect(configToml).toContain('"keyring"');
    const output = outputCollector();
    const authText = await runDeviceLogin({
      codexPath: CODEX_BIN,
      env: loginEnv(sim),
      configToml,
      onOutput: output.onOutput,
      timeoutMs: 30_000,
      issuer: sim.issuer,
    });
    const code = output.code() ?? '';
    expect(parseBundle(authText).auth.tokens?.refresh_token).toBe(sim.deviceCodeSession(code)?.refreshToken);
    expect(sim.deviceCodes).toMatchObject([{ userCode: code, state: 'exchanged', session: 1 }]);
    expect(privateHomes()).toEqual([]);
    await expectUserCodexHomeUntouched();
  });

  it('the stored login refreshes at its own issuer (oauth_provenance), even without the refresh URL override', async () => {
    // Codex 0.169.0 records the issuer it logged in with in tokens.oauth_provenance and refreshes at
    // `<issuer>/oauth/token` unless CODEX_REFRESH_TOKEN_URL_OVERRIDE says otherwise. (For a real login the
    // issuer is https://auth.openai.com, the same as the default.)
    const sim = await startSim();
    const output = outputCollector((code) => sim.approveDeviceCode(code, { accessTokenExpSeconds: 120 }));
    const authText = await runDeviceLogin({
      codexPath: CODEX_BIN,
      env: loginEnv(sim),
      onOutput: output.onOutput,
      timeoutMs: 30_000,
      issuer: sim.issuer,
    });
    const runHome = path.join(sandbox.root, 'run-codex-home');
    await fs.mkdir(runHome, { mode: 0o700 });
    await fs.writeFile(path.join(runHome, 'auth.json'), authText, { mode: 0o600 });
    await fs.writeFile(path.join(runHome, 'config.toml'), codexConfigToml(sim), { mode: 0o600 });
    const env = codexEnvFor(sim, { home: path.join(sandbox.root, 'run-home'), codexHome: runHome });
    delete env.CODEX_REFRESH_TOKEN_URL_OVERRIDE;
    delete env.CODEX_REVOKE_TOKEN_URL_OVERRIDE;
    const run = await runCodexExec(sim, runHome, env);
    expect(run.code, run.output).toBe(0);
    expect(sim.refreshLog).toEqual([
      expect.objectContaining({ outcome: 'ok', session: 1, generation: 0, reason: 'proactive_expiry' }),
    ]);
  });

  it('fails clearly when device-code login is not enabled, and removes the private home', async () => {
    const sim = await startSim({ deviceCodeLogin: false });
    const output = outputCollector();
    const failure = runDeviceLogin({
      codexPath: CODEX_BIN,
      env: loginEnv(sim),
      onOutput: output.onOutput,
      timeoutMs: 30_000,
      issuer: sim.issuer,
    });
    await expect(failure).rejects.toBeInstanceOf(CodexFailedError);
    const message = await failure.catch((error: unknown) => (error as Error).message);
    expect(message).toContain('codex login --device-auth exited 1');
    expect(message).toContain(
      'last output: "Error logging in: device code login is not enabled for this Codex server.',
    );
    expect(message).toContain('must be enabled for your ChatGPT workspace');
    expect(message).toContain('`codex login` on a machine with a browser');
    expect(message).toContain('codex-auth seed --auth-file');
    expect(sim.deviceCodes).toEqual([]);
    expect(privateHomes()).toEqual([]);
    await expectUserCodexHomeUntouched();
  });

  it('fails clearly when the user declines the code', async () => {
    const sim = await startSim();
    const output = outputCollector((code) => sim.denyDeviceCode(code));
    const failure = runDeviceLogin({
      codexPath: CODEX_BIN,
      env: loginEnv(sim),
      onOutput: output.onOutput,
      timeoutMs: 30_000,
      issuer: sim.issuer,
    });
    await expect(failure).rejects.toThrow(
      /exited 1; last output: "Error logging in: device auth failed with status 400 Bad Request"/,
    );
    expect(sim.deviceCodes).toMatchObject([{ state: 'denied', session: null }]);
    expect(sim.deviceCodeLoginCount).toBe(0);
    expect(privateHomes()).toEqual([]);
  });

  it('stops Codex on timeout (it polls no more) and says so', async () => {
    const sim = await startSim();
    const output = outputCollector();
    const started = performance.now();
    await expect(
      runDeviceLogin({
        codexPath: CODEX_BIN,
        env: loginEnv(sim),
        onOutput: output.onOutput,
        timeoutMs: 2500,
        issuer: sim.issuer,
      }),
    ).rejects.toThrow(/did not finish within 2\.5 s; it was stopped \(process group killed\)/);
    expect(performance.now() - started).toBeLessThan(6000);
    expect(output.code()).not.toBeNull();
    const polls = sim.deviceCodes[0]?.polls ?? 0;
    expect(polls).toBeGreaterThanOrEqual(2); // one a second
    // The time is the behaviour here: "polls no more" is an absence, seen over more than two of Codex's 1 s poll
    // intervals. No event can say that nothing happened.
    await sleep(2500);
    expect(sim.deviceCodes[0]?.polls).toBe(polls);
    expect(sim.deviceCodes[0]?.state).toBe('pending');
    expect(privateHomes()).toEqual([]);
  });

  it('stops Codex when the signal aborts', async () => {
    const sim = await startSim();
    const controller = new AbortController();
    // Abort once Codex is really polling (the simulator logged a poll), not after a guessed delay.
    const output = outputCollector(() => {
      void waitFor(() => (sim.deviceCodes[0]?.polls ?? 0) >= 1, { what: 'the first device-code poll' }).then(
        () => controller.abort(),
        (error: unknown) => controller.abort(error),
      );
    });
    await expect(
      runDeviceLogin({
        codexPath: CODEX_BIN,
        env: loginEnv(sim),
        onOutput: output.onOutput,
        timeoutMs: 30_000,
        signal: controller.signal,
        issuer: sim.issuer,
      }),
    ).rejects.toThrow('codex login --device-auth was cancelled; nothing was stored.');
    const polls = sim.deviceCodes[0]?.polls ?? 0;
    expect(polls).toBeGreaterThanOrEqual(1);
    await sleep(1500); // an absence of polls, over more than one 1 s poll interval: the time is the behaviour
    expect(sim.deviceCodes[0]?.polls).toBe(polls);
    expect(privateHomes()).toEqual([]);
  });
});

/** `codex exec` in `codexHome` against the simulator, for proving a stored login works. */
async function runCodexExec(
  sim: ChatGptSimulator,
  codexHome: string,
  env: Record<string, string> = codexEnvFor(sim, { home: path.join(sandbox.root, 'run-home'), codexHome }),
): Promise<{ code: number | null; output: string }> {
  const child = spawn(CODEX_BIN, ['exec', '--json', ...codexExecArgs()], {
    cwd: sandbox.root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const timer = setTimeout(() => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, 30_000);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => clearTimeout(timer));
  recordOutput('codex exec output', output);
  return { code, output: `${output}\nsimulator:\n${sim.describeLog()}` };
}

// A stand-in for `codex` (CommonJS, run by this Node): FAKE_MODE says what to do. It reports what it was given
// (argv, CODEX_HOME and its mode, config.toml, whether stdin is at EOF) to FAKE_REPORT, outside CODEX_HOME.
const FAKE_CODEX = String.raw`
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const home = process.env.CODEX_HOME;
let stdinBytes = null;
try { stdinBytes = fs.readFileSync(0).length; } catch (error) { stdinBytes = String(error.code); }
let config = null;
try { config = fs.readFileSync(path.join(home, 'config.toml'), 'utf8'); } catch {}
fs.writeFileSync(process.env.FAKE_REPORT, JSON.stringify({
  argv: process.argv.slice(2), home, homeMode: fs.statSync(home).mode & 0o777, config, stdinBytes,
  files: fs.readdirSync(home),
}));
const mode = process.env.FAKE_MODE;
process.stderr.write('WARNING: proceeding, even though we could not create PATH aliases: ');
process.stderr.write('Refusing to create helper binaries under temporary dir\n');
process.stdout.write('\nFollow these steps:\n\n1. Open this link\n   \u001b[94mhttps://auth.example.test/codex/device\u001b[0m\n');
process.stdout.write('\n2. Enter this one-time code\n   \u001b[94mFAKE-CODE1\u001b[0m\n\n');
if (mode === 'ok') {
  fs.writeFileSync(path.join(home, 'auth.json'), fs.readFileSync(process.env.FAKE_AUTH, 'utf8'), { mode: 0o600 });
  process.stderr.write('Successfully logged in');  // no final newline: the last line must still arrive
  process.exit(0);
}
if (mode === 'fail') {
  process.stderr.write('Error logging in: device code login is not enabled for this Codex server.\n');
  process.exit(1);
}
if (mode === 'noauth') process.exit(0);
if (mode === 'hang') {
  // A grandchild in the same process group, and SIGTERM ignored: only SIGKILL to the group ends this.
  const grandchild = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  fs.writeFileSync(process.env.FAKE_PIDS, JSON.stringify({ codex: process.pid, grandchild: grandchild.pid }));
  process.on('SIGTERM', () => {});
  setInterval(() => {}, 1000);
}
if (mode === 'spam') {
  let i = 0;
  setInterval(() => process.stdout.write('line ' + (i++) + '\n'), 20);
}
`;

describe('runDeviceLogin around the login step (fake codex script)', () => {
  let fakeDir: string;
  let fakeCodex: string;
  let report: string;

  beforeEach(async () => {
    fakeDir = path.join(sandbox.root, 'fake');
    await fs.mkdir(fakeDir);
    fakeCodex = path.join(fakeDir, 'codex');
    report = path.join(fakeDir, 'report.json');
    await fs.writeFile(fakeCodex, `#!${process.execPath}\n${FAKE_CODEX}`, { mode: 0o755 });
  });

  function fakeEnv(mode: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: sandbox.home,
      CODEX_HOME: path.join(sandbox.home, '.codex'),
      FAKE_MODE: mode,
      FAKE_REPORT: report,
      ...extra,
    };
  }

  async function readReport(): Promise<{
    argv: string[];
    home: string;
    homeMode: number;
    config: string | null;
    stdinBytes: number | string;
    files: string[];
  }> {
    return JSON.parse(await fs.readFile(report, 'utf8')) as Awaited<ReturnType<typeof readReport>>;
  }

  it('streams clean lines, passes the right arguments and home, returns auth.json, removes the home', async () => {
    const tokens = makeTokens();
    const authSource = path.join(fakeDir, 'auth-source.json');
    const authText = authJsonText(tokens, new Date());
    await fs.writeFile(authSource, authText, { mode: 0o600 });
    const output = outputCollector();
    const result = await runDeviceLogin({
      codexPath: fakeCodex,
      env: fakeEnv('ok', { FAKE_AUTH: authSource }),
      configToml: 'model = "o3"\n',
      onOutput: output.onOutput,
      timeoutMs: 10_000,
      issuer: 'https://127.0.0.1:1',
    });
    expect(result).toBe(authText);
    expect(output.lines).toEqual([
      'Follow these steps:',
      '1. Open this link',
      '   https://auth.example.test/codex/device',
      '2. Enter this one-time code',
      '   FAKE-CODE1',
      'Successfully logged in',
    ]);
    expect(output.code()).toBe('FAKE-CODE1');
    const seen = await readReport();
    expect(seen.argv).toEqual([
      'login',
      '--device-auth',
      '-c',
      'cli_auth_credentials_store="file"',
      '--experimental_issuer',
      'https://127.0.0.1:1',
    ]);
    expect(path.dirname(seen.home)).toBe(homesDir());
    expect(path.basename(seen.home).startsWith(HOME_PREFIX)).toBe(true);
    expect(seen.homeMode).toBe(0o700);
    expect(seen.config).toBe('model = "o3"\n');
    // The owner record is rewritten with Codex's pid once Codex has started, by an atomic write (temp file, then
    // rename) that runs alongside Codex: the fake may list the home while that temp file exists (seen 1 in 5 runs
    // under load). It is that write in flight, not something left in the home.
    const inFlightOwnerWrite = /^\.codex-auth-owner\.json\.[0-9a-f]+\.tmp$/;
    expect(seen.files.filter((name) => !inFlightOwnerWrite.test(name)).sort()).toEqual([
      'codex-auth-owner.json',
      'config.toml',
    ]);
    expect(seen.stdinBytes).toBe(0); // stdin is /dev/null
    expect(privateHomes()).toEqual([]);
    await expectUserCodexHomeUntouched();
  });

  it('writes no config.toml unless given, and passes no issuer unless given', async () => {
    await expect(
      runDeviceLogin({ codexPath: fakeCodex, env: fakeEnv('noauth'), onOutput: () => {}, timeoutMs: 10_000 }),
    ).rejects.toThrow(
      /exited 0 but wrote no auth\.json; last output: "FAKE-CODE1"\. Check that this Codex stores its login in a file/,
    );
    const seen = await readReport();
    expect(seen.argv).toEqual(['login', '--device-auth', '-c', 'cli_auth_credentials_store="file"']);
    expect(seen.config).toBeNull();
    expect(privateHomes()).toEqual([]);
  });

  it('reports a non-zero exit with the last line and the hint, and removes the home', async () => {
    const output = outputCollector();
    const error = await runDeviceLogin({
      codexPath: fakeCodex,
      env: fakeEnv('fail'),
      onOutput: output.onOutput,
      timeoutMs: 10_000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodexFailedError);
    expect((error as Error).message).toBe(
      'codex login --device-auth exited 1; last output: "Error logging in: device code login is not enabled for this Codex server.". ' +
        'Device-code login must be enabled for your ChatGPT workspace (an admin turns it on in the workspace settings). ' +
        'Alternatively, run `codex login` on a machine with a browser and seed from that file with `codex-auth seed --auth-file ~/.codex/auth.json ...`.',
    );
    expect(privateHomes()).toEqual([]);
  });

  it('on timeout kills the whole process group (SIGTERM ignored, grandchild included)', async () => {
    const pids = path.join(fakeDir, 'pids.json');
    const started = performance.now();
    await expect(
      runDeviceLogin({
        codexPath: fakeCodex,
        env: fakeEnv('hang', { FAKE_PIDS: pids }),
        onOutput: outputCollector().onOutput,
        timeoutMs: 800,
        killGraceMs: 300,
      }),
    ).rejects.toThrow(
      'codex login --device-auth did not finish within 800 ms; it was stopped (process group killed); last output: "FAKE-CODE1". Run it again and enter the code sooner.',
    );
    expect(performance.now() - started).toBeLessThan(5000);
    const { codex, grandchild } = JSON.parse(await fs.readFile(pids, 'utf8')) as {
      codex: number;
      grandchild: number;
    };
    // Neither is our child, so no exit event reaches us: wait (with a deadline) for /proc to say they are gone.
    await waitForExit(codex);
    await waitForExit(grandchild);
    expect(privateHomes()).toEqual([]);
  });

  it('stops Codex when onOutput throws, and rejects with that error', async () => {
    const boom = new Error('cannot show the code');
    await expect(
      runDeviceLogin({
        codexPath: fakeCodex,
        env: fakeEnv('spam'),
        onOutput: (line) => {
          if (line.startsWith('line 3')) throw boom;
        },
        timeoutMs: 10_000,
        killGraceMs: 300,
      }),
    ).rejects.toBe(boom);
    expect(privateHomes()).toEqual([]);
  });

  it('rejects at once for an already aborted signal, creating no home', async () => {
    await expect(
      runDeviceLogin({
        codexPath: fakeCodex,
        env: fakeEnv('ok'),
        onOutput: () => {},
        timeoutMs: 10_000,
        signal: AbortSignal.abort(),
      }),
    ).rejects.toThrow('cancelled');
    expect(readdirSync(sandbox.tmp)).toEqual([]);
  });

  it('says how to get Codex when the executable is missing, and removes the home', async () => {
    const error = await runDeviceLogin({
      codexPath: path.join(fakeDir, 'no-such-codex'),
      env: fakeEnv('ok'),
      onOutput: () => {},
      timeoutMs: 10_000,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain('the codex executable was not found at');
    expect(privateHomes()).toEqual([]);
  });
});

describe('stripAnsi', () => {
  it('removes colour and hyperlink sequences and keeps the text', () => {
    expect(stripAnsi('\u001b[94mhttps://x/codex/device\u001b[0m')).toBe('https://x/codex/device');
    expect(stripAnsi('\u001b]8;;https://x\u0007link\u001b]8;;\u0007 \u001b[1;31mABCD\u001b[m')).toBe(
      'link ABCD',
    );
  });
});
