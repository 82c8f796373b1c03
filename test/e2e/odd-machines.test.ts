// Inputs that odd but ordinary machines give: a state dir that is a symbolic link (a volume mounted elsewhere), a
// login handed over by process substitution (`--auth-file <(...)`, the way to keep it off the disk), and a --codex
// that is not Codex at all. Each ends with its own message and exit code, and the store as it was (or as the run
// rightly left it).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld, entry } from '../support/action-world.js';
import { CLI_PATH, type CliRun, jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput } from '../support/leak-guard.js';
import { anHourAgo, nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

/** Every file under `dir` with its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (at: string): Promise<void> => {
    for (const item of await fs.readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(at, item.name);
      if (item.isDirectory()) await walk(full);
      else out[path.relative(dir, full)] = await fs.readFile(full, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** The CLI started by bash, so that the arguments may use process substitution. */
function cliThroughBash(w: World, script: string): Promise<CliRun> {
  // Lines for CliRun: stdout then stderr (this test never reads their order).
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      env: { ...w.env(), CLI: CLI_PATH, NODE: process.execPath },
      cwd: w.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      recordOutput('bash codex-auth stdout', stdout);
      recordOutput('bash codex-auth stderr', stderr);
      const lines = [
        ...stdout.split('\n').map((text, index) => ({ stream: 'stdout' as const, index, text })),
        ...stderr.split('\n').map((text, index) => ({ stream: 'stderr' as const, index, text })),
      ];
      resolve({ code, signal, stdout, stderr, lines });
    });
  });
}

describe.each(CODEX_VERSIONS)('a state dir that is a symbolic link (Codex $name)', ({ bin }) => {
  it('CLI: the run is sealed and works; the agent reads the store neither through the link nor its target', async () => {
    world = await createWorld({
      toolCall: 'echo probe-ran; cat "$CODEX_AUTH_STATE_DIR"/x/envelope.json; cat "$VOLUME"/x/envelope.json',
    });
    const volume = path.join(world.root, 'volume');
    await fs.rename(world.stateDir, volume).catch(() => fs.mkdir(volume));
    await fs.symlink(volume, world.stateDir);
    const session = world.sim.issueSession();
    await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    const envelope = await fs.readFile(path.join(volume, 'x', 'envelope.json'), 'utf8');
    const args = world
      .runArgs('x', '--json')
      .map((arg) => (arg === 'read-only' ? 'workspace-write' : arg === CODEX_BIN ? bin : arg));
    const run = await world.cli(args, { env: world.env({ VOLUME: volume }) });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ refreshed: true, generation: 2, seal: { sealed: true } });
    const seen = world.sim.toolOutputs.join('\n');
    expect(seen).toContain('probe-ran');
    expect(seen).not.toContain(JSON.parse(envelope).ciphertext);
    expect(seen).toMatch(/Permission denied/);
    expect((await openStored(world, 'x'))?.envelope.generation).toBe(2);
  }, 60_000);
});

describe('a state dir that is a symbolic link, in the Action', () => {
  it('input state-dir through a link: main and post work, the store is where the link points', async () => {
    actionWorld = await createActionWorld();
    const volume = path.join(actionWorld.root, 'volume');
    await fs.mkdir(volume);
    const link = path.join(actionWorld.root, 'state-link');
    await fs.symlink(volume, link);
    const session = actionWorld.sim.issueSession();
    const step = await actionWorld.job().mainAndPost(entry('main'), entry('post'), {
      inputs: actionWorld.streamInputs('gh', {
        'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        'state-dir': link,
      }),
      timeoutMs: 60_000,
    });
    expect(step.main.code, step.main.stdout).toBe(0);
    expect(step.main.outputs).toMatchObject({ sealed: 'true', refreshed: 'true', generation: '2' });
    expect(step.post.code).toBe(0);
    expect(Object.keys(await snapshot(volume))).toContain(path.join('gh', 'envelope.json'));
  }, 90_000);
});

describe('--auth-file from process substitution', () => {
  it('seed --auth-file <(cat FILE) stores the login; inspect reads one too', async () => {
    world = await createWorld();
    const file = await world.file(
      'secret.json',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const seed = await cliThroughBash(
      world,
      `"$NODE" "$CLI" seed --stream main --json --auth-file <(cat ${JSON.stringify(file)})`,
    );
    expect(seed.code, seed.stderr).toBe(0);
    expect((await openStored(world, 'main'))?.envelope.generation).toBe(1);
    const inspect = await cliThroughBash(
      world,
      `"$NODE" "$CLI" inspect --json --auth-file <(cat ${JSON.stringify(file)})`,
    );
    expect(inspect.code, inspect.stderr).toBe(0);
    expect(inspect.stdout).toContain('fingerprint');
  }, 60_000);

  it('a named pipe whose writer comes a moment later is read', async () => {
    world = await createWorld();
    const fifo = path.join(world.root, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    const running = world.spawn(['seed', '--stream', 'main', '--auth-file', fifo]);
    // Opening for writing waits until the reader has the pipe open: the writer comes after the CLI started.
    await fs.writeFile(fifo, auth);
    const seed = await running.done;
    expect(seed.code, seed.stderr).toBe(0);
    expect((await openStored(world, 'main'))?.envelope.generation).toBe(1);
  }, 60_000);
});

describe('--codex that is not Codex', () => {
  it.each([
    ['/bin/false', /`\/bin\/false --version` exited with code 1 and printed "false \(GNU coreutils\)/],
    ['/bin/echo', /`\/bin\/echo --version` exited 0 and printed "echo \(GNU coreutils\)/],
  ])(
    'run --codex %s says it is not Codex and how to point at it (exit 2, store intact)',
    async (codex, did) => {
      world = await createWorld();
      await seedStream(
        world,
        'x',
        world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
      );
      const before = await snapshot(world.stateDir);
      const args = world.runArgs('x').map((arg) => (arg === CODEX_BIN ? codex : arg));
      const run = await world.cli(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain(`${codex} is not the Codex CLI`);
      expect(run.stderr).toMatch(did);
      expect(run.stderr).toMatch(/Point --codex at the Codex CLI/);
      expect(run.stderr).not.toMatch(/upgrade Codex/);
      expect(world.sim.responsesCount).toBe(0);
      expect(await snapshot(world.stateDir)).toEqual(before);
    },
    30_000,
  );

  it('Action: a `codex` on PATH that is not Codex fails the step saying so', async () => {
    actionWorld = await createActionWorld();
    const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
    await fs.symlink('/bin/false', path.join(binDir, 'codex'));
    const step = await actionWorld.job().mainAndPost(entry('main'), entry('post'), {
      inputs: actionWorld.streamInputs('gh', {
        'auth-json': actionWorld.sim.authJsonFor(actionWorld.sim.issueSession(), {
          lastRefresh: nineDaysAgo(),
        }),
        'codex-version': 'path',
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
    });
    expect(step.main.code).not.toBe(0);
    expect(step.main.stdout).toMatch(/::error::.*codex is not the Codex CLI: .*exited with code 1/);
    expect(step.main.stdout).not.toMatch(/upgrade Codex/);
    // The seed input is stored as the round trip loads the stream (before Codex would run); nothing more.
    expect(actionWorld.sim.responsesCount).toBe(0);
    expect(actionWorld.sim.refreshCount).toBe(0);
    expect(step.main.outputs).toMatchObject({ refreshed: 'false' });
  }, 60_000);
});
