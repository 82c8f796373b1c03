import type { CodexEvent } from '../codex/codex-runner.js';
import { runCodex } from '../codex/run-codex.js';
import { UsageError } from '../core/errors.js';
import { type LaneSpec, laneName } from '../core/lane-spec.js';
import type { Logger } from '../core/logger.js';
import type { SeedSource } from '../roundtrip/context.js';
import { type LanesResult, runLanes } from '../roundtrip/lanes.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { runRoundTrip } from '../roundtrip/run-round-trip.js';
import { runTokenMode } from '../roundtrip/run-token-mode.js';
import type { SealRequest } from '../roundtrip/seal.js';
import { lowUsageWarning } from '../roundtrip/usage-limit.js';
import { createCliContext } from './cli-context.js';
import type { Kit } from './kit.js';
import { type CliLanePlan, TOKEN_ENV } from './lane-options.js';
import { parseStoreFlags, type StoreFlags, type StoreOptionValues } from './options.js';
import { printResult, resultJson } from './print-result.js';

// `run --lanes` at work: each lane's round trip in turn (the flags and their checks are in lane-options.ts).

export interface CliLaneRequest {
  readonly seed: SeedSource | undefined;
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  readonly codexHome: string | undefined;
  readonly codexConfig: string | undefined;
  readonly onEvent: (event: CodexEvent) => void;
  readonly onOutput: (line: string) => void;
  readonly seal: SealRequest;
  readonly runTimeoutMs: number;
}

export async function runCliLanes(
  kit: Kit,
  options: StoreOptionValues,
  plan: CliLanePlan,
  flags: StoreFlags,
  log: Logger,
  request: CliLaneRequest,
): Promise<LanesResult> {
  const contextFor = (stream: string) =>
    createCliContext(
      stream === flags.store.stream ? flags : parseStoreFlags({ ...options, stream }, kit.env),
      kit.env,
      log,
      kit.redactor,
    );
  if (plan.lanes.length > 1 && request.codexHome !== undefined) {
    throw new UsageError(
      '--codex-home cannot be combined with --lanes: each lane runs in a fresh private CODEX_HOME of its own; leave --codex-home out.',
    );
  }
  for (const lane of plan.lanes.slice(1)) {
    if (lane.kind === 'stream' && (await (await contextFor(lane.stream)).store.read()) === null) {
      throw new UsageError(
        `--lanes: lane ${laneName(lane)} is an unknown stream: the ${flags.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream}), or fix the name.`,
      );
    }
  }
  const usedTokens = new Set(plan.lanes.map((lane) => lane.kind));
  // A token a fallback lane uses is that lane's, not a stray override: keep it away from the stream lanes quietly.
  const streamEnv = Object.fromEntries(
    Object.entries(kit.env).filter(
      ([name]) =>
        !(usedTokens.has('api-key') && name === 'CODEX_API_KEY') &&
        !(usedTokens.has('access-token') && name === 'CODEX_ACCESS_TOKEN'),
    ),
  );
  const runLane = async (lane: LaneSpec, onEvent: (event: CodexEvent) => void): Promise<RoundTripResult> => {
    if (lane.kind === 'stream') {
      return runRoundTrip(await contextFor(lane.stream), {
        ...request,
        seed: lane.stream === flags.store.stream ? request.seed : undefined,
        baseEnv: streamEnv,
        lockTimeoutMs: flags.lockTimeoutMs,
        onEvent,
      });
    }
    const variable = TOKEN_ENV[lane.kind];
    const token = kit.env[variable] ?? '';
    kit.redactor.add([token]);
    return runTokenMode(runCodex, log, kit.redactor, {
      ...request,
      variable,
      token,
      baseEnv: kit.env,
      onEvent,
    });
  };
  const lanes = await runLanes({
    lanes: plan.lanes,
    runLane,
    onEvent: request.onEvent,
    waitForResetMs: plan.waitForResetMs,
    log,
  });
  return lanes;
}

/** Prints the result with the lane that ran and the lanes tried; returns the exit code. */
export function printLanesResult(kit: Kit, lanes: LanesResult, plan: CliLanePlan, json: boolean): number {
  const warning = lowUsageWarning(lanes.lane ?? 'the job', lanes.result, plan.usageWarningPercent);
  if (json) {
    kit.json({
      ...resultJson(lanes.result),
      lane: lanes.lane,
      lanesTried: lanes.attempts,
      usageWarning: warning,
    });
    return lanes.result.error?.exitCode ?? 0;
  }
  if (warning) kit.io.stderr(`codex-auth: warning: ${warning}\n`);
  // With one lane tried, its outcome is the result (and any error is printed once, below).
  if (lanes.attempts.length > 1) {
    for (const attempt of lanes.attempts) {
      kit.io.stderr(
        kit.redactor.redact(
          `codex-auth: lane ${attempt.lane}: ${attempt.outcome}${attempt.reason ? ` (${attempt.reason})` : ''}\n`,
        ),
      );
    }
  }
  return printResult(kit, lanes.result, false, lanes.lane ? `run on lane ${lanes.lane},` : 'run');
}
