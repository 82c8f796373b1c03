import { promises as fs } from 'node:fs';
import { parse } from 'smol-toml';
import type { BrokerOptions, UpstreamEndpoints } from '../broker/index.js';
import { UsageError } from '../core/errors.js';

// Where the broker sends what Codex would have sent: the endpoints the user's own Codex config and environment
// named (that is how a test puts its ChatGPT simulator upstream, and how a user with a gateway keeps it), else
// OpenAI's. The broker then takes Codex's place in both: Codex is pointed at the broker, the broker at these.

type Table = Record<string, unknown>;

/** What the broker needs of the user's setup besides the login. */
export type BrokerUpstream = Pick<BrokerOptions, 'upstream' | 'upstreamCa' | 'proxy'>;

/**
 * Reads `chatgpt_base_url` / `openai_base_url` from the user's config.toml (already validated by the seal), the
 * refresh and revoke URL overrides from the environment, the CA Codex would have trusted (CODEX_CA_CERTIFICATE,
 * else SSL_CERT_FILE) and HTTPS_PROXY / NO_PROXY.
 */
export async function brokerUpstreamOf(
  userConfig: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<BrokerUpstream> {
  const doc: Table = userConfig ? (parse(userConfig) as Table) : {};
  const upstream: Partial<Record<keyof UpstreamEndpoints, string>> = {};
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  const chatgpt = text(doc.chatgpt_base_url);
  const openai = text(doc.openai_base_url);
  const refresh = text(env.CODEX_REFRESH_TOKEN_URL_OVERRIDE);
  const revoke = text(env.CODEX_REVOKE_TOKEN_URL_OVERRIDE);
  if (chatgpt) upstream.chatgptBaseUrl = chatgpt;
  if (openai) upstream.openaiBaseUrl = openai;
  if (refresh) upstream.refreshUrl = refresh;
  if (revoke) upstream.revokeUrl = revoke;
  const caPath = text(env.CODEX_CA_CERTIFICATE) ?? text(env.SSL_CERT_FILE);
  return {
    upstream,
    ...(caPath
      ? {
          upstreamCa: await readCa(
            caPath,
            env.CODEX_CA_CERTIFICATE ? 'CODEX_CA_CERTIFICATE' : 'SSL_CERT_FILE',
          ),
        }
      : {}),
    proxy: proxyOf(env),
  };
}

async function readCa(file: string, variable: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${variable} names ${file}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); point it at a PEM certificate file or unset it.`,
    );
  }
}

/** HTTPS_PROXY as curl and Codex read it; the broker tunnels through an http:// proxy with CONNECT. */
function proxyOf(env: NodeJS.ProcessEnv): BrokerOptions['proxy'] {
  const url = env.HTTPS_PROXY || env.https_proxy || env.ALL_PROXY || env.all_proxy;
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.includes('://') ? url : `http://${url}`);
  } catch {
    throw new UsageError(`HTTPS_PROXY (${url}) is not a URL; set it to http://HOST:PORT or unset it.`);
  }
  if (parsed.protocol !== 'http:') {
    throw new UsageError(
      `HTTPS_PROXY uses ${parsed.protocol.replace(':', '')}://, but the token broker reaches OpenAI only through an http:// proxy (CONNECT); set HTTPS_PROXY to http://HOST:PORT.`,
    );
  }
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return { url: parsed.toString(), ...(noProxy === undefined ? {} : { noProxy }) };
}
