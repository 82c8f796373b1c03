// The lane orchestration with lanes that return prepared round-trip results (the round trip itself is covered
// end to end with the real Codex in test/e2e/usage-lanes-*.test.ts).
import { describe, expect, it } from 'vitest';
import type { CodexEvent } from '../../../src/codex/codex-runner.js';
import { AuthUnusableError, CodexFailedError, UsageLimitError } from '../../../src/core/errors.js';
import type { LaneSpec } from '../../../src/core/lane-spec.js';
import type { Logger } from '../../../src/core/logger.js';
import { isWorkEvent, runLanes } from '../../../src/roundtrip/lanes.js';
import { emptyResult, type RoundTripResult } from '../../../src/roundtrip/result.js';

type Outcome = 'ok' | 'limited' | 'limited-after-tool' | 'dead' | 'failed';
const lines: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: (message) => void lines.push(message),
  warn: (message) => void lines.push(message),
};

function lane(name: string): LaneSpec {
  return name === 'api-key' ? { kind: 'api-key' } : { kind: 'stream', stream: name };
}

function scripted(outcomes: Record<string, Outcome[]>, resets: Record<string, string> = {}) {
  const calls: string[] = [];
  const runLane = async (spec: LaneSpec, onEvent: (event: CodexEvent) => void): Promise<RoundTripResult> => {
    const name = spec.kind === 'stream' ? spec.stream : spec.kind;
    calls.push(name);
    const outcome = outcomes[name]?.shift() ?? 'ok';
    const result = emptyResult(name, 'file');
    if (outcome === 'limited-after-tool') {
      onEvent({ type: 'item.started', item: { type: 'command_execution', command: 'make' } });
    }
    if (outcome === 'limited' || outcome === 'limited-after-tool') {
      result.usageLimited = true;
      result.resetsAt = resets[name] ?? null;
      result.error = new UsageLimitError(`${name} limited`);
    }
    if (outcome === 'dead') result.error = new AuthUnusableError(`${name} dead`);
    if (outcome === 'failed') result.error = new CodexFailedError(`${name} failed`);
    return result;
  };
  return { calls, runLane };
}

describe('runLanes', () => {
  it('runs only the first lane when it succeeds', async () => {
    const { calls, runLane } = scripted({});
    const out = await runLanes({ lanes: [lane('a'), lane('b')], runLane, waitForResetMs: 0, log });
    expect(out.lane).toBe('stream:a');
    expect(calls).toEqual(['a']);
  });

  it('moves on after a limit before any tool call, and after a dead login (raising the alert)', async () => {
    const { calls, runLane } = scripted({ a: ['limited'], b: ['dead'] }, { a: '2030-01-01T00:00:00.000Z' });
    const dead: string[] = [];
    const out = await runLanes({
      lanes: [lane('a'), lane('b'), lane('api-key')],
      runLane,
      waitForResetMs: 0,
      log,
      onDeadLogin: async (spec) => {
        dead.push(spec.kind === 'stream' ? spec.stream : spec.kind);
      },
    });
    expect(calls).toEqual(['a', 'b', 'api-key']);
    expect(out.lane).toBe('api-key');
    expect(out.attempts.map((attempt) => [attempt.lane, attempt.outcome, attempt.resetsAt])).toEqual([
      ['stream:a', 'usage-limited', '2030-01-01T00:00:00.000Z'],
      ['stream:b', 'dead-login', null],
      ['api-key', 'ran', null],
    ]);
    expect(dead).toEqual(['b']);
  });

  it('stops at a limit after a tool call ran: never re-runs the work on the next lane', async () => {
    const { calls, runLane } = scripted({ a: ['limited-after-tool'] });
    const out = await runLanes({ lanes: [lane('a'), lane('b')], runLane, waitForResetMs: 0, log });
    expect(calls).toEqual(['a']);
    expect(out.lane).toBeNull();
    expect(out.result.error).toBeInstanceOf(UsageLimitError);
    expect(out.result.error?.message).toMatch(/NOT re-run/);
  });

  it('stops at any other failure (it is not a reason to use another login)', async () => {
    const { calls, runLane } = scripted({ a: ['failed'] });
    const out = await runLanes({ lanes: [lane('a'), lane('b')], runLane, waitForResetMs: 0, log });
    expect(calls).toEqual(['a']);
    expect(out.result.error).toBeInstanceOf(CodexFailedError);
  });

  it('none left: fails with the earliest reset; a reset within the bound is waited for, once', async () => {
    const now = Date.parse('2030-01-01T00:00:00.000Z');
    const resets = { a: '2030-01-01T02:00:00.000Z', b: '2030-01-01T01:00:00.000Z' };
    const first = scripted({ a: ['limited'], b: ['limited'] }, resets);
    const failed = await runLanes({
      lanes: [lane('a'), lane('b')],
      runLane: first.runLane,
      waitForResetMs: 30 * 60_000,
      log,
      now: () => new Date(now),
      sleep: () => Promise.reject(new Error('must not wait beyond the bound')),
    });
    expect(failed.result.error).toBeInstanceOf(UsageLimitError);
    expect(failed.result.error?.message).toMatch(
      /earliest usage window resets at 2030-01-01T01:00:00.000Z.*later than wait-for-reset allows \(1800 s\)/,
    );
    expect(failed.result.resetsAt).toBe('2030-01-01T01:00:00.000Z');

    const slept: number[] = [];
    const second = scripted({ a: ['limited', 'limited'], b: ['limited', 'ok'] }, resets);
    const waited = await runLanes({
      lanes: [lane('a'), lane('b')],
      runLane: second.runLane,
      waitForResetMs: 2 * 3600_000,
      log,
      now: () => new Date(now),
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    expect(slept).toEqual([3600_000 + 1000]);
    expect(second.calls).toEqual(['a', 'b', 'a', 'b']);
    expect(waited.lane).toBe('stream:b');
  });

  it('one lane keeps its own error (no "no lane is left" wording)', async () => {
    const { runLane } = scripted({ a: ['limited'] });
    const out = await runLanes({ lanes: [lane('a')], runLane, waitForResetMs: 0, log });
    expect(out.result.error?.message).toBe('a limited');
  });
});

describe('isWorkEvent', () => {
  it.each([
    [{ type: 'item.started', item: { type: 'command_execution' } }, true],
    [{ type: 'item.completed', item: { type: 'file_change' } }, true],
    [{ type: 'item.started', item: { type: 'some_future_tool' } }, true],
    [{ type: 'item.completed', item: { type: 'agent_message', text: 'hi' } }, false],
    [{ type: 'item.completed', item: { type: 'reasoning' } }, false],
    [{ type: 'turn.started' }, false],
    [{ type: 'error', message: "You've hit your usage limit" }, false],
  ])('%j -> %s', (event, expected) => {
    expect(isWorkEvent(event as CodexEvent)).toBe(expected);
  });
});
