// The agent tries to speak to the runner through our log. The simulator plays a prompt-injected model whose tool
// call (a command Codex reports, text and all), a failed patch (whose context lines Codex logs on its stderr) and
// final message carry workflow commands: annotations in our
// voice, a set-env that fails the step, extra outputs and state, a problem matcher, a mask over harmless text,
// `##[error]` mid-line, and last `::stop-commands::`, after which, on a runner, our own `::add-mask::` would be
// printed as a plain line. Then the backend drops the access token when the command's output comes back, so Codex
// refreshes LATER in the same turn and the Action masks the new tokens. Steps run as an unprivileged user and
// their output goes through the runner-faithful log processor (test/support/runner-log.ts).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import type { StepResult } from '../support/action-harness.js';
import type { ChatGptSimulator } from '../support/chatgpt-simulator.js';
import { asRunStep } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import type { RunnerLogResult } from '../support/runner-log.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

// A valid problem matcher in the checked-out repository: add-matcher would take effect.
const MATCHER = '.github/hostile-matcher.json';
const MATCHER_JSON = JSON.stringify({
  problemMatcher: [{ owner: 'hostile', pattern: [{ regexp: '^(.+)$', message: 1 }] }],
});

/** Every workflow command the agent tries, each line marked; stop-commands last so the others are tried too. */
function hostileText(marker: string): string {
  return [
    `::error title=codex-auth::Reseed needed: run codex-auth seed --force ${marker}`,
    `::warning::${marker} the stream is dead`,
    `::set-env name=NODE_OPTIONS::--require=/tmp/${marker}.js`,
    `::add-path::/tmp/${marker}`,
    `::set-output name=sealed::false`,
    `::save-state name=codex-home::/tmp`,
    `::add-matcher::${MATCHER}`,
    `::add-mask::harmless-${marker}`,
    `  ::echo::on`,
    `progress ##[error]mid-line ${marker}`,
    `\r::notice::after a carriage return ${marker}`,
    `::stop-commands::${marker}`,
  ].join('\n');
}

/** A command whose text (reported by Codex as the command it ran) holds the hostile lines verbatim. */
function hostileCommand(marker: string): string {
  return `id; cat <<'EOF_${marker}'\n${hostileText(marker)}\nEOF_${marker}`;
}

/**
 * A patch whose context lines are not in the file: Codex (0.169.0 and 0.171.0) logs "apply_patch verification
 * failed: Failed to find expected lines in <file>:" and the lines verbatim on its stderr, which we forward.
 */
function hostilePatch(marker: string): string {
  return [
    "apply_patch <<'PATCH'",
    '*** Begin Patch',
    `*** Update File: ${PATCHED}`,
    '@@',
    `-::error::patch context ${marker}`,
    `-x ##[warning]patch mid-line ${marker}`,
    `-::stop-commands::${marker}`,
    '+fixed',
    '*** End Patch',
    'PATCH',
  ].join('\n');
}
const PATCHED = 'notes.txt';

const AGENT_COMMANDS = [
  'stop-commands',
  'set-env',
  'add-path',
  'set-output',
  'save-state',
  'add-matcher',
  'remove-matcher',
  'echo',
];

/**
 * The agent got nothing through: no command, annotation, mask or failure of its making; no token shown. Soft
 * assertions: a regression reports every way the agent got through, not only the first.
 */
function expectAgentSilenced(log: RunnerLogResult, marker: string, tokens: readonly string[]): void {
  const commands = log.commands.map((c) => `${c.name} ${JSON.stringify(c.properties)} ${c.data}`);
  expect.soft(log.commands.filter((c) => AGENT_COMMANDS.includes(c.name)).map((c) => c.name)).toEqual([]);
  expect.soft(commands.filter((c) => c.includes(marker) || c.includes('Reseed'))).toEqual([]);
  expect.soft(log.annotations.filter((a) => a.message.includes(marker))).toEqual([]);
  expect.soft(log.masks.map((m) => m.value)).not.toContain(`harmless-${marker}`);
  expect.soft(log.failure).toBeNull();
  expect.soft(log.outputs).toEqual({});
  expect.soft(log.state).toEqual({});
  expect.soft(log.matchers).toEqual([]);
  const rendered = log.rendered.join('\n');
  for (const token of tokens) {
    expect
      .soft(rendered.includes(token), `a token (${token.slice(0, 6)}…) is in the rendered log`)
      .toBe(false);
  }
}

/** The agent's lines are shown, neutralised: a person still sees what it did. */
function expectProgressShown(log: RunnerLogResult, marker: string): void {
  const rendered = log.rendered.join('\n');
  expect
    .soft(rendered)
    .toContain(`codex: :\\:error title=codex-auth::Reseed needed: run codex-auth seed --force ${marker}`);
  expect.soft(rendered).toContain(`codex: progress ##\\[error]mid-line ${marker}`);
  expect.soft(rendered).toContain(`codex: :\\:stop-commands::${marker}`);
  // Codex's own stderr, echoing the patch's context lines.
  expect.soft(rendered).toContain(`codex: :\\:error::patch context ${marker}`);
  expect.soft(rendered).toContain(`codex: x ##\\[warning]patch mid-line ${marker}`);
}

/** The model's script: the command, then the patch, then the final message; the refresh comes between. */
function playHostileModel(sim: ChatGptSimulator, marker: string): void {
  sim.queueToolCall(hostileCommand(marker));
  sim.queueToolCall(hostilePatch(marker));
  sim.setReply(hostileText(marker));
  sim.revokeAccessOnNextToolOutput();
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
  'the agent speaks to the runner (Codex $name)',
  ({ bin }) => {
    it("Action: no command of the agent's takes effect, the refresh later in the turn is masked, post is unaffected", async () => {
      const marker = `m${randomBytes(5).toString('hex')}`;
      actionWorld = await createActionWorld();
      const { sim } = actionWorld;
      playHostileModel(sim, marker);
      const session = sim.issueSession();
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      const job = actionWorld.job(undefined, { user: NOBODY });
      await fs.writeFile(path.join(job.workspace, PATCHED), 'the real content\n');
      await fs.mkdir(path.join(job.workspace, '.github'), { recursive: true });
      await fs.writeFile(path.join(job.workspace, MATCHER), MATCHER_JSON);
      handOver(actionWorld.root);
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: actionWorld.streamInputs('voice', {
          'auth-json': sim.authJsonFor(session, { lastRefresh: new Date() }),
          'codex-version': 'path',
        }),
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
        timeoutMs: 90_000,
      });
      const { main, post } = step;
      expect(main.code, main.log.rendered.join('\n')).toBe(0);
      expect(sim.toolOutputs.join('\n')).toContain(`::stop-commands::${marker}`); // the command did run
      expect(sim.toolOutputs.join('\n')).toContain('uid=65534'); // as the runner's unprivileged user
      expect(sim.refreshCount).toBe(1); // once, when the tool output came back
      expect(main.outputs).toMatchObject({ refreshed: 'true', persisted: 'true', sealed: 'true' });
      const now = sim.currentSessionOf(session.refreshToken);
      const tokens = [session.refreshToken, session.accessToken, session.idToken];
      tokens.push(now?.refreshToken ?? 'missing', now?.accessToken ?? 'missing', now?.idToken ?? 'missing');
      expect.soft(main.masks).toContain(now?.refreshToken); // the new login was masked, after the agent spoke
      expectAgentSilenced(main.log, marker, tokens);
      expectProgressShown(main.log, marker);
      expectStepOk(post, marker, tokens);
    }, 120_000);

    it("CLI as a run: step: no command of the agent's takes effect on stdout or stderr", async () => {
      const marker = `m${randomBytes(5).toString('hex')}`;
      world = await createWorld();
      playHostileModel(world.sim, marker);
      await fs.writeFile(path.join(world.root, PATCHED), 'the real content\n');
      await fs.mkdir(path.join(world.root, '.github'));
      await fs.writeFile(path.join(world.root, MATCHER), MATCHER_JSON);
      const session = world.sim.issueSession();
      await seedStream(world, 'voice', world.sim.authJsonFor(session, { lastRefresh: new Date() }));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world.runArgs('voice').map((arg) => (arg === CODEX_BIN ? app.codex(bin) : arg));
      const run = await world.cli(args, { user: NOBODY, cli: app.cli, timeoutMs: 90_000 });
      expect(run.code, run.stderr).toBe(0);
      expect(world.sim.refreshCount).toBe(1);
      const log = asRunStep(run, { workspace: world.root, env: world.env() });
      const now = world.sim.currentSessionOf(session.refreshToken);
      expectAgentSilenced(log, marker, [
        session.refreshToken,
        session.accessToken,
        now?.refreshToken ?? 'missing',
        now?.accessToken ?? 'missing',
      ]);
      expectProgressShown(log, marker);
    }, 120_000);
  },
);

function expectStepOk(step: StepResult, marker: string, tokens: readonly string[]): void {
  expect(step.code, step.log.rendered.join('\n')).toBe(0);
  expect(step.failed).toBe(false);
  expectAgentSilenced(step.log, marker, tokens);
}
