import type { CodexEvent } from '../codex/codex-runner.js';
import { describeEvent } from '../codex/codex-progress.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { actionLogger } from './action-context.js';
import { readActionSettings, readSecretInputs } from './inputs.js';
import { readLaneSettings } from './lane-inputs.js';
import { addLanesSummary, runActionLanes, setLaneOutputs } from './lanes.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform, jobCodexHome, jobHomesDir, refuseUnsafeJobs } from './job-setup.js';
import { hideSecretInputsFromProc, maskSecretInputs } from './masking.js';
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
  const laneSettings = readLaneSettings(settings, secrets);
  hideSecretInputsFromProc(secrets, settings.seal.allowUnsealed);
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
    seal: settings.seal,
    sealPaths: [jobHomesDir(env)],
    runTimeoutMs: settings.runTimeoutMs,
    ...progress,
  };
  // One lane without the lanes input: the stream, or the token mode, exactly as before.
  const lanes = await runActionLanes(settings, secrets, laneSettings, codexHome, codexRun, env);
  const result: RoundTripResult = lanes.result;
  saveActionState({ finished: true });
  setRoundTripOutputs(result);
  setLaneOutputs(lanes);
  const tokenLane = lanes.lane !== null && !lanes.lane.startsWith('stream:');
  await writeSummary(result, tokenLane ? `run (${lanes.lane} mode, nothing stored)` : 'run', () =>
    addLanesSummary(lanes),
  );
  if (result.error) throw result.error;
}
