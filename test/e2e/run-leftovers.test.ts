// Codex starts helper processes that leave its process group: its file-system helper runs under bubblewrap with
// `--new-session`. A run must not leave any of them behind (on a persistent runner they pile up, one or two per
// run). The model asks for a shell command so that the sandbox (and its helpers) really start; after the run
// returns, no process on the machine may still name the world's directory.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld, entry } from '../support/action-world.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { processesMentioning } from '../support/run-processes.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';

const CODEX_VERSIONS = [
  { name: '0.169.0 (pinned)', bin: CODEX_BIN },
  { name: '0.171.0 (newest)', bin: NEWEST_CODEX_BIN },
] as const;

/**
 * Reads the login's home and walks the file system: Codex then starts its sandboxed file-system helpers (five
 * `codex-linux-sandbox` launchers, each with a bwrap in a process group of its own), which is what piled up.
 */
const BUSY_COMMAND =
  'echo helper-check; cat "$CODEX_HOME/auth.json"; ls -la "$CODEX_HOME"; env | head -3; ' +
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
const DAEMON_COMMAND = 'setsid nohup sleep 3007 </dev/null >/dev/null 2>&1 & echo helper-check';

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

describe.each(CODEX_VERSIONS)('no process of a run outlives it (Codex $name)', ({ bin }) => {
  it('CLI: after `codex-auth run` returns, nothing it started runs', async () => {
    world = await createWorld({ toolCall: BUSY_COMMAND });
    const session = world.sim.issueSession();
    await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    const args = world
      .runArgs('x', '--json')
      .map((arg) => (arg === 'read-only' ? 'workspace-write' : arg === CODEX_BIN ? bin : arg));
    const run = await world.cli(args);
    expect(run.code, run.stderr).toBe(0);
    expect(world.sim.toolOutputs.join('\n')).toContain('helper-check');
    await expectNoLeftovers(world.root);
  }, 60_000);

  it('Action: after main returns, nothing it started runs', async () => {
    actionWorld = await createActionWorld();
    actionWorld.sim.setToolCall(BUSY_COMMAND);
    const session = actionWorld.sim.issueSession();
    const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
    await fs.symlink(bin, path.join(binDir, 'codex'));
    const job = actionWorld.job();
    const step = await job.mainAndPost(entry('main'), entry('post'), {
      inputs: actionWorld.streamInputs('gh', {
        'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        sandbox: 'workspace-write',
        'codex-version': 'path',
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
      timeoutMs: 60_000,
    });
    expect(step.main.code, step.main.stdout).toBe(0);
    expect(actionWorld.sim.toolOutputs.join('\n')).toContain('helper-check');
    expect(step.post.code).toBe(0);
    await expectNoLeftovers(actionWorld.root);
  }, 90_000);

  it('CLI, unsandboxed by the opt-in: a daemon the agent started (setsid, nohup) is stopped with the run', async () => {
    world = await createWorld({ toolCall: DAEMON_COMMAND });
    const session = world.sim.issueSession();
    await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    const args = world
      .runArgs('x', '--json', '--allow-agent-to-read-credentials')
      .map((arg) => (arg === 'read-only' ? 'danger-full-access' : arg === CODEX_BIN ? bin : arg));
    const run = await world.cli(args);
    expect(run.code, run.stderr).toBe(0);
    expect(world.sim.toolOutputs.join('\n')).toContain('helper-check');
    await expectNoLeftovers(world.root);
  }, 60_000);

  it('Action, unsandboxed by the opt-in: a daemon the agent started is stopped with main', async () => {
    actionWorld = await createActionWorld();
    actionWorld.sim.setToolCall(DAEMON_COMMAND);
    const session = actionWorld.sim.issueSession();
    const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
    await fs.symlink(bin, path.join(binDir, 'codex'));
    const step = await actionWorld.job().mainAndPost(entry('main'), entry('post'), {
      inputs: actionWorld.streamInputs('gh', {
        'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        sandbox: 'danger-full-access',
        'allow-agent-to-read-credentials': 'true',
        'codex-version': 'path',
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
      timeoutMs: 60_000,
    });
    expect(step.main.code, step.main.stdout).toBe(0);
    expect(actionWorld.sim.toolOutputs.join('\n')).toContain('helper-check');
    expect(step.post.code).toBe(0);
    await expectNoLeftovers(actionWorld.root);
  }, 90_000);
});
