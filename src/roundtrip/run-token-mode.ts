import { asCodexAuthError, CodexFailedError, RunTimeoutError, UsageLimitError } from '../core/errors.js';
import type { Logger, SecretSink } from '../core/logger.js';
import { buildCodexEnv, runnerFileCommandPaths } from '../codex/codex-env.js';
import { createPrivateCodexHome, removeCodexHome } from '../codex/codex-home.js';
import type { CodexEvent, CodexRunner } from '../codex/codex-runner.js';
import { codexFailedMessage, runTimeoutMessage } from './messages.js';
import { emptyResult, type RoundTripResult } from './result.js';
import { sealHome, type SealRequest } from './seal.js';
import { readUsageFacts, usageLimitMessage } from './usage-limit.js';

export interface TokenModeRequest {
  readonly variable: 'CODEX_ACCESS_TOKEN' | 'CODEX_API_KEY';
  readonly token: string;
  readonly codexPath: string;
  readonly codexArgs: readonly string[];
  /** Default: a fresh private temp dir. */
  readonly codexHome?: string | undefined;
  readonly codexConfig?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly cwd?: string | undefined;
  readonly onEvent?: ((event: CodexEvent) => void) | undefined;
  readonly onOutput?: ((line: string) => void) | undefined;
  readonly seal: SealRequest;
  readonly sealPaths?: readonly string[] | undefined;
  /** Codex is stopped after this long (default: no limit). */
  readonly runTimeoutMs?: number | undefined;
}

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
  const startedAt = Date.now();
  const result = emptyResult('-', 'none');
  let home: { dir: string; sealRoot: string } | null = null;
  try {
    home = await createPrivateCodexHome(request.codexHome, request.baseEnv);
    const env = {
      ...buildCodexEnv(request.baseEnv, home.dir, log, { stream: false }),
      [request.variable]: request.token,
    };
    const sealed = await sealHome(
      {
        home: home.dir,
        userConfig: request.codexConfig,
        codexArgs: request.codexArgs,
        codexPath: request.codexPath,
        // The token must be in Codex's own environment; Codex's default shell_environment_policy keeps names
        // matching *KEY* and *TOKEN* out of the commands' environment, so the probe checks everything else.
        env: withoutVariable(env, request.variable),
        cwd: request.cwd ?? process.cwd(),
        extraDeny: [home.sealRoot, ...(request.sealPaths ?? []), ...runnerFileCommandPaths(request.baseEnv)],
        seal: request.seal,
      },
      log,
      secrets,
    );
    result.seal = sealed.report;
    const run = await runCodex({
      codexPath: request.codexPath,
      args: sealed.args,
      env,
      ...(request.cwd ? { cwd: request.cwd } : {}),
      ...(request.onEvent ? { onEvent: request.onEvent } : {}),
      ...(request.onOutput ? { onOutput: request.onOutput } : {}),
      ...(request.runTimeoutMs === undefined ? {} : { timeoutMs: request.runTimeoutMs }),
    });
    // Read before the private home (and Codex's rollout file in it) is removed.
    const usage = await readUsageFacts(home.dir, run, startedAt, log);
    Object.assign(result, {
      codexExitCode: run.exitCode,
      finalMessage: run.finalMessage,
      usage: run.usage,
      ...usage,
    });
    if (run.timedOut) {
      throw new RunTimeoutError(
        runTimeoutMessage(request.runTimeoutMs ?? 0, 'Nothing is stored in this mode.'),
      );
    }
    if (usage.usageLimited)
      throw new UsageLimitError(usageLimitMessage(`the ${request.variable} login`, usage));
    if (run.exitCode !== 0) throw new CodexFailedError(codexFailedMessage(run));
  } catch (error) {
    result.error = asCodexAuthError(error);
  } finally {
    if (home) await removeCodexHome(home.dir).catch(() => undefined);
  }
  result.durationMs = Date.now() - startedAt;
  return result;
}

function withoutVariable(env: NodeJS.ProcessEnv, name: string): NodeJS.ProcessEnv {
  const { [name]: _removed, ...rest } = env;
  return rest;
}
