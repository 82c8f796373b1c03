// What the broker knows about the login during one run: the newest real bundle, every placeholder it issued,
// and what upstream said about each real refresh token it spent. One instance per broker; no I/O here.

import type { Bundle } from '../core/bundle.js';
import { jwtExpiry } from '../core/jwt.js';
import { mintPlaceholders, type PlaceholderSet } from './placeholders.js';

/** An upstream answer kept to replay to Codex verbatim (a refresh token is never sent twice). */
export interface StoredAnswer {
  readonly status: number;
  readonly body: Buffer;
  readonly contentType: string;
}

/** Codex refreshes when `exp` is under about 5 minutes away; the broker uses the same line for "really stale". */
export const STALE_BEFORE_EXPIRY_MS = 5 * 60 * 1000;
/** Codex's rule for an access token without `exp`: refresh when last_refresh is older than 8 days. */
export const STALE_AFTER_LAST_REFRESH_MS = 8 * 24 * 60 * 60 * 1000;

export class CredentialState {
  private bundleNow: Bundle;
  private readonly accessPlaceholders = new Set<string>();
  private readonly refreshPlaceholders = new Set<string>();
  private placeholders: PlaceholderSet;
  private deadAnswer: StoredAnswer | null = null;
  private readonly spent = new Map<string, StoredAnswer>();
  private last401At = 0;
  private lastRotationAt = 0;

  constructor(bundle: Bundle) {
    this.bundleNow = bundle;
    this.placeholders = this.issue();
  }

  get bundle(): Bundle {
    return this.bundleNow;
  }

  get current(): PlaceholderSet {
    return this.placeholders;
  }

  /**
   * A new generation of placeholders for the current real tokens. Older generations stay valid: a request Codex
   * started before the refresh may still carry an old access placeholder.
   */
  issue(): PlaceholderSet {
    const set = mintPlaceholders(this.bundleNow);
    this.accessPlaceholders.add(set.accessToken);
    this.refreshPlaceholders.add(set.refreshToken);
    this.placeholders = set;
    return set;
  }

  isAccessPlaceholder(token: string): boolean {
    return this.accessPlaceholders.has(token);
  }

  isRefreshPlaceholder(token: string): boolean {
    return this.refreshPlaceholders.has(token);
  }

  realAccessToken(): string {
    return this.bundleNow.auth.tokens?.access_token ?? '';
  }

  accountId(): string | undefined {
    return this.bundleNow.auth.tokens?.account_id ?? undefined;
  }

  realRefreshToken(): string {
    return this.bundleNow.auth.tokens?.refresh_token ?? '';
  }

  /** After a relayed refresh succeeded and was persisted. */
  rotated(bundle: Bundle, now: number): void {
    this.bundleNow = bundle;
    this.lastRotationAt = now;
  }

  noteUpstream401(now: number): void {
    this.last401At = now;
  }

  /** The real token expires soon (or, without `exp`, was refreshed long ago): a refresh is really due. */
  isStale(now: number): boolean {
    const exp = jwtExpiry(this.realAccessToken());
    if (exp !== null) return exp.getTime() - now < STALE_BEFORE_EXPIRY_MS;
    const last = this.bundleNow.auth.last_refresh;
    return last === null || last === undefined || now - Date.parse(last) > STALE_AFTER_LAST_REFRESH_MS;
  }

  /**
   * Whether Codex's refresh ask should go upstream. An agent holding the placeholders can ask as often as it
   * likes; only a real need reaches OpenAI: a stale token, or a backend 401 not yet followed by a rotation.
   */
  needsUpstream(reason: string | null, now: number): boolean {
    if (reason === 'unauthorized_recovery' && this.last401At > this.lastRotationAt) return true;
    return this.isStale(now);
  }

  /** What upstream answered the current real refresh token, if it was already spent without a rotation. */
  spentAnswer(): StoredAnswer | null {
    return this.spent.get(this.realRefreshToken()) ?? null;
  }

  markSpent(answer: StoredAnswer): void {
    this.spent.set(this.realRefreshToken(), answer);
  }

  markDead(answer: StoredAnswer): void {
    this.deadAnswer = answer;
  }

  get dead(): StoredAnswer | null {
    return this.deadAnswer;
  }
}
