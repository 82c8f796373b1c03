import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import { inspectBundle, redactEmail } from '../../../src/core/inspect.js';
import { authJsonText, makeAccessToken, makeIdToken, makeTokens } from '../../support/test-tokens.js';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-21T12:00:00Z');

describe('inspectBundle predicts the next refresh as Codex 0.169.0 decides it', () => {
  it.each([
    ['opaque token, 7.99 days old', null, 7.99, { due: false, reason: 'scheduled' }],
    ['opaque token, 8.01 days old', null, 8.01, { due: true, reason: 'scheduled' }],
    ['JWT exp in 1 hour, 9 days old', 3600, 9, { due: false, reason: 'proactive_expiry' }],
    ['JWT exp in 4 minutes', 240, 0.1, { due: true, reason: 'proactive_expiry' }],
    ['JWT exp passed', -60, 0.1, { due: true, reason: 'proactive_expiry' }],
  ])('%s', (_name, expSeconds, ageDays, expected) => {
    const exp = expSeconds === null ? null : Math.floor(now.getTime() / 1000) + expSeconds;
    const accessToken =
      exp === null ? makeAccessToken() : makeAccessToken({ expSeconds: exp - Math.floor(Date.now() / 1000) });
    const bundle = parseBundle(
      authJsonText(makeTokens({ accessToken }), new Date(now.getTime() - ageDays * DAY)),
    );
    const report = inspectBundle(bundle, now);
    expect(report.nextRefresh).toMatchObject(expected);
    expect(report.lastRefreshAgeDays).toBeCloseTo(ageDays, 2);
    if (exp !== null) expect(report.accessTokenExpiresAt).toBe(new Date(exp * 1000).toISOString());
    else expect(report.accessTokenExpiresAt).toBeNull();
  });

  it('has no proactive refresh without last_refresh, and says so', () => {
    const report = inspectBundle(parseBundle(authJsonText(makeTokens(), null)), now);
    expect(report.nextRefresh).toEqual({ due: false, reason: null, at: null });
    expect(report.problems.join()).toMatch(/last_refresh is missing/);
  });

  it('reads account, plan and a redacted email from the id_token', () => {
    const idToken = makeIdToken({ email: 'jane.doe@example.com', planType: 'pro', accountId: 'acct-1' });
    const report = inspectBundle(
      parseBundle(authJsonText(makeTokens({ idToken, accountId: 'acct-1' }), now)),
      now,
    );
    expect(report).toMatchObject({
      kind: 'chatgpt',
      plan: 'pro',
      accountId: 'acct-1',
      email: 'j***@example.com',
    });
  });
});

describe('redactEmail', () => {
  it.each([
    ['jane.doe@example.com', 'j***@example.com'],
    ['a@b.c', 'a***@b.c'],
    ['no-at-sign', '***'],
  ])('%s -> %s', (email, expected) => expect(redactEmail(email)).toBe(expected));
});
