// Test credentials, generated at run time (nothing here is a real or hard-coded token). Every token value made
// here is registered with the leak guard, so a test fails if one of them shows up in captured output.
//
// Shapes follow what Codex 0.169.0 reads (see /work/shared/notes/codex-cli-auth-facts.md): id_token must be an
// unpadded-base64url JWT (signature never checked); access tokens are opaque strings or JWTs with `exp`;
// auth.json is pretty JSON with `OPENAI_API_KEY: null`, `tokens`, `last_refresh` (RFC 3339).

import { randomBytes, randomUUID } from 'node:crypto';
import { registerSecret } from './leak-guard.js';

export const OPENAI_AUTH_CLAIM = 'https://api.openai.com/auth';

const DAY_MS = 24 * 60 * 60 * 1000;

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url'); // Node's base64url is unpadded.
}

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** A JWT-shaped string: header.payload.signature, with a random (meaningless) signature. */
function makeJwt(payload: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: `test-${randomHex(4)}` }));
  return `${header}.${base64url(JSON.stringify(payload))}.${base64url(randomBytes(64))}`;
}

export function makeAccountId(): string {
  return randomUUID();
}

export interface IdTokenInput {
  readonly email?: string;
  readonly accountId?: string;
  readonly userId?: string;
  readonly planType?: string;
  /** Extra or overriding top-level claims, merged last (they may replace the auth claim object). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/**
 * An id_token as Codex expects it. Defaults: email `dev-<random>@example.com`, and under
 * "https://api.openai.com/auth": chatgpt_plan_type "plus", a random chatgpt_account_id and chatgpt_user_id.
 */
export function makeIdToken(input: IdTokenInput = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const userId = input.userId ?? `user-${randomHex(12)}`;
  const token = makeJwt({
    iss: 'https://auth.example.test',
    aud: ['app_test'],
    sub: `auth0|${randomHex(12)}`,
    iat: now,
    email: input.email ?? `dev-${randomHex(6)}@example.com`,
    email_verified: true,
    [OPENAI_AUTH_CLAIM]: {
      chatgpt_plan_type: input.planType ?? 'plus',
      chatgpt_account_id: input.accountId ?? makeAccountId(),
      chatgpt_user_id: userId,
      user_id: userId,
    },
    ...input.claims,
  });
  registerSecret(token);
  return token;
}

export interface AccessTokenInput {
  /**
   * Seconds from now until `exp` (negative: already expired). When given (a number), the token is a JWT with
   * `exp`; when absent or null, it is an opaque `oat_<48 hex>` string (never `at-...`: that prefix means a
   * personal access token to Codex).
   */
  readonly expSeconds?: number | null;
  readonly accountId?: string;
}

export function makeAccessToken(input: AccessTokenInput = {}): string {
  let token: string;
  if (input.expSeconds === undefined || input.expSeconds === null) {
    token = `oat_${randomHex(24)}`;
  } else {
    const now = Math.floor(Date.now() / 1000);
    token = makeJwt({
      iss: 'https://auth.example.test',
      aud: ['https://api.example.test/v1'],
      iat: now,
      nbf: now,
      exp: now + Math.round(input.expSeconds),
      jti: randomUUID(),
      [OPENAI_AUTH_CLAIM]: { chatgpt_account_id: input.accountId ?? makeAccountId() },
    });
  }
  registerSecret(token);
  return token;
}

export function makeRefreshToken(): string {
  const token = `rt_${base64url(randomBytes(32))}`;
  registerSecret(token);
  return token;
}

export interface TestTokens {
  readonly idToken: string;
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly accountId: string;
}

export interface AuthJsonInput {
  /** `last_refresh`; null leaves the key out (Codex then never refreshes proactively). */
  readonly lastRefresh: Date | null;
  readonly idToken?: string;
  readonly accessToken?: string;
  readonly refreshToken?: string;
  readonly accountId?: string;
}

/** Generates whatever tokens were not given (opaque access token). */
export function makeTokens(input: Partial<TestTokens> = {}): TestTokens {
  const accountId = input.accountId ?? makeAccountId();
  return {
    accountId,
    idToken: input.idToken ?? makeIdToken({ accountId }),
    accessToken: input.accessToken ?? makeAccessToken({ accountId }),
    refreshToken: input.refreshToken ?? makeRefreshToken(),
  };
}

/** Formats tokens as Codex's auth.json: pretty JSON, 2-space indent, no trailing newline (as Codex writes it). */
export function authJsonText(tokens: TestTokens, lastRefresh: Date | null): string {
  const doc: Record<string, unknown> = {
    OPENAI_API_KEY: null,
    tokens: {
      id_token: tokens.idToken,
      access_token: tokens.accessToken,
      refresh_token: tokens.refreshToken,
      account_id: tokens.accountId,
    },
  };
  if (lastRefresh !== null) doc.last_refresh = lastRefresh.toISOString();
  return JSON.stringify(doc, null, 2);
}

/** The auth.json text for the given (or freshly generated) tokens. */
export function makeAuthJson(input: AuthJsonInput): string {
  const { lastRefresh, ...given } = input;
  return authJsonText(makeTokens(given), lastRefresh);
}

export interface AuthJsonFixture {
  readonly text: string;
  readonly tokens: TestTokens;
}

/** Opaque access token, last_refresh 9 days ago: Codex refreshes it (reason "scheduled"). */
export function staleAuthJson(): AuthJsonFixture {
  const tokens = makeTokens();
  return { text: authJsonText(tokens, new Date(Date.now() - 9 * DAY_MS)), tokens };
}

/** Opaque access token, last_refresh 1 hour ago: Codex does not refresh it. */
export function freshAuthJson(): AuthJsonFixture {
  const tokens = makeTokens();
  return { text: authJsonText(tokens, new Date(Date.now() - 60 * 60 * 1000)), tokens };
}

/** A made-up credential of the given shape (`sk-`, `at-`, `ghs_`...), random per call and registered with the guard. */
export function fakeCredential(prefix: string): string {
  const value = `${prefix}${randomHex(20)}`;
  registerSecret(value);
  return value;
}
