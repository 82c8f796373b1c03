import { type Bundle, type CredentialKind, identityClaims } from './bundle.js';
import { jwtExpiry } from './jwt.js';

// Measured on Codex 0.169.0 (notes/codex-cli-auth-facts.md): a JWT access token is refreshed when its `exp` is
// within about 5 minutes; an opaque one (or a JWT without `exp`) when last_refresh is older than 8 days.
export const PROACTIVE_EXPIRY_WINDOW_MS = 5 * 60 * 1000;
export const SCHEDULED_REFRESH_AFTER_MS = 8 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type RefreshReason = 'scheduled' | 'proactive_expiry';

export interface NextRefresh {
  /** True when Codex will refresh on its next run. */
  readonly due: boolean;
  /** Why it will refresh; null when Codex has no proactive trigger (it then refreshes only after a 401). */
  readonly reason: RefreshReason | null;
  readonly at: string | null;
}

export interface BundleReport {
  readonly kind: CredentialKind;
  readonly authMode: string;
  readonly accountId: string | null;
  readonly plan: string | null;
  readonly email: string | null;
  readonly lastRefresh: string | null;
  readonly lastRefreshAgeDays: number | null;
  readonly accessTokenExpiresAt: string | null;
  readonly nextRefresh: NextRefresh;
  readonly fingerprint: string;
  readonly problems: string[];
}

export function inspectBundle(bundle: Bundle, now: Date): BundleReport {
  const identity = identityClaims(bundle);
  const lastRefresh = bundle.auth.last_refresh ?? null;
  const lastRefreshDate = lastRefresh ? new Date(lastRefresh) : null;
  const accessToken = bundle.auth.tokens?.access_token;
  const expiry = accessToken ? jwtExpiry(accessToken) : null;
  const problems: string[] = [];
  if (bundle.kind === 'chatgpt' && !lastRefresh) {
    problems.push('last_refresh is missing: Codex will not refresh proactively and needs a 401 to recover');
  }
  if (bundle.kind !== 'chatgpt') {
    problems.push(`this is a ${bundle.kind} credential, not a ChatGPT login a stream can carry`);
  }
  return {
    kind: bundle.kind,
    authMode: bundle.authMode,
    accountId: identity.accountId,
    plan: identity.plan,
    email: identity.email ? redactEmail(identity.email) : null,
    lastRefresh,
    lastRefreshAgeDays: lastRefreshDate ? round2((now.getTime() - lastRefreshDate.getTime()) / DAY_MS) : null,
    accessTokenExpiresAt: expiry ? expiry.toISOString() : null,
    nextRefresh: bundle.kind === 'chatgpt' ? nextRefresh(now, expiry, lastRefreshDate) : NO_REFRESH,
    fingerprint: bundle.fingerprint,
    problems,
  };
}

const NO_REFRESH: NextRefresh = { due: false, reason: null, at: null };

function nextRefresh(now: Date, expiry: Date | null, lastRefresh: Date | null): NextRefresh {
  if (expiry) {
    const at = new Date(expiry.getTime() - PROACTIVE_EXPIRY_WINDOW_MS);
    return { due: now >= at, reason: 'proactive_expiry', at: at.toISOString() };
  }
  if (lastRefresh) {
    const at = new Date(lastRefresh.getTime() + SCHEDULED_REFRESH_AFTER_MS);
    return { due: now > at, reason: 'scheduled', at: at.toISOString() };
  }
  return NO_REFRESH;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `jane.doe@example.com` -> `j***@example.com`: enough to tell accounts apart, not enough to harvest. */
export function redactEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
