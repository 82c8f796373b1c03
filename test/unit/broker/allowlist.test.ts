// The allowlist decides from method and path alone; everything not named is refused.
import { describe, expect, it } from 'vitest';
import { copyHeaders, routeOf } from '../../../src/broker/allowlist.js';

describe('routeOf', () => {
  it.each([
    ['POST', '/backend-api/codex/responses', false, 'responses'],
    ['GET', '/backend-api/codex/responses', true, 'responses'],
    ['GET', '/backend-api/codex/models', false, 'chatgpt'],
    ['GET', '/backend-api/wham/usage', false, 'chatgpt'],
    ['GET', '/backend-api/wham/config/bundle', false, 'chatgpt'],
    ['GET', '/backend-api/wham/accounts/check', false, 'accounts-check'],
    ['POST', '/backend-api/codex/analytics-events/events', false, 'analytics'],
    ['POST', '/oauth/token', false, 'token'],
    ['POST', '/oauth/revoke', false, 'revoke'],
    // Refused: conversations, apps, plugins, other methods, look-alikes, traversal, WebSocket elsewhere.
    ['GET', '/backend-api/conversations', false, 'refused'],
    ['POST', '/backend-api/conversation', false, 'refused'],
    ['GET', '/backend-api/wham/apps', false, 'refused'],
    ['GET', '/backend-api/ps/plugins/list', false, 'refused'],
    ['GET', '/backend-api/wham/settings/user', false, 'refused'],
    ['DELETE', '/backend-api/codex/models', false, 'refused'],
    ['GET', '/backend-api/codex/responses', false, 'refused'],
    ['POST', '/backend-api/codex/responses/compact', false, 'refused'],
    ['GET', '/backend-api/codex/models/../../conversations', false, 'refused'],
    ['GET', '/backend-api/wham/accounts/check', true, 'refused'],
    ['GET', '/oauth/token', false, 'refused'],
    ['GET', '/', false, 'refused'],
  ])('%s %s (upgrade %s) -> %s', (method, path, upgrade, kind) => {
    expect(routeOf(method, path, upgrade).kind).toBe(kind);
  });
});

describe('copyHeaders', () => {
  it('drops hop-by-hop headers, those Connection names, and the ones asked; keeps the rest as received', () => {
    const raw = [
      'Host',
      'a',
      'Connection',
      'keep-alive, X-Hop',
      'X-Hop',
      '1',
      'Keep-Alive',
      't',
      'Transfer-Encoding',
      'chunked',
      'Content-Encoding',
      'zstd',
      'X-Codex-Turn-State',
      's',
      'Set-Cookie',
      'c=1',
      'Set-Cookie',
      'd=2',
    ];
    expect(copyHeaders(raw, new Set(['host']))).toEqual([
      ['Content-Encoding', 'zstd'],
      ['X-Codex-Turn-State', 's'],
      ['Set-Cookie', 'c=1'],
      ['Set-Cookie', 'd=2'],
    ]);
    expect(copyHeaders(raw, new Set(['set-cookie', 'host']))).toEqual([
      ['Content-Encoding', 'zstd'],
      ['X-Codex-Turn-State', 's'],
    ]);
  });

  it('keeps Connection and Upgrade for a WebSocket handshake', () => {
    const raw = [
      'Connection',
      'Upgrade',
      'Upgrade',
      'websocket',
      'Sec-WebSocket-Extensions',
      'permessage-deflate',
    ];
    expect(copyHeaders(raw, new Set(), true)).toEqual([
      ['Connection', 'Upgrade'],
      ['Upgrade', 'websocket'],
      ['Sec-WebSocket-Extensions', 'permessage-deflate'],
    ]);
  });
});
