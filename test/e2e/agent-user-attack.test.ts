// Full access without giving the agent our process (issue 18, item 2). A process running as a non-root runner user
// with passwordless sudo (as on GitHub-hosted runners) holds secrets in its environment and on disk, sets up a
// separate agent user with src/seal/, proves the isolation, and runs the real `codex exec --sandbox
// danger-full-access` as that user against the loopback ChatGPT simulator, which plays a hostile model: its shell
// call hunts files, environments, /proc/*/mem, SIGUSR1 + the inspector port, sudo, and writes the files the runner
// runs later. The same hunt without the isolation (Codex as the runner user) must find all of it: the control that
// shows this test can fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import {
  ensureSelfHostedRunner,
  ensureSudoRunner,
  TEST_SELF_HOSTED_AGENT,
  type SudoRunner,
  sudoRunnerUnavailable,
} from '../support/sudo-runner.js';
import { fakeCredential } from '../support/test-tokens.js';
import { driverConfig, hunt, type Job, makeJob, removeSharedApp, runDriver, sha } from './agent-user-job.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { daemonOf, killDaemons } from './codex-user-job.js';

const unavailable = sudoRunnerUnavailable();

afterAll(removeSharedApp);

let sim: ChatGptSimulator | null = null;
let job: Job | null = null;
const markers: string[] = [];
afterEach(async () => {
  // A failed run may leave the agent's daemon behind: stop it, and nothing else of the agent user (the tests of
  // other files use it at the same time).
  const left = markers.splice(0);
  if (unavailable === null)
    for (const user of ['codex-agent', TEST_SELF_HOSTED_AGENT]) killDaemons(user, left, 307);
  await sim?.close();
  if (job !== null) await fs.rm(job.root, { recursive: true, force: true });
  sim = null;
  job = null;
});

async function setUp(runner: SudoRunner, bin: string, isolate: boolean, user?: string) {
  const marker = `hunt-${randomBytes(6).toString('hex')}`;
  markers.push(marker);
  sim = await startChatGptSimulator({});
  job = await makeJob(runner, sim);
  sim.setToolCall(hunt(marker, job));
  const inputKey = fakeCredential('input-key-');
  const config = { ...driverConfig(job, sim, bin, isolate), ...(user === undefined ? {} : { user }) };
  const before = { post: sha(job.post), fileCommand: sha(job.fileCommand) };
  const secrets = [inputKey, job.key, ...job.tokens];
  const run = await runDriver(runner, job, config, inputKey);
  const seen = sim.toolOutputs.join('\n');
  return { marker, run, seen, before, secrets, job };
}

describe.skipIf(unavailable !== null)(
  `danger-full-access as a separate user${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    describe.each(CODEX_VERSIONS)('Codex $name', ({ bin }) => {
      it('the hostile agent finds no secret, cannot signal or read us, cannot sudo, changes nothing the runner runs', async () => {
        const runner = ensureSudoRunner();
        const { marker, run, seen, before, secrets, job: j } = await setUp(runner, bin, true);
        expect(run.out.error, run.stderr).toBeUndefined();
        expect(run.out.refused).toBeUndefined();
        expect(run.out.exitCode, run.stderr).toBe(0);
        // The hunt ran, as the agent user, to its end.
        expect(seen).toContain(marker);
        expect(seen).toMatch(/^hunt-done$/m);
        expect(seen).toMatch(/uid=\d+\(codex-agent\)/);
        for (const secret of secrets) {
          expect(seen.includes(secret), `the agent saw a secret (${secret.slice(0, 6)}…)`).toBe(false);
        }
        // Words the hunt prints on success, at a line start (the hunt's own text may show up in a process list).
        for (const word of [
          'MEM-OPENED',
          'USR1-SENT',
          'SUDO-WORKED',
          'POST-WRITTEN',
          'FILE-COMMAND-WRITTEN',
        ]) {
          expect(seen).not.toMatch(new RegExp(`^${word}`, 'm'));
        }
        expect(seen).not.toContain('"webSocketDebuggerUrl"');
        expect(run.out.inspector).toBeNull();
        expect({ post: sha(j.post), fileCommand: sha(j.fileCommand) }).toEqual(before);
        // What the agent made in the workspace is the runner's again; its leftover daemon was stopped.
        for (const made of ['agent-made.txt', 'agent-dir', 'agent-dir/f']) {
          expect(statSync(path.join(j.workspace, made)).uid).toBe(runner.uid);
        }
        expect(run.out.stopped).toBeGreaterThanOrEqual(1);
        expect(execFileSync('ps', ['-eo', 'user:32,args'], { encoding: 'utf8' })).not.toMatch(
          new RegExp(`codex-agent +${daemonOf(marker, 307)}`),
        );
        expect(run.out.returned).toMatchObject({ agentFilesRemain: false });
      }, 120_000);
    });

    it('a key file others may read: the probe refuses before Codex starts, naming the file', async () => {
      const runner = ensureSudoRunner();
      sim = await startChatGptSimulator({});
      job = await makeJob(runner, sim);
      await fs.chmod(job.stateDir, 0o755);
      await fs.chmod(job.keyFile, 0o644);
      const config = driverConfig(job, sim, CODEX_BIN, true);
      const run = await runDriver(runner, job, config, fakeCredential('input-key-'));
      expect(run.out.refused).toMatch(/danger-full-access refused: .*codex-agent can read .*state\/key/);
      expect(sim.responsesCount).toBe(0);
    }, 60_000);

    it('a daemon socket the agent could write (as an opened-up docker.sock is): the probe refuses', async () => {
      const runner = ensureSudoRunner();
      sim = await startChatGptSimulator({});
      job = await makeJob(runner, sim);
      const socket = path.join(job.root, 'daemon.sock');
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(socket, resolve));
      try {
        await fs.chmod(socket, 0o666);
        const base = driverConfig(job, sim, CODEX_BIN, true);
        const config = { ...base, runnerFiles: [...base.runnerFiles, socket] };
        const run = await runDriver(runner, job, config, fakeCredential('input-key-'));
        expect(run.out.refused).toMatch(/codex-agent can write .*daemon\.sock/);
        expect(sim.responsesCount).toBe(0);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    }, 60_000);

    it('no passwordless sudo and no codex-user: refused, saying why and what to do', async () => {
      ensureSudoRunner();
      sim = await startChatGptSimulator({});
      const nobody = { uid: 65534, gid: 65534 };
      job = await makeJob({ name: 'nobody', home: '/nonexistent', ...nobody }, sim);
      const run = await runDriver(nobody, job, driverConfig(job, sim, CODEX_BIN, true), 'x'.repeat(16));
      expect(run.out.refused).toMatch(/no passwordless sudo\) nor was one named: .*codex-user/);
      expect(sim.responsesCount).toBe(0);
    }, 60_000);

    it('self-hosted: a named user reached through `sudo -u` only; the agent finds nothing, its files stay usable', async () => {
      const runner = ensureSelfHostedRunner(TEST_SELF_HOSTED_AGENT);
      const agent = TEST_SELF_HOSTED_AGENT;
      const { run, seen, before, secrets, job: j } = await setUp(runner, CODEX_BIN, true, agent);
      expect(run.out.refused, run.stderr).toBeUndefined();
      expect(run.out.exitCode, run.stderr).toBe(0);
      expect(seen).toMatch(/^hunt-done$/m);
      for (const secret of secrets) expect(seen.includes(secret)).toBe(false);
      for (const word of ['MEM-OPENED', 'USR1-SENT', 'SUDO-WORKED', 'POST-WRITTEN', 'FILE-COMMAND-WRITTEN']) {
        expect(seen).not.toMatch(new RegExp(`^${word}`, 'm'));
      }
      expect({ post: sha(j.post), fileCommand: sha(j.fileCommand) }).toEqual(before);
      expect(run.out.stopped).toBeGreaterThanOrEqual(1);
      // No root to chown them back: the agent's files stay its own, and the default ACLs let the runner change them.
      expect(run.out.returned).toMatchObject({ chowned: 0, agentFilesRemain: true });
      expect(statSync(path.join(j.workspace, 'agent-made.txt')).uid).not.toBe(runner.uid);
      const append = spawnSync('sh', ['-c', 'echo more >> agent-dir/f && rm agent-made.txt'], {
        cwd: j.workspace,
        uid: runner.uid,
        gid: runner.gid,
      });
      expect(append.status, append.stderr.toString()).toBe(0);
    }, 120_000);

    it('a named user that is the step’s own user is refused', async () => {
      const runner = ensureSudoRunner();
      sim = await startChatGptSimulator({});
      job = await makeJob(runner, sim);
      const config = { ...driverConfig(job, sim, CODEX_BIN, true), user: runner.name };
      const run = await runDriver(runner, job, config, fakeCredential('input-key-'));
      expect(run.out.refused).toMatch(/codex-user codex-test-runner is the user this step runs as/);
      expect(sim.responsesCount).toBe(0);
    }, 60_000);

    it('control, no isolation (Codex as the runner user): the same hunt finds the secrets, our memory, sudo, post.js', async () => {
      const runner = ensureSudoRunner();
      const { run, seen, before, secrets, job: j } = await setUp(runner, CODEX_BIN, false);
      expect(run.out.exitCode, run.stderr).toBe(0);
      expect(seen).toMatch(/^hunt-done$/m);
      expect(seen).toContain(secrets[0]);
      expect(seen).toContain(j.key);
      expect(seen).toContain(j.tokens[0]);
      for (const word of ['MEM-OPENED', 'USR1-SENT', 'SUDO-WORKED', 'POST-WRITTEN', 'FILE-COMMAND-WRITTEN']) {
        expect(seen).toMatch(new RegExp(`^${word}`, 'm'));
      }
      expect(seen).toContain('"webSocketDebuggerUrl"');
      expect(sha(j.post)).not.toBe(before.post);
    }, 120_000);
  },
);
