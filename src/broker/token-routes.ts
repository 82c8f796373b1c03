// What the broker serves in the token modes: the ChatGPT allowlist (allowlist.ts) narrowed to the paths each mode
// uses (token-credential.ts), plus whoami for a personal access token. The refresh and revoke routes are refused:
// neither credential is refreshed, and nothing of either may reach an OAuth endpoint.

import { type Route, routeOf } from './allowlist.js';
import { type TokenKind, WHOAMI_PATH } from './token-credential.js';

export type TokenRoute = Route | { readonly kind: 'whoami' };

const REFUSED: TokenRoute = { kind: 'refused' };

export function tokenRouteOf(kind: TokenKind, method: string, pathname: string): TokenRoute {
  if (kind === 'access_token' && method === 'GET' && pathname === WHOAMI_PATH) return { kind: 'whoami' };
  const route = routeOf(method, pathname, false);
  if (route.kind === 'token' || route.kind === 'revoke') return REFUSED;
  // An API key is for the Responses calls only; the ChatGPT backend's other paths do not take it.
  if (kind === 'api_key' && route.kind !== 'responses') return REFUSED;
  return route;
}
