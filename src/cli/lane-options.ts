import { parseNumber } from '../app/input-values.js';
import { planLanes as checkLanes, TOKEN_ENV } from '../app/run.js';
import { CLI_VOCABULARY as WORDS } from '../app/vocabulary.js';
import type { LaneSpec, TokenLaneKind } from '../core/lane-spec.js';
import type { OptionValuesOf } from './args/spec.js';
import { parseSeconds, type StoreFlags } from './options.js';
import type { LANE_OPTIONS } from './shared-options.js';

// `run --lanes`: the fallback lanes of the CLI. Token lanes take their secret from the environment the way Codex
// itself does (CODEX_API_KEY, CODEX_ACCESS_TOKEN); stream lanes use the same store flags with another --stream.
// The checks are the run use case's (app/run.ts), shared with the Action, so a bad flag is refused before the
// round trip is set up.

export type LaneOptionValues = OptionValuesOf<typeof LANE_OPTIONS>;

export interface CliLanePlan {
  readonly lanes: readonly LaneSpec[];
  readonly tokens: Readonly<Record<TokenLaneKind, string>>;
  readonly waitForResetMs: number;
  readonly usageWarningPercent: number | null;
}

/** Parses and checks the lane flags before anything runs; every mistake names --lanes. */
export function planLanes(values: LaneOptionValues, flags: StoreFlags, env: NodeJS.ProcessEnv): CliLanePlan {
  const tokens = {
    'api-key': env[TOKEN_ENV['api-key']] ?? '',
    'access-token': env[TOKEN_ENV['access-token']] ?? '',
  };
  const primary: LaneSpec = { kind: 'stream', stream: flags.store.stream };
  return {
    lanes: checkLanes(values.lanes ?? '', primary, tokens, flags.store.kind, WORDS),
    tokens,
    waitForResetMs: parseSeconds(values.waitForReset ?? '0', WORDS.waitForReset, 0, 86_400) * 1000,
    usageWarningPercent:
      values.usageWarningPercent === undefined
        ? null
        : parseNumber(values.usageWarningPercent, WORDS.usageWarningPercent, { min: 0, max: 100 }),
  };
}
