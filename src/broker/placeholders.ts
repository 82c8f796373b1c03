// The placeholders Codex gets instead of the real tokens (token-broker-facts.md §11.1 point 2).
//
// - id_token: an UNSIGNED JWT with copies of the claims Codex reads (email, plan, user, account, FedRAMP).
//   Never the real one: OpenAI's token endpoint accepts a real id_token as the subject of an API-key exchange.
// - access_token: JWT-shaped, its `exp` copied from the real token, so Codex's own proactive refresh fires when
//   the real token nears expiry; the rest is random and means nothing outside this broker.
// - refresh_token: random; it only unlocks the broker's refresh relay.
// - account_id and last_refresh: the real values (account_id is sent in clear headers; without it Codex refuses
//   to refresh, and without last_refresh its first request goes out unauthenticated).

import { randomBytes } from 'node:crypto';
import type { Bundle } from '../core/bundle.js';
import { decodeJwtLikeCodex, jwtExpiry } from '../core/jwt.js';

const OPENAI_AUTH_CLAIM = 'https://api.openai.com/auth';
const OPENAI_PROFILE_CLAIM = 'https://api.openai.com/profile';

/** Claims under the auth claim that identify the account and plan; nothing here is a credential. */
const AUTH_CLAIM_KEYS = [
  'chatgpt_plan_type',
  'chatgpt_user_id',
  'user_id',
  'chatgpt_account_id',
  'chatgpt_account_is_fedramp',
  'chatgpt_subscription_active_start',
  'chatgpt_subscription_active_until',
] as const;

/** Every refresh placeholder starts with this; no real refresh token does (OpenAI's start with `rt_`). */
export const REFRESH_PLACEHOLDER_PREFIX = 'cab_rt_';

/** True for an auth.json the broker wrote for Codex: it must never be stored as the login. */
export function isPlaceholderBundle(bundle: Bundle): boolean {
  return bundle.auth.tokens?.refresh_token.startsWith(REFRESH_PLACEHOLDER_PREFIX) === true;
}

export interface PlaceholderSet {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
}

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function randomPart(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** alg "none" says what it is; Codex never checks signatures, and the third part must only be non-empty. */
function unsignedJwt(payload: Record<string, unknown>): string {
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.${randomPart(16)}`;
}

function identityPayload(realIdToken: string): Record<string, unknown> {
  const decoded = decodeJwtLikeCodex(realIdToken);
  const claims = decoded.ok ? (decoded.claims as Record<string, unknown>) : {};
  const payload: Record<string, unknown> = {};
  if (typeof claims.email === 'string') payload.email = claims.email;
  const profile = claims[OPENAI_PROFILE_CLAIM];
  if (profile && typeof profile === 'object') {
    const email = (profile as Record<string, unknown>).email;
    if (typeof email === 'string') payload[OPENAI_PROFILE_CLAIM] = { email };
  }
  const auth = claims[OPENAI_AUTH_CLAIM];
  if (auth && typeof auth === 'object') {
    const copied: Record<string, unknown> = {};
    for (const key of AUTH_CLAIM_KEYS) {
      const value = (auth as Record<string, unknown>)[key];
      if (value !== undefined) copied[key] = value;
    }
    payload[OPENAI_AUTH_CLAIM] = copied;
  }
  return payload;
}

/** A fresh set for the bundle's current real tokens. Every call gives new random values. */
export function mintPlaceholders(bundle: Bundle): PlaceholderSet {
  const tokens = bundle.auth.tokens;
  if (!tokens) throw new Error('mintPlaceholders: the bundle holds no ChatGPT tokens');
  const exp = jwtExpiry(tokens.access_token);
  const access: Record<string, unknown> = { jti: randomPart(24), iss: 'codex-auth-broker' };
  if (exp !== null) access.exp = Math.floor(exp.getTime() / 1000);
  return {
    idToken: unsignedJwt(identityPayload(tokens.id_token)),
    accessToken: unsignedJwt(access),
    refreshToken: `${REFRESH_PLACEHOLDER_PREFIX}${randomPart(32)}`,
  };
}

/** auth.json text for Codex: the placeholders plus the real account_id and last_refresh. */
export function placeholderAuthJson(bundle: Bundle, set: PlaceholderSet): string {
  const tokens = bundle.auth.tokens;
  if (!tokens) throw new Error('placeholderAuthJson: the bundle holds no ChatGPT tokens');
  const file = {
    auth_mode: 'chatgpt',
    OPENAI_API_KEY: null,
    tokens: {
      id_token: set.idToken,
      access_token: set.accessToken,
      refresh_token: set.refreshToken,
      account_id: tokens.account_id ?? null,
    },
    last_refresh: bundle.auth.last_refresh ?? new Date().toISOString(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The body Codex expects from a successful refresh, carrying placeholders only. */
export function refreshAnswer(set: PlaceholderSet): string {
  return JSON.stringify({
    id_token: set.idToken,
    access_token: set.accessToken,
    refresh_token: set.refreshToken,
  });
}
