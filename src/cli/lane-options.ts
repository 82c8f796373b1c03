import { UsageError } from '../core/errors.js';
import { type LaneSpec, parseLaneList } from '../core/lane-spec.js';
import { parseSeconds, type StoreFlags } from './options.js';

// `run --lanes`: the fallback lanes of the CLI. Token lanes take their secret from the environment the way Codex
// itself does (CODEX_API_KEY, CODEX_ACCESS_TOKEN); stream lanes use the same store flags with another --stream.
// The flags are declared in shared-options.ts; their checks live here, apart from run-lanes.ts, so that a bad
// flag is refused before the round trip is set up.

export interface LaneOptionValues {
  lanes?: string;
  waitForReset?: string;
  usageWarningPercent?: string;
}

export const TOKEN_ENV = { 'api-key': 'CODEX_API_KEY', 'access-token': 'CODEX_ACCESS_TOKEN' } as const;

export interface CliLanePlan {
  readonly lanes: readonly LaneSpec[];
  readonly waitForResetMs: number;
  readonly usageWarningPercent: number | null;
}

/** Parses and checks the lane flags before anything runs; every mistake names --lanes. */
export function planLanes(values: LaneOptionValues, flags: StoreFlags, env: NodeJS.ProcessEnv): CliLanePlan {
  const lanes = parseLaneList(
    values.lanes ?? '',
    { kind: 'stream', stream: flags.store.stream },
    { input: '--lanes', secrets: { 'api-key': 'CODEX_API_KEY', 'access-token': 'CODEX_ACCESS_TOKEN' } },
    (kind) => (env[TOKEN_ENV[kind]] ?? '') !== '',
  );
  if (lanes.length > 1 && flags.store.kind === 'github-secret') {
    throw new UsageError(
      '--lanes: the github-secret store holds one login (the value in CODEX_AUTH_JSON), so it cannot serve other stream lanes; use the file, git-ref, cache or command store.',
    );
  }
  return {
    lanes,
    waitForResetMs: parseSeconds(values.waitForReset ?? '0', '--wait-for-reset', 0, 86_400) * 1000,
    usageWarningPercent:
      values.usageWarningPercent === undefined
        ? null
        : percent(values.usageWarningPercent, '--usage-warning-percent'),
  };
}

function percent(text: string, flag: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new UsageError(`${flag} must be a number between 0 and 100, not ${JSON.stringify(text)}.`);
  }
  return value;
}
