// Codex starts helper processes that leave its process group: its file-system helper runs under bubblewrap with
// `--new-session`. A run must not leave any of them behind (on a persistent runner they pile up, one or two per
// run). The model asks for a shell command so that the sandbox (and its helpers) really start; after the run
// returns, no process on the machine may still name the world's directory. Steps and the CLI run as the runner's
// unprivileged user: Codex, its helpers and the agent's daemon are then that user's, stopped without root's powers.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { processesMentioning } from '../support/run-processes.js';
import { appForUser, canSwitchUser, handOver, NOBODY, type UserApp } from '../support/runner-user.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

/**
 * Reads the login's home and walks the file system: Codex then starts its sandboxed file-system helpers (five
 * `codex-linux-sandbox` launchers, each with a bwrap in a process group of its own), which is what piled up.
 */
const BUSY_COMMAND =
  'echo helper-check uid=$(id -u); cat "$CODEX_HOME/auth.json"; ls -la "$CODEX_HOME"; env | head -3; ' +
  'timeout 20 grep -rEoah "(rt_|eyJ)[A-Za-z0-9._-]{20,}" "$HOME" /tmp 2>/dev/null | head -3';

/**
 * Nothing of the world's may run now, nor a moment later: a helper Codex was still forking as it exited shows up
 * after the first look. This waits on an absence, so it can only be a bounded look, not an event.
 */
async function expectNoLeftovers(root: string): Promise<void> {
  expect(processesMentioning(root)).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(processesMentioning(root)).toEqual([]);
}

/** What an agent running unsandboxed (the user's explicit choice) might leave: a daemon in a session of its own. */
const DAEMON_COMMAND = 'setsid nohup sleep 3007 </dev/null >/dev/null 2>&1 & echo helper-check uid=$(id -u)';
const RAN = 'helper-check uid=65534';

/** The CLI's arguments for the runner's user: their copy of Codex, the sandbox asked for. */
function argsFor(world: World, app: UserApp, bin: string, sandbox: string, ...extra: string[]): string[] {
  return world
    .runArgs('x', '--json', ...extra)
    .map((arg) => (arg === 'read-only' ? sandbox : arg === CODEX_BIN ? app.codex(bin) : arg));
}

/** The Action where the runner's user can run it, with their Codex first on PATH. */
async function actionForUser(world: ActionWorld, bin: string): Promise<{ app: UserApp; path: string }> {
  const app = await appForUser(world.root);
  const binDir = await fs.mkdtemp(path.join(world.root, 'bin-'));
  await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
  handOver(world.root);
  return { app, path: `${binDir}:${process.env.PATH ?? ''}` };
}

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  // A failed test must not leave what it found running.
  for (const root of [world?.root, actionWorld?.root]) {
    for (const found of root === undefined ? [] : processesMentioning(root)) {
      try {
        process.kill(found.pid, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  'no process of a run outlives it (Codex $name)',
  ({ bin }) => {
    it('CLI: after `codex-auth run` returns, nothing it started runs', async () => {
      world = await createWorld({ toolCall: BUSY_COMMAND });
      const session = world.sim.issueSession();
      await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = argsFor(world, app, bin, 'workspace-write');
      const run = await world.cli(args, { user: NOBODY, cli: app.cli });
      expect(run.code, run.stderr).toBe(0);
      expect(world.sim.toolOutputs.join('\n')).toContain(RAN);
      await expectNoLeftovers(world.root);
    }, 60_000);

    it('Action: after main returns, nothing it started runs', async () => {
      actionWorld = await createActionWorld();
      actionWorld.sim.setToolCall(BUSY_COMMAND);
      const session = actionWorld.sim.issueSession();
      const { app, path: PATH } = await actionForUser(actionWorld, bin);
      const job = actionWorld.job(undefined, { user: NOBODY });
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: actionWorld.streamInputs('gh', {
          'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
          sandbox: 'workspace-write',
          'codex-version': 'path',
        }),
        env: { PATH },
        timeoutMs: 60_000,
      });
      expect(step.main.code, step.main.stdout).toBe(0);
      expect(actionWorld.sim.toolOutputs.join('\n')).toContain(RAN);
      expect(step.post.code).toBe(0);
      await expectNoLeftovers(actionWorld.root);
      await expectNoLeftovers(job.root); // the private CODEX_HOME sits in the job's temp
    }, 90_000);

    it('CLI, unsandboxed by the opt-in: a daemon the agent started (setsid, nohup) is stopped with the run', async () => {
      world = await createWorld({ toolCall: DAEMON_COMMAND });
      const session = world.sim.issueSession();
      await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = argsFor(world, app, bin, 'danger-full-access', '--allow-agent-to-read-credentials');
      const run = await world.cli(args, { user: NOBODY, cli: app.cli });
      expect(run.code, run.stderr).toBe(0);
      expect(world.sim.toolOutputs.join('\n')).toContain(RAN);
      await expectNoLeftovers(world.root);
    }, 60_000);

    it('Action, unsandboxed by the opt-in: a daemon the agent started is stopped with main', async () => {
      actionWorld = await createActionWorld();
      actionWorld.sim.setToolCall(DAEMON_COMMAND);
      const session = actionWorld.sim.issueSession();
      const { app, path: PATH } = await actionForUser(actionWorld, bin);
      const job = actionWorld.job(undefined, { user: NOBODY });
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: actionWorld.streamInputs('gh', {
          'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
          sandbox: 'danger-full-access',
          'allow-agent-to-read-credentials': 'true',
          'codex-version': 'path',
        }),
        env: { PATH },
        timeoutMs: 60_000,
      });
      expect(step.main.code, step.main.stdout).toBe(0);
      expect(actionWorld.sim.toolOutputs.join('\n')).toContain(RAN);
      expect(step.post.code).toBe(0);
      await expectNoLeftovers(actionWorld.root);
      await expectNoLeftovers(job.root); // the private CODEX_HOME sits in the job's temp
    }, 90_000);
  },
);
