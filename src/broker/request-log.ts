// The broker's request log: every request it relayed, answered or refused, with sizes and timing, never a body,
// a header value or a query string. Plan usage comes from the backend's x-codex-* response headers, so it is
// known even when Codex keeps no rollout file (--ephemeral).

import type { IncomingHttpHeaders } from 'node:http';
import { planUsageFromCodex, type PlanUsage } from '../core/plan-usage.js';
import type { BrokerLogEntry } from './types.js';

/** Caps the log so a looping agent cannot grow our memory without bound; the newest entries are kept. */
const MAX_ENTRIES = 10_000;

export class RequestLog {
  private readonly entries: BrokerLogEntry[] = [];
  private usage: PlanUsage | null = null;

  /** Starts timing one request; call the returned function once with the outcome. */
  begin(
    method: string,
    path: string,
  ): (status: number, handling: BrokerLogEntry['handling'], bytesIn: number, bytesOut: number) => void {
    const started = performance.now();
    const at = new Date().toISOString();
    let done = false;
    return (status, handling, bytesIn, bytesOut) => {
      if (done) return;
      done = true;
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      this.entries.push({ at, method, path, status, bytesIn, bytesOut, durationMs, handling });
      if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    };
  }

  noteHeaders(headers: IncomingHttpHeaders): void {
    const usage = planUsageFromHeaders(headers);
    if (usage !== null) this.usage = usage;
  }

  list(): readonly BrokerLogEntry[] {
    return [...this.entries];
  }

  planUsage(): PlanUsage | null {
    return this.usage;
  }
}

function header(headers: IncomingHttpHeaders, name: string): number | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

/** The same windows Codex reads (codex-rs codex-api rate_limits.rs): primary = short, secondary = weekly. */
export function planUsageFromHeaders(headers: IncomingHttpHeaders): PlanUsage | null {
  const window = (name: 'primary' | 'secondary') => ({
    used_percent: header(headers, `x-codex-${name}-used-percent`),
    window_minutes: header(headers, `x-codex-${name}-window-minutes`),
    resets_at: header(headers, `x-codex-${name}-reset-at`),
  });
  return planUsageFromCodex({ primary: window('primary'), secondary: window('secondary') });
}
