import * as core from '@actions/core';
import { parseBoolean, parseNumber } from '../app/input-values.js';
import { planLanes } from '../app/run.js';
import { ACTION_VOCABULARY as WORDS } from '../app/vocabulary.js';
import type { LaneSpec, TokenLaneKind } from '../core/lane-spec.js';
import type { ActionSettings, SecretInputs } from './inputs.js';

// The lane inputs (lanes, wait-for-reset, usage-warning-percent, alert), read once like every other input; their
// checks are the run use case's (app/run.ts), shared with the CLI.

export interface LaneSettings {
  readonly lanes: readonly LaneSpec[];
  readonly waitForResetMs: number;
  /** Warn when a plan window has less than this many percent left; null: never. */
  readonly usageWarningPercent: number | null;
  readonly alert: boolean;
}

/**
 * Which token secrets the `lanes` input claims for itself (a lenient scan; parseLaneList checks strictly). A claimed
 * api-key/access-token is a fallback lane's secret, not the job's credential mode, so it may sit beside a stream.
 */
export function tokensClaimedByLanes(text: string = core.getInput('lanes')): ReadonlySet<TokenLaneKind> {
  const entries = text.split(/[,\n]/).map((entry) => entry.trim());
  return new Set(
    entries.filter((entry): entry is TokenLaneKind => entry === 'api-key' || entry === 'access-token'),
  );
}

export function readLaneSettings(settings: ActionSettings, secrets: SecretInputs): LaneSettings {
  const primary: LaneSpec =
    settings.mode === 'stream' ? { kind: 'stream', stream: settings.store.stream } : { kind: settings.mode };
  const tokens = { 'api-key': secrets.apiKey, 'access-token': secrets.accessToken };
  const percent = core.getInput('usage-warning-percent');
  return {
    lanes: planLanes(core.getInput('lanes'), primary, tokens, settings.store.kind, WORDS),
    waitForResetMs:
      parseNumber(core.getInput('wait-for-reset') || '0', WORDS.waitForReset, { min: 0, max: 86_400 }) * 1000,
    usageWarningPercent:
      percent === '' ? null : parseNumber(percent, WORDS.usageWarningPercent, { min: 0, max: 100 }),
    alert: parseBoolean(core.getInput('alert'), WORDS.alert),
  };
}
