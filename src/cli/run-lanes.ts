import { type RunResult, runJob } from '../app/run.js';
import { CLI_VOCABULARY } from '../app/vocabulary.js';
import type { CodexEvent, SeedSource } from '../app/front-end.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { SealRequest } from '../core/seal-request.js';
import { createCliContext } from './cli-context.js';
import type { Kit } from './kit.js';
import type { CliLanePlan } from './lane-options.js';
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
): Promise<RunResult> {
  if (plan.lanes.length > 1 && request.codexHome !== undefined) {
    throw new UsageError(
      '--codex-home cannot be combined with --lanes: each lane runs in a fresh private CODEX_HOME of its own; leave --codex-home out.',
    );
  }
  return runJob(
    {
      ...request,
      lanes: plan.lanes,
      waitForResetMs: plan.waitForResetMs,
      usageWarningPercent: plan.usageWarningPercent,
      tokens: plan.tokens,
      baseEnv: kit.env,
      lockTimeoutMs: flags.lockTimeoutMs,
    },
    {
      vocabulary: CLI_VOCABULARY,
      log,
      secrets: kit.redactor,
      primaryStream: flags.store.stream,
      storeKind: flags.store.kind,
      streamContext: (stream) =>
        createCliContext(
          stream === flags.store.stream ? flags : parseStoreFlags({ ...options, stream }, kit.env),
          kit.env,
          log,
          kit.redactor,
        ),
      homeFor: () => Promise.resolve(request.codexHome),
    },
  );
}

/** Prints the result with the lane that ran and the lanes tried; returns the exit code. */
export function printLanesResult(kit: Kit, lanes: RunResult, json: boolean): number {
  const warning = lanes.usageWarning;
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
