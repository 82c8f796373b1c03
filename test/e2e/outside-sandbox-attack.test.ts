// Processes Codex starts outside its sandbox because configuration names them. The simulator plays the hostile
// model; steps and the CLI run as the runner's unprivileged user.
// - An MCP server (test/support/mcp-read-file-server.mjs, read_file(path)) in the Codex config or in `-c` Codex
//   arguments: the model calls `mcp__reader` read_file on $CODEX_HOME/auth.json. Measured with the refusal
//   removed, Codex 0.169.0 and 0.171.0: the tool returned the whole login to the model while the run said sealed.
// - `notify`, a program Codex runs after every turn: here a script in the checkout, which the agent's sandboxed
//   command (workspace-write) rewrites so that Codex, after the turn, copies auth.json into the checkout.
// A sealed run now refuses both before the model is called; with the opt-in it runs and says it is not sealed.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectNoneOf } from '../support/attack.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import type { ChatGptSimulator, SimSession } from '../support/chatgpt-simulator.js';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

const HARMLESS = '// tells the team a turn ended\n';
const SERVER = fileURLToPath(new URL('../support/mcp-read-file-server.mjs', import.meta.url));

type Vector = 'mcp in config' | 'mcp in -c' | 'notify' | 'ignore-user-config';

interface Configured {
  readonly before: string;
  readonly after: string;
  readonly args: string[];
}

const withConfig = (config: string, how: Configured): string => `${how.before}${config}${how.after}`;

/**
 * How each vector is configured: Codex config text (top-level keys go `before` the tables of the simulator's
 * config, tables `after` them) and Codex arguments; `serverAt`: the MCP script's path.
 */
function configure(vector: Vector, serverAt: string, checkout: string, sim: ChatGptSimulator): Configured {
  switch (vector) {
    case 'ignore-user-config':
      // The flag drops the config.toml this tool writes; the simulator's settings then come as -c overrides.
      return { before: '', after: '', args: ['--ignore-user-config', ...simulatorOverrides(sim)] };
    case 'mcp in config':
      return {
        before: '',
        after: `\n[mcp_servers.reader]\ncommand = "node"\nargs = [${JSON.stringify(serverAt)}]\n`,
        args: [],
      };
    case 'mcp in -c':
      return {
        before: '',
        after: '',
        args: [
          '-c',
          'mcp_servers.reader.command="node"',
          '-c',
          `mcp_servers.reader.args=[${JSON.stringify(serverAt)}]`,
        ],
      };
    case 'notify':
      return {
        before: `notify = ["node", ${JSON.stringify(path.join(checkout, 'notify.mjs'))}]\n`,
        after: '',
        args: [],
      };
  }
}

/** The simulator's Codex config as `-c` overrides (test/support/codex-sandbox.ts codexConfigToml). */
function simulatorOverrides(sim: ChatGptSimulator): string[] {
  const settings = [
    `chatgpt_base_url=${JSON.stringify(sim.chatgptBaseUrl)}`,
    `openai_base_url=${JSON.stringify(sim.openaiBaseUrl)}`,
    'cli_auth_credentials_store="file"',
    'features.enable_request_compression=false',
    'features.apps=false',
    'features.plugins=false',
    'features.remote_plugin=false',
  ];
  return settings.flatMap((setting) => ['-c', setting]);
}

/** The checked-in notify script the agent rewrites: after the turn, Codex runs it outside the sandbox. */
function lootingNotifier(loot: string): string {
  const script = `import { copyFileSync } from 'node:fs'; copyFileSync(process.env.CODEX_HOME + '/auth.json', ${JSON.stringify(loot)});`;
  return `cat > notify.mjs <<'EOF'\n${script}\nEOF\necho rewritten`;
}

/** The hostile model: read auth.json through the MCP tool, or rewrite the notify script. */
function playHostileModel(sim: ChatGptSimulator, vector: Vector, loot: string): void {
  if (vector === 'notify') sim.setToolCall(lootingNotifier(loot));
  else if (vector === 'ignore-user-config') sim.setToolCall('cat "$CODEX_HOME/auth.json"');
  else {
    sim.setMcpToolCall({
      server: 'reader',
      tool: 'read_file',
      discover: 'echo "home=$CODEX_HOME"',
      arguments: (seen) => ({ path: `${/home=(\S+)/.exec(seen)?.[1] ?? '/unknown'}/auth.json` }),
    });
  }
}

/** A checkout with a harmless notify script, the MCP server where the runner's user can read it. */
async function prepare(root: string): Promise<{ checkout: string; serverAt: string; loot: string }> {
  const checkout = path.join(root, 'checkout');
  await fs.mkdir(checkout, { recursive: true });
  await fs.writeFile(path.join(checkout, 'notify.mjs'), HARMLESS);
  const serverAt = path.join(root, 'mcp-read-file-server.mjs');
  await fs.copyFile(SERVER, serverAt);
  return { checkout, serverAt, loot: path.join(checkout, 'loot.txt') };
}

/**
 * What reached the model (the MCP tool's answer) and what the notifier left in the checkout. Codex does not wait
 * for `notify` before it exits, so the copy may land after the run: the rewritten script is the proof that counts.
 */
async function whatLeaked(sim: ChatGptSimulator, loot: string): Promise<string> {
  const left = existsSync(loot) ? await fs.readFile(loot, 'utf8') : '';
  const notifier = await fs.readFile(path.join(path.dirname(loot), 'notify.mjs'), 'utf8');
  expect(notifier, 'the agent rewrote the notify script Codex runs outside the sandbox').toBe(HARMLESS);
  return `${sim.toolOutputs.join('\n')}\n${left}`;
}

/** No token of the login, as seeded or as Codex refreshed it before the model call, and not the key. */
function expectNoLogin(seen: string, sim: ChatGptSimulator, session: SimSession, key: string): void {
  const now = sim.currentSessionOf(session.refreshToken);
  const secrets = [session.refreshToken, session.accessToken, session.idToken, key];
  if (now) secrets.push(now.refreshToken, now.accessToken, now.idToken);
  for (const secret of secrets) {
    expect(seen.includes(secret), `the agent reached a secret (${secret.slice(0, 6)}…)`).toBe(false);
  }
}

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

const VECTORS: Vector[] = ['mcp in config', 'mcp in -c', 'notify', 'ignore-user-config'];

const SAYS: Record<Vector, RegExp> = {
  'mcp in config':
    /\[mcp_servers\.reader\] in (--codex-config|input codex-config) runs an MCP server outside the sandbox/,
  'mcp in -c': /-c mcp_servers\.reader in .* runs an MCP server outside the sandbox/,
  notify: /notify in (--codex-config|input codex-config) runs a program outside the sandbox/,
  'ignore-user-config': /--ignore-user-config in .* makes Codex skip the config\.toml/,
};

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  'processes Codex runs outside its sandbox (Codex $name)',
  ({ bin }) => {
    it.each(VECTORS)(
      'CLI, %s: refused before the model is called, naming the opt-in; nothing leaks',
      async (vector) => {
        world = await createWorld();
        const { checkout, serverAt, loot } = await prepare(world.root);
        playHostileModel(world.sim, vector, loot);
        const session = world.sim.issueSession();
        await fs.rm(
          await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })),
        );
        const how = configure(vector, serverAt, checkout, world.sim);
        await fs.writeFile(world.configPath, withConfig(await fs.readFile(world.configPath, 'utf8'), how));
        const app = await appForUser(world.root);
        handOver(world.root);
        const base = world.runArgs('x', '--json').map((arg) => (arg === CODEX_BIN ? app.codex(bin) : arg));
        const tail = base.indexOf('--');
        const args = [...base.slice(0, tail + 1), ...how.args, ...base.slice(tail + 1)].map((arg) =>
          arg === 'read-only' ? 'workspace-write' : arg,
        );
        const run = await world.cli(args, { cwd: checkout, user: NOBODY, cli: app.cli, timeoutMs: 90_000 });
        expectNoLogin(await whatLeaked(world.sim, loot), world.sim, session, world.key);
        expect(run.code, run.stderr).toBe(7);
        const said = `${run.stdout}\n${run.stderr}`;
        expect(said).toContain('--allow-agent-to-read-credentials');
        expect(said).toMatch(SAYS[vector]);
        expect(world.sim.responsesCount).toBe(0);
      },
      120_000,
    );

    it('CLI, an MCP server with the opt-in: the tool reads auth.json, placeholders only, and the run says it is not sealed', async () => {
      world = await createWorld();
      const { checkout, serverAt, loot } = await prepare(world.root);
      playHostileModel(world.sim, 'mcp in config', loot);
      const session = world.sim.issueSession();
      await fs.rm(await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: new Date() })));
      const how = configure('mcp in config', serverAt, checkout, world.sim);
      await fs.writeFile(world.configPath, withConfig(await fs.readFile(world.configPath, 'utf8'), how));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world
        .runArgs('x', '--json', '--allow-agent-to-read-credentials')
        .map((arg) => (arg === CODEX_BIN ? app.codex(bin) : arg));
      const run = await world.cli(args, { cwd: checkout, user: NOBODY, cli: app.cli, timeoutMs: 90_000 });
      expect(run.code, run.stderr).toBe(0);
      expect(jsonOf<{ seal: { sealed: boolean; reason: string } }>(run).seal).toMatchObject({
        sealed: false,
        reason: 'MCP server outside the sandbox (opted in)',
      });
      // What the user accepted: the tool ran outside the sandbox and handed CODEX_HOME's auth.json to the model;
      // with the token broker that file holds placeholders only, never the real login.
      const seen = world.sim.toolOutputs.join('\n');
      expect(seen).toContain('cab_rt_');
      expectNoneOf(seen, [session.refreshToken, session.accessToken, session.idToken]);
    }, 120_000);

    it.each(VECTORS)(
      'Action, %s: refused before the model is called; post unaffected; nothing leaks',
      async (vector) => {
        actionWorld = await createActionWorld();
        const { sim } = actionWorld;
        const job = actionWorld.job(undefined, { user: NOBODY });
        const { checkout, serverAt, loot } = await prepare(job.workspace);
        playHostileModel(sim, vector, loot);
        const session = sim.issueSession();
        const app = await appForUser(actionWorld.root);
        const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
        await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
        handOver(actionWorld.root);
        const how = configure(vector, serverAt, checkout, sim);
        const inputs = actionWorld.streamInputs('gh', {
          'auth-json': sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
          'codex-version': 'path',
          'working-directory': checkout,
          sandbox: 'workspace-write',
        });
        const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
          inputs: {
            ...inputs,
            'codex-args': JSON.stringify(['--skip-git-repo-check', '--ephemeral', ...how.args]),
            'codex-config': withConfig(inputs['codex-config'] ?? '', how),
          },
          env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
          timeoutMs: 90_000,
        });
        expectNoLogin(await whatLeaked(sim, loot), sim, session, actionWorld.key);
        expect(step.main.code, step.main.stdout).not.toBe(0);
        expect(step.main.stdout).toContain('allow-agent-to-read-credentials');
        expect(step.main.stdout).toMatch(SAYS[vector]);
        expect(sim.responsesCount).toBe(0);
        expect(step.post.code, step.post.stdout).toBe(0);
      },
      120_000,
    );

    it('Action, an MCP server with the opt-in: the run says it is not sealed, and why', async () => {
      actionWorld = await createActionWorld();
      const { sim } = actionWorld;
      const job = actionWorld.job(undefined, { user: NOBODY });
      const { checkout, serverAt, loot } = await prepare(job.workspace);
      playHostileModel(sim, 'mcp in config', loot);
      const session = sim.issueSession();
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      handOver(actionWorld.root);
      const inputs = actionWorld.streamInputs('gh', {
        'auth-json': sim.authJsonFor(session, { lastRefresh: new Date() }),
        'codex-version': 'path',
        'working-directory': checkout,
        'allow-agent-to-read-credentials': 'true',
      });
      const how = configure('mcp in config', serverAt, checkout, sim);
      const step = await job.mainAndPost(app.entry('main'), app.entry('post'), {
        inputs: { ...inputs, 'codex-config': withConfig(inputs['codex-config'] ?? '', how) },
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
        timeoutMs: 90_000,
      });
      expect(step.main.code, step.main.stdout).toBe(0);
      expect(step.main.outputs).toMatchObject({ sealed: 'false' });
      expect(step.main.summary).toContain('NO: MCP server outside the sandbox (opted in)');
      // What the user accepted: the tool ran outside the sandbox and handed auth.json (placeholders) to the model.
      expect(sim.toolOutputs.join('\n')).toContain('cab_rt_');
      expectNoneOf(sim.toolOutputs.join('\n'), [session.refreshToken, session.accessToken, session.idToken]);
      expect(step.post.code, step.post.stdout).toBe(0);
    }, 120_000);
  },
);
