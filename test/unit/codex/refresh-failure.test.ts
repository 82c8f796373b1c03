import { describe, expect, it } from 'vitest';
import type { RefreshFailureCode } from '../../../src/codex/codex-runner.js';
import { classifyRefreshFailure, firstRefreshFailure } from '../../../src/codex/refresh-failure.js';

// The exact sentences Codex 0.169.0 prints (notes/codex-cli-auth-facts.md), then variations that must still match.
const EXPIRED =
  'Your access token could not be refreshed because your refresh token has expired. Please log out and sign in again.';
const REUSED =
  'Your access token could not be refreshed because your refresh token was already used. Please log out and sign in again.';
const REVOKED =
  'Your access token could not be refreshed because your refresh token was revoked. Please log out and sign in again.';
const GENERIC = 'Your access token could not be refreshed. Please log out and sign in again.';

describe('classifyRefreshFailure', () => {
  it.each<{ message: string; expected: RefreshFailureCode | null }>([
    { message: EXPIRED, expected: 'refresh_token_expired' },
    { message: REUSED, expected: 'refresh_token_reused' },
    { message: REVOKED, expected: 'refresh_token_invalidated' },
    { message: GENERIC, expected: 'refresh_failed' },
    { message: `unexpected status 401 Unauthorized: ${REUSED}`, expected: 'refresh_token_reused' },
    { message: EXPIRED.toUpperCase(), expected: 'refresh_token_expired' },
    { message: REVOKED.replace(/ /g, '\n  '), expected: 'refresh_token_invalidated' },
    {
      message: 'Your access token could not be refreshed because your refresh token has expired',
      expected: 'refresh_token_expired',
    },
    { message: '{"error":{"code":"refresh_token_reused"}}', expected: 'refresh_token_reused' },
    { message: 'error code: refresh_token_invalidated', expected: 'refresh_token_invalidated' },
    { message: 'token endpoint said refresh_token_expired', expected: 'refresh_token_expired' },
    { message: 'Your access token could not be refreshed: server said no', expected: 'refresh_failed' },
    { message: 'stream error: unexpected status 500 Internal Server Error', expected: null },
    { message: 'unexpected status 401 Unauthorized: Missing bearer authentication', expected: null },
    { message: 'Reconnecting... 2/5', expected: null },
    { message: 'the refresh token was rotated successfully', expected: null },
    { message: '', expected: null },
  ])('$message -> $expected', ({ message, expected }) => {
    expect(classifyRefreshFailure(message)).toBe(expected);
  });
});

describe('firstRefreshFailure', () => {
  it.each<{ messages: string[]; expected: RefreshFailureCode | null }>([
    { messages: [], expected: null },
    { messages: ['Reconnecting...', 'unexpected status 500'], expected: null },
    { messages: ['Reconnecting...', REUSED, GENERIC], expected: 'refresh_token_reused' },
    { messages: [GENERIC, EXPIRED], expected: 'refresh_failed' },
  ])('$messages', ({ messages, expected }) => {
    expect(firstRefreshFailure(messages)).toBe(expected);
  });
});
