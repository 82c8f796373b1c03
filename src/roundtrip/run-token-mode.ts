import type { Logger, SecretSink } from '../core/logger.js';
import type { CodexRunner } from '../codex/codex-runner.js';
import { execCodex, type ExecRequest } from './phases/exec.js';
import { createHome } from './phases/home.js';
import { release } from './phases/release.js';
import { newRunState, type Phase, type PhaseContext, runPhases, type RunState } from './phases/run-state.js';
import { startTokenBroker } from './phases/token-broker.js';
import { type SealedRequest, sealNow } from './phases/seal.js';
import { judgeTokenRun } from './phases/verdict.js';
import type { RoundTripResult } from './result.js';

export interface TokenModeRequest extends SealedRequest, Omit<ExecRequest, 'signal'> {
  readonly variable: 'CODEX_ACCESS_TOKEN' | 'CODEX_API_KEY';
  readonly token: string;
  readonly codexArgs: readonly string[];
  /** Default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
}

/** The token modes' phases: no lock, no load, no persist; a home, the broker and the seal, Codex, the verdict. */
export const TOKEN_MODE_PHASES: readonly Phase<RunState<PhaseContext>, TokenModeRequest>[] = [
  (state, request) => createHome(state, request, { stream: false }),
  async (state, request) => {
    // Codex gets a placeholder and the broker's URLs; the real token stays in this process.
    const codexConfig = await startTokenBroker(state, request);
    await sealNow(
      state,
      { ...request, codexConfig },
      { codexPath: request.codexPath, codexArgs: request.codexArgs, storePaths: [] },
    );
  },
  execCodex,
  judgeTokenRun,
];

/**
 * Access tokens and API keys do not rotate: nothing to restore, persist or lock. Codex gets a placeholder in its
 * environment, the broker's URLs, and a private, empty CODEX_HOME, so no auth.json from the runner can take
 * precedence or be touched; the real token never leaves this process except upstream through the broker.
 */
export async function runTokenMode(
  runCodex: CodexRunner,
  log: Logger,
  secrets: SecretSink,
  request: TokenModeRequest,
): Promise<RoundTripResult> {
  const state = newRunState({ runCodex, log, secrets }, '-', 'none');
  // The home goes whole, even one the caller named: it held nothing but what this run put there.
  return runPhases(state, request, TOKEN_MODE_PHASES, (done) => release(done, 'remove'));
}
