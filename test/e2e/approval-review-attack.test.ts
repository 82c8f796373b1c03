// `--approve-for-me` routes approval requests through an automatic review, and that review is a model call: the
// same model the attacker speaks through. The simulator plays it whole: its shell call asks to run outside the
// sandbox (`sandbox_permissions: "require_escalated"`) and, asked for the review, it answers {"outcome":"allow"}.
// Measured on main with Codex 0.169.0 and 0.171.0: the command ran outside the sandbox (it saw the host's /proc)
// and printed auth.json while the run reported sealed. A sealed run now refuses the flag before the model is called.
// Steps and the CLI run as the runner's unprivileged user (test/support/runner-user.ts).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { fakeCredential } from '../support/test-tokens.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { expectNoneOf } from '../support/attack.js';

function attack(marker: string): string {
  return [
    `echo ${marker}`,
    'cat "$CODEX_HOME/auth.json"',
    'for f in /proc/[0-9]*/environ; do tr "\\0" "\\n" < "$f"; done 2>/dev/null | head -c 200000',
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
  'a model that approves its own escape (Codex $name)',
  ({ bin }) => {
    it('CLI, --approve-for-me: refused before the model is called, naming the opt-in', async () => {
      const marker = `escape-${randomBytes(6).toString('hex')}`;
      world = await createWorld();
      world.sim.setToolCall(attack(marker), { escalate: true });
      const session = world.sim.issueSession();
      await fs.rm(
        await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })),
      );
      const githubToken = fakeCredential('ghs_');
      const app = await appForUser(world.root);
      handOver(world.root);
      const base = world.runArgs('x', '--codex', app.codex(bin));
      const run = await world.cli([...base.slice(0, -1), '--approve-for-me', base.at(-1) ?? ''], {
        env: { ...world.env(), GITHUB_TOKEN: githubToken },
        user: NOBODY,
        cli: app.cli,
      });
      const seen = world.sim.toolOutputs.join('\n');
      expectNoneOf(seen, [
        session.refreshToken,
        session.accessToken,
        session.idToken,
        world.key,
        githubToken,
      ]);
      expect(seen, 'the agent ran a command').not.toContain(marker);
      expect(run.code, run.stderr).toBe(7);
      expect(run.stderr).toMatch(/--approve-for-me in the codex arguments lets an automatic review/);
      expect(run.stderr).toContain('--allow-agent-to-read-credentials');
      expect(world.sim.responsesCount).toBe(0);
    }, 60_000);

    it('Action, --approve-for-me in codex-args: refused before the model is called; post unaffected', async () => {
      const marker = `escape-${randomBytes(6).toString('hex')}`;
      actionWorld = await createActionWorld();
      actionWorld.sim.setToolCall(attack(marker), { escalate: true });
      const session = actionWorld.sim.issueSession();
      const seed = actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      handOver(actionWorld.root);
      const inputs = actionWorld.streamInputs('gh', { 'auth-json': seed, 'codex-version': 'path' });
      const job = actionWorld.job(undefined, { user: NOBODY });
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: { ...inputs, 'codex-args': `${inputs['codex-args'] ?? ''} --approve-for-me` },
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
        timeoutMs: 60_000,
      });
      const seen = actionWorld.sim.toolOutputs.join('\n');
      expectNoneOf(seen, [session.refreshToken, session.accessToken, actionWorld.key]);
      expect(seen, 'the agent ran a command').not.toContain(marker);
      expect(step.main.code, step.main.stdout).not.toBe(0);
      expect(step.main.stdout).toMatch(/--approve-for-me in input codex-args/);
      expect(step.main.stdout).toContain('allow-agent-to-read-credentials');
      expect(actionWorld.sim.responsesCount).toBe(0);
      expect(step.post.code, step.post.stdout).toBe(0);
    }, 90_000);
  },
);
