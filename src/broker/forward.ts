// Relays an allowlisted HTTP request upstream: swaps the access placeholder for the real token, drops
// hop-by-hop headers, streams the body both ways byte for byte (zstd request bodies and SSE answers included,
// nothing buffered), strips Set-Cookie toward Codex. The one rewrite: our account's workspace_backend_origin in
// accounts/check becomes the broker's origin, and later Responses calls go to the real one.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Logger } from '../core/logger.js';
import { copyHeaders, type Route } from './allowlist.js';
import type { RequestLog } from './request-log.js';
import { type UpstreamTls, upstreamRequest } from './upstream.js';

/** What forwarding needs of the credential: CredentialState (a ChatGPT login) or TokenState (a key or token). */
export interface SwapState {
  isAccessPlaceholder(token: string): boolean;
  realAccessToken(): string;
  noteUpstream401(now: number): void;
  /** The account whose workspace_backend_origin accounts/check rewrites; undefined: none yet. */
  accountId(): string | undefined;
}

export interface ForwardContext {
  readonly state: SwapState;
  readonly tls: UpstreamTls;
  readonly chatgptBase: URL;
  readonly openaiBase: URL;
  /** The broker's own https origin, written into accounts/check (known once it listens). */
  origin: string;
  readonly requestLog: RequestLog;
  readonly log: Logger;
  /** The real workspace origin accounts/check named for our account; null until it did. */
  routedOrigin: string | null;
}

export type Finish = (
  status: number,
  handling: 'forwarded' | 'refused',
  bytesIn: number,
  bytesOut: number,
) => void;

const REQUEST_DROP = new Set(['host', 'authorization']);
const RESPONSE_DROP = new Set(['set-cookie']);

/** The real access token for a request carrying an access placeholder issued this run, else null. */
export function swappedBearer(req: IncomingMessage, state: SwapState): string | null {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  const token = match?.[1];
  return token !== undefined && state.isAccessPlaceholder(token) ? state.realAccessToken() : null;
}

/** Where an allowlisted request goes upstream. */
export function targetOf(route: Route, search: string, ctx: ForwardContext): URL {
  if (route.kind === 'responses') {
    const path = `${ctx.openaiBase.pathname.replace(/\/+$/, '')}/responses${search}`;
    return new URL(path, ctx.routedOrigin ?? ctx.openaiBase.origin);
  }
  const rest = route.kind === 'chatgpt' || route.kind === 'accounts-check' ? route.rest : '';
  const base = ctx.chatgptBase.pathname.endsWith('/')
    ? ctx.chatgptBase.pathname
    : `${ctx.chatgptBase.pathname}/`;
  return new URL(`${base}${rest}${search}`, ctx.chatgptBase.origin);
}

export function outgoingHeaders(pairs: [string, string][]): OutgoingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    const seen = headers[key];
    headers[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return headers;
}

export function refuse(res: ServerResponse, status: number, message: string): number {
  const body = Buffer.from(
    JSON.stringify({ error: { message, code: status === 403 ? 'forbidden' : 'unauthorized' } }),
  );
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
  return body.length;
}

export function forwardHttp(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  search: string,
  ctx: ForwardContext,
  finish: Finish,
): void {
  const real = swappedBearer(req, ctx.state);
  if (real === null) {
    req.resume();
    finish(401, 'refused', 0, refuse(res, 401, 'This broker accepts only the access placeholder it issued.'));
    return;
  }
  const target = targetOf(route, search, ctx);
  const rewrite = route.kind === 'accounts-check';
  const drop = rewrite ? new Set([...REQUEST_DROP, 'accept-encoding']) : REQUEST_DROP;
  const pairs = copyHeaders(req.rawHeaders, drop);
  pairs.push(['host', target.host], ['authorization', `Bearer ${real}`]);
  // The one answer the broker reads must arrive uncompressed.
  if (rewrite) pairs.push(['accept-encoding', 'identity']);
  const upstream = upstreamRequest(target, req.method ?? 'GET', outgoingHeaders(pairs), ctx.tls);
  let bytesIn = 0;
  let bytesOut = 0;
  req.on('data', (chunk: Buffer) => (bytesIn += chunk.length));
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.on('response', (answer) => {
    const status = answer.statusCode ?? 502;
    if (status === 401) ctx.state.noteUpstream401(Date.now());
    ctx.requestLog.noteHeaders(answer.headers);
    const headers = copyHeaders(answer.rawHeaders, RESPONSE_DROP);
    if (rewrite && status === 200 && answer.headers['content-encoding'] === undefined) {
      rewriteAccountsCheck(answer, res, headers, ctx, (size) => finish(status, 'forwarded', bytesIn, size));
      return;
    }
    res.writeHead(status, headers.flat());
    // Headers go out at once: an SSE stream's first event must not wait for a later write.
    res.flushHeaders();
    answer.on('data', (chunk: Buffer) => (bytesOut += chunk.length));
    answer.on('end', () => finish(status, 'forwarded', bytesIn, bytesOut));
    answer.on('error', () => res.destroy());
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    ctx.log.debug(`broker: upstream ${route.kind} request failed: ${error.message}`);
    if (!res.headersSent) {
      const body = Buffer.from(
        JSON.stringify({ error: { message: 'The broker could not reach upstream.' } }),
      );
      res.writeHead(502, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
      finish(502, 'forwarded', bytesIn, body.length);
    } else {
      res.destroy();
      finish(502, 'forwarded', bytesIn, bytesOut);
    }
  });
  req.pipe(upstream);
}

function rewriteAccountsCheck(
  answer: IncomingMessage,
  res: ServerResponse,
  headers: [string, string][],
  ctx: ForwardContext,
  done: (size: number) => void,
): void {
  const chunks: Buffer[] = [];
  answer.on('data', (chunk: Buffer) => chunks.push(chunk));
  answer.on('end', () => {
    let body = Buffer.concat(chunks);
    try {
      const parsed = JSON.parse(body.toString('utf8')) as { accounts?: unknown };
      const ours = ctx.state.accountId();
      for (const entry of Array.isArray(parsed.accounts) ? parsed.accounts : []) {
        const account = entry as { id?: unknown; workspace_backend_origin?: unknown };
        const origin = account.workspace_backend_origin;
        if (account.id !== ours || typeof origin !== 'string' || !origin.startsWith('https://')) continue;
        const routed = new URL(origin).origin;
        // Codex's Responses calls go there next: open that connection now, as warmUp did for the first backend.
        if (routed !== ctx.routedOrigin && routed !== ctx.chatgptBase.origin)
          ctx.tls.preconnect(new URL(routed), 1);
        ctx.routedOrigin = routed;
        account.workspace_backend_origin = ctx.origin;
      }
      body = Buffer.from(JSON.stringify(parsed));
    } catch {
      ctx.log.debug('broker: accounts/check answer is not JSON; passed on unchanged');
    }
    const kept = headers.filter(([name]) => name.toLowerCase() !== 'content-length');
    kept.push(['content-length', String(body.length)]);
    res.writeHead(answer.statusCode ?? 200, kept.flat());
    res.end(body);
    done(body.length);
  });
  answer.on('error', () => res.destroy());
}
