// danger-full-access with codex-user, through the bundled CLI `run` (issue 18, item 2): the CLI runs as a non-root
// runner user with passwordless sudo (as on GitHub-hosted runners), creates the separate agent user, proves the
// isolation and runs the real Codex as that user against the loopback ChatGPT simulator, whose hostile model hunts
// our process (every /proc/*/environ and /mem, SIGUSR1 and the inspector port), sudo, a docker-like socket of the
// runner's group, the runner's files (the code it runs, a file-command file). The control runs the same hunt with
// the same opt-in but without codex-user (Codex as the runner user): it must find all of it.
// The token broker holds the login, so CODEX_HOME holds placeholders: no opt-in, and no real token in what the
// agent saw, even after `codex logout` (answered by the broker, not a revoke upstream).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CODEX_VERSIONS, CODEX_BIN } from '../support/codex-sandbox.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser } from '../support/runner-user.js';
import { ensureSudoRunner, type SudoRunner } from '../support/sudo-runner.js';
import { fakeCredential } from '../support/test-tokens.js';
import { expectNoneOf } from '../support/attack.js';
import { assertNoLeaks, recordOutput } from '../support/leak-guard.js';
import { nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import {
  CODEX_AGENT,
  DIST,
  daemonSocket,
  type Exfil,
  exfilServer,
  hunt,
  sha,
  unavailable,
  WORDS,
  daemonOf,
  killDaemons,
} from './codex-user-job.js';

const AGENT = CODEX_AGENT;

let world: World | null = null;
let shared: string | null = null;
let socketServer: http.Server | null = null;
let exfil: Exfil | null = null;
const markers: string[] = [];
afterEach(async () => {
  await exfil?.close();
  exfil = null;
  // Only this test's daemons: other files' runs use the agent user at the same time.
  if (unavailable === null) killDaemons(CODEX_AGENT, markers.splice(0), 309);
  await new Promise((resolve) => (socketServer ? socketServer.close(resolve) : resolve(null)));
  await world?.close();
  if (shared !== null) await fs.rm(shared, { recursive: true, force: true });
  world = null;
  shared = null;
  socketServer = null;
});

interface Setup {
  readonly runner: SudoRunner;
  readonly marker: string;
  readonly githubToken: string;
  readonly session: ReturnType<World['sim']['issueSession']>;
  readonly workspace: string;
  readonly post: string;
  readonly fileCommand: string;
  readonly cli: string;
  codex(bin: string): string;
  /** What the agent saw: what Codex sent the model, and what the agent sent the attacker's server. */
  seen(): string;
  /** Points the hunt at the Codex the run uses (for `codex logout`). */
  huntWith(bin: string): void;
}

/**
 * A world whose files are the runner user's: the store, the runner's home, a workspace, a file-command file, the
 * CLI's own dist/ (runner-owned, as the action's files are on a runner), a docker-like socket of the runner's group.
 */
async function setUp(): Promise<Setup & { world: World }> {
  const runner = ensureSudoRunner();
  const marker = `hunt-${randomBytes(6).toString('hex')}`;
  markers.push(marker);
  world = await createWorld({});
  const session = world.sim.issueSession();
  await fs.rm(await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() })));
  // What both users must run, where both can enter (the checkout may sit under a 0700 temp dir).
  shared = await fs.mkdtemp('/tmp/codex-user-app-');
  await fs.chmod(shared, 0o755);
  const app = await appForUser(shared);
  const ours = path.join(shared, 'runner-dist');
  execFileSync('cp', ['-r', DIST, ours]);
  const workspace = path.join(world.root, 'workspace');
  await fs.mkdir(workspace);
  await fs.writeFile(path.join(workspace, 'README.md'), 'the repository\n');
  const fileCommand = path.join(world.root, 'temp', '_runner_file_commands', 'set_output_1');
  await fs.mkdir(path.dirname(fileCommand), { recursive: true });
  await fs.writeFile(fileCommand, '');
  execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, world.root, ours]);
  const socket = path.join(world.root, 'docker.sock');
  socketServer = await daemonSocket(socket, runner);
  const w = world;
  const attacker = (exfil = await exfilServer());
  const huntWith = (bin: string) =>
    w.sim.setToolCall(
      hunt(marker, {
        post: path.join(ours, 'post.js'),
        fileCommand,
        socket,
        root: w.root,
        ours: 'cli.cj[s]',
        codex: app.codex(bin),
        exfil: attacker.url,
      }),
    );
  huntWith(CODEX_BIN);
  return {
    world,
    runner,
    seen: () => `${w.sim.toolOutputs.join('\n')}\n${attacker.received()}`,
    marker,
    githubToken: fakeCredential('ghs_'),
    session,
    workspace,
    post: path.join(ours, 'post.js'),
    fileCommand,
    cli: path.join(ours, 'cli.cjs'),
    codex: app.codex,
    huntWith,
  };
}

async function run(s: Setup & { world: World }, bin: string, ...flags: string[]) {
  return runIn(s, bin, ['danger-full-access'], ...flags);
}

/** `run` with `sandbox` in place of the world's `--sandbox read-only`. */
async function runIn(s: Setup & { world: World }, bin: string, sandbox: string[], ...flags: string[]) {
  return runWith(s, bin, sandbox, ['--json', ...flags]);
}

/** `run` printing its human output (no --json). */
async function runHuman(s: Setup & { world: World }, bin: string, ...flags: string[]) {
  return runWith(s, bin, ['danger-full-access'], flags);
}

async function runWith(s: Setup & { world: World }, bin: string, sandbox: string[], flags: string[]) {
  const args = s.world
    .runArgs('x', '--codex', s.codex(bin), ...flags)
    .flatMap((arg) => (arg === 'read-only' ? sandbox : [arg]));
  return s.world.cli(args, {
    env: {
      ...s.world.env(),
      GITHUB_TOKEN: s.githubToken,
      RUNNER_TEMP: path.join(s.world.root, 'temp'),
      GITHUB_OUTPUT: s.fileCommand,
    },
    cwd: s.workspace,
    user: s.runner,
    cli: s.cli,
    timeoutMs: 120_000,
  });
}

describe.skipIf(unavailable !== null)(
  `CLI run, danger-full-access with --codex-user${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    describe.each(CODEX_VERSIONS)('Codex $name', ({ bin }) => {
      it('the hostile agent cannot reach our process, the key, the GitHub token, sudo, the socket or the runner files; the login refreshes and persists; the next run works', async () => {
        const s = await setUp();
        const before = { post: sha(s.post), fileCommand: sha(s.fileCommand) };
        s.huntWith(bin);
        const first = await run(s, bin, '--codex-user', 'create');
        // What the agent saw first: no token the simulator issued (the seed's, the refreshed ones), whatever
        // else happened. The leak guard holds every one of them.
        recordOutput('what the agent saw', s.seen());
        assertNoLeaks();
        expect(first.code, first.stderr).toBe(0);
        const result = jsonOf<{
          refreshed: boolean;
          persisted: boolean;
          protection: string;
          seal: { sealed: boolean; reason: string };
          isolation: { user: string; setupMs: number; probeMs: number; stopped: number; chowned: number };
        }>(first);
        expect(result.refreshed).toBe(true);
        expect(result.protection).toBe('broker+separate-user');
        expect(result.seal).toMatchObject({
          sealed: false,
          reason: 'danger-full-access (separate user)',
        });
        const seen = s.seen();
        expect(seen).toContain(s.marker);
        expect(seen).toMatch(/^hunt-done$/m);
        const stored = await openStored(s.world, 'x');
        expectNoneOf(seen, [
          s.world.key,
          s.githubToken,
          s.session.refreshToken,
          s.session.accessToken,
          s.session.idToken,
          stored?.tokens?.refresh_token ?? 'missing',
          stored?.tokens?.access_token ?? 'missing',
          stored?.tokens?.id_token ?? 'missing',
        ]);
        for (const word of WORDS) expect(seen).not.toMatch(new RegExp(`^${word}`, 'm'));
        expect(seen).toMatch(new RegExp(`uid=\\d+\\(${AGENT}\\)`));
        expect(seen).not.toContain('"webSocketDebuggerUrl"');
        expect(seen).toMatch(/^logout-exit=0$/m);
        expect({ post: sha(s.post), fileCommand: sha(s.fileCommand) }).toEqual(before);
        expect(result.isolation).toMatchObject({ user: AGENT });
        expect(result.isolation.stopped).toBeGreaterThanOrEqual(1);
        // What the agent made is the runner's again; its daemon is gone.
        expect(statSync(path.join(s.workspace, 'agent-made.txt')).uid).toBe(s.runner.uid);
        expect(execFileSync('ps', ['-eo', 'user:32,args'], { encoding: 'utf8' })).not.toMatch(
          new RegExp(`${AGENT} +${daemonOf(s.marker, 309)}`),
        );
        // The refreshed login is in the store (the agent's logout revoked nothing), and the next run works with it.
        expect(stored?.tokens?.refresh_token).not.toBe(s.session.refreshToken);
        // The next run, in human words: not refreshed, and one line naming the protection and the isolation.
        const second = await runHuman(s, bin, '--codex-user', 'create');
        expect(second.code, second.stderr).toBe(0);
        expect(second.stderr).toMatch(
          /^codex-auth: run (on lane stream:x, )?stream "x" .*: generation \d+, not refreshed,/m,
        );
        expect(second.stderr.split('\n').filter((line) => /protection/.test(line))).toEqual([
          expect.stringMatching(
            new RegExp(
              `^codex-auth: protection: broker\\+separate-user \\(.*\\); Codex ran as ${AGENT}.*, set-up \\d+\\.\\d s .*\\d+ process(es)? of the agent stopped, \\d+ files? given back`,
            ),
          ),
        ]);
      }, 180_000);
    });

    it('workspace-write with network and --codex-user: the agent reaches the network, not our process, sudo, the socket or the runner files', async () => {
      const s = await setUp();
      const net = http.createServer((_req, res) => res.end('network-reached\n'));
      await new Promise<void>((resolve) => net.listen(0, '127.0.0.1', resolve));
      const port = (net.address() as AddressInfo).port;
      const targets = {
        post: s.post,
        fileCommand: s.fileCommand,
        socket: path.join(s.world.root, 'docker.sock'),
      };
      const marker = `net-${randomBytes(6).toString('hex')}`;
      markers.push(marker);
      s.world.sim.setToolCall(
        `curl -s --max-time 5 http://127.0.0.1:${port}/; ` +
          hunt(marker, {
            ...targets,
            root: s.world.root,
            ours: 'cli.cj[s]',
            codex: s.codex(CODEX_BIN),
            exfil: exfil?.url ?? '',
          }),
      );
      const network = ['workspace-write', '-c', 'sandbox_workspace_write.network_access=true'];
      const r = await runIn(s, CODEX_BIN, network, '--codex-user', 'create');
      expect(r.code, r.stderr).toBe(0);
      expect(jsonOf<{ seal: { reason: string } }>(r).seal.reason).toBe('network access (separate user)');
      const seen = s.seen();
      await new Promise((resolve) => net.close(resolve));
      expect(seen).toMatch(/^hunt-done$/m);
      expect(seen).toContain('network-reached');
      expect(seen).toMatch(new RegExp(`uid=\\d+\\(${AGENT}\\)`));
      expectNoneOf(seen, [s.world.key, s.githubToken]);
      for (const word of WORDS) expect(seen).not.toMatch(new RegExp(`^${word}`, 'm'));
    }, 120_000);

    it('danger-full-access with neither --codex-user nor the opt-in: refused (exit 7), naming both', async () => {
      const s = await setUp();
      const r = await run(s, CODEX_BIN);
      expect(r.code).toBe(7);
      expect(r.stdout + r.stderr).toMatch(
        /refused before Codex ran: danger-full-access .*\(--codex-user\), or set --allow-agent-to-read-credentials/,
      );
      expect(s.world.sim.responsesCount).toBe(0);
    }, 60_000);

    it('a runner without passwordless sudo, --codex-user create: refused (exit 7), saying why and what to do', async () => {
      const s = await setUp();
      const nobody = { uid: 65534, gid: 65534 };
      execFileSync('chown', ['-R', '65534:65534', s.world.root, path.dirname(s.cli)]);
      const r = await s.world.cli(
        s.world
          .runArgs(
            'x',
            '--codex',
            s.codex(CODEX_BIN),
            '--codex-user',
            'create',
            '--allow-agent-to-read-credentials',
          )
          .map((arg) => (arg === 'read-only' ? 'danger-full-access' : arg)),
        { env: s.world.env(), cwd: s.workspace, user: nobody, cli: s.cli },
      );
      expect(r.code).toBe(7);
      expect(r.stdout + r.stderr).toMatch(/no passwordless sudo\) nor was one named: .*--codex-user/);
      expect(s.world.sim.responsesCount).toBe(0);
    }, 60_000);

    it('control, the same opt-in without --codex-user (Codex as the runner user): the hunt finds the key, the GitHub token, our memory, sudo, the socket and the runner files', async () => {
      const s = await setUp();
      const before = sha(s.post);
      const r = await run(s, CODEX_BIN, '--allow-agent-to-read-credentials');
      expect(r.code, r.stderr).toBe(0);
      const seen = s.seen();
      expect(seen).toMatch(/^hunt-done$/m);
      expect(seen).toContain(s.world.key);
      expect(seen).toContain(s.githubToken);
      for (const word of WORDS) expect(seen).toMatch(new RegExp(`^${word}`, 'm'));
      expect(sha(s.post)).not.toBe(before);
    }, 120_000);
  },
);
