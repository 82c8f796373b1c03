import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { removeCodexHome } from '../codex/codex-home.js';
import { persistStream } from '../roundtrip/split-round-trip.js';
import { createActionContext } from './action-context.js';
import { readSecretInputs, readStreamSettings } from './inputs.js';
import { maskSecretInputs } from './masking.js';
import { setRoundTripOutputs, writeSummary } from './report.js';

/** persist/: write back what Codex refreshed, release the lock, remove the CODEX_HOME restore made. */
export async function runPersist(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  const codexHome = core.getInput('codex-home') || env.CODEX_HOME;
  if (!codexHome) {
    throw new UsageError(
      'persist needs the CODEX_HOME that restore exported: run the restore action earlier in this job, or pass input codex-home.',
    );
  }
  const ctx = await createActionContext(readStreamSettings(env, secrets), secrets, env);
  const result = await persistStream(ctx, codexHome);
  if (!result.error || result.error.exitCode !== 2) await removeCodexHome(codexHome);
  setRoundTripOutputs(result);
  await writeSummary(result, 'persist');
  if (result.error) throw result.error;
}
