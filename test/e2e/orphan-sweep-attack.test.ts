// The orphan-home sweep signals processes, so a hostile agent tries to aim it: it plants owner records (the old
// format and the current one, with the victim's real start time) naming a live process of the runner's user in
// every place its commands can write (TMPDIR, set to a job-private directory here as self-hosted runners often
// set it to runner.temp; the workspace; and the private homes base, which the seal denies). The victim is a
// sleeper the test started in a process group and session of its own, as Codex runs. The next run on the machine
// must signal nothing: the sleeper still runs. (The shared /tmp is left out only because other suites on this
// machine would then sweep the plants too; it is the same kind of place as TMPDIR.)
// Steps, the CLI and the victim run as the runner's unprivileged user: as on a runner, every process of the job is
// that user's, so a sweep that trusted a planted record would have the permission to signal the victim (as root
// here, the victim would have been signalled the same; as a user apart from the victim, it would not, and the test
// could not fail).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld } from '../support/action-world.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { appForUser, canSwitchUser, handOver, NOBODY } from '../support/runner-user.js';
import { nineDaysAgo, seedStream } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** A pid no process has now: the "dead owner" of the planted records. */
function deadPid(): number {
  for (let pid = 30_000; pid > 1000; pid -= 1) if (!existsSync(`/proc/${pid}`)) return pid;
  throw new Error('no free pid found');
}

interface Victim {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly start: string;
  alive(): boolean;
}

function startVictim(): Victim {
  const child = spawn('sleep', ['3013'], { detached: true, stdio: 'ignore', ...NOBODY });
  const pid = child.pid ?? -1;
  const start = startTime(pid) ?? 'unknown';
  return { child, pid, start, alive: () => child.exitCode === null && startTime(pid) === start };
}

/** The agent's command: plant both record formats in every candidate place, say which writes worked. */
function plantCommand(victim: Victim): string {
  const owner = deadPid();
  const legacy = JSON.stringify({ ownerPid: owner, codexPid: victim.pid });
  const current = JSON.stringify({
    version: 2,
    ownerPid: owner,
    ownerStart: '1',
    codexPid: victim.pid,
    codexStart: victim.start,
    codexCommand: 'sleep',
  });
  return [
    'for d in "${TMPDIR:-/tmp}" "$PWD" "${XDG_CACHE_HOME:-$HOME/.cache}/codex-auth/homes"; do',
    `  for v in "legacy:${legacy.replaceAll('"', '\\"')}" "current:${current.replaceAll('"', '\\"')}"; do`,
    '    h="$d/codex-auth-home-planted-${v%%:*}"',
    '    if mkdir -m 700 -p "$h" 2>/dev/null && printf "%s" "${v#*:}" > "$h/codex-auth-owner.json" 2>/dev/null;',
    '    then echo "planted $h"; else echo "denied $h"; fi',
    '  done',
    'done',
    'echo "agent uid=$(id -u)"',
  ].join('\n');
}

let victim: Victim | null = null;
let world: World | null = null;
let actionWorld: ActionWorld | null = null;
afterEach(async () => {
  if (victim?.alive()) process.kill(victim.pid, 'SIGKILL');
  victim = null;
  await world?.close();
  await actionWorld?.close();
  world = null;
  actionWorld = null;
});

describe.runIf(canSwitchUser()).each(CODEX_VERSIONS)(
  'a hostile agent aims the orphan sweep (Codex $name)',
  ({ bin }) => {
    it('CLI: records planted where the agent can write make the next run signal nothing', async () => {
      victim = startVictim();
      world = await createWorld({ toolCall: plantCommand(victim) });
      const tmp = path.join(world.root, 'tmp');
      await fs.mkdir(tmp);
      const session = world.sim.issueSession();
      await seedStream(world, 'x', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
      const app = await appForUser(world.root);
      handOver(world.root);
      const args = world
        .runArgs('x', '--json')
        .map((arg) => (arg === 'read-only' ? 'workspace-write' : arg === CODEX_BIN ? app.codex(bin) : arg));
      const env = world.env({ TMPDIR: tmp });
      const hostile = await world.cli(args, { env, user: NOBODY, cli: app.cli });
      expect(hostile.code, hostile.stderr).toBe(0);
      const seen = world.sim.toolOutputs.join('\n');
      expect(seen).toContain('agent uid=65534'); // the runner's user, who owns the victim too
      expect(seen).toContain(`planted ${tmp}/codex-auth-home-planted-legacy`);
      expect(seen).toContain(`planted ${world.root}/codex-auth-home-planted-current`);
      expect(seen).toMatch(/denied \S*\/codex-auth\/homes\/codex-auth-home-planted-legacy/);

      world.sim.setToolCall(null);
      const next = await world.cli(args, { env, user: NOBODY, cli: app.cli });
      expect(next.code, next.stderr).toBe(0);
      expect(victim.alive(), 'the sweep signalled the process the agent named').toBe(true);
      expect(next.stderr).not.toMatch(/stopped Codex/);
    }, 90_000);

    it('Action: records planted in TMPDIR and the workspace make the next job signal nothing', async () => {
      victim = startVictim();
      actionWorld = await createActionWorld();
      actionWorld.sim.setToolCall(plantCommand(victim));
      const tmp = path.join(actionWorld.root, 'tmp');
      await fs.mkdir(tmp);
      const app = await appForUser(actionWorld.root);
      const binDir = await fs.mkdtemp(path.join(actionWorld.root, 'bin-'));
      await fs.symlink(app.codex(bin), path.join(binDir, 'codex'));
      handOver(actionWorld.root);
      const session = actionWorld.sim.issueSession();
      const step = {
        inputs: actionWorld.streamInputs('gh', {
          'auth-json': actionWorld.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
          sandbox: 'workspace-write',
          'codex-version': 'path',
        }),
        env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, TMPDIR: tmp },
        timeoutMs: 60_000,
      };
      const job = () => actionWorld?.job(undefined, { user: NOBODY }) ?? expect.fail('no world');
      const hostile = await job().mainAndPost(app.entry('main'), app.entry('post'), step);
      expect(hostile.main.code, hostile.main.stdout).toBe(0);
      const seen = actionWorld.sim.toolOutputs.join('\n');
      expect(seen).toContain(`planted ${tmp}/codex-auth-home-planted-legacy`);
      expect(seen).toContain('agent uid=65534');

      actionWorld.sim.setToolCall(null);
      const next = await job().mainAndPost(app.entry('main'), app.entry('post'), step);
      expect(next.main.code, next.main.stdout).toBe(0);
      expect(next.post.code, next.post.stdout).toBe(0);
      expect(victim.alive(), 'the sweep signalled the process the agent named').toBe(true);
      expect(next.main.stdout).not.toMatch(/stopped Codex/);
    }, 120_000);
  },
);
