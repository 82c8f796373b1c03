import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodexSpawnPlan } from '../codex/codex-runner.js';
import { chownBack, removeAgentHomeAndKill, setUpAsAgent } from './agent-batch.js';
import { agentProcesses, agentSpawnPlan, newAgentPids, stopAgentProcesses } from './agent-launch.js';
import { assertIsolated, ourProcessChain, type ProbeReport, socketsHere } from './agent-user-probe.js';
import {
  type AgentHome,
  type AgentUser,
  DEFAULT_AGENT_USER,
  prepareAgentUser,
  writeAgentFile,
} from './agent-user.js';
import { type AgentUserLock, lockAgentUser } from './agent-user-lock.js';
import {
  grantWorkspace,
  returnWorkspace,
  type WorkspaceGrant,
  type WorkspaceReturn,
} from './agent-workspace.js';

// The one call the round trip makes for a full-access run: find or make the agent user, give it the workspace and
// a home, prove the isolation, and hand back what starting and ending Codex need. Everything secret stays with
// the caller (the broker): what goes into the agent's CODEX_HOME must be placeholders.

export interface IsolationRequest {
  /** A user named by codex-user / --codex-user; else `codex-agent`, created where we have root or sudo. */
  readonly user?: string;
  readonly optionName?: string;
  readonly workspace: string;
  /** Paths the agent must not read: the envelope key file, the state dir, our private homes base. */
  readonly secrets: readonly string[];
  /** Paths the agent must not write: the action's dist/, the file-command files, our private homes base. */
  readonly runnerFiles: readonly string[];
  /** The runner user's home, whose usual credential files are checked too. Default: os.homedir(). */
  readonly runnerHome?: string;
  /**
   * The agent user's lock (agent-user-lock.ts), taken by the caller before its other locks so that they are always
   * taken in one order; released by finish or a failed set-up. Without it, taken here (bounded by lockTimeoutMs).
   */
  readonly lock?: AgentUserLock | null;
  readonly lockTimeoutMs?: number;
}

export interface AgentIsolation {
  readonly agent: AgentUser;
  /** The agent's own HOME and CODEX_HOME (0700, its own). */
  readonly home: AgentHome;
  readonly probe: ProbeReport;
  /** Lets the agent read and write `dir` too (the run's CODEX_HOME), given back by finish like the workspace. */
  share(dir: string): Promise<void>;
  /** Writes a file into the agent's CODEX_HOME (config.toml, the placeholders' auth.json, the broker's CA). */
  writeCodexFile(name: string, content: string): Promise<void>;
  /** For CodexRunRequest.spawnAs: starts Codex as the agent with only allowlisted variables. */
  spawnAs(command: string, args: readonly string[], env: NodeJS.ProcessEnv): CodexSpawnPlan;
  /** After Codex: stop what the agent left running, give the workspace back, remove the agent's home. */
  finish(): Promise<{ readonly stopped: number; readonly workspace: WorkspaceReturn }>;
}

/**
 * Credential files tools leave in a home, often world-readable (`.npmrc`, `.netrc`...). The workspace grant gives
 * the agent search access to the runner's home when the workspace is below it, so these are probed too.
 */
export function homeCredentialFiles(home: string): string[] {
  return [
    '.codex',
    '.npmrc',
    '.netrc',
    '.git-credentials',
    '.docker/config.json',
    '.config/gh/hosts.yml',
    '.aws/credentials',
    '.kube/config',
    '.ssh',
    '.gnupg',
  ]
    .map((name) => path.join(home, name))
    .filter((file) => existsSync(file));
}

/** Sets up and proves the isolation, or throws SealError (exit 7) having undone what it set up. */
export async function isolateAgent(request: IsolationRequest): Promise<AgentIsolation> {
  const lock =
    request.lock !== undefined
      ? request.lock
      : await lockAgentUser({
          user: request.user ?? DEFAULT_AGENT_USER,
          optionName: request.optionName ?? 'codex-user',
          timeoutMs: request.lockTimeoutMs ?? 600_000,
        });
  try {
    return await isolateLocked(request, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function isolateLocked(request: IsolationRequest, lock: AgentUserLock | null): Promise<AgentIsolation> {
  const runner = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
  const agent = await prepareAgentUser({
    ...(request.user === undefined ? {} : { user: request.user }),
    ...(request.optionName === undefined ? {} : { optionName: request.optionName }),
  });
  const grant = await grantWorkspace(agent, runner, request.workspace);
  const shared: WorkspaceGrant[] = [];
  let home: AgentHome | null = null;
  try {
    const setUp = await setUpAsAgent(agent, {
      pids: ourProcessChain(),
      secrets: [...request.secrets, ...homeCredentialFiles(request.runnerHome ?? os.homedir())],
      runnerFiles: request.runnerFiles,
      sockets: socketsHere(),
      workspace: grant.workspace,
    });
    home = setUp.home;
    const { probe } = setUp;
    assertIsolated(probe);
    const madeHome = home;
    let before = agentProcesses(agent);
    return {
      agent,
      home: madeHome,
      probe,
      async share(dir) {
        shared.push(await grantWorkspace(agent, runner, dir));
      },
      writeCodexFile: (name, content) => writeAgentFile(agent, path.join(madeHome.codexHome, name), content),
      spawnAs(command, args, env) {
        // What the agent user runs from now on is this run's.
        before = agentProcesses(agent);
        return agentSpawnPlan(agent, command, args, env);
      },
      async finish() {
        try {
          // One call as the agent kills what it left and removes its home; another round only for stragglers.
          const left = newAgentPids(agent, before);
          await removeAgentHomeAndKill(agent, madeHome, left);
          const stopped = left.length + (await stopAgentProcesses(agent, before));
          const grants = [grant, ...shared];
          const counts = agent.privileged
            ? await chownBack(
                agent,
                runner,
                grants.map((g) => g.workspace),
              )
            : grants.map(() => 0);
          const returned = await Promise.all(grants.map((g, i) => returnWorkspace(agent, g, counts[i] ?? 0)));
          return { stopped, workspace: returned[0] ?? { chowned: 0, agentFilesRemain: false } };
        } finally {
          // Only now may another run use the agent user: nothing of ours is left for its finish to kill.
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await returnWorkspace(agent, grant, 0);
    if (home !== null) await removeAgentHomeAndKill(agent, home, []);
    throw error;
  }
}
