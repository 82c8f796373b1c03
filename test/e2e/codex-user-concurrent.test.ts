// Two isolated runs with the same --codex-user on one machine at the same time (two jobs on one self-hosted
// machine, or two runners). A run's end kills every process of the agent user that did not exist before its Codex
// started, so without the agent-user lock the first run to end kills the other's agent mid-command. With it, the
// second run waits (saying so once), and both agents finish their commands.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser } from '../support/runner-user.js';
import { ensureSudoRunner, type SudoRunner } from '../support/sudo-runner.js';
import { CODEX_AGENT, DIST, unavailable } from './codex-user-job.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';

const worlds: World[] = [];
let shared: string | null = null;
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
  if (shared !== null) await fs.rm(shared, { recursive: true, force: true });
  shared = null;
});

/** A world of the runner user's with its own stream, workspace and simulator, whose model runs `command`. */
async function jobWorld(runner: SudoRunner, command: string) {
  const world = await createWorld({});
  worlds.push(world);
  const session = world.sim.issueSession();
  await fs.rm(await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })));
  const workspace = path.join(world.root, 'workspace');
  await fs.mkdir(workspace);
  execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, world.root]);
  world.sim.setToolCall(command);
  return { world, workspace };
}

describe.skipIf(unavailable !== null)(
  `two CLI runs with the same --codex-user at once${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('both succeed and neither run’s end kills the other’s agent: the second waits for the agent user, saying so once', async () => {
      const runner = ensureSudoRunner();
      shared = await fs.mkdtemp('/tmp/codex-user-concurrent-');
      await fs.chmod(shared, 0o755);
      const app = await appForUser(shared);
      const cli = path.join(shared, 'runner-dist');
      execFileSync('cp', ['-r', DIST, cli]);
      execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, cli]);
      const ended = path.join(shared, 'short-run-ended');
      const [short, long] = [randomBytes(6).toString('hex'), randomBytes(6).toString('hex')];
      // The long command runs until the short run has ended (bounded: with the lock it may run first, alone).
      const jobs = await Promise.all([
        jobWorld(runner, `echo survived-${short}`),
        jobWorld(
          runner,
          `for i in $(seq 150); do [ -e '${ended}' ] && break; sleep 0.1; done; echo survived-${long}`,
        ),
      ]);
      const runs = jobs.map(({ world, workspace }) =>
        world.cli(
          world
            .runArgs('x', '--codex', app.codex(CODEX_BIN), '--json', '--codex-user', 'create')
            .map((arg) => (arg === 'read-only' ? 'danger-full-access' : arg)),
          {
            env: world.env(),
            cwd: workspace,
            user: runner,
            cli: path.join(cli, 'cli.cjs'),
            timeoutMs: 120_000,
          },
        ),
      );
      void runs[0]?.then(() => fs.writeFile(ended, ''));
      const [first, second] = await Promise.all(runs);
      if (first === undefined || second === undefined) throw new Error('two runs expected');
      expect(first.code, first.stderr).toBe(0);
      expect(second.code, second.stderr).toBe(0);
      for (const run of [first, second]) {
        expect(jsonOf<{ isolation: { user: string } }>(run).isolation.user).toBe(CODEX_AGENT);
      }
      const seen = jobs.map(({ world }) => world.sim.toolOutputs.join('\n'));
      expect(seen[0]).toMatch(new RegExp(`^survived-${short}$`, 'm'));
      expect(seen[1]).toMatch(new RegExp(`^survived-${long}$`, 'm'));
      // One of the two waited, and said so once.
      const waits = (first.stderr + second.stderr).match(
        new RegExp(`waiting for another run that uses --codex-user ${CODEX_AGENT}`, 'g'),
      );
      expect(waits?.length).toBe(1);
    }, 240_000);
  },
);
