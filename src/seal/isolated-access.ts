import { SealError } from '../core/errors.js';
import type { SealInputNames, SealRequest } from '../core/seal-request.js';
import type { SandboxMode, SealedConfig } from './seal-config.js';

// When Codex runs as a separate user (codex-user), full access and network access no longer hand the agent this
// process, sudo, the docker socket or the runner's files: the isolation is proven on the machine before Codex
// starts (agent-user-probe.ts). What it does not change is CODEX_HOME: the agent user reads it, so it must hold
// placeholders, not the real login, and that is the broker's work (issue 18 item 1).

/**
 * Isolated full access requires the broker: without the broker holding the login, isolation alone does not make
 * full access safe (the agent user reads auth.json in CODEX_HOME), so it stays behind the opt-in. A run has the
 * broker unless it was switched off (RunRequest.tokenBroker), and then says so in IsolationPlan.brokerHoldsLogin.
 */
export const ISOLATED_FULL_ACCESS_NEEDS_BROKER = true;

/** What the run knows about the isolation when the seal is planned (plain data, decided by the round trip). */
export interface IsolationPlan {
  /** codex-user is set and this round trip runs Codex as that user. */
  readonly requested: boolean;
  /** The broker holds the login: CODEX_HOME holds placeholders only. */
  readonly brokerHoldsLogin: boolean;
}

/** Whether a sandbox choice is one that needs the isolation (no sandbox, or the host's network). */
export function needsIsolation(config: Pick<SealedConfig, 'profile' | 'network'>): boolean {
  return config.profile === null || config.network;
}

/**
 * Refuses (SealError, exit 7) an unsandboxed or networked run that is neither isolated with the broker nor opted
 * in, saying why and what to do. Returns quietly when the run may go ahead.
 */
export function checkUnsealed(
  config: Pick<SealedConfig, 'profile' | 'network' | 'mode'>,
  seal: SealRequest,
  isolation: IsolationPlan,
): void {
  if (!needsIsolation(config) || seal.allowUnsealed) return;
  const { names } = seal;
  if (!isolation.requested && seal.codexUser !== undefined) {
    throw new SealError(
      `refused before Codex ran: ${describe(config)}: ${names.codexUser} applies to a stream's run only (not ` +
        `restore or the token lanes), so here Codex would run as this user. Use read-only or workspace-write ` +
        `(${names.sandbox}), or set ${names.optIn} if you accept that the agent reads what this user can.`,
    );
  }
  if (!isolation.requested) throw new SealError(unsealedRefusal(config.mode, config.profile === null, names));
  if (ISOLATED_FULL_ACCESS_NEEDS_BROKER && !isolation.brokerHoldsLogin) {
    throw new SealError(
      `refused before Codex ran: ${describe(config)} with ${names.codexUser} needs the broker: the agent user ` +
        "reads Codex's CODEX_HOME, and without the broker it holds the real ChatGPT login (its refresh token is " +
        `the whole session). Set ${names.optIn} as well if you accept that the agent reads the login (it still ` +
        'cannot reach this process, the key, the GitHub token, sudo or the runner’s files), or use read-only or ' +
        `workspace-write (${names.sandbox}).`,
    );
  }
}

function describe(config: Pick<SealedConfig, 'profile' | 'mode'>): string {
  return config.profile === null ? config.mode : 'network access';
}

/** The warning and the report's reason for a run that goes ahead unsandboxed or with network. */
export function unsealedNote(
  config: Pick<SealedConfig, 'profile' | 'network' | 'mode'>,
  seal: SealRequest,
  isolated: boolean,
): { warning: string; reason: string } {
  const what = describe(config);
  if (isolated) {
    const login = seal.allowUnsealed
      ? `it can read the ChatGPT login in CODEX_HOME (${seal.names.optIn})`
      : 'CODEX_HOME holds placeholders only';
    return {
      warning: `${what}: Codex runs as a separate user (${seal.names.codexUser}), which cannot reach this job's processes, sudo, root daemon sockets or the runner's files; ${login}; the run is not sealed.`,
      reason: `${what} (separate user${seal.allowUnsealed ? ', opted in' : ''})`,
    };
  }
  const reach = config.profile === null ? '' : "'s loopback";
  return {
    warning: `${what} with ${seal.names.optIn}: the agent's commands can read this job's ChatGPT login and anything else on the machine${reach}; the run is not sealed.`,
    reason: `${what} (opted in)`,
  };
}

function unsealedRefusal(mode: SandboxMode, unsandboxed: boolean, names: SealInputNames): string {
  const what = unsandboxed
    ? `${mode} runs the agent's commands without any sandbox: they can read the ChatGPT login in auth.json (its refresh token is the whole session), the envelope key, the seed and the GitHub token through this job's processes (/proc/<pid>/environ), and every file this user can read`
    : "network access lets the agent's commands reach this machine's loopback (127.0.0.1), where the runner and other local services listen, and send anything they read anywhere";
  return `refused before Codex ran: ${what}. Use read-only or workspace-write (${names.sandbox}), run Codex as a separate user (${names.codexUser}), or set ${names.optIn} if you accept that.`;
}
