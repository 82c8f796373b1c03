import type { SealRequest } from '../core/seal-request.js';
import { socketsHere } from './agent-user-probe.js';
import type { IsolationPlan } from './isolated-access.js';
import type { SealedConfig } from './seal-config.js';

// workspace-write with network, Codex as this user (no codex-user): what the agent's commands could still reach is
// the network, this machine's loopback and its unix sockets. With the broker holding the login nothing secret sits
// in CODEX_HOME or the environment, so the network only lets the agent use the session through the broker, on its
// allowlisted paths, while the run lasts. What remains is root: a root daemon's socket (docker, containerd,
// podman, buildkit, the runner's rootless docker/podman) starts a root container that reads everything. Each one
// present gets a deny entry (the profile makes the path unreachable: connect answers EACCES, measured on 0.169.0
// and 0.171.0), and the seal probe tries to connect to each before the model is called. Only sockets that exist
// get an entry: a machine without them pays no deny cost. The list is the isolation's (agent-user-facts.ts).

/**
 * True when a sandboxed run with network goes ahead sealed: the broker holds the login, Codex runs as this user,
 * nothing else unseals it, and the user did not opt in (the opt-in keeps its meaning: an unsealed run). Paths
 * without the broker (restore/persist, tokenBroker off) keep the refusal.
 */
export function networkSealedByBroker(
  config: Pick<SealedConfig, 'profile' | 'network' | 'unsealedBy'>,
  seal: Pick<SealRequest, 'allowUnsealed'>,
  isolation: IsolationPlan | undefined,
): boolean {
  return (
    config.network &&
    config.profile !== null &&
    config.unsealedBy.length === 0 &&
    isolation?.requested !== true &&
    isolation?.brokerHoldsLogin === true &&
    !seal.allowUnsealed
  );
}

/** The root daemon sockets present here, which the profile denies and the probe tries (src/seal/agent-user-facts.ts). */
export function socketsToClose(): string[] {
  return socketsHere();
}

/** The fix when the probe connected to a socket the deny entry should have closed. */
export function socketFix(names: SealRequest['names']): string {
  return ` With network on, a root daemon's socket is root on this machine. Run Codex as a separate user (${names.codexUser}), turn network access off, or set ${names.optIn} if you accept that.`;
}

/** The run's line about what network access leaves the agent (no secret in it: paths only). */
export function networkNote(sockets: readonly string[]): string {
  const closed =
    sockets.length === 0 ? 'none present here' : `denied and proven closed: ${sockets.join(', ')}`;
  return `seal: network access with the broker holding the login: the agent can use the session through the broker on its allowlisted paths while the run lasts; root daemon sockets ${closed}.`;
}
