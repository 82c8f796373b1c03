import { type CodexEvent, outputLines, progressLines, type RoundTripResult } from '../app/front-end.js';
import { logCodexLines, runnerMasks } from './runner-output.js';
import { readActionSettings, readSecretInputs } from './inputs.js';
import { readLaneSettings } from './lane-inputs.js';
import { addLanesSummary, runActionLanes, setLaneOutputs } from './lanes.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform, jobHomesDir } from './job-setup.js';
import { refuseUnsafeJobs } from '../app/job-safety.js';
import { hideSecretInputsFromProc, maskSecretInputs } from './masking.js';
import { setRoundTripOutputs, writeSummary } from './report.js';
import { saveActionState } from './state.js';
import { prepareJobHome } from './job-home.js';

// Codex's stderr echoes agent text and its events carry the agent's messages and commands: both reach the log
// only neutralised, or the agent could issue workflow commands in our step (see core/untrusted-text.ts).
const redact = (text: string): string => runnerMasks.redact(text);
const progress = {
  onEvent: (event: CodexEvent) => logCodexLines(progressLines(event, redact)),
  onOutput: (line: string) => logCodexLines(outputLines(line, redact)),
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
  saveActionState({ finished: false });
  const codexHome = await prepareJobHome(env, settings.store.stream);

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
