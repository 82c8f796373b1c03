import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { type AuthFile, type AuthMode, authFileSchema, describeSchemaIssues } from './auth-schema.js';
import { AuthUnusableError } from './errors.js';
import { decodeJwtLikeCodex } from './jwt.js';

/** What kind of credential an auth.json holds. Only `chatgpt` is a stream (it refreshes and rotates). */
export type CredentialKind = 'chatgpt' | 'api_key' | 'personal_access_token' | 'other';

export interface Bundle {
  /** The exact text that was read; this is what is sealed and restored, byte for byte. */
  readonly raw: string;
  readonly auth: AuthFile;
  readonly kind: CredentialKind;
  readonly authMode: AuthMode;
  readonly fingerprint: string;
}

const OPENAI_AUTH_CLAIM = 'https://api.openai.com/auth';

/**
 * Parses auth.json as Codex would, and refuses anything Codex would silently ignore: a file Codex cannot read
 * makes `codex exec` run unauthenticated and fail later with a 401, which is much harder to diagnose.
 */
export function parseBundle(raw: string, origin = 'auth.json'): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AuthUnusableError(`${origin} is not valid JSON. ${RESEED_HINT}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new AuthUnusableError(`${origin} must hold a JSON object. ${RESEED_HINT}`);
  }
  const parsed = v.safeParse(authFileSchema, json);
  if (!parsed.success) {
    throw new AuthUnusableError(
      `${origin} cannot be read by Codex (${describeSchemaIssues(parsed.issues).join('; ')}). ${RESEED_HINT}`,
    );
  }
  const auth = parsed.output;
  if (auth.tokens) {
    const idToken = decodeJwtLikeCodex(auth.tokens.id_token);
    if (!idToken.ok) {
      throw new AuthUnusableError(
        `${origin}: tokens.id_token is malformed (${idToken.reason}); Codex would ignore the whole file and run signed out. ${RESEED_HINT}`,
      );
    }
  }
  const authMode = resolveAuthMode(auth);
  return { raw, auth, kind: kindOf(auth, authMode), authMode, fingerprint: fingerprintOf(auth) };
}

export const RESEED_HINT =
  'Sign in again on a trusted machine (`codex login`, or `codex login --device-auth`) and reseed the stream with `codex-auth seed --force --auth-file ~/.codex/auth.json ...`.';

function resolveAuthMode(auth: AuthFile): AuthMode {
  if (auth.auth_mode) return auth.auth_mode;
  if (auth.personal_access_token) return 'personalAccessToken';
  return auth.OPENAI_API_KEY ? 'apikey' : 'chatgpt';
}

function kindOf(auth: AuthFile, mode: AuthMode): CredentialKind {
  switch (mode) {
    case 'chatgpt':
      return auth.tokens ? 'chatgpt' : 'other';
    case 'apikey':
      return 'api_key';
    case 'personalAccessToken':
      return 'personal_access_token';
    default:
      return 'other';
  }
}

/**
 * A hash of the credential fields only (not last_refresh, not formatting), so it changes exactly when Codex
 * rotated something. Truncated SHA-256 of high-entropy tokens: safe to print.
 */
function fingerprintOf(auth: AuthFile): string {
  const canonical = JSON.stringify([
    auth.tokens?.id_token ?? null,
    auth.tokens?.access_token ?? null,
    auth.tokens?.refresh_token ?? null,
    auth.tokens?.account_id ?? null,
    auth.OPENAI_API_KEY ?? null,
    auth.personal_access_token ?? null,
  ]);
  return `sha256:${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

/** Every value in the bundle that must be masked, field by field (masking the whole JSON would mask `{`). */
export function secretValues(bundle: Bundle): string[] {
  const { auth } = bundle;
  const values = [
    auth.tokens?.id_token,
    auth.tokens?.access_token,
    auth.tokens?.refresh_token,
    auth.OPENAI_API_KEY,
    auth.personal_access_token,
  ];
  for (const extra of [auth.agent_identity, auth.bedrock_api_key, auth.bedrock_access_keys]) {
    values.push(...stringLeaves(extra));
  }
  return values.filter((value): value is string => typeof value === 'string' && value.length >= 8);
}

function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringLeaves);
  return [];
}

/** Claims Codex reads from the id_token, for reporting. */
export function identityClaims(bundle: Bundle): {
  email: string | null;
  plan: string | null;
  accountId: string | null;
} {
  const tokens = bundle.auth.tokens;
  if (!tokens) return { email: null, plan: null, accountId: null };
  const decoded = decodeJwtLikeCodex(tokens.id_token);
  const claims = decoded.ok ? decoded.claims : {};
  const openai = claims[OPENAI_AUTH_CLAIM];
  const openaiClaims = openai && typeof openai === 'object' ? (openai as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  return {
    email: text(claims.email),
    plan: text(openaiClaims.chatgpt_plan_type),
    accountId: text(tokens.account_id) ?? text(openaiClaims.chatgpt_account_id),
  };
}

/**
 * A bundle a stream can carry: ChatGPT tokens with a refresh token. API keys and access tokens have their own
 * modes; storing them as a stream would only hide them in an envelope for no benefit.
 */
export function assertStreamable(bundle: Bundle, origin: string): void {
  if (bundle.kind === 'api_key') {
    throw new AuthUnusableError(
      `${origin} holds an API key, not a ChatGPT login. API keys do not rotate and need no stream: pass the key to Codex as CODEX_API_KEY instead (in the Action, the \`api-key\` input).`,
    );
  }
  if (bundle.kind === 'personal_access_token') {
    throw new AuthUnusableError(
      `${origin} holds a personal access token, not a ChatGPT login. Access tokens do not rotate and need no stream: pass it to Codex as CODEX_ACCESS_TOKEN instead (in the Action, the \`access-token\` input).`,
    );
  }
  if (bundle.kind !== 'chatgpt' || !bundle.auth.tokens) {
    throw new AuthUnusableError(
      `${origin} holds no ChatGPT tokens (auth_mode ${bundle.authMode}). ${RESEED_HINT}`,
    );
  }
  if (bundle.auth.tokens.refresh_token === '') {
    throw new AuthUnusableError(`${origin}: tokens.refresh_token is empty. ${RESEED_HINT}`);
  }
}
