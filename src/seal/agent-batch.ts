import { SealError } from '../core/errors.js';
import { firstLine, runAsUser, runPrivileged, type UserIdentity } from './agent-commands.js';
import {
  PROBE_SCRIPT,
  probeArgs,
  probeReport,
  type ProbeReport,
  type ProbeTargets,
} from './agent-user-probe.js';
import type { AgentHome } from './agent-user.js';

// Every sudo is a program start with its PAM session and its log line (about 20-40 ms each on a loaded runner), so
// the isolation acts as the agent once to set up (its home and the probe) and once to finish (kill what it left,
// remove its home), and as root once to give every shared directory back: 4 sudo calls a run instead of about 10.

// `mktemp` and `mkdir` first: the first line says where the home is (or the script stops), the probe follows.
const SET_UP_SCRIPT = `root=$(mktemp -d /tmp/codex-agent.XXXXXXXXXX) && mkdir -m 0700 "$root/home" "$root/codex-home" || exit 97
echo "home $root"
${PROBE_SCRIPT}`;

/**
 * As the agent, in one call: make its private home (a fresh 0700 directory in /tmp) and run the probe. Throws
 * SealError when the agent cannot be reached (a sudo rule is missing) or the home cannot be made.
 */
export async function setUpAsAgent(
  agent: UserIdentity,
  targets: ProbeTargets,
): Promise<{ home: AgentHome; probe: ProbeReport }> {
  const started = Date.now();
  const args = probeArgs(targets);
  const result = await runAsUser(agent, ['sh', '-c', SET_UP_SCRIPT, 'probe', ...args], { cwd: '/' });
  const root = /^home (\/tmp\/codex-agent\.[A-Za-z0-9]+)$/m.exec(result.stdout)?.[1];
  if (root === undefined) {
    if (result.code === 97) {
      throw new SealError(`cannot make a private home for ${agent.name} in /tmp (${firstLine(result)}).`);
    }
    throw new SealError(
      `this step cannot run commands as ${agent.name} (${firstLine(result)}): allow it without a password, e.g. a ` +
        `sudoers rule "<runner user> ALL=(${agent.name}) NOPASSWD: ALL".`,
    );
  }
  const home = { root, home: `${root}/home`, codexHome: `${root}/codex-home` };
  if (result.code !== 0) {
    await removeAgentHomeAndKill(agent, home, []);
    throw new SealError(`the isolation probe could not run as ${agent.name}: ${firstLine(result)}`);
  }
  return { home, probe: probeReport(agent, targets, result.stdout, Date.now() - started) };
}

/** As the agent, in one call: SIGKILL `pids` (what it left running) and remove its home. */
export async function removeAgentHomeAndKill(
  agent: UserIdentity,
  home: AgentHome,
  pids: readonly string[],
): Promise<void> {
  const script =
    'if [ "$#" -gt 1 ]; then h=$1; shift; kill -KILL -- "$@" 2>/dev/null; set -- "$h"; fi; rm -rf --one-file-system "$1"';
  await runAsUser(agent, ['sh', '-c', script, 'finish', home.root, ...pids]);
}

/**
 * As root, in one call: give every file the agent owns under `dirs` back to the runner user (find -xdev, chown -h:
 * symlinks are never followed). Returns how many were given back in each directory, in order.
 */
export async function chownBack(
  agent: Pick<UserIdentity, 'uid'>,
  runner: Pick<UserIdentity, 'uid' | 'gid'>,
  dirs: readonly string[],
): Promise<number[]> {
  const script =
    'u=$1; o=$2; shift 2; for d in "$@"; do ' +
    'n=$(find "$d" -xdev -user "$u" -exec chown -h "$o" -- {} + -print0 | tr -cd "\\0" | wc -c); echo "$n"; done';
  const owner = `${runner.uid}:${runner.gid}`;
  const result = await runPrivileged(['sh', '-c', script, 'chown-back', String(agent.uid), owner, ...dirs]);
  const counts = result.stdout.trim().split('\n').map(Number);
  return dirs.map((_, i) => (Number.isInteger(counts[i]) ? (counts[i] ?? 0) : 0));
}
