import * as core from '@actions/core';
import type { CodexEvent } from '../codex/codex-runner.js';
import { runCodex } from '../codex/run-codex.js';
import { UsageError } from '../core/errors.js';
import { type LaneSpec, laneName } from '../core/lane-spec.js';
import { currentWorkflowRun } from '../github/workflow-run.js';
import type { KeepFreshRow } from '../app/keep-fresh.js';
import { type LanesResult, runLanes } from '../roundtrip/lanes.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { runRoundTrip } from '../roundtrip/run-round-trip.js';
import { runTokenMode } from '../roundtrip/run-token-mode.js';
import type { SealRequest } from '../roundtrip/seal.js';
import { lowUsageWarning } from '../roundtrip/usage-limit.js';
import { actionLogger, createActionContext, runnerMasks } from './action-context.js';
import { type ActionSettings, readStreamSettings, type SecretInputs, seedFromInputs } from './inputs.js';
import type { LaneSettings } from './lane-inputs.js';

import { prepareJobHome } from './job-home.js';

/** The write the job started from, for the summary's link to the previous writer. */
export interface PreviousWrite {
  readonly stream: string;
  readonly generation: number;
  readonly writtenAt: string;
  readonly writer: string;
}

export interface ActionLanesResult extends LanesResult {
  readonly previousWrite: PreviousWrite | null;
}

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
 * The job on its lanes: the primary stream (or token mode) first, then each fallback in order. Each stream lane is
 * its own round trip (own lock, own store entry, own private CODEX_HOME, saved for post before it is used).
 */
export async function runActionLanes(
  settings: ActionSettings,
  secrets: SecretInputs,
  laneSettings: LaneSettings,
  firstCodexHome: string,
  codexRun: CodexRunShape,
  env: NodeJS.ProcessEnv,
): Promise<ActionLanesResult> {
  await refuseUnknownStreams(laneSettings.lanes, settings, secrets, env);
  let codexHome: string | null = firstCodexHome;
  // The first home was prepared (state, proof, owner record) by main; each further lane prepares its own.
  const nextHome = async (lane: LaneSpec): Promise<string> => {
    const home = codexHome ?? (await prepareJobHome(env, lane.kind === 'stream' ? lane.stream : lane.kind));
    codexHome = null;
    return home;
  };
  const tokens = new Set(
    laneSettings.lanes.filter((lane) => lane.kind !== 'stream').map((lane) => lane.kind),
  );
  // A token a fallback lane uses must not reach a stream lane's Codex (it would win over auth.json).
  const streamEnv = Object.fromEntries(
    Object.entries(env).filter(
      ([name]) =>
        !(tokens.has('api-key') && name === 'CODEX_API_KEY') &&
        !(tokens.has('access-token') && name === 'CODEX_ACCESS_TOKEN'),
    ),
  );
  let previousWrite: PreviousWrite | null = null;
  const run = async (lane: LaneSpec, onEvent: (event: CodexEvent) => void): Promise<RoundTripResult> => {
    const home = await nextHome(lane);
    previousWrite = null;
    if (lane.kind === 'stream') {
      const primary = lane.stream === settings.store.stream;
      const laneStream = primary
        ? settings
        : { ...settings, ...readStreamSettings(env, secrets, lane.stream) };
      const ctx = await createActionContext(laneStream, secrets, env);
      // Metadata only, read before the lock: it names who wrote the copy this job is about to use.
      const before = await ctx.store.read().catch(() => null);
      if (before) {
        previousWrite = {
          stream: lane.stream,
          generation: before.generation,
          writtenAt: before.writtenAt,
          writer: before.writer,
        };
      }
      return runRoundTrip(ctx, {
        ...codexRun,
        baseEnv: streamEnv,
        codexHome: home,
        onEvent,
        seed: primary ? seedFromInputs(settings, secrets) : undefined,
        lockTimeoutMs: laneStream.lockTimeoutMs,
      });
    }
    return runTokenMode(runCodex, actionLogger, runnerMasks, {
      variable: lane.kind === 'access-token' ? 'CODEX_ACCESS_TOKEN' : 'CODEX_API_KEY',
      token: lane.kind === 'access-token' ? secrets.accessToken : secrets.apiKey,
      ...codexRun,
      codexHome: home,
      onEvent,
    });
  };
  const lanes = await runLanes({
    lanes: laneSettings.lanes,
    runLane: run,
    // The agent's progress: without it the log showed nothing of what the agent did.
    onEvent: codexRun.onEvent,
    waitForResetMs: laneSettings.waitForResetMs,
    log: actionLogger,
    onDeadLogin: laneSettings.alert
      ? (lane, result) => raiseReseedAlert(lane, result, secrets, env)
      : undefined,
  });
  const warning = lowUsageWarning(lanes.lane ?? 'the job', lanes.result, laneSettings.usageWarningPercent);
  if (warning) core.warning(warning);
  return { ...lanes, previousWrite };
}

/**
 * A fallback stream must already hold a login: it is never seeded from this job's auth-json (that belongs to the
 * primary stream), so an empty one is a typo or a stream nobody set up, and it is refused before anything runs.
 */
async function refuseUnknownStreams(
  lanes: readonly LaneSpec[],
  settings: ActionSettings,
  secrets: SecretInputs,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  for (const lane of lanes) {
    if (lane.kind !== 'stream' || lane.stream === settings.store.stream) continue;
    const ctx = await createActionContext(
      { ...settings, ...readStreamSettings(env, secrets, lane.stream) },
      secrets,
      env,
    );
    if ((await ctx.store.read()) === null) {
      throw new UsageError(
        `input lanes: lane ${laneName(lane)} is an unknown stream: its ${ctx.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream} ...), or fix the name.`,
      );
    }
  }
}

/** keep-fresh's reseed alert, for a fallback lane whose login turned out dead. */
async function raiseReseedAlert(
  lane: LaneSpec,
  result: RoundTripResult,
  secrets: SecretInputs,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (lane.kind !== 'stream') return;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const row: KeepFreshRow = {
    stream: lane.stream,
    healthy: false,
    refreshed: false,
    persisted: false,
    generation: result.generation,
    lastRefresh: result.lastRefreshAfter,
    accessTokenExpiresAt: result.accessTokenExpiresAt,
    nextRefresh: result.nextRefresh,
    lastWriter: null,
    exitCode: result.error?.exitCode ?? 3,
    problem: result.error?.message ?? null,
    reseedNeeded: true,
    planUsage: result.planUsage,
    usageLimited: false,
    resetsAt: null,
  };
  // Loaded only when a dead lane raises an alert: the main step's start-up does not carry Octokit.
  const [{ createOctokit }, { syncAlert }] = await Promise.all([
    import('../github/octokit.js'),
    import('../app/alerts.js'),
  ]);
  const outcome = await syncAlert(
    createOctokit({ token: secrets.githubToken, baseUrl: env.GITHUB_API_URL }),
    { owner, repo },
    row,
    {
      runUrl: currentWorkflowRun(env)?.url ?? null,
      reseedCommand: `codex-auth seed --force --store ${core.getInput('store') || 'git-ref'} --repo ${env.GITHUB_REPOSITORY} --stream ${lane.stream} --auth-file ~/.codex/auth.json`,
      now: new Date(),
    },
  );
  actionLogger.warn(
    `lane ${laneName(lane)}: the login is dead; reseed alert ${outcome.action === 'no-permission' ? `not raised: ${outcome.message}` : outcome.action}.`,
  );
}

/** Which lane ran and the lanes tried, as outputs (names and reasons only, never a token). */
export function setLaneOutputs(lanes: LanesResult): void {
  core.setOutput('lane', lanes.lane ?? '');
  core.setOutput('lanes-tried', runnerMasks.redact(JSON.stringify(lanes.attempts)));
}

/** The lanes part of the summary: one row per lane tried, and why it was left. */
export function addLanesSummary(lanes: ActionLanesResult): void {
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
