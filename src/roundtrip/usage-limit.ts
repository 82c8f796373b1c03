import type { CodexRunResult } from '../codex/codex-runner.js';
import { readRolloutFacts } from '../codex/rollout.js';
import type { Logger } from '../core/logger.js';
import {
  describePlanUsage,
  isUsageLimitMessage,
  type PlanUsage,
  resetTimeFromMessage,
  resetTimeOf,
  type UsageLimitFacts,
} from '../core/plan-usage.js';
import type { RoundTripResult } from './result.js';

/**
 * What the run says about plan usage. The rollout file is the machine-readable source (`usage_limit_exceeded`,
 * `rate_limits`); Codex's own error text is the fallback when there is none (the user passed `--ephemeral`).
 * Must be called before the private CODEX_HOME is removed. Never throws: usage figures are a report, not a gate.
 */
export async function readUsageFacts(
  codexHome: string,
  run: CodexRunResult,
  sinceMs: number,
  log: Logger,
  /** From the backend's response headers (the token broker): used when the rollout holds no window. */
  headerUsage: PlanUsage | null = null,
): Promise<UsageLimitFacts> {
  const read = await readRolloutFacts(codexHome, sinceMs - 1000).catch((error: unknown) => {
    log.debug(`could not read Codex's rollout file for plan usage: ${String(error)}`);
    return { found: false, usageLimitExceeded: false, planUsage: null };
  });
  const rollout = { ...read, planUsage: read.planUsage ?? headerUsage };
  const byMessage = run.exitCode !== 0 && run.errorMessages.some(isUsageLimitMessage);
  const usageLimited = run.exitCode !== 0 && (rollout.usageLimitExceeded || byMessage);
  // Without rate-limit headers on the 429 the rollout holds no window; the body's resets_at is then only in
  // Codex's message.
  const fromMessage = () =>
    run.errorMessages.map((message) => resetTimeFromMessage(message)).find((at) => at !== null) ?? null;
  return {
    usageLimited,
    resetsAt: usageLimited ? (resetTimeOf(rollout.planUsage) ?? fromMessage()) : null,
    planUsage: rollout.planUsage,
  };
}

/**
 * For `persist` after the user's own Codex step: the figures and whether a limit stopped it (the exit code is the
 * user's step's). A report only: persisting succeeded either way.
 */
export async function readPersistUsageFacts(codexHome: string, sinceMs: number): Promise<UsageLimitFacts> {
  const rollout = await readRolloutFacts(codexHome, sinceMs - 1000).catch(() => null);
  if (rollout === null) return { usageLimited: false, resetsAt: null, planUsage: null };
  return {
    usageLimited: rollout.usageLimitExceeded,
    resetsAt: rollout.usageLimitExceeded ? resetTimeOf(rollout.planUsage) : null,
    planUsage: rollout.planUsage,
  };
}

export function usageLimitMessage(
  who: string,
  facts: Pick<RoundTripResult, 'resetsAt' | 'planUsage'>,
): string {
  const when = facts.resetsAt === null ? 'at a time Codex did not report' : `at ${facts.resetsAt}`;
  return `${who} hit its ChatGPT plan's usage limit (${describePlanUsage(facts.planUsage)}); the window resets ${when}. The login is fine and was not marked dead; run again after the reset, or add a fallback lane (input lanes / --lanes).`;
}

/** A warning when the fullest window has less room left than the user's threshold. */
export function lowUsageWarning(
  who: string,
  facts: Pick<RoundTripResult, 'planUsage'>,
  thresholdPercent: number | null,
): string | null {
  if (thresholdPercent === null || facts.planUsage === null) return null;
  const windows = [
    ['short', facts.planUsage.short],
    ['weekly', facts.planUsage.weekly],
  ] as const;
  const low = windows.filter(([, w]) => w !== null && 100 - w.usedPercent < thresholdPercent);
  if (low.length === 0) return null;
  return `${who} runs low on plan usage: ${low
    .map(
      ([name, w]) =>
        `${name} window ${Math.round((100 - (w?.usedPercent ?? 0)) * 10) / 10} % left${w?.resetsAt ? ` (resets ${w.resetsAt})` : ''}`,
    )
    .join(', ')}, below the threshold of ${thresholdPercent} %.`;
}
