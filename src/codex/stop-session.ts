import { isOurs, listPids, readEnvVar, readStat } from './processes.js';

// Codex runs as the leader of its own session (spawned detached: setsid), and whatever it starts stays in that
// session unless it calls setsid itself. Its process GROUP is not enough: Codex's sandbox launchers
// (codex-linux-sandbox, then bwrap for the file-system helper) move into process groups of their own, so
// `kill(-pid)` misses them, and those helpers outlive `codex exec` (measured with 0.169.0 and 0.171.0: one or two
// bwrap processes per run, parent gone, still in Codex's session). The sandboxed commands that do call setsid
// (bwrap --new-session) live in a PID namespace whose init is one of those bwrap processes: killing it ends them.
// A session id cannot be handed to a new process while any member of the session lives (the kernel keeps the
// pid in use), so "every process of session <Codex's pid>" names this run's processes and nothing else.
// What an unsandboxed agent starts with setsid leaves the session, but keeps Codex's environment: a process of
// ours whose CODEX_HOME is this run's private home (a fresh directory per run) is this run's too.

const POLL_MS = 20;

/** Live (non-zombie) processes of the session led by `sid` (if any), or of ours running with CODEX_HOME=`home`. */
export function runMembers(sid: number | null, home: string | null): number[] {
  const members: number[] = [];
  for (const pid of listPids()) {
    if (pid === process.pid) continue;
    const stat = readStat(pid);
    // Kernel threads (most of /proc on a small machine) are skipped before their owner and environment are read:
    // the scan runs on the way out of every run.
    if (stat === null || stat.state === 'Z' || stat.kernelThread) continue;
    if (stat.sid === sid || (home !== null && isOurs(pid) && readEnvVar(pid, 'CODEX_HOME') === home)) {
      members.push(pid);
    }
  }
  return members;
}

/**
 * SIGKILLs every process left in the session (and process group) `leader` led, and every one running with this
 * CODEX_HOME, until none is left or `timeoutMs` passed (a helper Codex was still forking when it exited can
 * appear after the first pass). Returns how many processes it signalled. Refuses this process's own session.
 * With `leader` null only the CODEX_HOME match counts (a leader that can no longer be proven to be Codex).
 */
export async function stopSession(
  leader: number | null,
  home: string | null = null,
  timeoutMs = 2000,
): Promise<number> {
  if (leader !== null && readStat(process.pid)?.sid === leader) return 0;
  try {
    if (leader !== null) process.kill(-leader, 'SIGKILL');
  } catch {
    // The group is gone (or we are not on a system with process groups).
  }
  let signalled = 0;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const members = runMembers(leader, home);
    if (members.length === 0 || Date.now() > deadline) return signalled;
    for (const pid of members) {
      try {
        process.kill(pid, 'SIGKILL');
        signalled += 1;
      } catch {
        // Exited meanwhile.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
