// Phase (token modes): start the broker for an API key or personal access token before Codex starts. Codex gets
// a placeholder of the same shape and the broker's URLs and CA; the real value stays in this process and goes
// upstream only in the Authorization header of the paths that mode uses (src/broker/token-routes.ts).

import { readFile } from 'node:fs/promises';
import { parse, stringify } from 'smol-toml';
import { startBroker } from '../../broker/index.js';
import type { BrokerOptions, RunningBroker } from '../../broker/types.js';
import { type PhaseContext, required, type RunState } from './run-state.js';

export interface TokenBrokerRequest {
  readonly variable: 'CODEX_ACCESS_TOKEN' | 'CODEX_API_KEY';
  readonly token: string;
  readonly codexConfig?: string | undefined;
  readonly baseEnv: NodeJS.ProcessEnv;
}

type Table = Record<string, unknown>;

/** What Codex would have reached, and what it had to trust to get there, from the user's config and env. */
async function upstreamOf(
  request: TokenBrokerRequest,
): Promise<Pick<BrokerOptions, 'upstream' | 'upstreamCa' | 'proxy'>> {
  const config = userConfig(request.codexConfig) ?? {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const env = request.baseEnv;
  const upstream = {
    ...(text(config.openai_base_url) === undefined ? {} : { openaiBaseUrl: text(config.openai_base_url) }),
    ...(text(config.chatgpt_base_url) === undefined ? {} : { chatgptBaseUrl: text(config.chatgpt_base_url) }),
    ...(env.CODEX_AUTHAPI_BASE_URL ? { authApiBaseUrl: env.CODEX_AUTHAPI_BASE_URL } : {}),
  } as NonNullable<BrokerOptions['upstream']>;
  const caFile = env.CODEX_CA_CERTIFICATE || env.SSL_CERT_FILE;
  const proxyUrl = env.HTTPS_PROXY || env.https_proxy;
  return {
    upstream,
    ...(caFile ? { upstreamCa: await readFile(caFile, 'utf8') } : {}),
    proxy: proxyUrl ? { url: proxyUrl, noProxy: env.NO_PROXY || env.no_proxy || '' } : undefined,
  };
}

function userConfig(text: string | undefined): Table | null {
  if (text === undefined) return null;
  try {
    return parse(text) as Table;
  } catch {
    // The seal parses it again and names the input at fault; nothing to add here.
    return null;
  }
}

/** The user's config.toml with the broker's entries on top (its base URLs win; features and otel merged). */
export function configWithBroker(text: string | undefined, broker: RunningBroker): string | undefined {
  const config = userConfig(text);
  if (config === null && text !== undefined) return text;
  const own = broker.codexConfig as Table;
  const merged: Table = { ...(config ?? {}), ...own };
  for (const table of ['features', 'otel']) {
    merged[table] = {
      ...((config?.[table] as Table | undefined) ?? {}),
      ...((own[table] as Table | undefined) ?? {}),
    };
  }
  return stringify(merged);
}

/** Credential variables Codex must not get from the caller: only the broker's placeholder goes in. */
const REPLACED = [
  'CODEX_API_KEY',
  'CODEX_ACCESS_TOKEN',
  'OPENAI_API_KEY',
  'CODEX_AUTHAPI_BASE_URL',
  'CODEX_CA_CERTIFICATE',
  'CODEX_REFRESH_TOKEN_URL_OVERRIDE',
  'CODEX_REVOKE_TOKEN_URL_OVERRIDE',
];

/**
 * Starts the broker (closed with the run, from state.stops), points Codex's environment at it and returns the
 * config.toml Codex gets. The real token is in no variable, file or argument Codex is given.
 */
export async function startTokenBroker(
  state: RunState<PhaseContext>,
  request: TokenBrokerRequest,
): Promise<string | undefined> {
  const home = required(state.home, 'the home');
  const broker = await startBroker({
    credential:
      request.variable === 'CODEX_API_KEY'
        ? { kind: 'api_key', apiKey: request.token }
        : { kind: 'access_token', accessToken: request.token },
    ...(await upstreamOf(request)),
    persist: async () => undefined,
    log: state.ctx.log,
    secrets: state.ctx.secrets,
    dir: home.dir,
  });
  state.stops.push(() => broker.close());
  // Known to the run, so that it reports `protection: broker` and the broker's request log as a stream run does.
  state.broker = broker;
  const env = { ...required(state.codexEnv, "Codex's environment") };
  for (const name of Object.keys(env)) if (REPLACED.includes(name.toUpperCase())) delete env[name];
  state.codexEnv = { ...env, ...broker.codexEnv, ...broker.tokenEnv };
  return configWithBroker(request.codexConfig, broker);
}
