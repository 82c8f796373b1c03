// Opens requests to the real backend: Node's own TLS with the system roots (plus a caller's extra CA, for
// tests), through an http:// HTTPS_PROXY with CONNECT when one is given and the host is not in NO_PROXY.

import type { ClientRequest, IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Duplex } from 'node:stream';
import { isIP } from 'node:net';
import { connect as tlsConnect, createSecureContext, rootCertificates, type SecureContext } from 'node:tls';
import { WarmAgent } from './warm-agent.js';

export interface UpstreamTls {
  /**
   * The one TLS context of every upstream connection: Node's roots, plus the caller's extra CA. Built on first use
   * (Node's root store takes about 28 ms to build, once per process), or ahead by the broker's warmUp.
   */
  secureContext(): SecureContext;
  /** Keeps upstream connections open between requests: a new TLS handshake per call would cost every turn. */
  readonly agent: WarmAgent;
  readonly proxy?: { readonly url: string; readonly noProxy?: string } | undefined;
  /** Opens `count` connections to `origin` ahead, for the first requests (none through a proxy: not pooled). */
  preconnect(origin: URL, count: number): void;
}

export function upstreamTls(extraCa: string | undefined, proxy: UpstreamTls['proxy']): UpstreamTls {
  let context: SecureContext | undefined;
  const secureContext = () =>
    (context ??= extraCa === undefined ? createSecureContext() : rootsPlus(extraCa));
  const agent = new WarmAgent();
  return {
    secureContext,
    agent,
    proxy,
    preconnect: (origin, count) => {
      const { direct, ...endpoint } = endpointOf(origin, proxy);
      if (direct) agent.preconnect({ ...endpoint, secureContext: secureContext() }, count);
    },
  };
}

/** Where a connection to `url` goes, and whether it goes there directly (no proxy on the way, or NO_PROXY). */
function endpointOf(url: URL, proxy: UpstreamTls['proxy']) {
  return {
    host: url.hostname,
    port: Number(url.port || 443),
    // SNI takes host names only (RFC 6066); an IP upstream (a test's loopback server) gets none.
    servername: isIP(url.hostname) === 0 ? url.hostname : '',
    direct: proxy === undefined || bypassesProxy(url.hostname, proxy.noProxy),
  };
}

/**
 * A TLS context trusting Node's roots and `extraCa`: the extra CA adds trust, it does not narrow it. Built once:
 * a `ca` option on each request would parse all of Node's ~140 root certificates again for every connection
 * (about 33 ms each, most of the broker's time per request). The CA is added to the context Node builds from its
 * own roots, as Node does for a `ca` option (`addCACert` of the native context); the `ca` list is the fallback.
 */
export function rootsPlus(extraCa: string, fast = true): SecureContext {
  const context = createSecureContext();
  const native = (context as { context?: { addCACert?: (pem: string) => void } }).context;
  if (fast && typeof native?.addCACert === 'function') {
    native.addCACert(extraCa);
    return context;
  }
  return createSecureContext({ ca: [...rootCertificates, extraCa] });
}

/** NO_PROXY as curl reads it: `*`, exact hosts, and domain suffixes with or without a leading dot. */
function bypassesProxy(host: string, noProxy: string | undefined): boolean {
  for (const entry of (noProxy ?? '').split(',').map((item) => item.trim().toLowerCase())) {
    if (entry === '') continue;
    if (entry === '*') return true;
    const bare = entry.startsWith('.') ? entry.slice(1) : entry;
    if (host === bare || host.endsWith(`.${bare}`)) return true;
  }
  return false;
}

/**
 * A request to `target`, on a pooled keep-alive connection unless `fresh`. With a proxy, the TLS session is opened inside a CONNECT tunnel so the proxy sees only
 * the host name, never a header or a token.
 */
export function upstreamRequest(
  target: URL,
  method: string,
  headers: OutgoingHttpHeaders | [string, string][],
  tls: UpstreamTls,
  fresh = false,
): ClientRequest {
  const proxy = tls.proxy;
  const { host, port, servername, direct: unproxied } = endpointOf(target, proxy);
  const base = {
    host,
    port,
    method,
    path: `${target.pathname}${target.search}`,
    headers: headers as OutgoingHttpHeaders,
    secureContext: tls.secureContext(),
    servername,
    ALPNProtocols: ['http/1.1'],
    // `fresh`: a new connection. A pooled one that upstream closed meanwhile fails after "connected", which for a
    // refresh would look like a request that may have been received, and its token would be spent for nothing.
    agent: fresh ? (false as const) : tls.agent,
  };
  if (unproxied || proxy === undefined) return noDelay(httpsRequest(base));
  // No agent: Node uses createConnection only when the request has none. Tunnelled requests are not pooled.
  const { agent: _none, ...direct } = base;
  const request = httpsRequest({
    ...direct,
    createConnection: (_options, callback) => {
      tunnel(new URL(proxy.url), host, port, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error('proxy tunnel failed'), undefined as never);
        const secure = tlsConnect({
          socket,
          servername,
          secureContext: tls.secureContext(),
          ALPNProtocols: ['http/1.1'],
        });
        callback(null, secure);
      });
      return undefined as never;
    },
  });
  return noDelay(request);
}

/**
 * Every write goes out at once. With Nagle's algorithm on, a small write (a WebSocket frame, an SSE event, a
 * request's last bytes) waits for the ACK of the one before, which the peer delays up to 40 ms: measured on a
 * "say OK" turn, Codex's phase took 390 ms through the broker with it and 245 without (bare Codex: 220).
 */
function noDelay(request: ClientRequest): ClientRequest {
  request.setNoDelay(true);
  return request;
}

function tunnel(
  proxy: URL,
  host: string,
  port: number,
  done: (error: Error | null, socket?: Duplex) => void,
): void {
  const connect = httpRequest({
    host: proxy.hostname,
    port: Number(proxy.port || 80),
    method: 'CONNECT',
    path: `${host}:${port}`,
    headers: { host: `${host}:${port}` },
  });
  connect.once('connect', (res: { statusCode?: number; headers: IncomingHttpHeaders }, socket: Duplex) => {
    if (res.statusCode !== 200) {
      socket.destroy();
      done(new Error(`the proxy refused CONNECT ${host}:${port} (status ${res.statusCode ?? '?'})`));
      return;
    }
    done(null, socket);
  });
  connect.once('error', (error) => done(error));
  connect.end();
}
