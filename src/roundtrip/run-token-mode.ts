import type { Logger, SecretSink } from '../core/logger.js';
import type { CodexRunner } from '../codex/codex-runner.js';
import { execCodex, type ExecRequest } from './phases/exec.js';
import { createHome } from './phases/home.js';
import { release } from './phases/release.js';
import {
  newRunState,
  type Phase,
  type PhaseContext,
  required,
  runPhases,
  type RunState,
} from './phases/run-state.js';
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

/** The token modes' phases: no lock, no load, no persist; a home, the seal, Codex, the verdict. */
export const TOKEN_MODE_PHASES: readonly Phase<RunState<PhaseContext>, TokenModeRequest>[] = [
  async (state, request) => {
    await createHome(state, request, { stream: false });
    state.codexEnv = {
      ...required(state.codexEnv, "Codex's environment"),
      [request.variable]: request.token,
    };
  },
  (state, request) =>
    sealNow(state, request, {
      codexPath: request.codexPath,
      codexArgs: request.codexArgs,
      storePaths: [],
      // The token must be in Codex's own environment; Codex's default shell_environment_policy keeps names
      // matching *KEY* and *TOKEN* out of the commands' environment, so the probe checks everything else.
      env: withoutVariable(required(state.codexEnv, "Codex's environment"), request.variable),
    }),
  execCodex,
  judgeTokenRun,
];

/**
 * Access tokens and API keys do not rotate: nothing to restore, persist or lock. Codex gets the token in its
 * environment and a private, empty CODEX_HOME, so no auth.json from the runner can take precedence or be touched.
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

function withoutVariable(env: NodeJS.ProcessEnv, name: string): NodeJS.ProcessEnv {
  const { [name]: _removed, ...rest } = env;
  return rest;
}
