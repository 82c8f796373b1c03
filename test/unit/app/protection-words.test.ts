import { describe, expect, it } from 'vitest';
import { describeProtection, protectionLine } from '../../../src/app/protection-words.js';
import type { IsolationReport } from '../../../src/roundtrip/result.js';

const isolation: IsolationReport = {
  user: 'codex-agent',
  created: true,
  setupMs: 1234,
  probeMs: 80,
  waitMs: 50,
  ptraceScope: '1',
  stopped: 1,
  chowned: 3,
  finishMs: 200,
};

describe('protection words', () => {
  it('names every protection, and nothing when Codex never ran', () => {
    for (const protection of ['broker', 'broker+separate-user', 'deny-read', 'none'] as const) {
      expect(describeProtection({ protection })).toMatch(
        new RegExp(`^${protection.replace('+', '\\+')} \\(.+\\)$`),
      );
    }
    expect(describeProtection({ protection: null })).toBeNull();
    expect(protectionLine({ protection: null, isolation })).toBeNull();
  });

  it('adds the isolation: who Codex ran as, the set-up, what was stopped and given back', () => {
    expect(protectionLine({ protection: 'broker+separate-user', isolation })).toMatch(
      /^broker\+separate-user \(.+\); Codex ran as codex-agent \(created for this run\), set-up 1\.2 s \(probe 80 ms, the run waited 0\.1 s\), 1 process of the agent stopped, 3 files given back, finish 0\.2 s$/,
    );
    const unfinished = { ...isolation, created: false, stopped: null, chowned: null, finishMs: null };
    expect(protectionLine({ protection: 'broker+separate-user', isolation: unfinished })).toMatch(
      /; Codex ran as codex-agent, set-up 1\.2 s \(probe 80 ms, the run waited 0\.1 s\)$/,
    );
  });
});
