// POST /oauth/token from Codex: the refresh relay (token-broker-facts.md §11.1 point 5).
//
// - Single-flight: one refresh at a time, so the real refresh token is never sent twice concurrently.
// - Only a real need goes upstream (CredentialState.needsUpstream); other asks get new placeholders for the
//   current real tokens, so an agent holding the refresh placeholder cannot burn refreshes.
// - Each real refresh token is sent upstream at most once. A non-2xx answer is replayed verbatim to every later
//   ask (Codex prints the exact reused/expired/revoked message); a network error after the request went out is a
//   503 (transient to Codex) and is never resent: upstream may have rotated already.
// - On 2xx: merge (absent fields keep their old values, as Codex does), register the new tokens as secrets,
//   persist, and only THEN answer Codex with new placeholders.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { type Bundle, parseBundle, secretValues } from '../core/bundle.js';
import { decodeJwtLikeCodex } from '../core/jwt.js';
import type { Logger, SecretSink } from '../core/logger.js';
import type { CredentialState, StoredAnswer } from './credential-state.js';
import { refreshAnswer } from './placeholders.js';
import { type UpstreamTls, upstreamRequest } from './upstream.js';

export interface RefreshRelayContext {
  readonly state: CredentialState;
  readonly refreshUrl: URL;
  readonly tls: UpstreamTls;
  readonly persist: (bundle: Bundle) => Promise<void>;
  readonly secrets: SecretSink;
  readonly log: Logger;
}

const MAX_BODY = 64 * 1024;
const PERMANENT_CODES = new Set([
  'refresh_token_expired',
  'refresh_token_reused',
  'refresh_token_invalidated',
]);
const JSON_TYPE = 'application/json';

function json(status: number, value: unknown): StoredAnswer {
  return { status, body: Buffer.from(JSON.stringify(value)), contentType: JSON_TYPE };
}

export function readBody(req: IncomingMessage, limit = MAX_BODY): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: StoredAnswer): number {
  res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
  res.end(answer.body);
  return answer.body.length;
}

/** Serialises refreshes: the next one starts only after the previous one answered (and persisted). */
export function singleFlight(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Handles one POST /oauth/token; resolves to the status and body size sent. */
export async function relayRefresh(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RefreshRelayContext,
  queue: ReturnType<typeof singleFlight>,
): Promise<{ status: number; bytesIn: number; bytesOut: number }> {
  const body = await readBody(req);
  const bytesIn = body?.length ?? MAX_BODY;
  let ask: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = body === null ? null : JSON.parse(body.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      ask = parsed as Record<string, unknown>;
  } catch {
    ask = null;
  }
  const presented = typeof ask?.refresh_token === 'string' ? ask.refresh_token : '';
  if (ask === null || !ctx.state.isRefreshPlaceholder(presented)) {
    const answer = json(401, {
      error: { code: 'invalid_grant', message: 'Not a refresh token issued by this run.' },
    });
    return { status: 401, bytesIn, bytesOut: send(res, answer) };
  }
  const reason = typeof ask.refresh_reason === 'string' ? ask.refresh_reason : null;
  const request = ask;
  const answer = await queue(() => decide(request, reason, req, ctx));
  return { status: answer.status, bytesIn, bytesOut: send(res, answer) };
}

async function decide(
  ask: Record<string, unknown>,
  reason: string | null,
  req: IncomingMessage,
  ctx: RefreshRelayContext,
): Promise<StoredAnswer> {
  const { state } = ctx;
  if (state.dead) return state.dead;
  if (!state.needsUpstream(reason, Date.now())) {
    ctx.log.debug(
      `broker: refresh (${reason ?? 'no reason'}) answered locally: the real token is still fresh`,
    );
    return { status: 200, body: Buffer.from(refreshAnswer(state.issue())), contentType: JSON_TYPE };
  }
  const spent = state.spentAnswer();
  if (spent) return spent;
  const upstream = await sendUpstream(ask, req, ctx);
  if (upstream.kind === 'not-sent') return json(503, { error: { message: upstream.message } });
  if (upstream.kind === 'lost') {
    ctx.log.warn(
      `broker: the refresh request reached upstream but its answer was lost (${upstream.message}); that refresh token is not sent again`,
    );
    const answer = json(503, { error: { message: 'The refresh answer was lost; not retried.' } });
    state.markSpent(answer);
    return answer;
  }
  const { answer } = upstream;
  if (answer.status < 200 || answer.status >= 300) return failed(answer, ctx);
  return rotated(answer, ctx);
}

function failed(answer: StoredAnswer, ctx: RefreshRelayContext): StoredAnswer {
  ctx.state.markSpent(answer);
  const code = errorCode(answer.body);
  if (answer.status === 401 || (code !== null && PERMANENT_CODES.has(code))) {
    ctx.state.markDead(answer);
    ctx.log.warn(
      `broker: upstream refused the refresh (status ${answer.status}${code === null ? '' : `, ${code}`}): the login is dead`,
    );
  } else {
    ctx.log.warn(`broker: upstream refresh failed with status ${answer.status}; not retried with this token`);
  }
  return answer;
}

function errorCode(body: Buffer): string | null {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { error?: unknown; code?: unknown };
    const nested =
      parsed.error && typeof parsed.error === 'object' ? (parsed.error as { code?: unknown }) : {};
    const code = nested.code ?? parsed.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

async function rotated(answer: StoredAnswer, ctx: RefreshRelayContext): Promise<StoredAnswer> {
  const { state } = ctx;
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
  } catch {
    fields = {};
  }
  const text = (name: string): string | null =>
    typeof fields[name] === 'string' && fields[name] !== '' ? (fields[name] as string) : null;
  const fresh = [text('id_token'), text('access_token'), text('refresh_token')];
  ctx.secrets.add(fresh.filter((value): value is string => value !== null));
  const old = state.bundle.auth;
  const oldTokens = old.tokens ?? { id_token: '', access_token: '', refresh_token: '' };
  const idToken = text('id_token');
  if (idToken !== null && !decodeJwtLikeCodex(idToken).ok) {
    ctx.log.warn('broker: the refreshed id_token is not a JWT; the previous one is kept');
  }
  const tokens = {
    ...oldTokens,
    id_token: idToken !== null && decodeJwtLikeCodex(idToken).ok ? idToken : oldTokens.id_token,
    access_token: text('access_token') ?? oldTokens.access_token,
    refresh_token: text('refresh_token') ?? oldTokens.refresh_token,
  };
  const next = parseBundle(
    `${JSON.stringify({ ...old, tokens, last_refresh: new Date().toISOString() }, null, 2)}\n`,
    'the refreshed login',
  );
  ctx.secrets.add(secretValues(next));
  state.rotated(next, Date.now());
  try {
    await ctx.persist(next);
  } catch (error) {
    // The new bundle stays current in memory (currentBundle()), so the caller can still save it; Codex keeps
    // working with its old placeholders, which now map to the new access token.
    ctx.log.warn(`broker: saving the refreshed login failed: ${(error as Error).message}`);
    return json(503, { error: { message: 'The refreshed login could not be saved yet.' } });
  }
  ctx.log.info('broker: relayed a refresh; the new login is saved');
  return { status: 200, body: Buffer.from(refreshAnswer(state.issue())), contentType: JSON_TYPE };
}

type UpstreamOutcome =
  | { kind: 'answer'; answer: StoredAnswer }
  | { kind: 'not-sent'; message: string }
  | { kind: 'lost'; message: string };

/** Codex's own body with the real refresh token, and Codex's own identifying headers. */
function sendUpstream(
  ask: Record<string, unknown>,
  req: IncomingMessage,
  ctx: RefreshRelayContext,
): Promise<UpstreamOutcome> {
  const body = Buffer.from(JSON.stringify({ ...ask, refresh_token: ctx.state.realRefreshToken() }));
  const headers: Record<string, string | number> = {
    host: ctx.refreshUrl.host,
    'content-type': JSON_TYPE,
    'content-length': body.length,
    accept: req.headers.accept ?? '*/*',
  };
  for (const name of ['user-agent', 'originator']) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return new Promise((resolve) => {
    let connected = false;
    const upstream = upstreamRequest(ctx.refreshUrl, 'POST', headers, ctx.tls, true);
    upstream.on('socket', (socket) => {
      const secure = socket as TLSSocket;
      if (!secure.connecting) connected = true;
      else secure.once('secureConnect', () => (connected = true));
    });
    upstream.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const contentType = res.headers['content-type'] ?? JSON_TYPE;
        resolve({
          kind: 'answer',
          answer: { status: res.statusCode ?? 502, body: Buffer.concat(chunks), contentType },
        });
      });
      res.on('error', (error) => resolve({ kind: 'lost', message: error.message }));
    });
    upstream.on('error', (error) =>
      resolve(
        connected ? { kind: 'lost', message: error.message } : { kind: 'not-sent', message: error.message },
      ),
    );
    upstream.end(body);
  });
}
