import * as core from '@actions/core';
import { escapeHtml } from '../app/html.js';
import { raiseLaneAlert } from '../app/lane-alert.js';
import { type RunResult, runJob } from '../app/run.js';
import { ACTION_VOCABULARY } from '../app/vocabulary.js';
import type { CodexEvent, LanesResult } from '../app/front-end.js';
import type { SealRequest } from '../core/seal-request.js';
import { createActionContext } from './action-context.js';
import { actionLogger, runnerMasks } from './runner-output.js';
import { type ActionSettings, readStreamSettings, type SecretInputs, seedFromInputs } from './inputs.js';
import { prepareJobHome } from './job-home.js';
import type { LaneSettings } from './lane-inputs.js';
import { setOutputs } from './settings.js';

export interface CodexRunShape {
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  readonly codexConfig: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly onEvent: (event: CodexEvent) => void;
  readonly onOutput: (line: string) => void;
  readonly seal: SealRequest;
  readonly sealPaths: readonly string[];
  readonly runTimeoutMs: number;
}

/**
 * The job on its lanes (app/run.ts). The first home was prepared (state, proof, owner record) by main; each
 * further lane prepares its own here, saved for post before it is used.
 */
export async function runActionLanes(
  settings: ActionSettings,
  secrets: SecretInputs,
  laneSettings: LaneSettings,
  firstCodexHome: string,
  codexRun: CodexRunShape,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  let firstHome: string | null = firstCodexHome;
  const result = await runJob(
    {
      ...codexRun,
      lanes: laneSettings.lanes,
      waitForResetMs: laneSettings.waitForResetMs,
      usageWarningPercent: laneSettings.usageWarningPercent,
      seed: seedFromInputs(settings, secrets),
      tokens: { 'api-key': secrets.apiKey, 'access-token': secrets.accessToken },
      lockTimeoutMs: settings.lockTimeoutMs,
      reportPreviousWrite: true,
    },
    {
      vocabulary: ACTION_VOCABULARY,
      log: actionLogger,
      secrets: runnerMasks,
      primaryStream: settings.store.stream,
      storeKind: settings.store.kind,
      streamContext: (stream) =>
        createActionContext(
          stream === settings.store.stream
            ? settings
            : { ...settings, ...readStreamSettings(env, secrets, stream) },
          secrets,
          env,
        ),
      homeFor: async (lane) => {
        const home =
          firstHome ?? (await prepareJobHome(env, lane.kind === 'stream' ? lane.stream : lane.kind));
        firstHome = null;
        return home;
      },
      onDeadLogin: laneSettings.alert
        ? (lane, dead) =>
            raiseLaneAlert(lane, dead, {
              githubToken: secrets.githubToken,
              storeKind: settings.store.kind,
              env,
              log: actionLogger,
            })
        : undefined,
    },
  );
  if (result.usageWarning) core.warning(result.usageWarning);
  return result;
}

/** Which lane ran and the lanes tried, as outputs (names and reasons only, never a token). */
export function setLaneOutputs(lanes: LanesResult): void {
  setOutputs({ lane: lanes.lane ?? '', 'lanes-tried': JSON.stringify(lanes.attempts) });
}

/** The lanes part of the summary: one row per lane tried, and why it was left. */
export function addLanesSummary(lanes: RunResult): void {
  const previous = lanes.previousWrite;
  if (previous) {
    const writer = /^https:\/\/[^\s"<>]+$/.test(previous.writer)
      ? `<a href="${previous.writer}">${escapeHtml(previous.writer)}</a>`
      : escapeHtml(previous.writer);
    core.summary.addRaw(
      `<p>Previous write of stream <code>${escapeHtml(previous.stream)}</code>: generation ${previous.generation}, ${escapeHtml(previous.writtenAt)}, by ${writer}.</p>`,
    );
  }
  if (lanes.attempts.length <= 1 && lanes.lane !== null) return;
  core.summary
    .addHeading('Lanes tried', 4)
    .addTable([
      ['lane', 'outcome', 'why it was left', 'resets at'].map((data) => ({ data, header: true })),
      ...lanes.attempts.map((attempt) => [
        attempt.lane,
        attempt.outcome,
        runnerMasks.redact(attempt.reason ?? '-'),
        attempt.resetsAt ?? '-',
      ]),
    ]);
}
