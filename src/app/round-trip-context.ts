import type { LockKind } from '../core/backend-kinds.js';
import type { StreamKey } from '../core/key.js';
import type { Logger } from '../core/logger.js';
import type { CodexRunner } from '../codex/codex-runner.js';
import { runCodex } from '../codex/run-codex.js';
import { currentWorkflowRun } from '../github/workflow-run.js';
import { describeWriter } from '../github/writer.js';
import type { RoundTripContext, SeedSource } from '../roundtrip/context.js';
import type { StoreSettings } from '../stores/create-store.js';
import { createBackends } from './context.js';

// The context a round trip runs in, wired the same way for both front ends: only the logger, the secret sink and
// the key (which each front end masks and names in its own words) come from the caller. Apart from app/context.ts
// so that the commands that need no Codex (status, history, unlock) do not load its runner.

export type { RoundTripContext, SeedSource };

/** The Codex runner of a real process (tests hand the use cases their own). */
export const codexRunner: CodexRunner = runCodex;

export interface RoundTripContextRequest {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  /** Read after the backends are made: the Action always reported a bad store before a bad key. */
  readonly key: () => StreamKey;
  readonly log: Logger;
  readonly secrets: RoundTripContext['secrets'];
}

export async function createRoundTripContext(
  request: RoundTripContextRequest,
  env: NodeJS.ProcessEnv,
): Promise<RoundTripContext> {
  const backends = await createBackends(request.store, request.lock, env, request.log);
  return {
    stream: request.store.stream,
    ...backends,
    key: request.key(),
    runCodex: codexRunner,
    log: request.log,
    secrets: request.secrets,
    writer: writerOf(env),
    now: () => new Date(),
  };
}

/** Who is writing, recorded in envelopes and in the lock: the run's URL in Actions, else user@host. */
export function writerOf(env: NodeJS.ProcessEnv): string {
  return describeWriter(env);
}

/** The URL of the workflow run this process belongs to, or null outside Actions. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | null {
  return currentWorkflowRun(env)?.url ?? null;
}
