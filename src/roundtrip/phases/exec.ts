import { watchAuthFile } from '../../codex/auth-watcher.js';
import type { CodexEvent } from '../../codex/codex-runner.js';
import { recordOwner } from '../../codex/orphan-homes.js';
import { Persister } from '../persister.js';
import { reportProtection } from './broker.js';
import { saveSplitState } from '../split-state.js';
import { readUsageFacts } from '../usage-limit.js';
import { spawnAsAgent } from './isolate.js';
import { settleProof } from './seal.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

export interface ExecRequest {
  readonly codexPath: string;
  readonly cwd?: string | undefined;
  /** Codex is stopped after this long (default: no limit). */
  readonly runTimeoutMs?: number | undefined;
  readonly onEvent?: ((event: CodexEvent) => void) | undefined;
  readonly onOutput?: ((line: string) => void) | undefined;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Phase (run): from here on every refresh is persisted the moment Codex rewrites auth.json, so if this process
 * dies after a refresh the rotated token is already in the store. The Persister is the state's: the token broker
 * persists each refresh it relays through it, before Codex gets its new placeholders.
 */
export async function watchAndPersist(state: RunState): Promise<void> {
  const home = required(state.home, 'the home');
  const loaded = required(state.loaded, 'the loaded copy');
  const splitState = required(state.splitState, 'the split state');
  const persister = new Persister(state.ctx, loaded, (written) =>
    saveSplitState(home.dir, { ...splitState, ...written }),
  );
  state.persister = persister;
  // With the broker, auth.json holds placeholders: never persist them. Refreshes reach the store through the broker.
  if (state.broker) return;
  const watcher = watchAuthFile(home.dir, (raw) => persister.persist(raw, 'the auth.json Codex wrote'), {
    initialText: loaded.bundle.raw,
  });
  state.stops.push(() => watcher.close());
}

/** Phase: run `codex exec` with the sealed arguments; then stop what ran alongside it and read plan usage. */
export async function execCodex(state: RunState<PhaseContext>, request: ExecRequest): Promise<void> {
  const home = required(state.home, 'the home');
  const sealed = required(state.sealed, 'the seal');
  const signal = stopIfRefused(state, request.signal);
  const run = await state.ctx.runCodex({
    codexPath: request.codexPath,
    args: sealed.args,
    env: required(state.codexEnv, "Codex's environment"),
    ...(request.cwd ? { cwd: request.cwd } : {}),
    ...(request.onEvent ? { onEvent: request.onEvent } : {}),
    ...(request.onOutput ? { onOutput: request.onOutput } : {}),
    ...(signal ? { signal } : {}),
    ...(request.runTimeoutMs === undefined ? {} : { timeoutMs: request.runTimeoutMs }),
    ...(state.isolation === null ? {} : { spawnAs: spawnAsAgent(state.isolation) }),
    onSpawn: (pid, command) => {
      // Codex takes over 100 ms to its first request: time this process would spend idle.
      setImmediate(() => state.broker?.warmUp());
      if (state.homeRecorded) void recordOwner(home.dir, { pid, command }).catch(() => undefined);
    },
  });
  state.codexRun = run;
  await settleProof(state);
  await stopAlongside(state);
  // Codex's rollout file lives in the private home: read plan usage before the home is removed.
  // The broker saw the backend's x-codex-* headers: plan usage even with --ephemeral (no rollout file).
  state.usage = await readUsageFacts(
    home.dir,
    run,
    state.startedAt,
    state.ctx.log,
    state.broker?.planUsage(),
  );
  Object.assign(state.result, {
    codexExitCode: run.exitCode,
    finalMessage: run.finalMessage,
    usage: run.usage,
    ...state.usage,
  });
  reportProtection(state);
}

/** Codex started before the seal's proof was in: stop it the moment the probe fails (the broker relayed nothing). */
function stopIfRefused(
  state: RunState<PhaseContext>,
  signal: AbortSignal | undefined,
): AbortSignal | undefined {
  if (state.proof === null) return signal;
  const refused = new AbortController();
  state.proof.catch(() => refused.abort());
  return signal ? AbortSignal.any([signal, refused.signal]) : refused.signal;
}

/** Stops what a phase started alongside Codex, newest first. Never throws: it also runs on the way out. */
export async function stopAlongside(state: RunState<PhaseContext>): Promise<void> {
  for (let stop = state.stops.pop(); stop; stop = state.stops.pop()) await stop().catch(() => undefined);
}
