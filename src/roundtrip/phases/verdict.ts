import {
  AuthUnusableError,
  CodexFailedError,
  prefixError,
  RunTimeoutError,
  UsageLimitError,
} from '../../core/errors.js';
import {
  codexFailedMessage,
  noEventsMessage,
  persistFailedPrefix,
  reseedMessage,
  runTimeoutMessage,
} from '../messages.js';
import { usageLimitMessage } from '../usage-limit.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

export interface VerdictRequest {
  readonly codexPath: string;
  readonly runTimeoutMs?: number | undefined;
}

/**
 * Phase (run): turn what happened into the run's error, most serious first. A persist that failed after a
 * refresh outranks everything: the refresh token is already rotated away.
 */
export async function judgeRun(state: RunState, request: VerdictRequest): Promise<void> {
  const run = required(state.codexRun, "Codex's exit");
  const persister = required(state.persister, 'the Persister');
  const { stream, log } = state.ctx;
  const generation = persister.currentGeneration;
  if (persister.error) throw prefixError(persister.error, persistFailedPrefix(stream));
  if (run.timedOut) {
    const kept = state.result.refreshed
      ? `The login it refreshed was persisted (generation ${generation}) and the lock of stream "${stream}" released.`
      : `The stored login was left as it was and the lock of stream "${stream}" released.`;
    throw new RunTimeoutError(runTimeoutMessage(request.runTimeoutMs ?? 0, kept));
  }
  if (run.refreshFailure && run.exitCode !== 0) {
    throw new AuthUnusableError(reseedMessage(stream, run, generation));
  }
  if (run.refreshFailure) log.warn(`${reseedMessage(stream, run, generation)} (This run still succeeded.)`);
  // A plan limit is not a dead login: nothing above marked the stream, and only a real refresh was written.
  if (state.usage?.usageLimited)
    throw new UsageLimitError(usageLimitMessage(`stream "${stream}"`, state.usage));
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  if (run.eventCount === 0) throw new CodexFailedError(noEventsMessage(request.codexPath));
}

/** Phase (token modes): the same verdict without a stream: nothing is stored, so nothing can be lost. */
export async function judgeTokenRun(
  state: RunState<PhaseContext>,
  request: VerdictRequest & { readonly variable: string },
): Promise<void> {
  const run = required(state.codexRun, "Codex's exit");
  if (run.timedOut) {
    throw new RunTimeoutError(
      runTimeoutMessage(request.runTimeoutMs ?? 0, 'Nothing is stored in this mode.'),
    );
  }
  if (state.usage?.usageLimited) {
    throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, state.usage));
  }
  if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
}
