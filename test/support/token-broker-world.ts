// The broker in a token mode (an API key or a personal access token) between the REAL Codex CLI and the loopback
// simulator as upstream: Codex gets the broker's placeholder variable, CA and URLs, never the real value.
// Runs Codex with broker-world.ts's runner; this file holds only what the token modes add.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'smol-toml';
import { silentLogger } from '../../src/core/logger.js';
import { startBroker } from '../../src/broker/index.js';
import type { BrokerWorld } from './broker-world.js';
import type { ChatGptSimulator } from './chatgpt-simulator.js';
import { registerSecret } from './leak-guard.js';

export type TokenWorldKind = 'api_key' | 'access_token';

export interface TokenBrokerWorld extends BrokerWorld {
  /** The real key or token (registered with the leak guard). */
  readonly token: string;
  /** What Codex gets instead. */
  readonly placeholder: string;
}

export async function startTokenBrokerWorld(
  sim: ChatGptSimulator,
  kind: TokenWorldKind,
): Promise<TokenBrokerWorld> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'token-broker-world-'));
  for (const dir of ['home', 'codex-home', 'tmp', 'broker']) {
    await fs.mkdir(path.join(root, dir), { mode: 0o700 });
  }
  const token = kind === 'api_key' ? sim.issueApiKey() : sim.issuePersonalAccessToken();
  const realTokens = new Set<string>();
  const broker = await startBroker({
    credential: kind === 'api_key' ? { kind, apiKey: token } : { kind, accessToken: token },
    upstream: {
      chatgptBaseUrl: sim.chatgptBaseUrl,
      openaiBaseUrl: sim.openaiBaseUrl,
      authApiBaseUrl: sim.authApiBaseUrl,
    },
    upstreamCa: await fs.readFile(sim.caPath, 'utf8'),
    persist: () => Promise.reject(new Error('a token mode never persists')),
    log: silentLogger,
    secrets: {
      add(values: readonly string[]) {
        for (const value of values) {
          realTokens.add(value);
          registerSecret(value);
        }
      },
      contains: (value: string) => [...realTokens].some((real) => value.includes(real)),
    },
    dir: path.join(root, 'broker'),
  });
  const codexHome = path.join(root, 'codex-home');
  const config = {
    ...broker.codexConfig,
    check_for_update_on_startup: false,
    features: {
      ...(broker.codexConfig.features as Record<string, boolean>),
      enable_request_compression: false,
    },
    analytics: { enabled: false },
  };
  await fs.writeFile(path.join(codexHome, 'config.toml'), stringify(config), { mode: 0o600 });
  const tokenEnv = broker.tokenEnv ?? {};
  const placeholder = tokenEnv.CODEX_API_KEY ?? tokenEnv.CODEX_ACCESS_TOKEN ?? '';
  return {
    root,
    home: path.join(root, 'home'),
    codexHome,
    tmp: path.join(root, 'tmp'),
    storePath: path.join(root, 'store.json'),
    // broker-world's runner gives Codex `codexEnv`: the placeholder variable rides along with it.
    broker: { ...broker, codexEnv: { ...broker.codexEnv, ...tokenEnv } },
    realTokens,
    persisted: [],
    token,
    placeholder,
    close: async () => {
      await broker.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
