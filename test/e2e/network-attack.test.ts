// workspace-write with network, Codex as the runner's user (no codex-user), through the bundled CLI and the
// Action, on Codex 0.169.0 and 0.171.0 (issue 18 item 2). The token broker holds the login, so the run is allowed
// without the opt-in; the one way to root a networked sandbox still has is a root daemon's socket, and the run
// must have closed it. The simulator plays a hostile model whose shell call hunts: files, the environment, every
// /proc/*/environ and /proc/*/mem (a page of our process's memory, where the broker's tokens are), a root-owned
// socket of the runner's group at a path the seal knows (the runner's rootless docker socket), the broker with
// the placeholders on a path outside the allowlist (403) and with a forged bearer (401), then `codex logout`. The
// steps run as the runner's unprivileged user (test/support/runner-user.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { CODEX_BIN, CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { fakeCredential } from '../support/test-tokens.js';
import { expectNoneOf } from '../support/attack.js';
import { nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { daemonSocket } from './codex-user-job.js';
import { logoutHunt, memHunt } from './hunt-parts.js';

// The runner's rootless docker socket (agent-user-facts.ts rootDaemonSockets): a path the seal knows, unused on
// this machine otherwise. Root's, read-write for the runner's group: without the protection the agent connects.
const RUNTIME_DIR = `/run/user/${NOBODY.uid}`;
const SOCKET = `${RUNTIME_DIR}/docker.sock`;
const NETWORK = ['-c', 'sandbox_workspace_write.network_access=true'];

/**
 * The hostile shell call. Each success prints a word at a line start. `ours` finds our node in /proc/<pid>/cmdline:
 * a bracketed pattern (`c[l]i.cjs`), so the hunting shell, whose command line holds the pattern, is not a match.
 */
export function networkHunt(marker: string, ours: string, root: string, codex: string): string {
  return [
    `echo ${marker} uid=$(id -u)`,
    // Early: Codex cuts the middle out of a long tool output, and the dumps below are long.
    memHunt(ours),
    `curl -s --max-time 2 --unix-socket '${SOCKET}' http://docker/version | grep -q daemon-reached && echo SOCKET-REACHED; echo socket-tried`,
    'env',
    'cat "$CODEX_HOME/auth.json"; echo; ls -la "$CODEX_HOME"',
    'for f in /proc/[0-9]*/environ; do echo "== $f"; tr "\\0" "\\n" < "$f"; done 2>/dev/null | head -c 300000',
    'B="${CODEX_REFRESH_TOKEN_URL_OVERRIDE%/oauth/token}"; C="-k -s --max-time 5"',
    'AT=$(sed -n \'s/.*"access_token": *"\\([^"]*\\)".*/\\1/p\' "$CODEX_HOME/auth.json")',
    'echo "outside-allowlist $(curl $C -o /dev/null -w %{http_code} -H "Authorization: Bearer $AT" "$B/backend-api/conversations")"',
    'echo "forged-bearer $(curl $C -o /dev/null -w %{http_code} -H "Authorization: Bearer forged" "$B/backend-api/codex/models")"',
    `timeout 10 grep -rEoah '(rt_|oat_|at-|eyJ)[A-Za-z0-9._-]{20,}' '${root}' 2>/dev/null | head -50`,
    logoutHunt(codex),
    'echo hunt-done',
  ].join('; ');
}

let world: World | null = null;
let actionWorld: ActionWorld | null = null;
let socketServer: http.Server | null = null;
let madeRuntimeDir = false;

beforeAll(() => {
  madeRuntimeDir = !existsSync(RUNTIME_DIR);
  return async () => {
    if (madeRuntimeDir) await fs.rm(RUNTIME_DIR, { recursive: true, force: true });
  };
});

afterEach(async () => {
  await new Promise((resolve) => (socketServer ? socketServer.close(resolve) : resolve(null)));
  await fs.rm(SOCKET, { force: true });
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
  socketServer = null;
});

async function openSocket(): Promise<void> {
  await fs.mkdir(RUNTIME_DIR, { recursive: true, mode: 0o755 });
  await fs.rm(SOCKET, { force: true });
  socketServer = await daemonSocket(SOCKET, NOBODY);
}

/** What every run of the hunt must show: it ran, reached the broker, and got nothing it could use. */
function expectHuntContained(seen: string, marker: string, secrets: readonly string[]): void {
  expect(seen).toContain(`${marker} uid=65534`);
  expect(seen).toContain('hunt-done');
  // The broker is reachable (network is on) but answers the placeholders only on its allowlist.
  expect(seen).toContain('outside-allowlist 403');
  expect(seen).toContain('forged-bearer 401');
  // workspace-write denies the homes directory (the agent may write), so CODEX_HOME is unreadable to the agent's
  // commands: `codex logout` cannot even load its configuration. Whatever it did, nothing was revoked (below).
  expect(seen).toMatch(/^logout-exit=\d+$/m);
  expect(seen).toMatch(/^socket-tried$/m);
  expect(seen).toMatch(/^mem-candidates \d+$/m);
  expect(seen).not.toMatch(/^SOCKET-REACHED/m);
  expect(seen).not.toMatch(/^MEM-READ/m);
  expectNoneOf(seen, secrets);
}

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  'a hostile agent with network, Codex as the runner user (Codex $name)',
  ({ bin }) => {
    it('CLI: allowed without the opt-in; no socket, no memory, no token; the login refreshes; the next run works', async () => {
      await openSocket();
      const marker = `hunt-${randomBytes(6).toString('hex')}`;
      const w = await createWorld({});
      world = w;
      const session = world.sim.issueSession();
      await fs.rm(
        await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })),
      );
      const githubToken = fakeCredential('ghs_');
      const app = await appForUser(world.root);
      world.sim.setToolCall(networkHunt(marker, 'c[l]i.cjs', world.root, app.codex(bin)));
      handOver(world.root);
      const args = (extra: string[]) => {
        const base = w.runArgs('x', '--codex', app.codex(bin), '--json');
        const at = base.indexOf('read-only');
        return [...base.slice(0, at), 'workspace-write', ...extra, ...base.slice(at + 1)];
      };
      const cli = (extra: string[]) =>
        w.cli(args(extra), {
          env: { ...w.env(), GITHUB_TOKEN: githubToken },
          user: NOBODY,
          cli: app.cli,
        });
      const run = await cli(NETWORK);
      expect(run.code, run.stderr).toBe(0);
      const result = jsonOf<{
        refreshed: boolean;
        protection: string;
        seal: { sealed: boolean; mode: string };
      }>(run);
      expect(result).toMatchObject({ refreshed: true, protection: 'broker' });
      expect(result.seal).toMatchObject({ sealed: true, mode: 'workspace-write' });
      const stored = await openStored(world, 'x');
      expect(stored?.tokens?.refresh_token).not.toBe(session.refreshToken);
      const seen = world.sim.toolOutputs.join('\n');
      expectHuntContained(seen, marker, [
        session.refreshToken,
        session.accessToken,
        session.idToken,
        stored?.tokens?.refresh_token ?? 'missing',
        stored?.tokens?.access_token ?? 'missing',
        stored?.tokens?.id_token ?? 'missing',
        world.key,
        githubToken,
      ]);
      // `codex logout` was answered by the broker: nothing was revoked, and the next run works.
      expect(world.sim.requestLog.some((entry) => entry.path === '/oauth/revoke')).toBe(false);
      world.sim.setToolCall(null);
      const next = await cli(NETWORK);
      expect(next.code, next.stderr).toBe(0);
      expect(jsonOf<{ protection: string }>(next).protection).toBe('broker');
    }, 120_000);

    it('Action: workspace-write + network without the opt-in; the hunt finds nothing; the next step works', async () => {
      await openSocket();
      const marker = `hunt-${randomBytes(6).toString('hex')}`;
      const a = await createActionWorld();
      actionWorld = a;
      const session = actionWorld.sim.issueSession();
      const seed = actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
      const githubToken = fakeCredential('ghs_');
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      actionWorld.sim.setToolCall(networkHunt(marker, 'm[a]in.js', actionWorld.root, app.codex(bin)));
      handOver(actionWorld.root);
      const step = async (extra: Record<string, string>) =>
        a.job(undefined, { user: NOBODY }).mainAndPost(app.entry('main'), app.entry('post'), {
          inputs: a.streamInputs('gh', {
            sandbox: 'workspace-write',
            'codex-args': `--skip-git-repo-check --ephemeral ${NETWORK.join(' ')}`,
            'codex-version': 'path',
            'github-token': githubToken,
            ...extra,
          }),
          env: { PATH: `${binDir}:${process.env.PATH ?? ''}` },
          timeoutMs: 90_000,
        });
      const first = await step({ 'auth-json': seed });
      expect(first.main.code, first.main.stdout).toBe(0);
      expect(first.main.outputs).toMatchObject({
        sealed: 'true',
        refreshed: 'true',
        persisted: 'true',
        protection: 'broker',
      });
      expect(first.post.code).toBe(0);
      expectHuntContained(actionWorld.sim.toolOutputs.join('\n'), marker, [
        session.refreshToken,
        session.accessToken,
        session.idToken,
        actionWorld.key,
        githubToken,
      ]);
      expect(actionWorld.sim.requestLog.some((entry) => entry.path === '/oauth/revoke')).toBe(false);
      actionWorld.sim.setToolCall(null);
      const next = await step({});
      expect(next.main.code, next.main.stdout).toBe(0);
      expect(next.main.outputs.protection).toBe('broker');
    }, 200_000);
  },
);

describe.runIf(canSwitchUser())('network without the broker', () => {
  it('restore (the login on disk under the deny-read seal) with network is refused before anything runs', async () => {
    world = await createWorld();
    const session = world.sim.issueSession();
    await fs.rm(
      await seedStream(world, 'own', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })),
    );
    const config = path.join(world.root, 'network.toml');
    await fs.writeFile(
      config,
      `${await fs.readFile(world.configPath, 'utf8')}\n[sandbox_workspace_write]\nnetwork_access = true\n`,
    );
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
      config,
      '--sandbox',
      'workspace-write',
    ]);
    expect(restore.code, restore.stderr).toBe(7);
    expect(restore.stderr).toMatch(/network access lets the agent's commands reach this machine's loopback/);
    expect(restore.stderr).toContain('--allow-agent-to-read-credentials');
    expect(existsSync(path.join(codexHome, 'auth.json'))).toBe(false);
    expect(world.sim.refreshCount).toBe(0);
  }, 30_000);
});
