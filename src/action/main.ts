import type { CodexEvent } from '../codex/codex-runner.js';
import { runCodex } from '../codex/run-codex.js';
import { describeEvent } from '../codex/codex-progress.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { runRoundTrip } from '../roundtrip/run-round-trip.js';
import { runTokenMode } from '../roundtrip/run-token-mode.js';
import { actionLogger, createActionContext } from './action-context.js';
import { readActionSettings, readSecretInputs, seedFromInputs } from './inputs.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform, jobCodexHome, refuseUnsafeJobs } from './job-setup.js';
import { maskSecretInputs } from './masking.js';
import { setRoundTripOutputs, writeSummary } from './report.js';
import { saveActionState } from './state.js';

const progress = {
  onEvent: (event: CodexEvent) => {
    const line = describeEvent(event);
    if (line) actionLogger.info(line);
  },
  onOutput: (line: string) => actionLogger.info(line),
};

/** The main step: restore, run Codex, persist, clean up. Post finishes whatever this could not. */
export async function runMain(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const settings = await readActionSettings(secrets, env);
  await refuseUnsafeJobs(settings, secrets.githubToken, env);
  const codexPath = await codexForJob(settings.codexVersion, env);
  const codexHome = jobCodexHome(env, settings.store.stream);
  saveActionState({ codexHome, finished: false });

  // What Codex gets whatever the credential mode.
  const codexRun = {
    codexPath,
    codexArgs: settings.codexExecArgs,
    codexHome,
    codexConfig: settings.codexConfig,
    baseEnv: env,
    cwd: settings.workingDirectory,
    ...progress,
  };
  let result: RoundTripResult;
  if (settings.mode === 'stream') {
    const ctx = await createActionContext(settings, secrets, env);
    result = await runRoundTrip(ctx, {
      ...codexRun,
      seed: seedFromInputs(settings, secrets),
      lockTimeoutMs: settings.lockTimeoutMs,
    });
  } else {
    result = await runTokenMode(runCodex, actionLogger, {
      variable: settings.mode === 'access-token' ? 'CODEX_ACCESS_TOKEN' : 'CODEX_API_KEY',
      token: settings.mode === 'access-token' ? secrets.accessToken : secrets.apiKey,
      ...codexRun,
    });
  }
  saveActionState({ finished: true });
  setRoundTripOutputs(result);
  await writeSummary(
    result,
    settings.mode === 'stream' ? 'run' : `run (${settings.mode} mode, nothing stored)`,
  );
  if (result.error) throw result.error;
}
