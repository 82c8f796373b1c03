// The contract of the Codex runner. The implementation lives beside it (run-codex.ts).

export interface CodexUsage {
  readonly input_tokens?: number;
  readonly cached_input_tokens?: number;
  readonly cache_write_input_tokens?: number;
  readonly output_tokens?: number;
  readonly reasoning_output_tokens?: number;
}

/** One JSONL event of `codex exec --json`, as printed by Codex (only `type` is relied on). */
export interface CodexEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

/** The refresh failures that mean the session is dead and a human must sign in again. */
export type RefreshFailureCode =
  'refresh_token_expired' | 'refresh_token_reused' | 'refresh_token_invalidated' | 'refresh_failed';

export interface CodexRunRequest {
  /** The codex executable. */
  readonly codexPath: string;
  /** Arguments after `codex exec`, as the user gave them. The runner adds `--json` if it is not there. */
  readonly args: readonly string[];
  /** The complete environment for Codex (CODEX_HOME already set). */
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Every parsed event, in order. */
  readonly onEvent?: (event: CodexEvent) => void;
  /** Codex's stderr, line by line, and any stdout line that is not JSON. */
  readonly onOutput?: (line: string) => void;
  /** After this long Codex and everything it started are stopped, and the result says timedOut. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Called with Codex's pid once it started (it leads its own session), and the file that was started. */
  readonly onSpawn?: (pid: number, command: string) => void;
  /**
   * Rewrites what is spawned, e.g. to start Codex as another user (src/seal/agent-launch.ts: sudo -u or a uid
   * switch). Gets the resolved command, its arguments and environment; returns what to spawn instead.
   */
  readonly spawnAs?: (command: string, args: readonly string[], env: NodeJS.ProcessEnv) => CodexSpawnPlan;
}

/** What spawnAs returns: the program, its arguments and environment, and optionally a uid/gid to run as. */
export interface CodexSpawnPlan {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly uid?: number;
  readonly gid?: number;
}

export interface CodexRunResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The text of the last `agent_message` item. */
  readonly finalMessage: string | null;
  readonly usage: CodexUsage | null;
  /** Set when Codex reported that the refresh token is dead. */
  readonly refreshFailure: RefreshFailureCode | null;
  /** Messages of `error` and `turn.failed` events. */
  readonly errorMessages: readonly string[];
  /** JSONL events seen; 0 means what ran was not `codex exec --json` (e.g. `--codex /bin/true`). */
  readonly eventCount?: number;
  /** Codex was stopped because the request's timeoutMs passed. */
  readonly timedOut?: boolean;
}

export type CodexRunner = (request: CodexRunRequest) => Promise<CodexRunResult>;
