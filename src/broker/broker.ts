// startBroker: the loopback HTTPS relay between Codex and OpenAI for one run (token-broker-facts.md §11.1).
// Codex gets placeholderAuthJson, codexEnv and codexConfig; the real tokens stay in this process.
// See docs/broker.md for the allowlist and what an agent can still do through the broker.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { secretValues } from '../core/bundle.js';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { routeOf } from './allowlist.js';
import { CredentialState } from './credential-state.js';
import { type ForwardContext, forwardHttp, refuse } from './forward.js';
import { placeholderAuthJson } from './placeholders.js';
import { type RefreshRelayContext, relayRefresh, singleFlight } from './refresh-relay.js';
import { RequestLog } from './request-log.js';
import { startListener } from './listener.js';
import { startTokenBroker } from './token-broker.js';
import { OPENAI_UPSTREAM, type BrokerOptions, type RunningBroker } from './types.js';
import { upstreamTls } from './upstream.js';
import { upgradeHandler } from './websocket.js';

export { BROKER_CA_FILE } from './listener.js';

export async function startBroker(options: BrokerOptions): Promise<RunningBroker> {
  const { credential } = options;
  if (credential.kind === 'api_key') return startTokenBroker(options, 'api_key', credential.apiKey);
  if (credential.kind === 'access_token') {
    return startTokenBroker(options, 'access_token', credential.accessToken);
  }
  const bundle = credential.bundle;
  if (!bundle.auth.tokens)
    throw new UsageError('the token broker needs a ChatGPT login (tokens in auth.json)');
  options.secrets.add(secretValues(bundle));
  const upstream = { ...OPENAI_UPSTREAM, ...options.upstream };
  const state = new CredentialState(bundle);
  const requestLog = new RequestLog();
  const tls = upstreamTls(options.upstreamCa, options.proxy);
  const relay: RefreshRelayContext = {
    state,
    refreshUrl: new URL(upstream.refreshUrl),
    tls,
    persist: options.persist,
    secrets: options.secrets,
    log: options.log,
  };
  const ctx: ForwardContext = {
    state,
    tls,
    chatgptBase: new URL(upstream.chatgptBaseUrl),
    openaiBase: new URL(upstream.openaiBaseUrl),
    origin: '',
    requestLog,
    log: options.log,
    routedOrigin: null,
  };

  const listener = await startListener({
    dir: options.dir,
    onRequest: dispatcher(ctx, relay, options.log),
    onUpgrade: upgradeHandler(ctx),
    tls,
    gate: options.gate,
    log: options.log,
  });
  const origin = listener.origin;
  ctx.origin = origin;
  options.log.debug(`broker: listening on ${origin}`);

  return {
    origin,
    placeholderAuthJson: placeholderAuthJson(bundle, state.current),
    codexEnv: {
      CODEX_CA_CERTIFICATE: listener.caPath,
      CODEX_REFRESH_TOKEN_URL_OVERRIDE: `${origin}/oauth/token`,
      CODEX_REVOKE_TOKEN_URL_OVERRIDE: `${origin}/oauth/revoke`,
    },
    codexConfig: codexConfigFor(origin),
    currentBundle: () => state.bundle,
    loginDead: () => state.dead !== null,
    requestLog: () => requestLog.list(),
    planUsage: () => requestLog.planUsage(),
    // Codex's first calls go to the ChatGPT backend, two or three at once.
    warmUp: () => {
      listener.prepare();
      tls.preconnect(ctx.chatgptBase, 2);
    },
    close: () => listener.close(),
  };
}

/** Routes one request: refused, answered here, the refresh relay, or forwarded upstream. */
function dispatcher(
  ctx: ForwardContext,
  relay: RefreshRelayContext,
  log: Logger,
): (req: IncomingMessage, res: ServerResponse) => void {
  const queue = singleFlight();
  const { requestLog } = ctx;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const method = req.method ?? 'GET';
    const finish = requestLog.begin(method, url.pathname);
    const route = routeOf(method, url.pathname, false);
    switch (route.kind) {
      case 'refused':
        req.resume();
        finish(403, 'refused', 0, refuse(res, 403, 'Not a path this broker serves.'));
        return;
      case 'revoke':
        // `codex logout` from the agent must not end the session: answered here, never forwarded.
        req.resume();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 });
        res.end('{}');
        finish(200, 'local', 0, 2);
        return;
      case 'analytics':
        req.resume();
        res.writeHead(204);
        res.end();
        finish(204, 'local', 0, 0);
        return;
      case 'token':
        relayRefresh(req, res, relay, queue).then(
          ({ status, bytesIn, bytesOut }) => finish(status, 'local', bytesIn, bytesOut),
          (error: unknown) => {
            log.warn(`broker: refresh relay failed: ${(error as Error).message}`);
            if (!res.headersSent) res.writeHead(503).end();
            finish(503, 'local', 0, 0);
          },
        );
        return;
      default:
        forwardHttp(req, res, route, url.search, ctx, finish);
    }
  };
}

/** The config.toml entries that point Codex at the broker and switch off what it has no route for. */
function codexConfigFor(origin: string): RunningBroker['codexConfig'] {
  return {
    chatgpt_base_url: `${origin}/backend-api/`,
    openai_base_url: `${origin}/backend-api/codex`,
    cli_auth_credentials_store: 'file',
    features: { apps: false, plugins: false, remote_plugin: false },
    otel: { metrics_exporter: 'none' },
  };
}
