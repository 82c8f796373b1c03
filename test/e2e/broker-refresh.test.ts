// The broker's refresh relay and revoke containment with the REAL Codex CLI (0.169.0 and 0.171.0) and the
// loopback simulator as OpenAI (token-broker-facts.md §11.3 R7, R8, R9).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import {
  killRunningCodex,
  lastAgentText,
  runCodexThroughBroker,
  startBrokerWorld,
} from '../support/broker-world.js';

const REUSED_MESSAGE =
  'Your access token could not be refreshed because your refresh token was already used. Please log out and sign in again.';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(): Promise<ChatGptSimulator> {
  const sim = await startChatGptSimulator();
  cleanups.push(() => sim.close());
  return sim;
}

async function world(sim: ChatGptSimulator, options: Parameters<typeof startBrokerWorld>[1] = {}) {
  const started = await startBrokerWorld(sim, options);
  cleanups.push(() => started.close());
  return started;
}

describe.each([
  ['0.169.0', CODEX_BIN],
  ['0.171.0', NEWEST_CODEX_BIN],
])('the refresh relay with Codex %s', (_version, bin) => {
  it('R7: the rotated login is stored before Codex hears of it; killed right after, the next run still works', async () => {
    const sim = await simulator();
    let answeredAtPersist = -1;
    let codexAuthAtPersist = '';
    const w = await world(sim, {
      session: { accessTokenExpSeconds: 120 },
      afterPersist: async (self) => {
        // The moment the store holds the new login: Codex must not have had an answer yet.
        answeredAtPersist = self.broker.requestLog().filter((entry) => entry.path === '/oauth/token').length;
        codexAuthAtPersist = await fs.readFile(path.join(self.codexHome, 'auth.json'), 'utf8');
        // The kill, between persist and answer: the broker and the Codex run it served both die here.
        killRunningCodex();
        await self.broker.close();
      },
    });
    const initial = await fs.readFile(path.join(w.codexHome, 'auth.json'), 'utf8');
    await runCodexThroughBroker(bin, w);
    expect(sim.refreshCount).toBe(1);
    expect(answeredAtPersist).toBe(0);
    expect(codexAuthAtPersist).toBe(initial);
    const stored = await fs.readFile(w.storePath, 'utf8');
    const storedRefresh = (JSON.parse(stored) as { tokens: { refresh_token: string } }).tokens.refresh_token;
    expect(sim.isValidRefreshToken(storedRefresh)).toBe(true);
    expect(sim.isValidRefreshToken(w.session?.refreshToken ?? '')).toBe(false);
    // The next run, from the store alone.
    const next = await world(sim, { storedBundle: stored });
    const run = await runCodexThroughBroker(bin, next);
    expect(lastAgentText(run)).toBe('OK');
  });

  it('R8: refresh_token_reused passes through verbatim, the login is marked dead, the token is sent once', async () => {
    const sim = await simulator();
    const w = await world(sim, { session: { accessTokenExpSeconds: -60 } });
    sim.failNextRefresh({ status: 401, code: 'refresh_token_reused' });
    const first = await runCodexThroughBroker(bin, w);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(REUSED_MESSAGE);
    expect(w.broker.loginDead()).toBe(true);
    // A second run asks again: the broker answers from what upstream said, and never resends the token.
    const second = await runCodexThroughBroker(bin, w);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(REUSED_MESSAGE);
    expect(sim.attemptsFor(w.session?.refreshToken ?? '')).toBe(1);
    expect(w.persisted).toEqual([]);
  });

  it('R8: an upstream 500 reaches upstream once, however often Codex retries', async () => {
    const sim = await simulator();
    const w = await world(sim, { session: { accessTokenExpSeconds: -60 } });
    sim.failNextRefresh({ status: 500 });
    const run = await runCodexThroughBroker(bin, w);
    expect(run.code).not.toBe(0);
    const asked = w.broker.requestLog().filter((entry) => entry.path === '/oauth/token').length;
    expect(asked).toBeGreaterThan(1);
    expect(sim.attemptsFor(w.session?.refreshToken ?? '')).toBe(1);
    expect(w.broker.loginDead()).toBe(false);
  });

  it('R9: `codex logout` is answered by the broker; upstream never sees a revoke and the login lives on', async () => {
    const sim = await simulator();
    const w = await world(sim);
    const stored = w.broker.currentBundle()?.raw ?? '';
    const logout = await runCodexThroughBroker(bin, w, ['logout']);
    expect(logout.code).toBe(0);
    expect(w.broker.requestLog()).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/oauth/revoke', status: 200, handling: 'local' }),
    );
    expect(sim.requestLog.filter((entry) => entry.path === '/oauth/revoke')).toEqual([]);
    expect(sim.isValidRefreshToken(w.session?.refreshToken ?? '')).toBe(true);
    const next = await world(sim, { storedBundle: stored });
    expect(lastAgentText(await runCodexThroughBroker(bin, next))).toBe('OK');
  });
});
