import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRolloutFacts } from '../../../src/codex/rollout.js';
import {
  describePlanUsage,
  isUsageLimitMessage,
  planUsageFromCodex,
  resetTimeFromMessage,
  resetTimeOf,
} from '../../../src/core/plan-usage.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
});

// The shape Codex 0.169.0 writes (copied from a rollout the real Codex wrote against the simulator).
const rateLimits = (primaryUsed: number) => ({
  limit_id: 'codex',
  limit_name: null,
  primary: { used_percent: primaryUsed, window_minutes: 300, resets_at: 1_900_000_000 },
  secondary: { used_percent: 17, window_minutes: 10_080, resets_at: 1_900_300_000 },
  credits: null,
  plan_type: null,
});

describe('plan usage', () => {
  it('maps Codex rate_limits to short/weekly windows with ISO reset times', () => {
    expect(planUsageFromCodex(rateLimits(42.5))).toEqual({
      short: { usedPercent: 42.5, windowMinutes: 300, resetsAt: new Date(1_900_000_000_000).toISOString() },
      weekly: { usedPercent: 17, windowMinutes: 10_080, resetsAt: new Date(1_900_300_000_000).toISOString() },
    });
    expect(planUsageFromCodex({ primary: null, secondary: null })).toBeNull();
    expect(planUsageFromCodex('nonsense')).toBeNull();
  });

  it('the reset time is that of the exhausted window; else the latest reset', () => {
    const limited = planUsageFromCodex(rateLimits(100));
    expect(resetTimeOf(limited)).toBe(new Date(1_900_000_000_000).toISOString());
    expect(resetTimeOf(planUsageFromCodex(rateLimits(50)))).toBe(new Date(1_900_300_000_000).toISOString());
    expect(resetTimeOf(null)).toBeNull();
    expect(describePlanUsage(limited)).toMatch(
      /^short window 100 % used of 5 h \(resets .*\), weekly window 17 % used of 7 d/,
    );
  });

  it("recognises Codex's usage-limit message (both apostrophes)", () => {
    expect(isUsageLimitMessage("You've hit your usage limit. Upgrade to Pro")).toBe(true);
    expect(isUsageLimitMessage('You’ve hit your usage limit. try again at 4:00 AM.')).toBe(true);
    expect(isUsageLimitMessage('stream disconnected before completion')).toBe(false);
  });
});

describe('readRolloutFacts', () => {
  async function home(lines: unknown[]): Promise<string> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rollout-'));
    dirs.push(dir);
    const day = path.join(dir, 'sessions', '2026', '12', '02');
    await fs.mkdir(day, { recursive: true });
    await fs.writeFile(
      path.join(day, 'rollout-2026-12-02T00-00-00-x.jsonl'),
      `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`,
    );
    return dir;
  }

  it('reads the last token_count rate limits and usage_limit_exceeded', async () => {
    const dir = await home([
      { type: 'session_meta', payload: {} },
      { type: 'event_msg', payload: { type: 'token_count', info: null, rate_limits: rateLimits(42) } },
      { type: 'event_msg', payload: { type: 'token_count', info: null, rate_limits: rateLimits(100) } },
      {
        type: 'event_msg',
        payload: { type: 'task_complete', error: { message: 'x', codex_error_info: 'usage_limit_exceeded' } },
      },
    ]);
    const facts = await readRolloutFacts(dir);
    expect(facts.found).toBe(true);
    expect(facts.usageLimitExceeded).toBe(true);
    expect(facts.planUsage?.short?.usedPercent).toBe(100);
  });

  it('nothing without a sessions dir (--ephemeral), and nothing older than the run', async () => {
    const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'rollout-'));
    dirs.push(empty);
    expect(await readRolloutFacts(empty)).toEqual({
      found: false,
      usageLimitExceeded: false,
      planUsage: null,
    });
    const old = await home([
      { type: 'event_msg', payload: { type: 'token_count', rate_limits: rateLimits(1) } },
    ]);
    expect((await readRolloutFacts(old, Date.now() + 60_000)).found).toBe(false);
  });
});

describe('resetTimeFromMessage: the 429 body resets_at as Codex words it', () => {
  // Local times, as Codex prints them in the time zone it ran in (this process's).
  const now = new Date(2026, 11, 7, 9, 30, 0);
  const local = (y: number, m: number, d: number, h: number, min: number) =>
    new Date(y, m, d, h, min, 0, 0).toISOString();
  it.each([
    [
      'same day, morning',
      "You've hit your usage limit. ... or try again at 9:45 AM.",
      local(2026, 11, 7, 9, 46),
    ],
    ['same day, afternoon', 'You’ve hit your usage limit. Try again at 3:05 PM.', local(2026, 11, 7, 15, 6)],
    ['noon', 'Try again at 12:00 PM.', local(2026, 11, 7, 12, 1)],
    ['midnight hour', 'try again at 12:59 AM.', local(2026, 11, 7, 1, 0)],
    ['another day', 'or try again at Dec 8th, 2026 8:45 AM.', local(2026, 11, 8, 8, 46)],
    ['another month', 'Try again at Jan 1st, 2027 11:30 PM.', local(2027, 0, 1, 23, 31)],
  ])('%s: rounded up to the next minute', (_name, message, expected) => {
    expect(resetTimeFromMessage(message, now)).toBe(expected);
  });
  it.each([['Try again later.'], ["You've hit your usage limit."], ['try again at Foo 8th, 2026 8:45 AM.']])(
    'no time in %j: null',
    (message) => {
      expect(resetTimeFromMessage(message, now)).toBeNull();
    },
  );
});
