import type { RefreshFailureCode } from './codex-runner.js';

// Codex 0.169.0 prints exactly these sentences when the token endpoint refuses a refresh (see
// notes/codex-cli-auth-facts.md). We match the distinctive part only, case- and whitespace-insensitively, so a
// prefix ("unexpected status 401: ..."), a changed ending or a wrapped line still classifies. Order matters: the
// specific causes are tried before the generic sentence they all start with.
const PATTERNS: readonly { readonly code: RefreshFailureCode; readonly needles: readonly string[] }[] = [
  { code: 'refresh_token_expired', needles: ['refresh token has expired', 'refresh_token_expired'] },
  { code: 'refresh_token_reused', needles: ['refresh token was already used', 'refresh_token_reused'] },
  { code: 'refresh_token_invalidated', needles: ['refresh token was revoked', 'refresh_token_invalidated'] },
  { code: 'refresh_failed', needles: ['access token could not be refreshed'] },
];

/** The refresh failure a Codex message reports, or null when it reports something else. */
export function classifyRefreshFailure(message: string): RefreshFailureCode | null {
  const normalized = message.toLowerCase().replace(/\s+/g, ' ');
  for (const { code, needles } of PATTERNS) {
    if (needles.some((needle) => normalized.includes(needle))) return code;
  }
  return null;
}

/** The first refresh failure among messages, in order. */
export function firstRefreshFailure(messages: Iterable<string>): RefreshFailureCode | null {
  for (const message of messages) {
    const code = classifyRefreshFailure(message);
    if (code) return code;
  }
  return null;
}
