// The attacker's view of a sealed run: the ChatGPT simulator plays a prompt-injected model whose first answer is a
// shell tool call hunting for secrets. Codex runs it in its sandbox and sends the output back as the tool result,
// which is exactly what the agent saw; the simulator records it. It must hold the marker the command echoed (a
// run in which commands cannot run is no pass) and none of: the stream's tokens (before and after the refresh
// the same run makes), the envelope key, the GitHub token. Steps and the CLI run as the runner's unprivileged user
// (test/support/runner-user.ts), for whom /proc of the job's own processes is readable, as on a runner.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { CODEX_BIN, codexEnvFor } from '../support/codex-sandbox.js';
import { CLI_PATH, jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput, registerSecret } from '../support/leak-guard.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { fakeCredential } from '../support/test-tokens.js';
import { nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { expectNoneOf } from '../support/attack.js';
import { logoutHunt, memHunt } from './hunt-parts.js';

/**
 * What a hostile command tries: the login and its home, the environment, every /proc/<pid>/environ, our process's
 * memory (`ours` finds it in /proc/<pid>/cmdline), a grep, then `codex logout` with `codex` (the run's Codex).
 */
function huntCommand(marker: string, ours = 'c[l]i.cjs', codex?: string): string {
  return [
    `echo ${marker} uid=$(id -u)`,
    // Early: Codex cuts the middle out of a long tool output, and the dumps below are long.
    memHunt(ours),
    'cat "$CODEX_HOME/auth.json"',
    'ls -la "$CODEX_HOME"',
    'cat "$CODEX_HOME"/* "$CODEX_HOME"/.auth-* 2>&1 | head -c 20000',
    'env',
    'for f in /proc/[0-9]*/environ; do echo "== $f"; tr "\\0" "\\n" < "$f"; done 2>&1 | head -c 60000',
    `timeout 20 grep -rEoah '(rt_|oat_|at-|eyJ)[A-Za-z0-9._-]{20,}' "\${RUNNER_TEMP:-/nonexistent}" "$HOME" "\${XDG_CACHE_HOME:-/nonexistent}" /tmp 2>/dev/null | head -100`,
    ...(codex === undefined ? [] : [logoutHunt(codex)]),
  ].join('; ');
}

/**
 * Our process's memory did not open (MEM-READ is printed when a page reads), `codex logout` ran and revoked
 * nothing upstream (the broker answers it, or it cannot load the denied home): the caller checks the next run.
 */
function expectNoMemoryAndLogoutContained(
  seen: string,
  sim: { requestLog: readonly { path: string }[] },
): void {
  expect(seen).toMatch(/^mem-candidates \d+$/m);
  expect(seen).not.toMatch(/^MEM-READ/m);
  expect(seen).toMatch(/^logout-exit=\d+$/m);
  expect(sim.requestLog.some((entry) => entry.path === '/oauth/revoke')).toBe(false);
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
  'a hostile agent under a sealed run (Codex $name)',
  ({ bin }) => {
    it.each(['read-only', 'workspace-write'])(
      'CLI, %s: the agent runs commands but sees no token, no key, no GitHub token; the stale login still refreshes',
      async (sandbox) => {
        const marker = `hunt-${randomBytes(6).toString('hex')}`;
        world = await createWorld({});
        const session = world.sim.issueSession();
        const seedFile = await seedStream(
          world,
          'x',
          world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        );
        // The user seeded on a trusted machine; the plaintext seed file is not left on the runner.
        await fs.rm(seedFile);
        const githubToken = fakeCredential('ghs_');
        const app = await appForUser(world.root);
        world.sim.setToolCall(huntCommand(marker, 'c[l]i.cjs', app.codex(bin)));
        handOver(world.root);
        const args = world
          .runArgs('x', '--codex', app.codex(bin), '--json')
          .map((arg) => (arg === 'read-only' ? sandbox : arg));
        const cli = () =>
          world?.cli(args, {
            env: { ...world.env(), GITHUB_TOKEN: githubToken },
            user: NOBODY,
            cli: app.cli,
          });
        const run = await cli();
        if (run === undefined) throw new Error('no world');
        expect(run.code, run.stderr).toBe(0);
        const result = jsonOf<{
          refreshed: boolean;
          seal: { sealed: boolean; mode: string; probeMs: number };
        }>(run);
        expect(result.refreshed).toBe(true);
        expect(result.seal).toMatchObject({ sealed: true, mode: sandbox });

        const seen = world.sim.toolOutputs.join('\n');
        expect(seen).toContain(`${marker} uid=65534`);
        const stored = await openStored(world, 'x');
        expect(stored?.tokens?.refresh_token).not.toBe(session.refreshToken);
        expectNoneOf(seen, [
          session.refreshToken,
          session.accessToken,
          session.idToken,
          stored?.tokens?.refresh_token ?? 'missing',
          stored?.tokens?.access_token ?? 'missing',
          stored?.tokens?.id_token ?? 'missing',
          world.key,
          githubToken,
        ]);
        // The token broker held the login: read-only denies nothing, so the hunt read the placeholders.
        expect(jsonOf<{ protection: string }>(run).protection).toBe('broker');
        if (sandbox === 'read-only') expect(seen).toContain('cab_rt_');
        expectNoMemoryAndLogoutContained(seen, world.sim);
        world.sim.setToolCall(null);
        const next = await cli();
        expect(next?.code, next?.stderr).toBe(0);
      },
      90_000,
    );

    it.each(['read-only', 'workspace-write'])(
      'Action, %s: the agent sees no token, no key, no seed, no GitHub token',
      async (sandbox) => {
        const marker = `hunt-${randomBytes(6).toString('hex')}`;
        actionWorld = await createActionWorld();
        const session = actionWorld.sim.issueSession();
        const seed = actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
        const githubToken = fakeCredential('ghs_');
        const app = await appForUser(actionWorld.root);
        actionWorld.sim.setToolCall(huntCommand(marker, 'm[a]in.js', app.codex(bin)));
        const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
        await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
        handOver(actionWorld.root);
        const a = actionWorld;
        const run = (extra: Record<string, string>) =>
          a.job(undefined, { user: NOBODY }).mainAndPost(app.entry('main'), app.entry('post'), {
            inputs: a.streamInputs('gh', {
              sandbox,
              'codex-version': 'path',
              'github-token': githubToken,
              ...extra,
            }),
            env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
            timeoutMs: 60_000,
          });
        const step = await run({ 'auth-json': seed });
        expect(step.main.code, step.main.stdout).toBe(0);
        expect(step.main.outputs).toMatchObject({ sealed: 'true', refreshed: 'true', persisted: 'true' });
        const seen = actionWorld.sim.toolOutputs.join('\n');
        expect(seen).toContain(`${marker} uid=65534`);
        expectNoneOf(seen, [
          session.refreshToken,
          session.accessToken,
          session.idToken,
          actionWorld.key,
          githubToken,
        ]);
        expect(step.main.outputs.protection).toBe('broker');
        if (sandbox === 'read-only') expect(seen).toContain('cab_rt_');
        expect(step.post.code).toBe(0);
        expectNoMemoryAndLogoutContained(seen, actionWorld.sim);
        actionWorld.sim.setToolCall(null);
        const next = await run({});
        expect(next.main.code, next.main.stdout).toBe(0);
      },
      150_000,
    );
  },
);

describe('unsandboxed runs with a ChatGPT login', () => {
  it('danger-full-access without the opt-in is refused before any model call (exit 7, store untouched)', async () => {
    world = await createWorld();
    const session = world.sim.issueSession();
    await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    const before = await fs.readFile(path.join(world.stateDir, 'x', 'envelope.json'), 'utf8');
    const args = world.runArgs('x').map((arg) => (arg === 'read-only' ? 'danger-full-access' : arg));
    const run = await world.cli(args);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/danger-full-access .*can read the ChatGPT login/);
    expect(run.stderr).toContain('--allow-agent-to-read-credentials');
    expect(world.sim.responsesCount).toBe(0);
    expect(world.sim.refreshCount).toBe(0);
    expect(await fs.readFile(path.join(world.stateDir, 'x', 'envelope.json'), 'utf8')).toBe(before);
  }, 30_000);

  it('the Action with the opt-in: the agent reads every /proc/<pid>/environ and finds no secret input', async () => {
    const marker = `hunt-${randomBytes(6).toString('hex')}`;
    actionWorld = await createActionWorld();
    // Only the environment blocks: with danger-full-access the login in CODEX_HOME is readable, by the user's choice.
    actionWorld.sim.setToolCall(
      `echo ${marker} uid=$(id -u); for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f"; done 2>/dev/null | grep -a '^INPUT_' | head -c 200000`,
    );
    const session = actionWorld.sim.issueSession();
    const seed = actionWorld.sim.authJsonFor(session, { lastRefresh: new Date() });
    const githubToken = fakeCredential('ghs_');
    registerSecret(githubToken);
    // As the runner's user, who may read the environ of every process of the job (the step's own among them).
    const app = await appForUser(actionWorld.root);
    const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
    await fs.symlink(app.codex(CODEX_BIN), path.join(binDir, 'codex'));
    handOver(actionWorld.root);
    const job = actionWorld.job(undefined, { user: NOBODY });
    const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
      inputs: actionWorld.streamInputs('gh', {
        'auth-json': seed,
        sandbox: 'danger-full-access',
        'allow-agent-to-read-credentials': 'true',
        'github-token': githubToken,
        'codex-version': 'path',
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
      timeoutMs: 60_000,
    });
    expect(step.main.code, step.main.stdout).toBe(0);
    expect(step.main.outputs.sealed).toBe('false');
    expect(step.main.stdout).toMatch(/overwritten in this step's environment block/);
    const seen = actionWorld.sim.toolOutputs.join('\n');
    expect(seen).toContain(`${marker} uid=65534`);
    // The Action's own INPUT_KEY line is there (the agent did reach our environ), with its value overwritten.
    expect(seen).toMatch(/INPUT_KEY=x{20,}/);
    expectNoneOf(seen, [actionWorld.key, session.refreshToken, session.accessToken, githubToken]);
  }, 90_000);
});

describe('a machine whose sandbox cannot create user namespaces', () => {
  // Reproduced for real, as notes/codex-sandbox-facts.md measured: a non-root user inside a user namespace with no
  // uid mapping, where the real bubblewrap cannot create its namespaces (the class of failure GitHub's
  // ubuntu-24.04 runners show). Needs root to switch to `nobody`, as CI runs.
  const canSwitchUser =
    process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') && existsSync('/usr/bin/unshare');
  it.runIf(canSwitchUser)(
    'fails closed before any model call with the diagnosis and the fix; the job does not end green',
    async () => {
      world = await createWorld();
      const session = world.sim.issueSession();
      await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
      const before = await fs.readFile(path.join(world.stateDir, 'x', 'envelope.json'), 'utf8');
      execFileSync('chown', ['-R', '65534:65534', world.root]);
      // nobody may not reach the checkout (a clone under a 0700 temp dir): give it the bundled CLI and the pinned
      // Codex inside the world (the 400 MB platform package hard-linked where the file system allows it). Copied
      // after the chown, as root and world-readable: a chown through a hard link would change the checkout's files.
      const app = path.join(world.root, 'app');
      const codexPackages = path.join(app, 'node_modules', '@openai');
      await fs.mkdir(codexPackages, { recursive: true });
      execFileSync('cp', ['-r', path.dirname(CLI_PATH), path.join(app, 'dist')]);
      for (const name of ['codex', 'codex-linux-x64']) {
        const from = path.join(path.dirname(path.dirname(path.dirname(CODEX_BIN))), name);
        try {
          execFileSync('cp', ['-al', from, path.join(codexPackages, name)], { stdio: 'ignore' });
        } catch {
          execFileSync('cp', ['-a', from, path.join(codexPackages, name)]);
        }
      }
      const codex = path.join(codexPackages, 'codex', 'bin', 'codex.js');
      const args = world.runArgs('x').map((arg) => (arg === CODEX_BIN ? codex : arg));
      const child = spawn(
        '/usr/bin/setpriv',
        [
          '--reuid=65534',
          '--regid=65534',
          '--clear-groups',
          '/usr/bin/unshare',
          '-U',
          process.execPath,
          path.join(app, 'dist', path.basename(CLI_PATH)),
          ...args,
        ],
        { env: world.env(), cwd: world.root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      recordOutput('codex-auth run (no user namespaces) stderr', stderr);
      expect(code, stderr).toBe(7);
      expect(stderr).toMatch(/cannot create user namespaces/);
      expect(stderr).toMatch(/apparmor_parser -r/);
      expect(stderr).toMatch(/kernel\.apparmor_restrict_unprivileged_userns=0/);
      expect(stderr).toMatch(/did not change the machine: passwordless sudo is not available/);
      expect(world.sim.responsesCount).toBe(0);
      expect(world.sim.refreshCount).toBe(0);
      expect(await fs.readFile(path.join(world.stateDir, 'x', 'envelope.json'), 'utf8')).toBe(before);
    },
    60_000,
  );
});

describe("restore, then the user's own codex exec", () => {
  it('is sealed by the profile restore wrote: the agent sees no token, and persist stores the refresh', async () => {
    const marker = `hunt-${randomBytes(6).toString('hex')}`;
    world = await createWorld({ toolCall: huntCommand(marker) });
    const session = world.sim.issueSession();
    const seedFile = await seedStream(
      world,
      'own',
      world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
    );
    await fs.rm(seedFile);
    const codexHome = path.join(world.root, 'restored-home');
    const restore = await world.cli([
      'restore',
      '--stream',
      'own',
      '--codex-home',
      codexHome,
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
      '--json',
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(jsonOf<{ seal: { sealed: boolean } }>(restore).seal.sealed).toBe(true);
    // The restored home holds the real login: the protection is the profile's deny-read, and restore says so.
    expect(jsonOf<{ protection: string }>(restore).protection).toBe('deny-read');
    expect(restore.stderr).toMatch(/WITHOUT --sandbox/);

    // The user's step: plain `codex exec`, no --sandbox, with the restored CODEX_HOME.
    const child = spawn(CODEX_BIN, ['exec', '--json', '--skip-git-repo-check', '--ephemeral', 'go'], {
      cwd: world.root,
      env: { ...codexEnvFor(world.sim, { home: path.join(world.root, 'home'), codexHome }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.resume();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    recordOutput('user codex exec stdout', out);

    const seen = world.sim.toolOutputs.join('\n');
    expect(seen).toContain(marker);
    const persist = await world.cli(['persist', '--stream', 'own', '--codex-home', codexHome, '--json']);
    expect(persist.code, persist.stderr).toBe(0);
    expect(jsonOf<{ refreshed: boolean; generation: number }>(persist)).toMatchObject({
      refreshed: true,
      generation: 2,
    });
    const stored = await openStored(world, 'own');
    expectNoneOf(seen, [
      session.refreshToken,
      session.accessToken,
      session.idToken,
      stored?.tokens?.refresh_token ?? 'missing',
      stored?.tokens?.access_token ?? 'missing',
      world.key,
    ]);
  }, 60_000);
});
