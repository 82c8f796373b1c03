// The token broker between the REAL Codex CLI (0.169.0 and 0.171.0) and the loopback ChatGPT simulator playing
// OpenAI upstream: Codex holds placeholders only, and still runs, routes, streams and refreshes
// (token-broker-facts.md §11.3 R1-R4, R6).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import {
  type BrokerWorld,
  lastAgentText,
  runCodexThroughBroker,
  scanForSecrets,
  startBrokerWorld,
} from '../support/broker-world.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(
  options: Parameters<typeof startChatGptSimulator>[0] = {},
): Promise<ChatGptSimulator> {
  const sim = await startChatGptSimulator(options);
  cleanups.push(() => sim.close());
  return sim;
}

async function world(sim: ChatGptSimulator, options: Parameters<typeof startBrokerWorld>[1] = {}) {
  const started = await startBrokerWorld(sim, options);
  cleanups.push(() => started.close());
  return started;
}

interface CodexAuth {
  tokens: { access_token: string; refresh_token: string };
  last_refresh: string;
}

async function codexAuth(w: BrokerWorld): Promise<CodexAuth> {
  return JSON.parse(await fs.readFile(path.join(w.codexHome, 'auth.json'), 'utf8')) as CodexAuth;
}

async function storedRefreshToken(w: BrokerWorld): Promise<string> {
  const stored = JSON.parse(await fs.readFile(w.storePath, 'utf8')) as { tokens: { refresh_token: string } };
  return stored.tokens.refresh_token;
}

describe.each([
  ['0.169.0', CODEX_BIN],
  ['0.171.0', NEWEST_CODEX_BIN],
])('the broker with Codex %s', (_version, bin) => {
  it('R1/R4: a turn over the Responses WebSocket works with placeholders only; no real token on disk or in output', async () => {
    const sim = await simulator();
    const w = await world(sim);
    const run = await runCodexThroughBroker(bin, w);
    expect(run.code).toBe(0);
    expect(lastAgentText(run)).toBe('OK');
    // The turn went over the WebSocket (no SSE fallback), and upstream saw the REAL token at the handshake.
    const turns = sim.requestLog.filter((entry) => entry.path === '/backend-api/codex/responses');
    expect(turns.map((entry) => `${entry.method} ${entry.status} ${entry.bearer}`)).toContain(
      'GET 101 valid',
    );
    expect(turns.some((entry) => entry.method === 'POST')).toBe(false);
    expect(/Falling back from WebSockets/i.test(run.stderr)).toBe(false);
    // Codex's auth.json still holds the placeholders it was given; nothing real anywhere Codex writes.
    // Booleans, not values, in assertions: a failure message must not print a real token.
    expect(/^cab_rt_/.test((await codexAuth(w)).tokens.refresh_token)).toBe(true);
    expect(await scanForSecrets([w.codexHome, w.home, w.tmp], w.realTokens)).toEqual([]);
    expect([...w.realTokens].some((token) => (run.stdout + run.stderr).includes(token))).toBe(false);
    // The request log: method, path, status, sizes, timing; no query strings.
    const log = w.broker.requestLog();
    expect(log.find((entry) => entry.path === '/backend-api/wham/accounts/check')).toMatchObject({
      method: 'GET',
      status: 200,
      handling: 'forwarded',
    });
    expect(log.every((entry) => !entry.path.includes('?'))).toBe(true);
  });

  it('R2: a placeholder exp one day away makes no refresh', async () => {
    const sim = await simulator();
    const w = await world(sim, { session: { accessTokenExpSeconds: 24 * 60 * 60 } });
    const run = await runCodexThroughBroker(bin, w);
    expect(lastAgentText(run)).toBe('OK');
    expect(sim.refreshLog).toEqual([]);
    expect(w.persisted).toEqual([]);
  });

  it('R2: a placeholder exp two minutes away makes exactly one proactive refresh, relayed and persisted', async () => {
    const sim = await simulator();
    const w = await world(sim, { session: { accessTokenExpSeconds: 120 } });
    const before = await codexAuth(w);
    const run = await runCodexThroughBroker(bin, w);
    expect(lastAgentText(run)).toBe('OK');
    expect(sim.refreshLog.map((entry) => `${entry.reason} ${entry.outcome}`)).toEqual([
      'proactive_expiry ok',
    ]);
    expect(w.persisted).toHaveLength(1);
    // The store holds the rotated real token, which upstream accepts; Codex holds a NEW placeholder.
    const stored = await storedRefreshToken(w);
    expect(sim.isValidRefreshToken(stored)).toBe(true);
    const after = await codexAuth(w);
    expect(/^cab_rt_/.test(after.tokens.refresh_token)).toBe(true);
    expect(after.tokens.refresh_token === before.tokens.refresh_token).toBe(false);
    expect(await scanForSecrets([w.codexHome, w.home, w.tmp], w.realTokens)).toEqual([]);
  });

  it('R2: an opaque token refreshed 9 days ago makes exactly one scheduled refresh, relayed', async () => {
    const sim = await simulator();
    const w = await world(sim, { lastRefresh: new Date(Date.now() - 9 * 24 * 60 * 60 * 1000) });
    const run = await runCodexThroughBroker(bin, w);
    expect(lastAgentText(run)).toBe('OK');
    expect(sim.refreshLog.map((entry) => `${entry.reason} ${entry.outcome}`)).toEqual(['scheduled ok']);
    expect(sim.isValidRefreshToken(await storedRefreshToken(w))).toBe(true);
  });

  it('R3: accounts/check naming another origin keeps Codex on the broker; upstream gets the turn at that origin', async () => {
    const sim = await simulator({ secondOrigin: true });
    const w = await world(sim);
    const run = await runCodexThroughBroker(bin, w);
    expect(lastAgentText(run)).toBe('OK');
    const check = sim.requestLog.find((entry) => entry.path === '/backend-api/wham/accounts/check');
    expect(check?.origin).toBe('main');
    const turns = sim.requestLog.filter((entry) => entry.path === '/backend-api/codex/responses');
    expect(turns.length).toBeGreaterThan(0);
    expect(turns.every((entry) => entry.origin === 'second' && entry.bearer === 'valid')).toBe(true);
    expect(w.broker.requestLog().some((entry) => entry.path === '/backend-api/codex/responses')).toBe(true);
  });

  it("R6: Codex's zstd request bodies pass the broker still compressed (byte identity: test/unit/broker)", async () => {
    const sim = await simulator({ webSocket: false, acceptCompressedRequests: true });
    const w = await world(sim, { compression: true });
    const run = await runCodexThroughBroker(bin, w);
    expect(lastAgentText(run)).toBe('OK');
    const posts = sim.requestLog.filter(
      (entry) => entry.path === '/backend-api/codex/responses' && entry.method === 'POST',
    );
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((entry) => entry.contentEncoding === 'zstd')).toBe(true);
  });
});
