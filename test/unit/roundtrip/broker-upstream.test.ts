// Where the run's broker sends Codex's calls: what the user's config.toml and environment named, else OpenAI's.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokerUpstreamOf } from '../../../src/roundtrip/broker-upstream.js';

describe('brokerUpstreamOf', () => {
  it('takes the base URLs from config.toml, the URL overrides and the CA from the environment', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'upstream-'));
    const ca = path.join(dir, 'ca.pem');
    await fs.writeFile(ca, 'PEM');
    const got = await brokerUpstreamOf(
      'chatgpt_base_url = "https://gw.example/backend-api/"\nopenai_base_url = "https://gw.example/codex"\n',
      {
        CODEX_REFRESH_TOKEN_URL_OVERRIDE: 'https://gw.example/oauth/token',
        CODEX_CA_CERTIFICATE: ca,
        HTTPS_PROXY: 'http://proxy.example:3128',
        NO_PROXY: 'internal.example',
      },
    );
    expect(got).toEqual({
      upstream: {
        chatgptBaseUrl: 'https://gw.example/backend-api/',
        openaiBaseUrl: 'https://gw.example/codex',
        refreshUrl: 'https://gw.example/oauth/token',
      },
      upstreamCa: 'PEM',
      proxy: { url: 'http://proxy.example:3128/', noProxy: 'internal.example' },
    });
    await fs.rm(dir, { recursive: true });
  });

  it("nothing named: OpenAI's endpoints (no overrides), no proxy", async () => {
    expect(await brokerUpstreamOf(undefined, {})).toEqual({ upstream: {}, proxy: undefined });
  });

  it('refuses an https:// proxy and an unreadable CA, naming the variable', async () => {
    await expect(brokerUpstreamOf('', { HTTPS_PROXY: 'https://proxy.example' })).rejects.toThrow(
      /HTTPS_PROXY .*http:\/\/HOST:PORT/,
    );
    await expect(brokerUpstreamOf('', { CODEX_CA_CERTIFICATE: '/nonexistent/ca.pem' })).rejects.toThrow(
      /CODEX_CA_CERTIFICATE names \/nonexistent\/ca.pem/,
    );
  });
});
