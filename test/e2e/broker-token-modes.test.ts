// The broker in the token modes, loopback: the REAL Codex (0.169.0 and 0.171.0) holds only a placeholder in
// CODEX_API_KEY / CODEX_ACCESS_TOKEN and still answers; upstream (the simulator) gets the real value in the
// Authorization header and never the placeholder; a client holding the placeholder is refused off the allowlist,
// and no answer the broker gives ever holds the real value.

import { promises as fs } from 'node:fs';
import { type IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';
import { lastAgentText, runCodexThroughBroker } from '../support/broker-world.js';
import {
  startTokenBrokerWorld,
  type TokenBrokerWorld,
  type TokenWorldKind,
} from '../support/token-broker-world.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(kind: TokenWorldKind): Promise<{ sim: ChatGptSimulator; w: TokenBrokerWorld }> {
  const sim = await startChatGptSimulator();
  cleanups.push(() => sim.close());
  const w = await startTokenBrokerWorld(sim, kind);
  cleanups.push(() => w.close());
  return { sim, w };
}

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

async function call(
  w: TokenBrokerWorld,
  method: string,
  path: string,
  bearer: string,
  body?: string,
): Promise<Answer> {
  const ca = await fs.readFile(w.broker.codexEnv.CODEX_CA_CERTIFICATE, 'utf8');
  const url = new URL(path, w.broker.origin);
  const headers = { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' };
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method, headers, ca },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The real value in no answer: neither its body nor any header. */
function expectNoToken(answers: readonly Answer[], token: string): void {
  for (const answer of answers) {
    expect(answer.body.includes(token)).toBe(false);
    expect(JSON.stringify(answer.headers).includes(token)).toBe(false);
  }
}

const KINDS: readonly { kind: TokenWorldKind; shape: RegExp }[] = [
  { kind: 'api_key', shape: /^sk-proj-[A-Za-z0-9_-]{64}$/ },
  { kind: 'access_token', shape: /^at-[A-Za-z0-9_-]{43}$/ },
];

describe.each(CODEX_VERSIONS)('the broker in the token modes, Codex $name', ({ bin }) => {
  it.each(KINDS)(
    '$kind: Codex answers with the placeholder; upstream sees only the real value',
    async ({ kind, shape }) => {
      const { sim, w } = await setUp(kind);
      expect(w.placeholder).toMatch(shape);
      expect(w.placeholder).not.toBe(w.token);
      const run = await runCodexThroughBroker(bin, w);
      expect(run.code, run.stderr).toBe(0);
      expect(lastAgentText(run)).toBe('OK');
      // Every call reached upstream with the real value (the simulator knows no placeholder: it would log `invalid`).
      expect(sim.requestLog.length).toBeGreaterThan(0);
      expect(sim.requestLog.filter((entry) => entry.bearer !== 'valid')).toEqual([]);
      expect(sim.responsesCount).toBeGreaterThan(0);
      if (kind === 'access_token') {
        expect(sim.whoamiCount).toBeGreaterThan(0);
        expect(sim.accessTokenUses).toBeGreaterThan(0);
      }
      // Only the paths this mode uses went upstream, and nothing was refused that Codex needed.
      const forwarded = new Set(
        w.broker
          .requestLog()
          .filter((e) => e.handling === 'forwarded')
          .map((e) => e.path),
      );
      if (kind === 'api_key') expect([...forwarded]).toEqual(['/backend-api/codex/responses']);
      else expect(forwarded.has('/api/accounts/v1/user-auth-credential/whoami')).toBe(true);
      expect(`${run.stdout}${run.stderr}`.includes(w.token)).toBe(false);
    },
    60_000,
  );
});

describe.each(KINDS)('a client holding the $kind placeholder', ({ kind }) => {
  it('is refused off the allowlist, and no answer holds the real value', async () => {
    const { sim, w } = await setUp(kind);
    const ph = w.placeholder;
    const refused = [
      await call(w, 'GET', '/backend-api/conversations', ph),
      await call(w, 'POST', '/backend-api/conversation', ph, '{}'),
      await call(w, 'GET', '/backend-api/wham/apps', ph),
      await call(w, 'POST', '/oauth/token', ph, '{"grant_type":"refresh_token","refresh_token":"x"}'),
      await call(w, 'POST', '/oauth/revoke', ph, '{"token":"x"}'),
      await call(w, 'GET', '/v1/models', ph),
      ...(kind === 'api_key'
        ? [
            // A key is for Responses only: the ChatGPT backend and whoami are not its paths.
            await call(w, 'GET', '/backend-api/codex/models', ph),
            await call(w, 'GET', '/api/accounts/v1/user-auth-credential/whoami', ph),
          ]
        : []),
    ];
    for (const answer of refused) expect(answer.status).toBe(403);
    // Not the placeholder (a forged bearer, or the real value itself): 401, nothing forwarded.
    const forged = [
      await call(w, 'POST', '/backend-api/codex/responses', 'at-forged', '{}'),
      await call(w, 'POST', '/backend-api/codex/responses', w.token, '{}'),
    ];
    for (const answer of forged) expect(answer.status).toBe(401);
    expect(sim.requestLog).toEqual([]);
    // Allowlisted calls go through, and their answers carry no real value either.
    const allowed =
      kind === 'access_token'
        ? [
            await call(w, 'GET', '/api/accounts/v1/user-auth-credential/whoami', ph),
            await call(w, 'GET', '/backend-api/codex/models', ph),
            await call(w, 'GET', '/backend-api/wham/accounts/check', ph),
          ]
        : [
            await call(
              w,
              'POST',
              '/backend-api/codex/responses',
              ph,
              '{"model":"x","input":[],"stream":true}',
            ),
          ];
    for (const answer of allowed) expect(answer.status, answer.body.slice(0, 200)).toBeLessThan(500);
    expect(sim.requestLog.filter((entry) => entry.bearer !== 'valid')).toEqual([]);
    expect(sim.requestLog.length).toBe(allowed.length);
    expectNoToken([...refused, ...forged, ...allowed], w.token);
  }, 30_000);
});
