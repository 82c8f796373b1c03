// Which requests the broker serves. Codex's base URLs point at the broker as
//   chatgpt_base_url = https://127.0.0.1:P/backend-api/   openai_base_url = https://127.0.0.1:P/backend-api/codex
// so every backend path arrives under /backend-api/. Only the calls Codex makes for a `codex exec` turn are
// allowed (token-broker-facts.md §1); everything else, a user's ChatGPT conversations included, gets 403.

export type Route =
  | { readonly kind: 'responses' }
  | { readonly kind: 'chatgpt'; readonly rest: string }
  | { readonly kind: 'accounts-check'; readonly rest: string }
  | { readonly kind: 'analytics' }
  | { readonly kind: 'token' }
  | { readonly kind: 'revoke' }
  | { readonly kind: 'refused' };

export const RESPONSES_PATH = '/backend-api/codex/responses';
const CHATGPT_PREFIX = '/backend-api/';

/** GET paths under chatgpt_base_url forwarded as they are. */
const CHATGPT_GETS = new Set([
  'codex/models',
  'wham/usage',
  // Business/Enterprise plans load workspace-managed policies here; a 404 is fatal to Codex.
  'wham/config/bundle',
]);

/** Decides from method and path alone (query strings ignored). `upgrade`: a WebSocket handshake. */
export function routeOf(method: string, pathname: string, upgrade: boolean): Route {
  if (upgrade) return method === 'GET' && pathname === RESPONSES_PATH ? { kind: 'responses' } : refused;
  if (method === 'POST' && pathname === RESPONSES_PATH) return { kind: 'responses' };
  if (method === 'POST' && pathname === '/oauth/token') return { kind: 'token' };
  if (method === 'POST' && pathname === '/oauth/revoke') return { kind: 'revoke' };
  if (!pathname.startsWith(CHATGPT_PREFIX)) return refused;
  const rest = pathname.slice(CHATGPT_PREFIX.length);
  if (method === 'POST' && rest === 'codex/analytics-events/events') return { kind: 'analytics' };
  if (method !== 'GET') return refused;
  if (rest === 'wham/accounts/check') return { kind: 'accounts-check', rest };
  return CHATGPT_GETS.has(rest) ? { kind: 'chatgpt', rest } : refused;
}

const refused: Route = { kind: 'refused' };

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1): never forwarded either way. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Copies raw headers (name/value pairs as received, so duplicates and case survive), dropping hop-by-hop ones,
 * those the Connection header names, and `drop` (lower-case names). `keepUpgrade` keeps Connection/Upgrade for a
 * WebSocket handshake, whose meaning they are.
 */
export function copyHeaders(
  raw: readonly string[],
  drop: ReadonlySet<string>,
  keepUpgrade = false,
): [string, string][] {
  const named = new Set<string>();
  for (let i = 0; i < raw.length; i += 2) {
    if ((raw[i] ?? '').toLowerCase() === 'connection') {
      for (const token of (raw[i + 1] ?? '').split(',')) named.add(token.trim().toLowerCase());
    }
  }
  const out: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? '';
    const lower = name.toLowerCase();
    if (drop.has(lower)) continue;
    const upgradeHeader = lower === 'connection' || lower === 'upgrade';
    if (keepUpgrade && upgradeHeader) {
      out.push([name, raw[i + 1] ?? '']);
      continue;
    }
    if (HOP_BY_HOP.has(lower) || (named.has(lower) && !(keepUpgrade && lower === 'upgrade'))) continue;
    out.push([name, raw[i + 1] ?? '']);
  }
  return out;
}
