// With a ChatGPT login Codex fetches the account's plugins (bundles synced into CODEX_HOME, bringing MCP servers
// and hooks that run outside the sandbox) and apps during `codex exec`. Measured on 0.169.0 and 0.171.0 with the
// switches below left unset: a sealed run asked the backend for /ps/plugins/installed, /ps/plugins/suggested and
// /ps/mcp. The config a sealed run writes now switches them off unless the user's config sets them; switched on,
// the run is refused without the opt-in. Steps and the CLI run as the runner's unprivileged user.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import type { ChatGptSimulator } from '../support/chatgpt-simulator.js';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

/** The simulator's config without the switches the tests normally set, as a user's config would be. */
const unset = (config: string) => config.replace(/^(apps|plugins|remote_plugin) = false\n/gm, '');

/** What Codex asked of the account's plugins and apps (the backend's /ps/ routes). */
const pluginCalls = (sim: ChatGptSimulator) =>
  sim.requestLog.map((entry) => `${entry.method} ${entry.path}`).filter((call) => call.includes('/ps/'));

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  "the account's plugins and apps (Codex $name)",
  ({ bin }) => {
    it('CLI, left unset by the user: a sealed run asks for none of them', async () => {
      world = await createWorld({ toolCall: 'echo plugins-check uid=$(id -u)' });
      const session = world.sim.issueSession();
      await fs.rm(await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: new Date() })));
      await fs.writeFile(world.configPath, unset(await fs.readFile(world.configPath, 'utf8')));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world.runArgs('x', '--json').map((arg) => (arg === CODEX_BIN ? app.codex(bin) : arg));
      const run = await world.cli(args, { user: NOBODY, cli: app.cli, timeoutMs: 90_000 });
      expect(run.code, run.stderr).toBe(0);
      expect(jsonOf<{ seal: { sealed: boolean } }>(run).seal.sealed).toBe(true);
      expect(world.sim.toolOutputs.join('\n')).toContain('plugins-check uid=65534');
      expect(pluginCalls(world.sim)).toEqual([]);
    }, 120_000);

    it('CLI, plugins switched on in the config: refused before the model is called, naming the opt-in', async () => {
      world = await createWorld();
      const session = world.sim.issueSession();
      await fs.rm(await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: new Date() })));
      const config = await fs.readFile(world.configPath, 'utf8');
      await fs.writeFile(
        world.configPath,
        unset(config).replace('[features]\n', '[features]\nplugins = true\n'),
      );
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world.runArgs('x', '--json').map((arg) => (arg === CODEX_BIN ? app.codex(bin) : arg));
      const run = await world.cli(args, { user: NOBODY, cli: app.cli, timeoutMs: 90_000 });
      expect(run.code, run.stderr).toBe(7);
      const said = `${run.stdout}\n${run.stderr}`; // with --json the error is on stdout
      expect(said).toMatch(/features\.plugins in --codex-config installs the ChatGPT account's plugins/);
      expect(said).toContain('--allow-agent-to-read-credentials');
      expect(world.sim.responsesCount).toBe(0);
      expect(pluginCalls(world.sim)).toEqual([]);
    }, 120_000);

    it('Action, left unset by the user: a sealed run asks for none of them; post unaffected', async () => {
      actionWorld = await createActionWorld();
      const { sim } = actionWorld;
      sim.setToolCall('echo plugins-check uid=$(id -u)');
      const session = sim.issueSession();
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      handOver(actionWorld.root);
      const job = actionWorld.job(undefined, { user: NOBODY });
      const inputs = actionWorld.streamInputs('gh', {
        'auth-json': sim.authJsonFor(session, { lastRefresh: new Date() }),
        'codex-version': 'path',
      });
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: { ...inputs, 'codex-config': unset(inputs['codex-config'] ?? '') },
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
        timeoutMs: 90_000,
      });
      expect(step.main.code, step.main.stdout).toBe(0);
      expect(step.main.outputs).toMatchObject({ sealed: 'true' });
      expect(sim.toolOutputs.join('\n')).toContain('plugins-check uid=65534');
      expect(pluginCalls(sim)).toEqual([]);
      expect(step.post.code, step.post.stdout).toBe(0);
    }, 120_000);
  },
);
