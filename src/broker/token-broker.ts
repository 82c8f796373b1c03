// startBroker for the token modes (an API key or a personal access token): the same loopback HTTPS relay as for a
// ChatGPT login, without auth.json or a refresh relay. Codex gets a placeholder in CODEX_API_KEY /
// CODEX_ACCESS_TOKEN and the broker's URLs; the real value stays in this process and only ever goes upstream, in
// the Authorization header of an allowlisted path (token-routes.ts).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { UsageError } from '../core/errors.js';
import { copyHeaders } from './allowlist.js';
import { type ForwardContext, forwardHttp, outgoingHeaders, refuse, swappedBearer } from './forward.js';
import { RequestLog } from './request-log.js';
import { startListener } from './listener.js';
import { AUTHAPI_PREFIX, type TokenKind, TokenState, WHOAMI_PATH } from './token-credential.js';
import { tokenRouteOf } from './token-routes.js';
import { OPENAI_API_BASE_URL, OPENAI_UPSTREAM, type BrokerOptions, type RunningBroker } from './types.js';
import { upstreamRequest, upstreamTls } from './upstream.js';
import { upgradeHandler } from './websocket.js';

const WHOAMI_MAX = 64 * 1024;

export async function startTokenBroker(
  options: BrokerOptions,
  kind: TokenKind,
  token: string,
): Promise<RunningBroker> {
  if (token.trim() === '') {
    throw new UsageError(
      `the token broker was given an empty ${kind === 'api_key' ? 'API key' : 'access token'}`,
    );
  }
  options.secrets.add([token]);
  const state = new TokenState(kind, token);
  const upstream = options.upstream ?? {};
  // With an API key Codex's built-in provider talks to the platform API, not the ChatGPT backend.
  const openaiBase =
    upstream.openaiBaseUrl ?? (kind === 'api_key' ? OPENAI_API_BASE_URL : OPENAI_UPSTREAM.openaiBaseUrl);
  const authApi = new URL(upstream.authApiBaseUrl ?? OPENAI_UPSTREAM.authApiBaseUrl ?? '');
  const tls = upstreamTls(options.upstreamCa, options.proxy);
  const requestLog = new RequestLog();
  const ctx: ForwardContext = {
    state,
    tls,
    chatgptBase: new URL(upstream.chatgptBaseUrl ?? OPENAI_UPSTREAM.chatgptBaseUrl),
    openaiBase: new URL(openaiBase),
    origin: '',
    requestLog,
    log: options.log,
    routedOrigin: null,
  };
  const listener = await startListener({
    dir: options.dir,
    onRequest: (req, res) => dispatch(req, res, ctx, state, authApi),
    onUpgrade: upgradeHandler(ctx),
    tls,
    gate: options.gate,
    log: options.log,
  });
  const origin = listener.origin;
  ctx.origin = origin;
  options.log.debug(`broker (${kind}): listening on ${origin}`);
  return {
    origin,
    placeholderAuthJson: '',
    codexEnv: {
      CODEX_CA_CERTIFICATE: listener.caPath,
      // Refused here: nothing of a key or token may reach an OAuth endpoint, and Codex never needs one in these modes.
      CODEX_REFRESH_TOKEN_URL_OVERRIDE: `${origin}/oauth/token`,
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: `${origin}/oauth/revoke`,
    },
    tokenEnv:
      kind === 'api_key'
        ? { CODEX_API_KEY: state.placeholder }
        : { CODEX_ACCESS_TOKEN: state.placeholder, CODEX_AUTHAPI_BASE_URL: `${origin}${AUTHAPI_PREFIX}` },
    codexConfig: {
      chatgpt_base_url: `${origin}/backend-api/`,
      openai_base_url: `${origin}/backend-api/codex`,
      features: { apps: false, plugins: false, remote_plugin: false },
      otel: { metrics_exporter: 'none' },
    },
    currentBundle: () => null,
    loginDead: () => false,
    requestLog: () => requestLog.list(),
    planUsage: () => requestLog.planUsage(),
    // An API key's first calls go to the platform API; an access token's to the ChatGPT backend.
    warmUp: () => {
      listener.prepare();
      tls.preconnect(kind === 'api_key' ? ctx.openaiBase : ctx.chatgptBase, 2);
    },
    close: () => listener.close(),
  };
}

function dispatch(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ForwardContext,
  state: TokenState,
  authApi: URL,
): void {
  const url = new URL(req.url ?? '/', 'https://127.0.0.1');
  const method = req.method ?? 'GET';
  const finish = ctx.requestLog.begin(method, url.pathname);
  const route = tokenRouteOf(state.kind, method, url.pathname);
  switch (route.kind) {
    case 'refused':
      req.resume();
      finish(403, 'refused', 0, refuse(res, 403, 'Not a path this broker serves.'));
      return;
    case 'analytics':
      req.resume();
      res.writeHead(204);
      res.end();
      finish(204, 'local', 0, 0);
      return;
    case 'whoami':
      relayWhoami(
        req,
        res,
        ctx,
        state,
        new URL(
          `${authApi.pathname.replace(/\/+$/, '')}${WHOAMI_PATH.slice(AUTHAPI_PREFIX.length)}${url.search}`,
          authApi.origin,
        ),
        finish,
      );
      return;
    default:
      forwardHttp(req, res, route, url.search, ctx, finish);
  }
}

/**
 * whoami, relayed and passed back as it came; the broker reads the answer's account id, the entry of
 * accounts/check whose workspace origin it rewrites. The answer names the account, never a credential.
 */
function relayWhoami(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: ForwardContext,
  state: TokenState,
  target: URL,
  finish: (status: number, handling: 'forwarded' | 'refused', bytesIn: number, bytesOut: number) => void,
): void {
  req.resume();
  const real = swappedBearer(req, state);
  if (real === null) {
    finish(401, 'refused', 0, refuse(res, 401, 'This broker accepts only the placeholder it issued.'));
    return;
  }
  const pairs = copyHeaders(req.rawHeaders, new Set(['host', 'authorization', 'accept-encoding']));
  pairs.push(['host', target.host], ['authorization', `Bearer ${real}`], ['accept-encoding', 'identity']);
  const upstream = upstreamRequest(target, 'GET', outgoingHeaders(pairs), ctx.tls);
  upstream.on('response', (answer) => {
    const chunks: Buffer[] = [];
    let size = 0;
    answer.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= WHOAMI_MAX) chunks.push(chunk);
    });
    answer.on('end', () => {
      const body = Buffer.concat(chunks);
      const status = answer.statusCode ?? 502;
      if (status === 200) state.learnAccount(accountOf(body));
      const headers = copyHeaders(answer.rawHeaders, new Set(['set-cookie', 'content-length']));
      headers.push(['content-length', String(body.length)]);
      res.writeHead(status, headers.flat());
      res.end(body);
      finish(status, 'forwarded', 0, body.length);
    });
    answer.on('error', () => res.destroy());
  });
  upstream.on('error', (error) => {
    ctx.log.debug(`broker: upstream whoami failed: ${error.message}`);
    if (res.headersSent) return;
    const body = Buffer.from(JSON.stringify({ error: { message: 'The broker could not reach upstream.' } }));
    res.writeHead(502, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
    finish(502, 'forwarded', 0, body.length);
  });
  upstream.end();
}

function accountOf(body: Buffer): unknown {
  try {
    return (JSON.parse(body.toString('utf8')) as { chatgpt_account_id?: unknown }).chatgpt_account_id;
  } catch {
    return undefined;
  }
}
