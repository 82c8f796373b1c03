import type { CodexEvent, CodexRunner } from '../codex/codex-runner.js';
import { UsageError } from '../core/errors.js';
import { type LaneSpec, laneName, parseLaneList, type TokenLaneKind } from '../core/lane-spec.js';
import type { Logger, SecretSink } from '../core/logger.js';
import type { RoundTripContext, SeedSource } from '../roundtrip/context.js';
import { type LanesResult, runLanes } from '../roundtrip/lanes.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { runRoundTrip } from '../roundtrip/run-round-trip.js';
import { runTokenMode } from '../roundtrip/run-token-mode.js';
import type { SealRequest } from '../core/seal-request.js';
import { lowUsageWarning } from '../roundtrip/usage-limit.js';
import type { Vocabulary } from './vocabulary.js';

// The run use case: the job on its lanes, the primary stream (or token mode) first, then each fallback in order.
// Each stream lane is its own round trip (own lock, own store entry, own private CODEX_HOME). Both front ends call
// this one copy; they used to hold one each, and the copies had drifted.

/** The environment variable Codex reads each token lane's secret from. */
export const TOKEN_ENV = { 'api-key': 'CODEX_API_KEY', 'access-token': 'CODEX_ACCESS_TOKEN' } as const;

/** The write the job started from, for the summary's link to the previous writer. */
export interface PreviousWrite {
  readonly stream: string;
  readonly generation: number;
  readonly writtenAt: string;
  readonly writer: string;
}

export interface RunResult extends LanesResult {
  readonly previousWrite: PreviousWrite | null;
  /** Set when a plan window is nearly spent (usage-warning-percent). */
  readonly usageWarning: string | null;
}

export interface RunUseCaseRequest {
  readonly lanes: readonly LaneSpec[];
  readonly waitForResetMs: number;
  readonly usageWarningPercent: number | null;
  /** The primary stream's seed; a fallback stream is never seeded from it. */
  readonly seed: SeedSource | undefined;
  /** Each token lane's secret; empty when the job has none. */
  readonly tokens: Readonly<Record<TokenLaneKind, string>>;
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  readonly codexConfig: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  readonly lockTimeoutMs: number;
  readonly runTimeoutMs: number;
  readonly seal: SealRequest;
  readonly sealPaths?: readonly string[] | undefined;
  readonly onEvent: (event: CodexEvent) => void;
  readonly onOutput: (line: string) => void;
  /** Read each stream lane's metadata before its lock, to name the previous writer (the Action's summary). */
  readonly reportPreviousWrite?: boolean;
}

/** What a run needs from its process: backends per stream, the Codex runner, and where each lane's home is. */
export interface RunUseCaseContext {
  readonly vocabulary: Vocabulary;
  readonly log: Logger;
  readonly secrets: SecretSink;
  /** The Codex runner for token lanes; the real one (codex/run-codex.ts) unless a test gives its own. */
  readonly runCodex?: CodexRunner;
  /** The primary stream and its store kind (the one the job's store flags or inputs name). */
  readonly primaryStream: string;
  readonly storeKind: string;
  streamContext(stream: string): Promise<RoundTripContext>;
  /** The CODEX_HOME for a lane (undefined: a fresh private one); called once per lane run, in order. */
  homeFor(lane: LaneSpec): Promise<string | undefined>;
  /** Raises the reseed alert for a lane whose login died; absent when alerts are off. */
  readonly onDeadLogin?: ((lane: LaneSpec, result: RoundTripResult) => Promise<void>) | undefined;
}

/**
 * The lanes input, checked before anything runs; every mistake names the input in the front end's words. A stream
 * lane on the github-secret store is refused (it holds only the one login the job received); a token lane is fine
 * there (README, "Fallback lanes"): the CLI used to refuse it too, the Action did not, and the docs side with the
 * Action.
 */
export function planLanes(
  text: string,
  primary: LaneSpec,
  tokens: Readonly<Record<TokenLaneKind, string>>,
  storeKind: string,
  vocabulary: Vocabulary,
): LaneSpec[] {
  const lanes = parseLaneList(
    text,
    primary,
    {
      input: vocabulary.lanes,
      secrets: { 'api-key': vocabulary.apiKey, 'access-token': vocabulary.accessToken },
    },
    (kind) => tokens[kind] !== '',
  );
  const primaryStream = primary.kind === 'stream' ? primary.stream : null;
  if (storeKind === 'github-secret' && lanes.some((l) => l.kind === 'stream' && l.stream !== primaryStream)) {
    throw new UsageError(
      `${vocabulary.lanes}: a stream lane needs a store that holds one entry per stream; the github-secret store holds only the one login the job received. Use the git-ref, file, cache or command store for stream lanes.`,
    );
  }
  return lanes;
}

export async function runJob(request: RunUseCaseRequest, context: RunUseCaseContext): Promise<RunResult> {
  await refuseUnknownStreams(request.lanes, context);
  const tokenKinds = new Set(request.lanes.map((lane) => lane.kind));
  // A token a fallback lane uses is that lane's: it must not reach a stream lane's Codex (it would win over auth.json).
  const streamEnv = Object.fromEntries(
    Object.entries(request.baseEnv).filter(
      ([name]) =>
        !(tokenKinds.has('api-key') && name === TOKEN_ENV['api-key']) &&
        !(tokenKinds.has('access-token') && name === TOKEN_ENV['access-token']),
    ),
  );
  let previousWrite: PreviousWrite | null = null;
  const runLane = async (lane: LaneSpec, onEvent: (event: CodexEvent) => void): Promise<RoundTripResult> => {
    const codexHome = await context.homeFor(lane);
    previousWrite = null;
    const codexRun = { ...request, codexHome, onEvent };
    if (lane.kind !== 'stream') {
      const token = request.tokens[lane.kind];
      context.secrets.add([token]);
      const runCodex = context.runCodex ?? (await import('../codex/run-codex.js')).runCodex;
      return runTokenMode(runCodex, context.log, context.secrets, {
        ...codexRun,
        variable: TOKEN_ENV[lane.kind],
        token,
      });
    }
    const ctx = await context.streamContext(lane.stream);
    if (request.reportPreviousWrite) previousWrite = await readPreviousWrite(ctx);
    return runRoundTrip(ctx, {
      ...codexRun,
      baseEnv: streamEnv,
      seed: lane.stream === context.primaryStream ? request.seed : undefined,
    });
  };
  const lanes = await runLanes({
    lanes: request.lanes,
    runLane,
    // The agent's progress: without it the log showed nothing of what the agent did.
    onEvent: request.onEvent,
    waitForResetMs: request.waitForResetMs,
    log: context.log,
    onDeadLogin: context.onDeadLogin,
  });
  const usageWarning = lowUsageWarning(lanes.lane ?? 'the job', lanes.result, request.usageWarningPercent);
  return { ...lanes, previousWrite, usageWarning };
}

/** Metadata only, read before the lock: it names who wrote the copy this job is about to use. */
async function readPreviousWrite(ctx: RoundTripContext): Promise<PreviousWrite | null> {
  const before = await ctx.store.read().catch(() => null);
  if (!before) return null;
  return {
    stream: ctx.stream,
    generation: before.generation,
    writtenAt: before.writtenAt,
    writer: before.writer,
  };
}

/**
 * A fallback stream must already hold a login: it is never seeded from this job's seed (that belongs to the
 * primary stream), so an empty one is a typo or a stream nobody set up, and it is refused before anything runs.
 */
async function refuseUnknownStreams(lanes: readonly LaneSpec[], context: RunUseCaseContext): Promise<void> {
  for (const lane of lanes) {
    if (lane.kind !== 'stream' || lane.stream === context.primaryStream) continue;
    const ctx = await context.streamContext(lane.stream);
    if ((await ctx.store.read()) === null) {
      throw new UsageError(
        `${context.vocabulary.lanes}: lane ${laneName(lane)} is an unknown stream: its ${ctx.store.kind} store holds nothing for it. Seed it first (codex-auth seed --stream ${lane.stream} ...), or fix the name.`,
      );
    }
  }
}
