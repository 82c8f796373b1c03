// The token modes' credential: an API key (`sk-...`) or a ChatGPT personal access token (`at-...`). Neither is
// ever refreshed, so there is one placeholder for the whole run. Codex gets it in CODEX_API_KEY /
// CODEX_ACCESS_TOKEN; the broker swaps it for the real value in the Authorization header and nowhere else.
//
// What Codex sends in each mode (measured with the pinned 0.169.0 and 0.171.0 against the loopback simulator):
// - API key: only the Responses calls on `openai_base_url` (`GET .../responses` + Upgrade first, then `POST
//   .../responses` after a 426), each with `Authorization: Bearer <key>`.
// - Personal access token: `GET $CODEX_AUTHAPI_BASE_URL/v1/user-auth-credential/whoami` on every auth load (four
//   times in one `codex exec`), then on `chatgpt_base_url` `wham/config/bundle`, `codex/models`,
//   `wham/accounts/check`, `wham/settings/user` (a 404/403 is tolerated), and the Responses calls, each with
//   `Authorization: Bearer at-...` and `ChatGPT-Account-Id`. No refresh, no revoke.

import { randomBytes } from 'node:crypto';
import type { SwapState } from './forward.js';

export type TokenKind = 'api_key' | 'access_token';

/** Where Codex checks a personal access token, under the broker's origin (CODEX_AUTHAPI_BASE_URL + this). */
export const WHOAMI_PATH = '/api/accounts/v1/user-auth-credential/whoami';
export const AUTHAPI_PREFIX = '/api/accounts';

/** A random value of the real one's shape: `sk-proj-` for a key, `at-` for a personal access token. */
export function tokenPlaceholder(kind: TokenKind): string {
  return kind === 'api_key'
    ? `sk-proj-${randomBytes(48).toString('base64url')}`
    : `at-${randomBytes(32).toString('base64url')}`;
}

export class TokenState implements SwapState {
  readonly placeholder: string;
  private account: string | undefined;

  constructor(
    readonly kind: TokenKind,
    private readonly real: string,
  ) {
    this.placeholder = tokenPlaceholder(kind);
  }

  isAccessPlaceholder(token: string): boolean {
    return token === this.placeholder;
  }

  realAccessToken(): string {
    return this.real;
  }

  noteUpstream401(): void {
    // Nothing to recover: a key or personal access token is never refreshed; Codex sees upstream's 401 as it came.
  }

  accountId(): string | undefined {
    return this.account;
  }

  /** The account whoami named for the personal access token: accounts/check rewrites that entry's origin. */
  learnAccount(id: unknown): void {
    if (typeof id === 'string' && id !== '') this.account = id;
  }
}
