// The token broker between the REAL Codex CLI (0.169.0 and 0.171.0) and the loopback ChatGPT simulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatGptSimulator, startChatGptSimulator } from '../support/chatgpt-simulator.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import { lastAgentText, runCodexThroughBroker, scanForSecrets, startBrokerWorld } from '../support/broker-world.js';

describe.each([
  ['0.169.0', CODEX_BIN],
  ['0.171.0', NEWEST_CODEX_BIN],
])('broker with Codex %s', (_version, bin) => {
  let sim: ChatGptSimulator;
  beforeAll(async () => {
    sim = await startChatGptSimulator();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('runs a turn with placeholders only', async () => {
    const world = await startBrokerWorld(sim);
    try {
      const run = await runCodexThroughBroker(bin, world);
      console.log(run.code, run.stderr.slice(0, 3000), world.broker.requestLog());
      console.log(sim.describeLog());
      expect(lastAgentText(run)).toBe('OK');
      expect(await scanForSecrets([world.codexHome, world.home, world.tmp], world.realTokens)).toEqual([]);
    } finally {
      await world.close();
    }
  });
});
