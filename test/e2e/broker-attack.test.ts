// A hostile model behind the broker (REAL Codex 0.169.0 and 0.171.0, danger-full-access, so its shell reaches
// the loopback): it reads the placeholders Codex was given and uses them against the broker the way an attacker
// would. The simulator plays OpenAI and records what reached it; the test asserts on what the agent saw.
// token-broker-facts.md §11.3 R1 (the agent's view) and R12 (the broker as an oracle).

import { afterEach, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import { runCodexThroughBroker, startBrokerWorld } from '../support/broker-world.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The hunt: everything the agent can read (its environment, auth.json, config.toml), then the broker with the
 * placeholders on paths outside the allowlist, a refresh it has no need for, and a revoke.
 */
const HUNT = [
  'B="${CODEX_REFRESH_TOKEN_URL_OVERRIDE%/oauth/token}"',
  'A="$CODEX_HOME/auth.json"',
  'AT=$(jq -r .tokens.access_token "$A"); RT=$(jq -r .tokens.refresh_token "$A")',
  'C="--cacert $CODEX_CA_CERTIFICATE -s"',
  'echo "== env"; env; echo "== auth"; cat "$A"; echo "== config"; cat "$CODEX_HOME/config.toml"',
  'for p in backend-api/conversations backend-api/me backend-api/wham/apps backend-api/codex/responses/x backend-api/files; do',
  '  echo "GET $p $(curl $C -o /dev/null -w %{http_code} -H "Authorization: Bearer $AT" "$B/$p")"; done',
  'echo "POST conversation $(curl $C -o /dev/null -w %{http_code} -H "Authorization: Bearer $AT" -d {} "$B/backend-api/conversation")"',
  'echo "models-forged-bearer $(curl $C -o /dev/null -w %{http_code} -H "Authorization: Bearer forged" "$B/backend-api/codex/models")"',
  'for r in proactive_expiry scheduled unauthorized_recovery forced; do',
  '  echo "refresh $r $(curl $C -o /dev/null -w %{http_code} -H content-type:application/json -d "{\\"client_id\\":\\"app_EMoamEEZ73f0CkXaXp7hrann\\",\\"grant_type\\":\\"refresh_token\\",\\"refresh_reason\\":\\"$r\\",\\"refresh_token\\":\\"$RT\\"}" "$B/oauth/token")"; done',
  'echo "revoke $(curl $C -o /dev/null -w %{http_code} -H content-type:application/json -d "{\\"token\\":\\"$RT\\"}" "$B/oauth/revoke")"',
].join('\n');

describe.each([
  ['0.169.0', CODEX_BIN],
  ['0.171.0', NEWEST_CODEX_BIN],
])('a hostile agent behind the broker, Codex %s', (_version, bin) => {
  it('finds no real token and cannot reach anything outside the allowlist, refresh or revoke', async () => {
    const sim: ChatGptSimulator = await startChatGptSimulator({ toolCall: HUNT });
    cleanups.push(() => sim.close());
    const w = await startBrokerWorld(sim);
    cleanups.push(() => w.close());
    const args = [
      'exec',
      '--json',
      '--skip-git-repo-check',
      '--ephemeral',
      '--sandbox',
      'danger-full-access',
      'go',
    ];
    const run = await runCodexThroughBroker(bin, w, args);
    expect(run.code).toBe(0);
    const seen = sim.toolOutputs.join('\n');
    // The hunt ran and saw the placeholders (so it really looked)...
    // Booleans only: a failure message must not print what the agent saw (it could hold a leaked token).
    expect(seen.includes('== auth')).toBe(true);
    expect(/"refresh_token": "cab_rt_/.test(seen)).toBe(true);
    // ...and no real token anywhere in what it saw.
    for (const token of w.realTokens) expect(seen.includes(token)).toBe(false);
    // Outside the allowlist: 403, and nothing reached upstream.
    for (const path of ['conversations', 'me', 'wham/apps', 'codex/responses/x', 'files']) {
      expect(seen.includes(`GET backend-api/${path} 403`), path).toBe(true);
    }
    expect(seen.includes('POST conversation 403')).toBe(true);
    expect(seen.includes('models-forged-bearer 401')).toBe(true);
    const reached = new Set(sim.requestLog.map((entry) => entry.path));
    for (const path of [
      '/backend-api/conversations',
      '/backend-api/me',
      '/backend-api/wham/apps',
      '/backend-api/files',
    ]) {
      expect(reached.has(path)).toBe(false);
    }
    // Refresh asks answered with placeholders, none forwarded: the real token is fresh. Revoke stays local.
    for (const reason of ['proactive_expiry', 'scheduled', 'unauthorized_recovery', 'forced']) {
      expect(seen.includes(`refresh ${reason} 200`), reason).toBe(true);
    }
    expect(seen.includes('revoke 200')).toBe(true);
    expect(sim.refreshCount).toBe(0);
    expect(reached.has('/oauth/token')).toBe(false);
    expect(reached.has('/oauth/revoke')).toBe(false);
    expect(sim.isValidRefreshToken(w.session?.refreshToken ?? '')).toBe(true);
  });
});
