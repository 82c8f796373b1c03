// A ChatGPT plan's usage windows: a short one (5 hours) and a weekly one. Codex learns them from the backend's
// `x-codex-*` headers and records them in the session's rollout file; they are not secret (no token, no prompt).

export interface UsageWindow {
  readonly usedPercent: number;
  /** The window's length. */
  readonly windowMinutes: number | null;
  /** ISO time at which the window resets; null when the backend did not say. */
  readonly resetsAt: string | null;
}

export interface PlanUsage {
  /** The short window (Codex's `primary`). */
  readonly short: UsageWindow | null;
  /** The weekly window (Codex's `secondary`). */
  readonly weekly: UsageWindow | null;
}

export interface UsageLimitFacts {
  /** The run stopped because a plan window ran out (not a dead login, not any other failure). */
  readonly usageLimited: boolean;
  /** When the window that ran out resets (ISO); null if unknown. */
  readonly resetsAt: string | null;
  readonly planUsage: PlanUsage | null;
}

/** Codex's text when a plan limit stops a turn; the fallback when no rollout file exists (`--ephemeral`). */
const USAGE_LIMIT_MESSAGE = /you['’]ve hit your usage limit/i;

export function isUsageLimitMessage(message: string): boolean {
  return USAGE_LIMIT_MESSAGE.test(message);
}

/** Codex's `rate_limits` object (rollout `token_count` events) -> PlanUsage; null when it holds no window. */
export function planUsageFromCodex(raw: unknown): PlanUsage | null {
  if (!isRecord(raw)) return null;
  const short = windowOf(raw.primary);
  const weekly = windowOf(raw.secondary);
  return short === null && weekly === null ? null : { short, weekly };
}

function windowOf(raw: unknown): UsageWindow | null {
  if (!isRecord(raw) || typeof raw.used_percent !== 'number' || !Number.isFinite(raw.used_percent))
    return null;
  const minutes = raw.window_minutes;
  const resets = raw.resets_at;
  return {
    usedPercent: raw.used_percent,
    windowMinutes: typeof minutes === 'number' && Number.isFinite(minutes) ? minutes : null,
    resetsAt:
      typeof resets === 'number' && Number.isFinite(resets) ? new Date(resets * 1000).toISOString() : null,
  };
}

/**
 * When a limited run may try again: the reset of the window(s) that ran out (the latest one, since all must have
 * room); if none reads 100 %, the latest reset of any window.
 */
export function resetTimeOf(usage: PlanUsage | null): string | null {
  const windows = [usage?.short, usage?.weekly].filter(
    (w): w is UsageWindow => w !== null && w !== undefined,
  );
  const exhausted = windows.filter((w) => w.usedPercent >= 100);
  const candidates = (exhausted.length > 0 ? exhausted : windows)
    .map((w) => w.resetsAt)
    .filter((at): at is string => at !== null)
    .sort();
  return candidates.at(-1) ?? null;
}

/** "short 42.5 % of 300 min (resets 2026-...), weekly 12 % of 10080 min (resets ...)" */
export function describePlanUsage(usage: PlanUsage | null): string {
  if (usage === null) return 'unknown';
  const part = (name: string, w: UsageWindow | null) =>
    w === null
      ? null
      : `${name} ${round(w.usedPercent)} % used${w.windowMinutes === null ? '' : ` of ${describeMinutes(w.windowMinutes)}`}${w.resetsAt === null ? '' : ` (resets ${w.resetsAt})`}`;
  return [part('short window', usage.short), part('weekly window', usage.weekly)].filter(Boolean).join(', ');
}

export function describeMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Codex's words for the 429 body's `resets_at` (core/src/error.rs, format_retry_timestamp): "try again at 8:45 AM."
// on the same local day, else "try again at Dec 8th, 2026 8:45 AM.", in the local time zone Codex ran in.
const RETRY_AT =
  /try again at (?:([A-Z][a-z]{2}) (\d{1,2})(?:st|nd|rd|th), (\d{4}) )?(\d{1,2}):(\d{2}) ([AP]M)\./i;

/**
 * The reset time Codex put into its usage-limit message, from the 429 body's `resets_at`: the only place it
 * survives when the answer carried no rate-limit headers (the rollout then holds no window). Codex prints minutes,
 * so the time is rounded up to the next minute: never earlier than the real reset. Read in this process's time
 * zone, which is Codex's (it gets our environment). Null when the message names no time.
 */
export function resetTimeFromMessage(message: string, now: Date = new Date()): string | null {
  const match = RETRY_AT.exec(message);
  if (match === null) return null;
  const [, month, day, year, hour, minute, half] = match;
  const at = new Date(now);
  if (month !== undefined && day !== undefined && year !== undefined) {
    const index = MONTHS.indexOf(month.toLowerCase());
    if (index === -1) return null;
    at.setFullYear(Number(year), index, Number(day));
  }
  const hour12 = Number(hour) % 12;
  at.setHours(half?.toUpperCase() === 'PM' ? hour12 + 12 : hour12, Number(minute) + 1, 0, 0);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}
