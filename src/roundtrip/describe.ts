import type { NextRefresh } from '../core/inspect.js';

/** "2026-11-29T08:00:00.000Z (scheduled)", "due now (proactive_expiry)", or the no-trigger case, for people. */
export function describeNextRefresh(value: { nextRefresh: NextRefresh | null }): string {
  const next = value.nextRefresh;
  if (!next) return '';
  if (next.reason === null) return 'none scheduled (Codex refreshes only after a 401)';
  return `${next.due ? 'due now' : next.at} (${next.reason})`;
}
