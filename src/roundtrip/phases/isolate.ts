import { realpathSync } from 'node:fs';
import path from 'node:path';
import { runnerFileCommandPaths } from '../../codex/codex-env.js';
import { CODEX_USER_CREATE, type SealRequest } from '../../core/seal-request.js';
import { type AgentIsolation, isolateAgent } from '../../seal/agent-isolation.js';
import { DEFAULT_AGENT_USER } from '../../seal/agent-user.js';
import { lockAgentUser } from '../../seal/agent-user-lock.js';
import { needsIsolation } from '../../seal/isolated-access.js';
import { required, type RunState } from './run-state.js';

// Codex as a separate user (codex-user), as phases of run: the isolation is set up and proven while the lock is
// taken and the store read (like the seal probe), shared with the run's CODEX_HOME once the login is in it, and
// undone through state.stops whatever fails: the agent's processes killed, the workspace given back.

export interface IsolateRequest {
  readonly seal: SealRequest;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  /** The Action: the directory of every job's private home; never the agent's to read. */
  readonly sealPaths?: readonly string[] | undefined;
  /** Bounds the wait for another run that uses the same agent user, like the stream's lock. */
  readonly lockTimeoutMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** The directory of the code this process runs (the action's dist/, the CLI's bundle): the agent must not write it. */
function ourCodeDir(): string[] {
  const entry = process.argv[1];
  if (entry === undefined) return [];
  try {
    return [path.dirname(realpathSync(entry))];
  } catch {
    return [];
  }
}

/** Phase (run): with codex-user, and a sandbox choice that needs it, start setting up the agent user. */
export async function startIsolation(state: RunState, request: IsolateRequest): Promise<void> {
  const user = request.seal.codexUser;
  const sealing = required(state.sealing, 'the seal planned');
  if (user === undefined) return;
  if (!needsIsolation(sealing.plan.config)) {
    state.ctx.log.info(
      `${request.seal.names.codexUser}: ${sealing.plan.config.mode} is sandboxed, so Codex runs as this user.`,
    );
    return;
  }
  const started = performance.now();
  // Taken before the stream's lock, awaited here, so that every run takes the two in the same order (no deadlock
  // between two runs of one stream); released by the isolation's finish (or its failed set-up).
  const lock = await lockAgentUser({
    user: user === CODEX_USER_CREATE ? DEFAULT_AGENT_USER : user,
    optionName: request.seal.names.codexUser,
    timeoutMs: request.lockTimeoutMs ?? 0,
    owner: state.ctx.writer,
    onWait: (message) => state.ctx.log.info(message),
    signal: request.signal,
    env: request.baseEnv,
  });
  const pending = isolateAgent({
    lock,
    ...(user === CODEX_USER_CREATE ? {} : { user }),
    optionName: request.seal.names.codexUser,
    workspace: request.cwd ?? process.cwd(),
    secrets: [...(state.ctx.store.privatePaths ?? []), ...(request.sealPaths ?? [])],
    runnerFiles: [...runnerFileCommandPaths(request.baseEnv), ...ourCodeDir()],
  }).then((isolation) => ({ isolation, setupMs: Math.round(performance.now() - started) }));
  pending.catch(() => undefined); // awaited by awaitIsolation, or by the stop below
  state.isolating = pending;
  // Registered now, so that the isolation is undone whichever phase fails: kill what the agent left running,
  // give the workspace and the home back, remove the agent's home.
  state.stops.unshift(async () => {
    const ready = await pending.catch(() => null);
    if (ready === null) return;
    const from = performance.now();
    const finished = await ready.isolation.finish();
    if (state.result.isolation) {
      Object.assign(state.result.isolation, {
        stopped: finished.stopped,
        chowned: finished.workspace.chowned,
        finishMs: Math.round(performance.now() - from),
      });
    }
  });
}

/**
 * Phase (run): wait for the isolation (proven, or a SealError that refuses the run) and share the run's
 * CODEX_HOME with the agent user: it holds the login now (placeholders once the broker holds it).
 */
export async function awaitIsolation(state: RunState): Promise<void> {
  if (state.isolating === null) return;
  const waitFrom = performance.now();
  const { isolation, setupMs } = await state.isolating;
  await isolation.share(required(state.home, 'the home').dir);
  state.isolation = isolation;
  state.result.isolation = {
    user: isolation.agent.name,
    created: isolation.agent.created,
    setupMs,
    probeMs: isolation.probe.ms,
    waitMs: Math.round(performance.now() - waitFrom),
    ptraceScope: isolation.probe.ptraceScope.note,
    stopped: null,
    chowned: null,
    finishMs: null,
  };
}

/** Codex's spawn as the agent: its own HOME; no TMPDIR or XDG dirs of ours, which it cannot write. */
export function spawnAsAgent(isolation: AgentIsolation): NonNullable<AgentIsolation['spawnAs']> {
  return (command, args, env) =>
    isolation.spawnAs(command, args, {
      ...env,
      HOME: isolation.home.home,
      TMPDIR: undefined,
      XDG_CONFIG_HOME: undefined,
      XDG_CACHE_HOME: undefined,
      XDG_DATA_HOME: undefined,
      XDG_STATE_HOME: undefined,
    });
}
