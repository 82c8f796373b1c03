// danger-full-access with the codex-user input, through the bundled Action (main and post, run the way the runner
// runs them) as a non-root runner user with passwordless sudo, on both Codex versions: the hostile model's hunt
// (test/e2e/codex-user-job.ts) finds no key, no GitHub token, no seed, cannot read or signal the step's node
// process, use sudo or the runner group's daemon socket, or change the action's post.js and the step's
// file-command files; the login refreshes and persists, and the next job's run works. The control runs the same
// job with the same opt-in but without codex-user: the hunt finds all of it.
// The token broker holds the login, so no opt-in is needed and no real token is in what the agent saw.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, readdirSync, statSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { CODEX_BIN, CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { appForUser } from '../support/runner-user.js';
import { ensureSudoRunner } from '../support/sudo-runner.js';
import { fakeCredential } from '../support/test-tokens.js';
import { expectNoneOf } from '../support/attack.js';
import { assertNoLeaks, recordOutput } from '../support/leak-guard.js';
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
import { nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld | null = null;
let shared: string | null = null;
let server: http.Server | null = null;
let exfil: Exfil | null = null;
const markers: string[] = [];
afterEach(async () => {
  await exfil?.close();
  exfil = null;
  // Only this test's daemons: other files' runs use the agent user at the same time.
  if (unavailable === null) killDaemons(CODEX_AGENT, markers.splice(0), 309);
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  await world?.close();
  if (shared !== null) await fs.rm(shared, { recursive: true, force: true });
  world = null;
  shared = null;
  server = null;
});

async function setUp(bin: string) {
  const runner = ensureSudoRunner();
  const marker = `hunt-${randomBytes(6).toString('hex')}`;
  markers.push(marker);
  world = await createActionWorld();
  // The action's files, the runner's own (as under _actions/ on a runner), and Codex where the agent can reach it.
  shared = await fs.mkdtemp('/tmp/codex-user-action-');
  await fs.chmod(shared, 0o755);
  const app = await appForUser(shared);
  const action = path.join(shared, 'action-dist');
  execFileSync('cp', ['-r', DIST, action]);
  // The simulator's CA where the agent can read it (the broker's CA would sit in CODEX_HOME).
  const ca = path.join(shared, 'ca.pem');
  await fs.copyFile(world.sim.caPath, ca);
  await fs.chmod(ca, 0o644);
  const binDir = path.join(shared, 'bin');
  await fs.mkdir(binDir);
  await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
  execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, world.root, action]);
  const socket = path.join(world.root, 'docker.sock');
  server = await daemonSocket(socket, runner);
  const job = world.job(undefined, { user: runner });
  const fileCommands = path.join(job.runnerTemp, '_runner_file_commands');
  // A file-command file of a later step, as the runner leaves them in RUNNER_TEMP.
  const fileCommand = path.join(fileCommands, 'set_env_later');
  await fs.mkdir(fileCommands, { recursive: true });
  await fs.writeFile(fileCommand, '');
  execFileSync('chown', ['-R', `${runner.uid}:${runner.gid}`, job.root]);
  const post = path.join(action, 'post.js');
  const codex = app.codex(bin);
  const attacker = (exfil = await exfilServer());
  world.sim.setToolCall(
    hunt(marker, {
      post,
      fileCommand,
      socket,
      root: world.root,
      ours: 'main.j[s]',
      codex,
      exfil: attacker.url,
    }),
  );
  const session = world.sim.issueSession();
  const githubToken = fakeCredential('ghs_');
  const w = world;
  const step = (inputs: Record<string, string>) =>
    job.mainAndPost(path.join(action, 'main.js'), post, {
      inputs: w.streamInputs('gh', {
        'auth-json': w.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
        sandbox: 'danger-full-access',
        'codex-version': 'path',
        'github-token': githubToken,
        ...inputs,
      }),
      env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, CODEX_CA_CERTIFICATE: ca },
      timeoutMs: 120_000,
    });
  // What the agent saw: what Codex sent the model, and what the agent sent the attacker's server.
  const seen = () => `${w.sim.toolOutputs.join('\n')}\n${attacker.received()}`;
  return { runner, marker, world: w, job, session, githubToken, post, fileCommand, step, seen };
}

describe.skipIf(unavailable !== null)(
  `Action, danger-full-access with codex-user${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    describe.each(CODEX_VERSIONS)('Codex $name', ({ bin }) => {
      it('the hostile agent finds no key, seed or GitHub token, cannot reach the step, sudo, the socket or the runner files; the login persists; the next run works', async () => {
        const s = await setUp(bin);
        const before = { post: sha(s.post), fileCommand: sha(s.fileCommand) };
        const first = await s.step({ 'codex-user': 'create' });
        // No token the simulator issued (the seed's, the refreshed ones) in what the agent saw, whatever else happened.
        recordOutput('what the agent saw', s.seen());
        assertNoLeaks();
        expect(first.main.code, first.main.stdout).toBe(0);
        expect(first.main.outputs).toMatchObject({
          refreshed: 'true',
          persisted: 'true',
          sealed: 'false',
          protection: 'broker+separate-user',
          'isolation-user': CODEX_AGENT,
        });
        expect(first.main.outputs['isolation-setup-seconds']).toMatch(/^\d+\.\d$/);
        expect(Number(first.main.outputs['isolation-stopped'])).toBeGreaterThanOrEqual(1);
        expect(first.main.outputs['isolation-files-given-back']).toMatch(/^\d+$/);
        expect(first.main.summary).toMatch(/<strong>Protection:<\/strong> broker\+separate-user \(/);
        expect(first.main.summary).toMatch(
          new RegExp(
            `<strong>Isolation:</strong> Codex ran as ${CODEX_AGENT}.*, set-up \\d+\\.\\d s .*processes? of the agent stopped, \\d+ files? given back`,
          ),
        );
        const seen = s.seen();
        expect(seen).toContain(s.marker);
        expect(seen).toMatch(/^hunt-done$/m);
        expect(seen).toMatch(new RegExp(`uid=\\d+\\(${CODEX_AGENT}\\)`));
        expectNoneOf(seen, [
          s.world.key,
          s.githubToken,
          s.session.refreshToken,
          s.session.accessToken,
          s.session.idToken,
        ]);
        expect(seen).toMatch(/^logout-exit=0$/m);
        for (const word of WORDS) expect(seen).not.toMatch(new RegExp(`^${word}`, 'm'));
        expect(seen).not.toContain('"webSocketDebuggerUrl"');
        expect({ post: sha(s.post), fileCommand: sha(s.fileCommand) }).toEqual(before);
        expect(statSync(path.join(s.job.workspace, 'agent-made.txt')).uid).toBe(s.runner.uid);
        expect(execFileSync('ps', ['-eo', 'user:32,args'], { encoding: 'utf8' })).not.toMatch(
          new RegExp(`${CODEX_AGENT} +${daemonOf(s.marker, 309)}`),
        );
        expect(first.post.code, first.post.stdout).toBe(0);
        // The next job's run starts from what the first persisted (the store, not the seed, which is now used).
        const second = await s.step({ 'codex-user': 'create', 'auth-json': '' });
        expect(second.main.code, second.main.stdout).toBe(0);
        expect(readdirSync(s.job.workspace)).toContain('agent-made.txt');
      }, 240_000);
    });

    it('control, the same job without codex-user (Codex as the runner user): the hunt opens the step’s memory, signals it, uses sudo, the socket, post.js', async () => {
      const s = await setUp(CODEX_BIN);
      const before = sha(s.post);
      const run = await s.step({ 'allow-agent-to-read-credentials': 'true' });
      expect(run.main.code, run.main.stdout).toBe(0);
      const seen = s.seen();
      expect(seen).toMatch(/^hunt-done$/m);
      // The step overwrites its secret inputs in its environment block, but its memory (MEM-OPENED) holds them.
      for (const word of WORDS) expect(seen).toMatch(new RegExp(`^${word}`, 'm'));
      expect(sha(s.post)).not.toBe(before);
    }, 120_000);
  },
);
