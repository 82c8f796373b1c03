import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { type LaneSpec, parseLaneList, type TokenLaneKind } from '../core/lane-spec.js';
import type { ActionSettings, SecretInputs } from './inputs.js';

// The lane inputs (lanes, wait-for-reset, usage-warning-percent, alert), read once like every other input.

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
  const lanes = parseLaneList(
    core.getInput('lanes'),
    primary,
    { input: 'input lanes', secrets: { 'api-key': 'input api-key', 'access-token': 'input access-token' } },
    (kind) => (kind === 'api-key' ? secrets.apiKey : secrets.accessToken) !== '',
  );
  if (lanes.some((lane) => lane.kind === 'stream' && lane.stream !== settings.store.stream)) {
    if (settings.store.kind === 'github-secret') {
      throw new UsageError(
        'input lanes: a stream lane needs a store that holds one entry per stream; the github-secret store holds only the one secret the job received. Use store git-ref (or file, cache, command) for stream lanes.',
      );
    }
  }
  return {
    lanes,
    waitForResetMs: readNumber('wait-for-reset', 0, 0, 86_400) * 1000,
    usageWarningPercent:
      core.getInput('usage-warning-percent') === '' ? null : readNumber('usage-warning-percent', 0, 0, 100),
    alert: readFlag('alert'),
  };
}

function readNumber(name: string, fallback: number, min: number, max: number): number {
  const text = core.getInput(name);
  if (text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`input ${name} must be a number between ${min} and ${max}, not "${text}".`);
  }
  return value;
}

function readFlag(name: string): boolean {
  const text = core.getInput(name);
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  throw new UsageError(`input ${name} must be true or false, not "${text}".`);
}
