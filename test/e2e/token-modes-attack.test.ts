// The token modes through the broker (issue 18): with an API key (CODEX_API_KEY / input api-key) or a personal
// access token (CODEX_ACCESS_TOKEN / input access-token), Codex gets only a placeholder of the same shape. The
// simulator plays a hostile model whose shell call hunts the environment, every /proc/<pid>/environ (Codex's own
// among them: under danger-full-access the agent is Codex's user), CODEX_HOME and temp files, then uses what it
// found against the broker off the allowlist. As on a runner, the CLI and the Action's steps run as an
// unprivileged user. It must see the placeholder (so it really looked) and never the real value, and the run still
// answers. Before the broker, the same hunt read the real token from Codex's environ.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { expectNoneOf } from '../support/attack.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { type TokenKind, tokenHunt, upstreamPaths } from '../support/token-hunt.js';
import { anHourAgo, seedStream } from './stream-helpers.js';

/** A plan whose short window is used up for the next hour. */
function usedUp() {
  const resetsAt = Math.floor(Date.now() / 1000) + 3600;
  return {
    planType: 'plus',
    resetsAt,
    primary: { usedPercent: 100, windowMinutes: 300, resetsAt },
    secondary: { usedPercent: 61.5, windowMinutes: 10_080, resetsAt: resetsAt + 86_400 },
  };
}

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

const KINDS: readonly { kind: TokenKind; variable: string; placeholder: RegExp }[] = [
  {
    kind: 'api-key',
    variable: 'CODEX_API_KEY',
    placeholder: /CODEX_API_KEY=sk-proj-[A-Za-z0-9_-]{64}(?![A-Za-z0-9_-])/,
  },
  {
    kind: 'access-token',
    variable: 'CODEX_ACCESS_TOKEN',
    placeholder: /CODEX_ACCESS_TOKEN=at-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/,
  },
];

/** What the hunt must show: it ran, found the placeholder, and the broker refused it off the allowlist. */
function expectHuntFoundOnlyThePlaceholder(
  seen: string,
  marker: string,
  placeholder: RegExp,
  secrets: readonly string[],
  reached: ReadonlySet<string>,
  reachesBroker: boolean,
): void {
  // Codex may hand the output back JSON-escaped (lines joined by a literal \n): no line anchors below.
  expect(seen).toContain(`${marker} uid=65534`);
  expect(seen).toContain('hunt-done');
  expectNoneOf(seen, secrets);
  expect(placeholder.test(seen), 'the hunt found no placeholder in any environ').toBe(true);
  if (reachesBroker) {
    expect(seen).toMatch(/off-allowlist conversations 403(?!\d)/);
    expect(seen).toMatch(/off-allowlist files 403(?!\d)/);
    expect(seen).toMatch(/oauth-token 403(?!\d)/);
    expect(seen).toMatch(/forged-bearer 401(?!\d)/);
  } else {
    // A sandbox without network: the loopback (and so the broker) is out of the agent's reach.
    expect(seen).toMatch(/off-allowlist conversations 000(?!\d)/);
  }
  for (const off of ['/backend-api/conversations', '/backend-api/files', '/oauth/token']) {
    expect(reached.has(off), off).toBe(false);
  }
}

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  'token modes behind the broker (Codex $name)',
  ({ bin }) => {
    it.each(KINDS)(
      'CLI, $kind, workspace-write: the hostile agent finds only the placeholder (its own env holds it); the run answers',
      async ({ kind, variable, placeholder }) => {
        const marker = `hunt-${randomBytes(6).toString('hex')}`;
        world = await createWorld({ toolCall: tokenHunt(marker) });
        // On the CLI a token mode is a fallback lane: the stream's plan is used up, so the token lane runs.
        const session = world.sim.issueSession();
        await seedStream(world, 'main', world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
        world.sim.setUsageLimit(usedUp(), { accountId: session.accountId });
        const token = kind === 'api-key' ? world.sim.issueApiKey() : world.sim.issuePersonalAccessToken();
        const app = await appForUser(world.root);
        handOver(world.root);
        const run = await world.cli(
          [
            'run',
            '--stream',
            'main',
            '--lanes',
            kind,
            '--codex',
            app.codex(bin),
            '--codex-config',
            world.configPath,
            '--json',
            '--',
            '--skip-git-repo-check',
            '--ephemeral',
            '--sandbox',
            'workspace-write',
            'go',
          ],
          { env: world.env({ [variable]: token }), user: NOBODY, cli: app.cli },
        );
        expect(run.code, run.stderr).toBe(0);
        const json = jsonOf<{ lane: string; finalMessage: string }>(run);
        expect(json).toMatchObject({ lane: kind, finalMessage: 'OK' });
        const seen = world.sim.toolOutputs.join('\n');
        expectHuntFoundOnlyThePlaceholder(
          seen,
          marker,
          placeholder,
          [token],
          upstreamPaths(world.sim),
          false,
        );
        // Every request upstream carried the real value, never the placeholder (the simulator knows only the real).
        expect(world.sim.requestLog.filter((entry) => entry.bearer === 'invalid')).toEqual([]);
      },
      90_000,
    );

    it.each(KINDS)(
      "Action, $kind, danger-full-access: the agent finds only the placeholder, even in Codex's environ; the broker refuses it off the allowlist",
      async ({ kind, placeholder }) => {
        const marker = `hunt-${randomBytes(6).toString('hex')}`;
        actionWorld = await createActionWorld();
        actionWorld.sim.setToolCall(tokenHunt(marker));
        const sim = actionWorld.sim;
        const token = kind === 'api-key' ? sim.issueApiKey() : sim.issuePersonalAccessToken();
        const app = await appForUser(actionWorld.root);
        const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
        await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
        handOver(actionWorld.root);
        const job = actionWorld.job(undefined, { user: NOBODY });
        const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
          inputs: actionWorld.streamInputs('gh', {
            [kind]: token,
            key: '',
            sandbox: 'danger-full-access',
            'allow-agent-to-read-credentials': 'true',
            'codex-version': 'path',
          }),
          env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, CODEX_AUTHAPI_BASE_URL: sim.authApiBaseUrl },
          timeoutMs: 60_000,
        });
        expect(step.main.code, step.main.stdout).toBe(0);
        expect(step.main.outputs['final-message']).toBe('OK');
        const seen = sim.toolOutputs.join('\n');
        expectHuntFoundOnlyThePlaceholder(seen, marker, placeholder, [token], upstreamPaths(sim), true);
        expect(sim.requestLog.filter((entry) => entry.bearer === 'invalid')).toEqual([]);
        expect(step.post.code).toBe(0);
      },
      90_000,
    );
  },
);
