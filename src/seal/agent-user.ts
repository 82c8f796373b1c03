import { SealError } from '../core/errors.js';
import {
  type CommandResult,
  firstLine,
  isRoot,
  runAsUser,
  runCommand,
  runPrivileged,
  type UserIdentity,
} from './agent-commands.js';
import { isValidUserName, privilegedGroupsIn, readSudo, type SudoAccess } from './agent-user-facts.js';

// Under danger-full-access nothing stands between the agent and the user Codex runs as: as our own user it reads
// our dumpable processes' /proc/<pid>/environ, opens Node's inspector with SIGUSR1, uses our sudo and docker group,
// and rewrites files the runner runs later. Running Codex as another, unprivileged user closes all of these at
// once with the kernel's plainest rule (another uid). This file finds or makes that user; agent-user-probe.ts
// proves on the machine that the separation holds before Codex starts.

/** The user made on runners with passwordless sudo (GitHub-hosted ones) when none is named. */
export const DEFAULT_AGENT_USER = 'codex-agent';

export interface AgentUser extends UserIdentity {
  /** This call created the user (useradd); false when it existed already. */
  readonly created: boolean;
  /** How we act as the user and as root: `root` (we are root) or `sudo`. */
  readonly via: 'root' | 'sudo';
  /** Whether we can act as root (to chown the agent's files back after the run). */
  readonly privileged: boolean;
}

export interface AgentUserRequest {
  /** A user named by the codex-user input / --codex-user flag; it must exist already. */
  readonly user?: string;
  /** How the front end spells the option, for messages (`codex-user` or `--codex-user`). */
  readonly optionName?: string;
}

/** `id` of a user, or null when there is none by that name. */
export async function lookUpUser(name: string): Promise<(UserIdentity & { groups: string }) | null> {
  const [uid, gid, groups] = await Promise.all([
    runCommand('id', ['-u', name]),
    runCommand('id', ['-g', name]),
    runCommand('id', ['-Gn', name]),
  ]);
  if (uid.code !== 0 || gid.code !== 0 || groups.code !== 0) return null;
  return {
    name,
    uid: Number(uid.stdout.trim()),
    gid: Number(gid.stdout.trim()),
    groups: groups.stdout.trim(),
  };
}

/** Whether we (not the agent) may use sudo without a password. */
export async function ourSudo(): Promise<SudoAccess> {
  return readSudo(await runCommand('sudo', ['-n', 'true']));
}

/**
 * The user Codex will run as: the one named (it must exist, be unprivileged and be reachable with `sudo -n -u`),
 * or `codex-agent`, created when missing where we have root or passwordless sudo. Refuses (SealError, exit 7) with
 * what to do when neither works, so that full access is never granted on an isolation that is not there.
 */
export async function prepareAgentUser(request: AgentUserRequest = {}): Promise<AgentUser> {
  const option = request.optionName ?? 'codex-user';
  const name = request.user ?? DEFAULT_AGENT_USER;
  // The two questions go out together: each is a program start, and on a loaded runner that is what costs.
  const [sudo, existing] = await Promise.all([
    isRoot() ? ('passwordless' as const) : ourSudo(),
    isValidUserName(name) ? lookUpUser(name) : null,
  ]);
  const privileged = isRoot() || sudo === 'passwordless';
  const via = isRoot() ? 'root' : 'sudo';
  const me = process.getuid?.() ?? -1;
  if (request.user === undefined && !privileged) {
    throw new SealError(
      'danger-full-access runs Codex as a separate user, and this runner can neither create one (no passwordless ' +
        `sudo) nor was one named: create an unprivileged user, allow \`sudo -n -u <user>\` to it, and name it with ` +
        `${option}; or use sandbox workspace-write.`,
    );
  }
  if (!isValidUserName(name)) {
    throw new SealError(
      `${option} ${JSON.stringify(name)} is not a user name (lower-case letters, digits, _ and -).`,
    );
  }
  let found = existing;
  let created = false;
  if (found === null && request.user !== undefined) {
    throw new SealError(
      `${option} ${name} does not exist on this machine: create it first (useradd ${name}).`,
    );
  }
  if (found === null) {
    created = await createUser(name);
    found = await lookUpUser(name);
    if (found === null)
      throw new SealError(`the user ${name} could not be created: check useradd on this runner.`);
  }
  if (found.uid === 0 || found.uid === me) {
    throw new SealError(
      `${option} ${name} is ${found.uid === 0 ? 'root' : 'the user this step runs as'}: Codex must run as ` +
        'another, unprivileged user, or the agent reaches this process.',
    );
  }
  const groups = privilegedGroupsIn(found.groups);
  if (groups.length > 0) {
    throw new SealError(
      `the user ${name} is in the group(s) ${groups.join(', ')}, which give root or the machine's logs: ` +
        `remove it from them (gpasswd -d ${name} <group>) or name another user with ${option}.`,
    );
  }
  // Whether sudo lets us act as the user is answered by the set-up's first call as it (agent-batch.ts).
  return { name, uid: found.uid, gid: found.gid, created, via, privileged };
}

/** useradd, tolerating a parallel job that created the same user first (exit 9: already exists). */
async function createUser(name: string): Promise<boolean> {
  // Its own group, a home of its own, bash (Codex runs commands with the user's login shell), no other groups.
  const result = await runPrivileged([
    'useradd',
    '--create-home',
    '--user-group',
    '--shell',
    '/bin/bash',
    name,
  ]);
  if (result.code === 0) return true;
  if (result.code === 9) return false;
  throw new SealError(`useradd ${name} failed (${firstLine(result)}): create the user by hand or name one.`);
}

/** Where the agent's own HOME and CODEX_HOME live: a fresh 0700 directory the agent owns, in the system tmp. */
export interface AgentHome {
  readonly root: string;
  readonly home: string;
  readonly codexHome: string;
}

/** Writes a file the agent owns (0600): through the agent itself, so it works without root too. */
export async function writeAgentFile(agent: UserIdentity, file: string, content: string): Promise<void> {
  const script = 'umask 077 && cat > "$1"';
  await expectOk(runAsUser(agent, ['sh', '-c', script, 'write', file], { input: content }), `write ${file}`);
}

async function expectOk(pending: Promise<CommandResult>, what: string): Promise<void> {
  const result = await pending;
  if (result.code !== 0) throw new SealError(`${what} as the agent user failed: ${firstLine(result)}`);
}
