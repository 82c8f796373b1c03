// The runner side of the full-access isolation tests: a job's files as the runner user has them, the hostile
// model's hunt, and the driver (test/fixtures/agent-user-driver.ts) started as that user.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKey } from '../../src/core/key.js';
import type { ChatGptSimulator } from '../support/chatgpt-simulator.js';
import { codexConfigToml } from '../support/codex-sandbox.js';
import { recordOutput, registerSecret } from '../support/leak-guard.js';
import { appForUser } from '../support/runner-user.js';
import type { SudoRunner } from '../support/sudo-runner.js';
import type { DriverConfig } from '../fixtures/agent-user-driver.js';
import { daemonOf } from './codex-user-job.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DRIVER = path.join(REPO, 'test/fixtures/agent-user-driver.ts');

/**
 * The driver bundled into one file, and both Codex releases, in a directory the runner user and the agent can
 * enter: the checkout may sit under a 0700 temp dir (as CI may clone it), where neither could reach it.
 */
interface SharedApp {
  readonly dir: string;
  readonly driver: string;
  codex(bin: string): string;
}
let shared: Promise<SharedApp> | null = null;

export function sharedApp(): Promise<SharedApp> {
  shared ??= (async () => {
    const dir = await fs.mkdtemp('/tmp/agent-user-app-');
    await fs.chmod(dir, 0o755);
    const app = await appForUser(dir);
    const driver = path.join(dir, 'agent-user-driver.mjs');
    await build({
      entryPoints: [DRIVER],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: driver,
      logLevel: 'silent',
      // The lock code's CommonJS dependencies (proper-lockfile) require Node's modules: give the ESM bundle a require.
      banner: {
        js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);",
      },
    });
    await fs.chmod(driver, 0o644);
    return { dir, driver, codex: app.codex };
  })();
  return shared;
}

/** Removes the shared copy (afterAll). */
export async function removeSharedApp(): Promise<void> {
  if (shared === null) return;
  const { dir } = await shared;
  shared = null;
  await fs.rm(dir, { recursive: true, force: true });
}

export interface Job {
  readonly root: string;
  readonly runnerAuth: string;
  readonly keyFile: string;
  readonly stateDir: string;
  readonly homes: string;
  readonly post: string;
  readonly fileCommand: string;
  readonly workspace: string;
  readonly key: string;
  /** The tokens of the runner's own login and of our private home's. */
  readonly tokens: readonly string[];
}

/** A job's files as the runner user has them: its login, the envelope key, our homes, the action, file commands. */
export async function makeJob(runner: SudoRunner, sim: ChatGptSimulator): Promise<Job> {
  const root = await fs.mkdtemp('/tmp/codex-user-e2e-');
  const at = (...parts: string[]) => path.join(root, ...parts);
  await fs.mkdir(at('runner-home', '.codex'), { recursive: true, mode: 0o700 });
  const runnerAuth = at('runner-home', '.codex', 'auth.json');
  const theirs = sim.issueSession();
  await fs.writeFile(runnerAuth, sim.authJsonFor(theirs, { lastRefresh: new Date() }), { mode: 0o600 });
  const key = generateKey();
  registerSecret(key);
  await fs.mkdir(at('state'), { mode: 0o700 });
  await fs.writeFile(at('state', 'key'), key, { mode: 0o600 });
  await fs.mkdir(at('homes', 'run-1'), { recursive: true, mode: 0o700 });
  const ours = sim.issueSession();
  const oursJson = sim.authJsonFor(ours, { lastRefresh: new Date() });
  await fs.writeFile(at('homes', 'run-1', 'auth.json'), oursJson, { mode: 0o600 });
  await fs.mkdir(at('action', 'dist'), { recursive: true });
  await fs.writeFile(at('action', 'dist', 'post.js'), '// the post step\n');
  await fs.mkdir(at('temp', '_runner_file_commands'), { recursive: true });
  await fs.writeFile(at('temp', '_runner_file_commands', 'set_output_1'), '');
  await fs.mkdir(at('workspace'));
  await fs.writeFile(at('workspace', 'README.md'), 'the repository\n');
  execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, root]);
  await fs.chmod(root, 0o700);
  return {
    root,
    runnerAuth,
    keyFile: at('state', 'key'),
    stateDir: at('state'),
    homes: at('homes'),
    post: at('action', 'dist', 'post.js'),
    fileCommand: at('temp', '_runner_file_commands', 'set_output_1'),
    workspace: at('workspace'),
    key,
    tokens: [theirs, ours].flatMap((t) => [t.refreshToken, t.accessToken, t.idToken]),
  };
}

/** The hostile model's one shell call. Each success prints a word the test looks for. */
export function hunt(marker: string, job: Job): string {
  const q = (file: string) => `'${file}'`;
  return [
    `echo ${marker}; id`,
    // A daemon that outlives Codex, started first so that it has left Codex's process group long before the end.
    `(setsid ${daemonOf(marker, 307)} >/dev/null 2>&1 < /dev/null &)`,
    'env',
    'for f in /proc/[0-9]*/environ; do echo "== $f"; tr "\\0" "\\n" < "$f"; done 2>/dev/null | head -c 200000',
    'for p in $(grep -l agent-user-drive[r] /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do ' +
      '( : < /proc/$p/mem ) 2>/dev/null && echo "MEM-OPENED $p"; kill -USR1 $p 2>/dev/null && echo "USR1-SENT $p"; done',
    'for i in $(seq 30); do curl -s --max-time 1 http://127.0.0.1:9229/json/list && break; sleep 0.1; done',
    `cat ${q(job.runnerAuth)} ${q(job.keyFile)} ${q(path.join(job.homes, 'run-1', 'auth.json'))}`,
    `timeout 10 grep -rEoah '(rt_|oat_|at-|eyJ)[A-Za-z0-9._-]{20,}' ${q(job.root)} 2>/dev/null | head -50`,
    'sudo -n true 2>/dev/null && echo SUDO-WORKED',
    `echo 'require("child_process")' >> ${q(job.post)} && echo POST-WRITTEN`,
    `echo 'pwned=1' >> ${q(job.fileCommand)} && echo FILE-COMMAND-WRITTEN`,
    'echo made > agent-made.txt && mkdir -p agent-dir && echo x > agent-dir/f',
    'echo hunt-done',
  ].join('; ');
}

export const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export interface DriverRun {
  readonly out: Record<string, unknown>;
  readonly stderr: string;
}

export function runDriver(
  runner: Pick<SudoRunner, 'uid' | 'gid'>,
  job: Job,
  config: DriverConfig,
  inputKey: string,
): Promise<DriverRun> {
  return new Promise((resolve, reject) => {
    const file = path.join(job.root, 'driver.json');
    execFileSync('install', ['-o', String(runner.uid), '-m', '0600', '/dev/null', file]);
    const written = sharedApp().then(async (app) => {
      await fs.writeFile(file, JSON.stringify({ ...config, codexBin: app.codex(config.codexBin) }));
      return app;
    });
    void written.then((app) => {
      const child = spawn(process.execPath, [app.driver, file], {
        cwd: '/',
        uid: runner.uid,
        gid: runner.gid,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: path.join(job.root, 'runner-home'),
          INPUT_KEY: inputKey,
          CODEX_AUTH_KEY: job.key,
          RUNNER_TEMP: path.join(job.root, 'temp'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', () => {
        recordOutput('driver stdout', stdout);
        recordOutput('driver stderr', stderr);
        const line = stdout.trim().split('\n').at(-1) ?? '{}';
        try {
          resolve({ out: JSON.parse(line) as Record<string, unknown>, stderr });
        } catch {
          reject(new Error(`the driver printed no JSON: ${stdout.slice(0, 2000)} ${stderr.slice(0, 2000)}`));
        }
      });
    }, reject);
  });
}

export function driverConfig(job: Job, sim: ChatGptSimulator, bin: string, isolate: boolean): DriverConfig {
  return {
    isolate,
    codexBin: bin,
    codexArgs: ['--skip-git-repo-check', '--ephemeral', '--sandbox', 'danger-full-access', 'fix the build'],
    workspace: job.workspace,
    privateHomes: job.homes,
    secrets: [job.keyFile, job.stateDir, job.homes, job.runnerAuth],
    runnerFiles: [path.dirname(job.post), job.post, job.fileCommand, job.homes],
    configToml: codexConfigToml(sim),
    authJson: sim.authJsonFor(sim.issueSession(), { lastRefresh: new Date() }),
    caPem: readFileSync(sim.caPath, 'utf8'),
    urls: { tokenUrl: sim.tokenUrl, revokeUrl: sim.revokeUrl },
  };
}
