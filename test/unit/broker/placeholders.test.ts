// What Codex gets instead of the real tokens: shapes Codex accepts, copies of the non-secret claims only.
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/core/bundle.js';
import { decodeJwtLikeCodex, jwtExpiry } from '../../../src/core/jwt.js';
import { mintPlaceholders, placeholderAuthJson } from '../../../src/broker/placeholders.js';
import { authJsonText, makeAccessToken, makeIdToken, makeRefreshToken } from '../../support/test-tokens.js';

const AUTH = 'https://api.openai.com/auth';

function bundle(accessExpSeconds: number | null) {
  const accountId = 'acct-0f3c2a';
  const tokens = {
    idToken: makeIdToken({ accountId, email: 'dev@example.com', planType: 'pro' }),
    accessToken: makeAccessToken({ expSeconds: accessExpSeconds, accountId }),
    refreshToken: makeRefreshToken(),
    accountId,
  };
  return { tokens, bundle: parseBundle(authJsonText(tokens, new Date('2026-12-01T00:00:00Z'))) };
}

describe('placeholders', () => {
  it('copy the identity claims into an unsigned id_token, and nothing of the real tokens', () => {
    const { tokens, bundle: real } = bundle(3600);
    const text = placeholderAuthJson(real, mintPlaceholders(real));
    for (const secret of [tokens.idToken, tokens.accessToken, tokens.refreshToken]) {
      expect(text.includes(secret)).toBe(false);
      // Not even the real id_token's signature travels.
      expect(text.includes(secret.split('.')[2] ?? secret)).toBe(false);
    }
    const codexView = parseBundle(text, 'placeholder auth.json');
    const id = decodeJwtLikeCodex(codexView.auth.tokens?.id_token ?? '');
    expect(id.ok && id.claims.email).toBe('dev@example.com');
    const claims = id.ok ? (id.claims[AUTH] as Record<string, unknown>) : {};
    expect(claims).toMatchObject({ chatgpt_plan_type: 'pro', chatgpt_account_id: 'acct-0f3c2a' });
    const header = JSON.parse(
      Buffer.from((codexView.auth.tokens?.id_token ?? '').split('.')[0] ?? '', 'base64url').toString(),
    );
    expect(header.alg).toBe('none');
    expect(codexView.auth.tokens?.account_id).toBe('acct-0f3c2a');
    expect(codexView.auth.last_refresh).toBe('2026-12-01T00:00:00.000Z');
  });

  it("mirror the real access token's exp, and carry none when the real token has none", () => {
    const { tokens, bundle: withExp } = bundle(120);
    expect(jwtExpiry(mintPlaceholders(withExp).accessToken)?.getTime()).toBe(
      jwtExpiry(tokens.accessToken)?.getTime(),
    );
    const { bundle: opaque } = bundle(null);
    expect(jwtExpiry(mintPlaceholders(opaque).accessToken)).toBeNull();
  });

  it('are new random values every time', () => {
    const { bundle: real } = bundle(3600);
    const a = mintPlaceholders(real);
    const b = mintPlaceholders(real);
    expect(a.accessToken).not.toBe(b.accessToken);
    expect(a.refreshToken).not.toBe(b.refreshToken);
    expect(a.refreshToken).toMatch(/^cab_rt_[A-Za-z0-9_-]{43}$/);
  });
});
