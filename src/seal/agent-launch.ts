import { listPids, readStat, uidOf } from '../codex/processes.js';
import { isRoot, runAsUser, SYSTEM_PATH, type UserIdentity } from './agent-commands.js';

// How Codex is started as the agent user, and how everything the agent started is stopped afterwards.
// The environment handed over is built from an allowlist, not scrubbed from ours: Codex is dumpable and its
// children share its uid, so anything in it is the agent's. Paired with the broker, it holds only placeholders'
// locations (CODEX_HOME, a public CA, loopback URLs), never a token, a key or a GitHub credential.

/** Variables Codex may get. Values must not be secret; names are matched exactly. */
export const AGENT_ENV_ALLOWLIST: readonly string[] = [
  'HOME',
  'CODEX_HOME',
  'CODEX_CA_CERTIFICATE',
  'CODEX_REFRESH_TOKEN_URL_OVERRIDE',
  'CODEX_REVOKE_TOKEN_URL_OVERRIDE',
  'CODEX_MANAGED_BY_NPM',
  'CODEX_MANAGED_PACKAGE_ROOT',
  'LANG',
  'LC_ALL',
  'TZ',
  'TERM',
  'NO_COLOR',
  'TMPDIR',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
  'CI',
  'GITHUB_ACTIONS',
  'GITHUB_WORKSPACE',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_REF',
];

/**
 * The allowlisted part of `env`, with the system PATH (the runner's PATH can point into its tool cache and
 * home; the agent gets the system's). What was left out is named (never its value) so a caller can say so.
 */
export function agentEnv(env: NodeJS.ProcessEnv): { env: Record<string, string>; dropped: string[] } {
  const out: Record<string, string> = { PATH: SYSTEM_PATH };
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name === 'PATH') continue;
    if (AGENT_ENV_ALLOWLIST.includes(name) && !value.includes('\0')) out[name] = value;
    else dropped.push(name);
  }
  return { env: out, dropped: dropped.sort() };
}

export interface SpawnPlan {
  readonly command: string;
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
  readonly uid?: number;
  readonly gid?: number;
}

/**
 * What to spawn so that `command args` runs as the agent with only the allowlisted environment: a uid/gid switch
 * when we are root; else `sudo -n -u <user> -- env -i <vars> command args` (sudo resets the environment
 * itself and closes every descriptor above 2, so none of our sockets or files reach the agent). The variables
 * sit in env's argv, visible in /proc/<pid>/cmdline to every user: another reason they must hold nothing secret.
 */
export function agentSpawnPlan(
  agent: UserIdentity,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  asRoot: boolean = isRoot(),
): SpawnPlan {
  const allowed = agentEnv(env).env;
  if (asRoot) return { command, args: [...args], env: allowed, uid: agent.uid, gid: agent.gid };
  const assignments = Object.entries(allowed).map(([name, value]) => `${name}=${value}`);
  return {
    command: 'sudo',
    args: ['-n', '-u', agent.name, '--', '/usr/bin/env', '-i', ...assignments, command, ...args],
    env: { PATH: SYSTEM_PATH, LANG: 'C.UTF-8' },
  };
}

/** The agent user's processes now, each as `pid:starttime` (a pid alone is reused). */
export function agentProcesses(agent: Pick<UserIdentity, 'uid'>): Set<string> {
  const out = new Set<string>();
  for (const pid of listPids()) {
    if (uidOf(pid) !== agent.uid) continue;
    const stat = readStat(pid);
    if (stat !== null && stat.state !== 'Z') out.add(`${pid}:${stat.startTime}`);
  }
  return out;
}

/** The pids of the agent user's processes that were not in `before`. */
export function newAgentPids(agent: Pick<UserIdentity, 'uid'>, before: ReadonlySet<string>): string[] {
  return [...agentProcesses(agent)].filter((id) => !before.has(id)).map((id) => id.split(':')[0] ?? '');
}

/**
 * SIGKILLs every process of the agent user that was not in `before` (taken just before Codex started), until
 * none is left or `timeoutMs` passed: the agent may have left daemons (setsid, nohup) that outlive Codex and
 * would otherwise keep working after the job's secret steps. Returns how many were signalled. We cannot signal
 * another user's processes ourselves, so the kill runs as the agent (or as root when we are root).
 */
export async function stopAgentProcesses(
  agent: UserIdentity,
  before: ReadonlySet<string>,
  timeoutMs = 3000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let signalled = 0;
  for (;;) {
    const left = newAgentPids(agent, before);
    if (left.length === 0 || Date.now() > deadline) return signalled;
    if (isRoot()) {
      for (const pid of left) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
      }
    } else {
      // The kill itself is a new agent process, not in the list: it ends by itself.
      await runAsUser(agent, ['kill', '-KILL', '--', ...left]);
    }
    signalled += left.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
