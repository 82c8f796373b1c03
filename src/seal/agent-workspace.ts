import { statSync } from 'node:fs';
import path from 'node:path';
import { SealError } from '../core/errors.js';
import { firstLine, runCommand, runPrivileged, type UserIdentity } from './agent-commands.js';

// The agent must work in the workspace, and the steps after it (as the runner user) must keep working with what it
// left there. ACLs do both without touching the runner's own modes or owners: the agent gets rwX on the tree, and
// default ACLs make every file created during the run (by either user) rw for both. After the run, files the agent
// created are given back to the runner user when we can act as root, and the agent's entries are removed, so the
// workspace is the runner's again. Ownership (a chown to the agent) would break later steps that are not root;
// a shared group would need the runner's umask and setgid directories to cooperate.

export interface WorkspaceGrant {
  readonly workspace: string;
  /** Ancestors that got an execute-only entry for the agent, to take back afterwards. */
  readonly ancestors: readonly string[];
}

/** Lets `agent` read and write `workspace` (and search the directories above it that we own). */
export async function grantWorkspace(
  agent: UserIdentity,
  runner: Pick<UserIdentity, 'uid'>,
  workspace: string,
): Promise<WorkspaceGrant> {
  const dir = path.resolve(workspace);
  const spec = `u:${agent.uid}:rwX,d:u:${agent.uid}:rwX,d:u:${runner.uid}:rwX`;
  const tree = await runCommand('setfacl', ['-R', '-m', spec, '--', dir]);
  if (tree.spawnError === 'ENOENT') {
    throw new SealError(
      'setfacl is not installed: install the acl package (apt-get install acl) on this runner.',
    );
  }
  if (tree.code !== 0) {
    // A file another step made as root: only root may change its ACL.
    const again = await runPrivileged(['setfacl', '-R', '-m', spec, '--', dir]);
    if (again.code !== 0) {
      throw new SealError(`cannot give ${agent.name} access to the workspace ${dir}: ${firstLine(again)}`);
    }
  }
  const ancestors: string[] = [];
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const info = statSync(current);
    if ((info.mode & 0o001) !== 0) continue;
    // Only search (x) is granted, never listing: the agent can reach the workspace, not browse our home.
    const set = await runCommand('setfacl', ['-m', `u:${agent.uid}:x`, '--', current]);
    if (set.code !== 0) {
      throw new SealError(
        `${agent.name} cannot reach the workspace: ${current} is not searchable by others and not ours ` +
          `(${firstLine(set)}); move the workspace or allow others to search ${current}.`,
      );
    }
    ancestors.push(current);
  }
  return { workspace: dir, ancestors };
}

export interface WorkspaceReturn {
  /** Files and directories the agent created that were given back to the runner user. */
  readonly chowned: number;
  /** True when some of the agent's files stay its own (no root): they stay usable through the default ACLs. */
  readonly agentFilesRemain: boolean;
}

/**
 * After the run (the agent's processes stopped, its files given back by chownBack when we can act as root): the
 * agent's ACL entries go, so the workspace is the runner's again.
 */
export async function returnWorkspace(
  agent: UserIdentity & { readonly privileged: boolean },
  grant: WorkspaceGrant,
  chowned: number,
): Promise<WorkspaceReturn> {
  const remove = ['-R', '-x', `u:${agent.uid},d:u:${agent.uid}`, '--', grant.workspace];
  const removed = await runCommand('setfacl', remove);
  if (removed.code !== 0 && agent.privileged) await runPrivileged(['setfacl', ...remove]);
  for (const dir of grant.ancestors) await runCommand('setfacl', ['-x', `u:${agent.uid}`, '--', dir]);
  const left = await runCommand('find', [
    grant.workspace,
    '-xdev',
    '-user',
    String(agent.uid),
    '-print',
    '-quit',
  ]);
  return { chowned, agentFilesRemain: left.stdout.trim() !== '' };
}
