import * as core from '@actions/core';
import { DEFAULT_RESTORE_LEASE_MS } from '../core/backend-kinds.js';
import { restore, type RestoreUseCaseRequest } from '../app/restore.js';
import { createActionContext } from './action-context.js';
import { readSecretInputs, readStreamSettings, seedFromInputs } from './inputs.js';
import { DEFAULT_CODEX_VERSION } from './inputs.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform, jobHomesDir } from './job-setup.js';
import { refuseUnsafeJobs } from '../app/job-safety.js';
import { readSealRequest } from './seal-inputs.js';
import { maskSecretInputs } from './masking.js';
import { setRoundTripOutputs, writeSummary } from './report.js';
import { loadActionState } from './state.js';
import { prepareJobHome } from './job-home.js';
import { finishAndClean } from './finish.js';
import { Inputs, readBoolean, readInput, setOutputs } from './settings.js';

/** restore/: take the lock and leave auth.json in a CODEX_HOME that later steps of the job use. */
export async function runRestore(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = readStreamSettings(env, secrets);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
      allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents),
    },
    secrets.githubToken,
    env,
  );
  const codexHome = await prepareJobHome(env, settings.store.stream);
  const ctx = await createActionContext(settings, secrets, env);
  const codexConfig = readInput(Inputs.codexConfig);
  const request: RestoreUseCaseRequest = {
    seed: seedFromInputs(settings, secrets),
    codexHome,
    codexConfig: codexConfig === '' ? undefined : codexConfig,
    lockTimeoutMs: settings.lockTimeoutMs,
    leaseMs: DEFAULT_RESTORE_LEASE_MS,
    seal: readSealRequest(),
    // The probe runs the codex later steps will find on PATH (or the version asked for).
    codex: { path: await codexForJob(readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION, env) },
    baseEnv: env,
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    sealPaths: [jobHomesDir(env)],
  };
  const result = await restore(request, ctx);
  setRoundTripOutputs(result);
  if (result.error) {
    await writeSummary(result, 'restore');
    throw result.error;
  }
  core.exportVariable('CODEX_HOME', codexHome);
  setOutputs({ 'codex-home': codexHome });
}

/** restore/'s post: the safety net when the persist step never ran (a failed step in between). */
export async function runRestorePost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state = loadActionState();
  if (!state.codexHome) return;
  const result = await finishAndClean(
    { ...state, codexHome: state.codexHome },
    env,
    'the persist step did not run',
  );
  if (!result) return;
  await writeSummary(result, "persisted by the restore step's safety net");
  if (result.error) throw result.error;
}
