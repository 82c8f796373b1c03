import { describe, expect, it } from 'vitest';
import { tokenRouteOf } from '../../../src/broker/token-routes.js';

describe('tokenRouteOf', () => {
  it.each([
    ['api_key', 'POST', '/backend-api/codex/responses', 'responses'],
    ['api_key', 'GET', '/backend-api/codex/models', 'refused'],
    ['api_key', 'GET', '/backend-api/wham/accounts/check', 'refused'],
    ['api_key', 'GET', '/api/accounts/v1/user-auth-credential/whoami', 'refused'],
    ['api_key', 'POST', '/oauth/token', 'refused'],
    ['api_key', 'POST', '/oauth/revoke', 'refused'],
    ['access_token', 'GET', '/api/accounts/v1/user-auth-credential/whoami', 'whoami'],
    ['access_token', 'POST', '/api/accounts/v1/user-auth-credential/whoami', 'refused'],
    ['access_token', 'POST', '/backend-api/codex/responses', 'responses'],
    ['access_token', 'GET', '/backend-api/codex/models', 'chatgpt'],
    ['access_token', 'GET', '/backend-api/wham/config/bundle', 'chatgpt'],
    ['access_token', 'GET', '/backend-api/wham/accounts/check', 'accounts-check'],
    ['access_token', 'POST', '/backend-api/codex/analytics-events/events', 'analytics'],
    ['access_token', 'GET', '/backend-api/conversations', 'refused'],
    ['access_token', 'POST', '/oauth/token', 'refused'],
    ['access_token', 'POST', '/oauth/revoke', 'refused'],
  ] as const)('%s %s %s -> %s', (kind, method, path, expected) => {
    expect(tokenRouteOf(kind, method, path).kind).toBe(expected);
  });
});
