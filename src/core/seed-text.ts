import type { Bundle } from './bundle.js';
import type { SecretSink } from './logger.js';
import { UsageError } from './errors.js';

// A seed arrives in the shapes users really paste: saved by an editor with a BOM, base64-encoded (another popular
// Codex action tells users to store auth.json that way), or as the path of the file instead of its content.
// Each is recognised here before the JSON parser, whose "not valid JSON, sign in again" would send the user to a
// new login they do not need.
//
// base64 is ACCEPTED, not only named: it is decoded only when the result is a JSON object, so nothing is guessed,
// and it spares the user decoding live tokens in a terminal (shell history, scrollback) just to paste them again.
// The base64 text is itself a secret; front ends mask it as a whole and the decoded tokens field by field.

const BOM = '\uFEFF';
/** base64 or base64url, possibly wrapped over lines (`base64` wraps at 76 columns). */
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface SeedText {
  /** The auth.json text to parse: the input without BOM, or what its base64 decoded to. */
  readonly text: string;
  readonly decodedFrom: 'base64' | null;
}

/**
 * `pathHint` says how to pass a file instead, e.g. `--auth-file PATH`: it is shown with the path the user gave
 * when the value looks like one.
 */
export function normalizeSeedText(raw: string, origin: string, pathHint: string): SeedText {
  const text = stripBom(raw);
  const trimmed = text.trim();
  if (trimmed === '') {
    throw new UsageError(
      `${origin} is empty: it must hold the content of an auth.json from \`codex login\` (for example the file ~/.codex/auth.json). Check that the file or secret was written.`,
    );
  }
  if (trimmed.startsWith('{')) return { text, decodedFrom: null };
  if (looksLikePath(trimmed)) {
    throw new UsageError(
      `${origin} holds a path (${trimmed}), not the content of an auth.json: ${pathHint.replace('PATH', trimmed)}.`,
    );
  }
  const compact = trimmed.replace(/\s+/g, '');
  if (compact.length >= 16 && BASE64.test(compact)) {
    const decoded = stripBom(Buffer.from(compact, 'base64').toString('utf8'));
    if (decoded.trim().startsWith('{') && isJsonObject(decoded))
      return { text: decoded, decodedFrom: 'base64' };
  }
  return { text, decodedFrom: null };
}

/** A single line that reads like a file name: `/…`, `~/…`, `./…`, `C:\…`, or a name ending in `.json`. */
export function looksLikePath(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 4096 || /[\n{}"]/.test(trimmed)) return false;
  return (
    /^(~|\.{1,2})?[/\\]/.test(trimmed) ||
    /^[A-Za-z]:[/\\]/.test(trimmed) ||
    /^\$\{?[A-Z_]+\}?[/\\]/.test(trimmed) ||
    /^[^\s]+\.json$/i.test(trimmed)
  );
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Codex waits 8 days from `last_refresh` before a scheduled refresh; a date ahead of the clock pushes that out. */
const SKEW_TOLERANCE_MS = 5 * 60 * 1000;

export function futureRefreshWarning(bundle: Bundle, origin: string, now: Date): string | null {
  const lastRefresh = bundle.auth.last_refresh;
  if (!lastRefresh) return null;
  const at = Date.parse(lastRefresh);
  if (!Number.isFinite(at) || at - now.getTime() <= SKEW_TOLERANCE_MS) return null;
  const minutes = Math.round((at - now.getTime()) / 60_000);
  return `${origin}: last_refresh (${lastRefresh}) is ${minutes} minutes ahead of this machine's clock (${now.toISOString()}). One of the clocks is wrong (check NTP on the machine that signed in and on this one); until it is fixed, Codex's scheduled refresh comes that much later.`;
}

/**
 * Until the seed is parsed (which then masks it field by field), mask what could be a token in it: the whole
 * value, and for a value that is not JSON (base64, or something broken) its long token-like runs. JSON is left to
 * the field-by-field masking, which leaves ids such as account_id readable. A value that is only a path is no
 * secret: masking it would turn our own hint ("pass --auth-file PATH") into "--auth-file ***".
 */
export function maskUnparsedSeed(redactor: SecretSink, value: string): void {
  if (looksLikePath(value)) return;
  const json = stripBom(value).trimStart().startsWith('{');
  redactor.add([value, value.trim(), ...(json ? [] : (value.match(/[A-Za-z0-9._~+/=-]{20,}/g) ?? []))]);
}
