import { readAuth } from '../../codex/codex-home.js';
import { describeBundleInto, reportPersisted } from '../result.js';
import { required, type RunState } from './run-state.js';

/**
 * Phase (run): persist what Codex left once it exited, wait for every write, and report what was persisted. A
 * refresh that failed left auth.json untouched: never store a bundle Codex could not refresh.
 */
export async function persistFinal(state: RunState): Promise<void> {
  const run = required(state.codexRun, "Codex's exit");
  const home = required(state.home, 'the home');
  const loaded = required(state.loaded, 'the loaded copy');
  const persister = required(state.persister, 'the Persister');
  const finalRaw = await readAuth(home.dir);
  if (!run.refreshFailure && finalRaw !== null) await persister.persist(finalRaw, 'the auth.json Codex left');
  await persister.settle();
  state.result.refreshFailure = run.refreshFailure;
  describeBundleInto(state.result, loaded.bundle, state.ctx.now());
  reportPersisted(state.result, persister, loaded, { seedWrittenHere: true, now: state.ctx.now() });
}
