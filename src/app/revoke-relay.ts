import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { rootCertificates } from 'node:tls';

// `codex logout` revokes the refresh token and deletes auth.json, and exits 0 whether or not the revoke call
// succeeded (Codex's revoke is best effort: a 500, a timeout after 10 s or an unreachable endpoint are only
// logged). To know what happened, revoke points Codex at this relay on 127.0.0.1: it passes Codex's own request
// to the real endpoint unchanged, hands the answer back, and remembers the status. Bodies hold the refresh token:
// they are relayed, never logged or kept.

/** What the revoke endpoint answered to Codex's request, as the relay saw it. */
export type RevokeOutcome =
  | { readonly kind: 'confirmed'; readonly status: number }
  | { readonly kind: 'refused'; readonly status: number }
  | { readonly kind: 'timeout'; readonly afterMs: number }
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'not-asked' };

export interface RevokeRelay {
  /** The URL to give Codex as CODEX_REVOKE_TOKEN_URL_OVERRIDE. */
  readonly url: string;
  /** The endpoint the relay forwards to. */
  readonly upstream: string;
  outcome(): RevokeOutcome;
  close(): Promise<void>;
}

const DEFAULT_REVOKE_URL = 'https://auth.openai.com/oauth/revoke';
const MAX_BODY = 64 * 1024;
/** Below Codex's own 10 s, so that Codex gets the relay's answer (a 504) rather than timing out itself. */
export const REVOKE_UPSTREAM_TIMEOUT_MS = 9_000;

/** The revoke endpoint Codex would call, by Codex's own rule (codex-rs/login/src/auth/revoke.rs). */
export function revokeEndpoint(env: NodeJS.ProcessEnv): string {
  const override = env.CODEX_REVOKE_TOKEN_URL_OVERRIDE;
  if (override) return override;
  const refresh = env.CODEX_REFRESH_TOKEN_URL_OVERRIDE;
  if (refresh && URL.canParse(refresh)) {
    const url = new URL(refresh);
    url.pathname = '/oauth/revoke';
    url.search = '';
    return url.toString();
  }
  return DEFAULT_REVOKE_URL;
}

/** The CAs Codex trusts: the system's, plus CODEX_CA_CERTIFICATE when set (a proxy's or a test's CA). */
function trustedCas(env: NodeJS.ProcessEnv): string[] | undefined {
  const extra = env.CODEX_CA_CERTIFICATE;
  return extra ? [...rootCertificates, readFileSync(extra, 'utf8')] : undefined;
}

export async function startRevokeRelay(env: NodeJS.ProcessEnv): Promise<RevokeRelay> {
  const upstream = new URL(revokeEndpoint(env));
  const ca = trustedCas(env);
  let outcome: RevokeOutcome = { kind: 'not-asked' };
  const server = http.createServer((req, res) => {
    void relay(req, res, upstream, ca).then((seen) => {
      outcome = seen;
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oauth/revoke`,
    upstream: upstream.toString(),
    outcome: () => outcome,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Forwards one request and answers Codex with the endpoint's answer (502/504 when there is none). */
async function relay(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: URL,
  ca: string[] | undefined,
): Promise<RevokeOutcome> {
  const body = await readBody(req);
  if (req.method !== 'POST' || body === null) {
    res.writeHead(400).end();
    return { kind: 'not-asked' };
  }
  const started = performance.now();
  return new Promise((resolve) => {
    const finish = (status: number, answer: Buffer | string, outcome: RevokeOutcome) => {
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' }).end(answer);
      resolve(outcome);
    };
    const client = upstream.protocol === 'http:' ? http : https;
    const request = client.request(upstream, {
      method: 'POST',
      headers: {
        'content-type': req.headers['content-type'] ?? 'application/json',
        'content-length': body.length,
      },
      timeout: REVOKE_UPSTREAM_TIMEOUT_MS,
      ...(ca && upstream.protocol === 'https:' ? { ca } : {}),
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const status = response.statusCode ?? 502;
        const kind = status >= 200 && status < 300 ? 'confirmed' : 'refused';
        finish(status, Buffer.concat(chunks), { kind, status });
      });
      response.on('error', (error) => finish(502, '{}', { kind: 'unreachable', reason: error.message }));
    });
    request.on('timeout', () => {
      request.destroy();
      finish(504, '{}', { kind: 'timeout', afterMs: Math.round(performance.now() - started) });
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      finish(502, '{}', { kind: 'unreachable', reason: error.code ?? error.message }),
    );
    request.end(body);
  });
}
