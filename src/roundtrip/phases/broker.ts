import { parse, stringify } from 'smol-toml';
import { startBroker } from '../../broker/index.js';
import { readCodexConfig, writeCodexConfig } from '../../codex/codex-home.js';
import { brokerUpstreamOf } from '../broker-upstream.js';
import { untrustedLines } from '../../core/untrusted-text.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

// The token broker in the run (issue 18): Codex gets placeholders, the broker's CA and URLs; the real login stays
// in this process. Refreshes Codex asks for reach the store through the broker, persisted before Codex gets its new
// placeholders (docs/broker.md).

export interface BrokerPhaseRequest {
  /** The user's config.toml: its chatgpt_base_url / openai_base_url are the broker's upstream. */
  readonly codexConfig?: string | undefined;
  /** The caller's environment: refresh/revoke URL overrides, CODEX_CA_CERTIFICATE, HTTPS_PROXY. */
  readonly baseEnv: NodeJS.ProcessEnv;
  /** false: no broker (see RunRequest.tokenBroker). */
  readonly tokenBroker?: boolean | undefined;
}

/**
 * Phase (run, after the load, before materialise): start the broker with the loaded login. Its `persist` goes
 * through the state's Persister (store, high-water mark, split state), which exists before Codex can ask for a
 * refresh. Its CA certificate (public) goes into the private home. It stops with the other things alongside Codex.
 */
export async function startRunBroker(state: RunState, request: BrokerPhaseRequest): Promise<void> {
  if (request.tokenBroker === false) return;
  const home = required(state.home, 'the home');
  const loaded = required(state.loaded, 'the loaded copy');
  const broker = await startBroker({
    credential: { kind: 'chatgpt', bundle: loaded.bundle },
    ...(await brokerUpstreamOf(request.codexConfig, request.baseEnv)),
    persist: async (bundle) => {
      const persister = required(state.persister, 'the Persister');
      await persister.persist(bundle.raw, 'the login the token broker refreshed');
      // Persister.persist never throws; the broker must know, so Codex keeps its old placeholders.
      if (persister.error) throw persister.error;
    },
    log: state.ctx.log,
    secrets: state.ctx.secrets,
    dir: home.dir,
    // Nothing reaches upstream (the model included) before the seal is proven: Codex may start before that.
    gate: required(state.sealing, 'the seal started').done,
  });
  state.broker = broker;
  state.stops.push(() => broker.close());
}

/**
 * Phase (run, once the seal wrote config.toml): point Codex at the broker. Its entries are merged into the sealed
 * config.toml (they name no sandbox setting, so the profile the probe proved is unchanged), and its CA and URL
 * overrides replace the user's in Codex's environment; the user's values are the broker's upstream instead.
 */
export async function pointCodexAtBroker(state: RunState): Promise<void> {
  const broker = state.broker;
  if (broker === null) return;
  const home = required(state.home, 'the home');
  const doc = parse((await readCodexConfig(home.dir)) ?? '') as Record<string, unknown>;
  for (const [key, value] of Object.entries(broker.codexConfig)) {
    const own = doc[key];
    doc[key] =
      typeof value === 'object' && own !== null && typeof own === 'object' ? { ...own, ...value } : value;
  }
  await writeCodexConfig(home.dir, stringify(doc));
  const env = { ...required(state.codexEnv, "Codex's environment") };
  // Codex reaches the broker on 127.0.0.1 directly, never through the user's proxy (the broker uses it upstream).
  for (const name of ['NO_PROXY', 'no_proxy']) {
    const kept = env[name];
    if (kept !== undefined || name === 'NO_PROXY') env[name] = kept ? `${kept},127.0.0.1` : '127.0.0.1';
  }
  state.codexEnv = { ...env, ...broker.codexEnv };
}

/**
 * Into the result, once Codex exited: which protection the run had and the broker's request log. Paths are what
 * Codex (or an agent using the broker) asked for: made printable here, once, for every front end.
 */
export function reportProtection(state: RunState<PhaseContext>): void {
  const seal = state.result.seal;
  const broker = state.broker;
  const unsealed = broker && state.isolation ? 'broker+separate-user' : 'none';
  state.result.protection = seal === null ? null : !seal.sealed ? unsealed : broker ? 'broker' : 'deny-read';
  state.result.brokerLog = (broker?.requestLog() ?? []).map((entry) => ({
    ...entry,
    path: untrustedLines(entry.path, { maxLineLength: 200, maxLines: 1 })[0] ?? '',
  }));
}
