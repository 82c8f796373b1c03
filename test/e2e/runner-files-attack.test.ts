// The runner's file commands from inside the agent's sandbox. On self-hosted runners TMPDIR is often RUNNER_TEMP,
// which workspace-write then makes writable: the hostile model's command appends to every file-command file it can
// find (by the variables Codex passed on, and by the directory the runner keeps them in). What each line would do
// after the step: GITHUB_ENV runs the agent's script inside our post step (NODE_OPTIONS=--require), GITHUB_STATE
// points post at a directory the agent made (post would rm -rf it, and "rescue" the forged auth.json inside into
// the store), GITHUB_OUTPUT and GITHUB_PATH speak for the step. The test asserts none of it reached the runner.
// Steps and the CLI run as the runner's unprivileged user, who owns the file-command files as on a runner.
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY, type UserApp } from '../support/runner-user.js';
import { nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

// The runner's names for the files (<RUNNER_TEMP>/_runner_file_commands/<prefix><uuid>).
const FILE_VARS = {
  GITHUB_ENV: 'set_env_',
  GITHUB_STATE: 'save_state_',
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
} as const;

/** The agent's command: plant a script and a forged home in TMPDIR, then write every file command it can reach. */
function attack(marker: string): string {
  const each = (glob: string, variable: string, line: string) =>
    `for f in "\${${variable}:-/nonexistent}" "$TMPDIR"/_runner_file_commands/${glob}*; do [ -f "$f" ] && printf '%s\\n' "${line}" >> "$f" && echo "wrote $f"; done`;
  return [
    `echo ${marker} uid=$(id -u)`,
    'mkdir -p "$TMPDIR/forged" "$TMPDIR/evilbin"',
    `printf '%s' "require('fs').writeFileSync(process.env.RUNNER_TEMP + '/pwned-by-agent', 'ran in ' + process.argv[1])" > "$TMPDIR/evil.cjs"`,
    'echo keep > "$TMPDIR/forged/keep.txt"',
    'cp /dev/null "$TMPDIR/forged/auth.json"',
    each('set_env_', 'GITHUB_ENV', 'NODE_OPTIONS=--require=$TMPDIR/evil.cjs'),
    each('save_state_', 'GITHUB_STATE', 'codex-home=$TMPDIR/forged'),
    each('set_output_', 'GITHUB_OUTPUT', 'agent-output=pwned'),
    each('add_path_', 'GITHUB_PATH', '$TMPDIR/evilbin'),
    each('step_summary_', 'GITHUB_STEP_SUMMARY', 'agent-summary-pwned'),
    'ls "$TMPDIR/forged"',
    'ls -la "$TMPDIR"/_runner_file_commands 2>&1 | head -20',
  ].join('; ');
}

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  "the agent and the runner's file commands, TMPDIR=RUNNER_TEMP (Codex $name)",
  ({ bin }) => {
    it('Action, workspace-write: nothing the agent writes reaches the runner; post is unaffected', async () => {
      const marker = `files-${randomBytes(6).toString('hex')}`;
      actionWorld = await createActionWorld();
      actionWorld.sim.setToolCall(attack(marker));
      const session = actionWorld.sim.issueSession();
      const seed = actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      handOver(actionWorld.root);
      const job = actionWorld.job(undefined, { user: NOBODY });
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: actionWorld.streamInputs('gh', {
          'auth-json': seed,
          sandbox: 'workspace-write',
          'codex-version': 'path',
        }),
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, TMPDIR: job.runnerTemp },
        timeoutMs: 60_000,
      });
      const seen = actionWorld.sim.toolOutputs.join('\n');
      // The command ran, as the runner's user, in the sandbox that makes TMPDIR writable (it planted its
      // forged home there)...
      expect(seen).toContain(`${marker} uid=65534`);
      expect(seen).toContain('keep.txt');
      // ...and no file command reached the runner: one expectation per attack, so a failure names the one that worked.
      expect(step.main.env, 'GITHUB_ENV').toEqual({});
      expect(step.main.path, 'GITHUB_PATH').toEqual([]);
      expect(step.main.outputs['agent-output'], 'GITHUB_OUTPUT').toBeUndefined();
      expect(step.main.summary, 'GITHUB_STEP_SUMMARY').not.toContain('agent-summary-pwned');
      expect(step.main.state['codex-home'], 'GITHUB_STATE').not.toContain('forged');
      // Post ran without the agent's script and did not remove the agent's directory.
      expect(existsSync(path.join(job.runnerTemp, 'pwned-by-agent')), 'post ran the agent script').toBe(
        false,
      );
      expect(existsSync(path.join(job.runnerTemp, 'forged', 'keep.txt')), 'post removed it').toBe(true);
      expect(seen).not.toMatch(/^wrote /m);
      expect(step.main.code, step.main.stdout).toBe(0);
      expect(step.main.outputs).toMatchObject({ sealed: 'true', refreshed: 'true', persisted: 'true' });
      expect(step.post.code, step.post.stdout).toBe(0);
    }, 90_000);

    it('CLI in a job step, workspace-write: the file-command files are unreadable and unwritten', async () => {
      const marker = `files-${randomBytes(6).toString('hex')}`;
      world = await createWorld({ toolCall: attack(marker) });
      const session = world.sim.issueSession();
      await fs.rm(
        await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })),
      );
      const runnerTemp = path.join(world.root, 'runner-temp');
      const commands = path.join(runnerTemp, '_runner_file_commands');
      await fs.mkdir(commands, { recursive: true });
      const files: Record<string, string> = {};
      for (const [name, prefix] of Object.entries(FILE_VARS)) {
        files[name] = path.join(commands, `${prefix}${randomBytes(8).toString('hex')}`);
        await fs.writeFile(files[name], '');
      }
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world
        .runArgs('x', '--codex', app.codex(bin), '--json')
        .map((arg) => (arg === 'read-only' ? 'workspace-write' : arg));
      const run = await world.cli(args, {
        env: { ...world.env(), ...files, RUNNER_TEMP: runnerTemp, TMPDIR: runnerTemp },
        user: NOBODY,
        cli: app.cli,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(jsonOf<{ seal: { sealed: boolean } }>(run).seal.sealed).toBe(true);
      const seen = world.sim.toolOutputs.join('\n');
      expect(seen).toContain(`${marker} uid=65534`);
      expect(seen).not.toMatch(/^wrote /m);
      for (const file of Object.values(files)) expect(await fs.readFile(file, 'utf8')).toBe('');
      expect((await openStored(world, 'x'))?.tokens?.refresh_token).not.toBe(session.refreshToken);
    }, 60_000);
  },
);

/** The bundled Action where the runner's user can read it, the world's directories theirs. */
async function asRunner(world: ActionWorld): Promise<UserApp> {
  const app = await appForUser(world.root);
  handOver(world.root);
  return app;
}

describe.runIf(canSwitchUser())('post and a state it did not write', () => {
  // Behind the deny list: were GITHUB_STATE ever written by someone else, post still acts only on a home the Action
  // made. Post runs alone here with a forged state, as the runner would hand it over.
  it.each([
    ['a directory outside the private homes', (temp: string) => path.join(temp, 'victim'), false],
    [
      'a look-alike inside the private homes, without the owner record',
      (temp: string) => path.join(temp, 'codex-auth', 'gh-deadbeef'),
      false,
    ],
    [
      'a look-alike with a proof that matches no record',
      (temp: string) => path.join(temp, 'codex-auth', 'gh-deadbeef'),
      true,
    ],
  ] as const)(
    '%s: warned, not removed, nothing stored',
    async (_name, target, withProof) => {
      actionWorld = await createActionWorld();
      const app = await asRunner(actionWorld);
      const job = actionWorld.job(undefined, { user: NOBODY });
      const victim = target(job.runnerTemp);
      await fs.mkdir(victim, { recursive: true, mode: 0o700 });
      await fs.writeFile(path.join(victim, 'keep.txt'), 'keep');
      const post = await job.step(app.entry('post'), {
        inputs: actionWorld.streamInputs('gh'),
        state: { 'codex-home': victim, ...(withProof ? { 'home-proof': 'f'.repeat(32) } : {}) },
      });
      expect(existsSync(path.join(victim, 'keep.txt')), 'post removed it').toBe(true);
      expect(post.code, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/left it alone \(not removed, nothing persisted from it\)/);
      expect(existsSync(path.join(actionWorld.stateDir, 'gh'))).toBe(false);
    },
    30_000,
  );
});

describe.runIf(canSwitchUser())('persist/ and a CODEX_HOME it did not make', () => {
  // persist/ takes CODEX_HOME from the job's environment, which any earlier step can set through GITHUB_ENV.
  it('a directory outside the private homes: refused (the step fails), not removed, nothing stored', async () => {
    actionWorld = await createActionWorld();
    const app = await asRunner(actionWorld);
    const job = actionWorld.job(undefined, { user: NOBODY });
    const victim = path.join(job.runnerTemp, 'victim');
    await fs.mkdir(victim, { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(victim, 'keep.txt'), 'keep');
    const persist = await job.step(app.entry('persist'), {
      inputs: actionWorld.streamInputs('gh'),
      env: { CODEX_HOME: victim },
    });
    expect(existsSync(path.join(victim, 'keep.txt')), 'persist removed it').toBe(true);
    expect(persist.code, persist.stdout).toBe(1);
    expect(persist.stdout).toMatch(/not a direct child of the Action's private homes directory/);
    expect(existsSync(path.join(actionWorld.stateDir, 'gh'))).toBe(false);
  }, 30_000);
});
