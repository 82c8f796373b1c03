import { UsageError } from '../core/errors.js';
import { persist } from '../app/persist.js';
import { whyNotOurHome } from '../app/job-homes.js';
import { createActionContext } from './action-context.js';
import { readSecretInputs, readStreamSettings } from './inputs.js';
import { maskSecretInputs } from './masking.js';
import { setRoundTripOutputs, writeSummary } from './report.js';
import { Inputs, readInput } from './settings.js';

/** persist/: write back what Codex refreshed, release the lock, remove the CODEX_HOME restore made. */
export async function runPersist(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = readInput(Inputs.codexHome) || env.CODEX_HOME;
  if (!codexHome) {
    throw new UsageError(
      'persist needs the CODEX_HOME that restore exported: run the restore action earlier in this job, or pass input codex-home.',
    );
  }
  // CODEX_HOME comes from the job's environment, which a step may have written (GITHUB_ENV): act only on a home
  // restore made, never rm -rf or store what another directory holds.
  const notOurs = await whyNotOurHome(codexHome, null, env);
  if (notOurs !== null) {
    throw new UsageError(
      `persist was given ${codexHome} as the CODEX_HOME, but ${notOurs}: nothing was persisted or removed. Pass the codex-home output of the restore action of this job (or leave codex-home empty to use the CODEX_HOME restore exported).`,
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persist({ codexHome, removeJobHome: true }, ctx);
  setRoundTripOutputs(result);
  await writeSummary(result, 'persist');
  if (result.error) throw result.error;
}
