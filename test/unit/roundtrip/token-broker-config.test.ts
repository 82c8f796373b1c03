import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../src/broker/types.js';
import { configWithBroker } from '../../../src/roundtrip/phases/token-broker.js';

const broker = {
  codexConfig: {
    chatgpt_base_url: 'https://127.0.0.1:1/backend-api/',
    openai_base_url: 'https://127.0.0.1:1/backend-api/codex',
    features: { apps: false, plugins: false, remote_plugin: false },
    otel: { metrics_exporter: 'none' },
  },
} as unknown as RunningBroker;

describe('configWithBroker', () => {
  it("puts the broker's base URLs over the user's and merges features and otel", () => {
    const user = [
      'model = "gpt-x"',
      'openai_base_url = "https://upstream.example/v1"',
      '[features]',
      'enable_request_compression = false',
      'apps = true',
      '[otel]',
      'environment = "ci"',
    ].join('\n');
    const merged = parse(configWithBroker(user, broker) ?? '') as Record<string, unknown>;
    expect(merged).toMatchObject({
      model: 'gpt-x',
      openai_base_url: 'https://127.0.0.1:1/backend-api/codex',
      chatgpt_base_url: 'https://127.0.0.1:1/backend-api/',
      features: { enable_request_compression: false, apps: false, plugins: false, remote_plugin: false },
      otel: { environment: 'ci', metrics_exporter: 'none' },
    });
  });

  it("without a user config, the broker's entries alone; an invalid one is left for the seal to name", () => {
    expect(parse(configWithBroker(undefined, broker) ?? '')).toMatchObject({
      openai_base_url: 'https://127.0.0.1:1/backend-api/codex',
    });
    expect(configWithBroker('not = = toml', broker)).toBe('not = = toml');
  });
});
