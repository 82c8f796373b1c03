import { planLanes } from '../app/run.js';
import { ACTION_VOCABULARY } from '../app/vocabulary.js';
import type { LaneSpec, TokenLaneKind } from '../core/lane-spec.js';
import type { ActionSettings, SecretInputs } from './input-types.js';
import { Inputs, readBoolean, readInput, readNumber } from './settings.js';

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
export function tokensClaimedByLanes(text: string = readInput(Inputs.lanes)): ReadonlySet<TokenLaneKind> {
  const entries = text.split(/[,\n]/).map((entry) => entry.trim());
  return new Set(
    entries.filter((entry): entry is TokenLaneKind => entry === 'api-key' || entry === 'access-token'),
  );
}

export function readLaneSettings(settings: ActionSettings, secrets: SecretInputs): LaneSettings {
  const primary: LaneSpec =
    settings.mode === 'stream' ? { kind: 'stream', stream: settings.store.stream } : { kind: settings.mode };
  const tokens = { 'api-key': secrets.apiKey, 'access-token': secrets.accessToken };
  return {
    lanes: planLanes(readInput(Inputs.lanes), primary, tokens, settings.store.kind, ACTION_VOCABULARY),
    waitForResetMs: readNumber(Inputs.waitForReset, 0, 0, 86_400) * 1000,
    usageWarningPercent:
      readInput(Inputs.usageWarningPercent) === '' ? null : readNumber(Inputs.usageWarningPercent, 0, 0, 100),
    alert: readBoolean(Inputs.alert),
  };
}
