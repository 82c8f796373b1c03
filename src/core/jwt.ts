import { decodeJwt, type JWTPayload } from 'jose';

// Codex 0.169.0 decodes id_token payloads as unpadded base64url; anything else makes it drop the whole file.
const UNPADDED_BASE64URL = /^[A-Za-z0-9_-]+$/;

export type JwtCheck = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

/** Decodes a JWT exactly as strictly as Codex does (shape and payload only; signatures are never checked). */
export function decodeJwtLikeCodex(token: string): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) {
    return { ok: false, reason: 'it is not three non-empty dot-separated parts' };
  }
  if (!parts.every((part) => UNPADDED_BASE64URL.test(part))) {
    return { ok: false, reason: 'a part is not unpadded base64url' };
  }
  try {
    return { ok: true, claims: decodeJwt(token) };
  } catch {
    return { ok: false, reason: 'its payload is not a JSON object' };
  }
}

/** The `exp` of a JWT-shaped access token, or null for opaque tokens and JWTs without one. */
export function jwtExpiry(token: string): Date | null {
  const decoded = decodeJwtLikeCodex(token);
  if (!decoded.ok || typeof decoded.claims.exp !== 'number') return null;
  return new Date(decoded.claims.exp * 1000);
}
