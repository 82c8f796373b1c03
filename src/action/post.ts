import { finishAndClean } from './finish.js';
import { loadActionState } from './state.js';

/** Runs after the job's steps, even when main failed or the job was cancelled (post-if: always()). */
export async function runPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(
    { ...state, codexHome: state.codexHome },
    env,
    'the main step did not finish its round trip',
  );
  if (!result) return;
  const { setRoundTripOutputs, writeSummary } = await import('./report.js');
  setRoundTripOutputs(result);
  await writeSummary(result, 'finished by the post step');
  if (result.error) throw result.error;
}
