import { readAuth } from '../../codex/codex-home.js';
import { describeBundleInto, reportPersisted } from '../result.js';
import { required, type RunState } from './run-state.js';

/**
 * Phase (run): persist what Codex left once it exited, wait for every write, and report what was persisted. A
 * refresh that failed left auth.json untouched: never store a bundle Codex could not refresh.
 */
export async function persistFinal(state: RunState): Promise<void> {
  const run = deadLoginOf(state);
  const home = required(state.home, 'the home');
  const loaded = required(state.loaded, 'the loaded copy');
  const persister = required(state.persister, 'the Persister');
  const broker = state.broker;
  // With the broker, auth.json holds placeholders: the newest real login is the broker's (a refresh whose save
  // failed during the run is tried once more here). Without it, what Codex left in auth.json.
  const finalRaw = broker ? (broker.currentBundle()?.raw ?? null) : await readAuth(home.dir);
  if (!run.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, 'the auth.json Codex left');
  await persister.settle();
  state.result.refreshFailure = run.refreshFailure;
  describeBundleInto(state.result, loaded.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded, { seedWrittenHere: true, now: state.ctx.now() });
}

/**
 * Codex's exit, with a refresh the broker saw refused for good counted as a refresh failure even when Codex's own
 * message did not name it (the broker passes upstream's answer through verbatim, so Codex usually does).
 */
function deadLoginOf(state: RunState): NonNullable<RunState['codexRun']> {
  const run = required(state.codexRun, "Codex's exit");
  if (run.refreshFailure || !state.broker?.loginDead()) return run;
  state.codexRun = { ...run, refreshFailure: 'refresh_failed' };
  return state.codexRun;
}
