// Responses over WebSocket: the handshake is the only place a credential travels (frames carry none), so the
// broker swaps the bearer there, and after the 101 pipes raw bytes both ways without parsing a frame:
// permessage-deflate, pings and close frames pass end to end.

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { copyHeaders, routeOf } from './allowlist.js';
import { type ForwardContext, outgoingHeaders, swappedBearer, targetOf } from './forward.js';
import { upstreamRequest } from './upstream.js';

type Finish = (status: number, handling: 'forwarded' | 'refused', bytesIn: number, bytesOut: number) => void;

function rawAnswer(socket: Duplex, status: number, text: string, message: string): number {
  const body = JSON.stringify({ error: { message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
  return Buffer.byteLength(body);
}

function statusBlock(status: number, message: string, rawHeaders: readonly string[]): string {
  const kept = copyHeaders(rawHeaders, new Set(['set-cookie']), true);
  return `HTTP/1.1 ${status} ${message}\r\n${kept.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`;
}

export function forwardUpgrade(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  ctx: ForwardContext,
  finish: Finish,
): void {
  socket.on('error', () => socket.destroy());
  const url = new URL(req.url ?? '/', 'https://127.0.0.1');
  const route = routeOf(req.method ?? 'GET', url.pathname, true);
  if (route.kind === 'refused') {
    finish(403, 'refused', 0, rawAnswer(socket, 403, 'Forbidden', 'Not a path this broker serves.'));
    return;
  }
  const real = swappedBearer(req, ctx.state);
  if (real === null) {
    const size = rawAnswer(
      socket,
      401,
      'Unauthorized',
      'This broker accepts only the access placeholder it issued.',
    );
    finish(401, 'refused', 0, size);
    return;
  }
  const target = targetOf(route, url.search, ctx);
  const pairs = copyHeaders(req.rawHeaders, new Set(['host', 'authorization']), true);
  pairs.push(['host', target.host], ['authorization', `Bearer ${real}`]);
  const upstream = upstreamRequest(target, 'GET', outgoingHeaders(pairs), ctx.tls);
  let bytesIn = head.length;
  let bytesOut = 0;
  upstream.on('upgrade', (answer: IncomingMessage, upSocket: Duplex, upHead: Buffer) => {
    ctx.requestLog.noteHeaders(answer.headers);
    socket.write(statusBlock(101, 'Switching Protocols', answer.rawHeaders));
    if (upHead.length > 0) socket.write(upHead);
    if (head.length > 0) upSocket.write(head);
    socket.on('data', (chunk: Buffer) => (bytesIn += chunk.length));
    upSocket.on('data', (chunk: Buffer) => (bytesOut += chunk.length));
    socket.pipe(upSocket);
    upSocket.pipe(socket);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      socket.destroy();
      upSocket.destroy();
      finish(101, 'forwarded', bytesIn, bytesOut);
    };
    socket.on('close', close);
    upSocket.on('close', close);
    upSocket.on('error', close);
    socket.on('error', close);
  });
  upstream.on('response', (answer) => {
    // Upstream refused the upgrade (e.g. 426): Codex falls back to SSE; pass the refusal on as it came.
    const status = answer.statusCode ?? 502;
    if (status === 401) ctx.state.noteUpstream401(Date.now());
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const body = Buffer.concat(chunks);
      const kept = copyHeaders(answer.rawHeaders, new Set(['set-cookie', 'content-length']));
      kept.push(['content-length', String(body.length)], ['connection', 'close']);
      const lines = kept.map(([name, value]) => `${name}: ${value}\r\n`).join('');
      const block = `HTTP/1.1 ${status} ${answer.statusMessage ?? ''}\r\n${lines}\r\n`;
      socket.end(Buffer.concat([Buffer.from(block), body]));
      finish(status, 'forwarded', bytesIn, body.length);
    });
  });
  upstream.on('error', () => {
    finish(
      502,
      'forwarded',
      bytesIn,
      rawAnswer(socket, 502, 'Bad Gateway', 'The broker could not reach upstream.'),
    );
  });
  upstream.end();
}

/** The listener's upgrade handler: each WebSocket upgrade logged and forwarded (both brokers use it). */
export function upgradeHandler(
  ctx: ForwardContext,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    const finish = ctx.requestLog.begin('GET', new URL(req.url ?? '/', 'https://127.0.0.1').pathname);
    forwardUpgrade(req, socket, head, ctx, finish);
  };
}
