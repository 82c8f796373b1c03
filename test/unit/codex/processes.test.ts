// What /proc tells about a process (src/codex/processes.ts) and the members of a run that stopSession signals
// (src/codex/stop-session.ts), against real processes of this machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listPids, readStat } from '../../../src/codex/processes.js';
import { runMembers, stopSession } from '../../../src/codex/stop-session.js';
import { waitForExit } from '../../support/wait-for.js';

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** A `sleep` in a session of its own (as Codex runs), with the given environment. */
function sleeper(env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn('sleep', ['30'], {
    detached: true,
    stdio: 'ignore',
    env: { PATH: process.env.PATH, ...env },
  });
  started.push(child);
  return child;
}

describe('readStat', () => {
  it('reads session, group and start time of a process, and knows a user process from a kernel thread', () => {
    const child = sleeper();
    const stat = readStat(child.pid ?? -1);
    expect(stat).toMatchObject({ pid: child.pid, ppid: process.pid, sid: child.pid, pgid: child.pid });
    expect(stat?.kernelThread).toBe(false);
    expect(stat?.startTime).toMatch(/^\d+$/);
    expect(readStat(process.pid)?.kernelThread).toBe(false);
  });

  it('marks kernel threads, and only processes with no command line (a kernel thread has none)', (ctx) => {
    const kernel = listPids().filter((pid) => readStat(pid)?.kernelThread === true);
    if (kernel.length === 0) ctx.skip(); // a PID namespace that shows no kernel thread: nothing to check here
    // kthreadd, the parent of every kernel thread, is one, as is each of its children.
    const children = listPids().filter((pid) => readStat(pid)?.ppid === 2);
    expect(children.length).toBeGreaterThan(0);
    // (A thread that ended meanwhile reads as null.)
    for (const pid of children) expect(readStat(pid)?.kernelThread ?? true, `pid ${pid}`).toBe(true);
    for (const pid of kernel) {
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        // gone meanwhile
      }
      expect(cmdline, `pid ${pid}`).toBe('');
    }
  });
});

describe('runMembers', () => {
  it("finds the session's processes and ours running with the run's CODEX_HOME, no kernel thread", async () => {
    const home = `/nonexistent/codex-home-${process.pid}-${Date.now()}`;
    const leader = sleeper();
    const escaped = sleeper({ CODEX_HOME: home }); // left the session, kept the home in its environment
    const stranger = sleeper({ CODEX_HOME: `${home}-other` });
    const members = runMembers(leader.pid ?? -1, home);
    expect(members).toContain(leader.pid);
    expect(members).toContain(escaped.pid);
    expect(members).not.toContain(stranger.pid);
    expect(members.every((pid) => readStat(pid)?.kernelThread === false)).toBe(true);

    // The leader goes with its process group; the escaped one is signalled by pid.
    expect(await stopSession(leader.pid ?? -1, home)).toBeGreaterThanOrEqual(1);
    await Promise.all([waitForExit(leader.pid ?? -1, 5000), waitForExit(escaped.pid ?? -1, 5000)]);
    expect(stranger.exitCode).toBeNull();
  });
});
