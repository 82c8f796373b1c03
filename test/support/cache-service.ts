// A loopback stand-in for the GitHub Actions cache service v2 (twirp JSON) and the Azure blob storage behind it,
// for tests that drive the REAL @actions/cache 6.3.0 `saveCache` / `restoreCache` (see
// /work/shared/notes/loopback-testing.md, "@actions/cache against a loopback cache service").
//
// It serves plain HTTP on 127.0.0.1 (port 0). What @actions/cache 6.3.0 sends, and what it expects back (read from
// its lib/ and checked against it by test/unit/support/cache-service.test.ts):
// - Twirp: `POST /twirp/github.actions.results.api.v1.CacheService/<Method>`, `Content-Type: application/json`,
//   `Authorization: Bearer $ACTIONS_RUNTIME_TOKEN`. Request bodies use proto field names and omit default values
//   (`restore_keys` is absent when there are none; int64 `size_bytes` is a JSON string). The library never fills
//   the `metadata` (repository id, scopes) field: the only thing that identifies the run is the bearer token.
//   - `CreateCacheEntry {key, version}` -> `{ok: true, signed_upload_url}`. A key that already exists (same key,
//     version and scope) gets GitHub's twirp error, HTTP 409 `{"code":"already_exists","msg":"cache entry with the
//     same key, version, and scope already exists"}`: the library turns it into a ReserveCacheError, logs it with
//     core.info and saveCache RETURNS -1 (it does not throw). `{ok: false, message}` works the same way; a message
//     starting `cache write denied:` (a read-only token) becomes CacheWriteDeniedError, also logged, also -1.
//   - `FinalizeCacheEntryUpload {key, version, size_bytes}` -> `{ok: true, entry_id}` (int64 as a JSON string);
//     saveCache returns Number(entry_id).
//   - `GetCacheEntryDownloadURL {key, restore_keys?, version}` -> `{ok: true, signed_download_url, matched_key}`,
//     or `{ok: false}` for a miss (restoreCache returns undefined). A 403 whose message holds `cache read denied:`
//     is also a miss (warning).
//   - Every twirp answer must be JSON, errors included: the client JSON.parses every body BEFORE looking at the
//     status and retries when that throws. 500/502/503/504 (and unparsable bodies) are retried: 5 attempts, sleeps
//     of 3 s, 4.5-6.75 s, 6.75-10.1 s, 10.1-15.2 s (25-35 s in all); other 4xx fail at once; 429 fails at once as
//     RateLimitError (`retry-after` only feeds a warning). Use 4xx/429 in failure tests.
// - Upload: the Azure SDK (BlockBlobClient.uploadFile, maxSingleShotSize 128 MiB, 64 MiB blocks, concurrency 8)
//   on the signed URL. The URL's host is an IP, so the SDK reads it path-style: /<account>/<container>/<blob>.
//   Archives up to 128 MiB: one Put Blob, `PUT <url>` with `x-ms-blob-type: BlockBlob`, expects 201. Larger ones:
//   Put Block (`PUT <url>&comp=block&blockid=<base64>`, 201) per block, then Put Block List
//   (`PUT <url>&comp=blocklist`, XML `<BlockList><Latest>id</Latest>...</BlockList>`, 201). Both are served here.
//   Errors are Azure-shaped XML (`<Error><Code>..</Code><Message>..</Message></Error>`, `x-ms-error-code`).
// - Download: the URL's host is not *.blob.core.windows.net, so the library does ONE plain `GET <url>` with
//   @actions/http-client and checks the byte count against Content-Length. Note it does not check the status: a
//   4xx body would be written to the archive file and fail in tar (restoreCache warns, returns undefined).
//
// Scopes (branches). The runner's ACTIONS_RUNTIME_TOKEN is a JWT whose `ac` claim is a JSON STRING of
// `[{"Scope":"refs/heads/feature","Permission":3},{"Scope":"refs/heads/main","Permission":1}]` (Read = 1,
// Write = 2; the shape Gitea's runner tokens copy and docker buildx's gha cache reads): the run writes to its own
// ref and reads its own ref, then the default branch. @actions/cache itself never decodes the token. `issueToken` mints
// such tokens (HS256, signed with a per-service key, registered with the leak guard); `cacheEnvFor` puts one into
// the env. A token that is not JWT-shaped (any opaque string) gets the service's current ref (`setRef`, default
// `defaultBranch`) plus read access to the default branch. A JWT-shaped token this service did not sign, or an
// expired one, gets twirp 401 `unauthenticated`.
//
// Lookup (GetCacheEntryDownloadURL), as GitHub documents it: for each readable scope in the token's order (own ref
// first, then the default branch): the key exactly, then the key as a prefix, then each restore key (exactly, then
// as a prefix); among prefix matches the newest entry (createdAt, then id) wins; `version` must be equal. Only
// finalized entries are visible. Keys are immutable per (key, version, scope): the same key may exist on main and
// on a feature branch, or with another version.
//
// The request log holds the operation, method, path (never the query: it holds the signature), status, time, and
// for twirp calls the key / restore keys / version / scope: never tokens or signatures.

import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerSecret } from './leak-guard.js';

export const CACHE_SERVICE_PATH = '/twirp/github.actions.results.api.v1.CacheService/';
export const ALREADY_EXISTS_MESSAGE = 'cache entry with the same key, version, and scope already exists';
export const WRITE_DENIED_MESSAGE = 'cache write denied: token has no writable scopes';
export const READ_DENIED_MESSAGE = 'cache read denied: token has no readable scopes'; // approximation
const ACCOUNT = 'devstoreaccount1';
const CONTAINER = 'actions-cache';
const PERMISSION_READ = 1;
const PERMISSION_WRITE = 2;

export type CacheOperation =
  | 'CreateCacheEntry'
  | 'FinalizeCacheEntryUpload'
  | 'GetCacheEntryDownloadURL'
  | 'upload' // Put Blob
  | 'upload-block' // Put Block (comp=block)
  | 'upload-blocklist' // Put Block List (comp=blocklist)
  | 'download'
  | 'unknown';

export type CacheEntryInfo = {
  id: number;
  key: string;
  version: string;
  /** The scope the entry was saved from, e.g. 'refs/heads/main'. */
  ref: string;
  /** Bytes of the stored archive (0 until uploaded). */
  size: number;
  createdAt: Date;
  /** False while reserved (CreateCacheEntry done, FinalizeCacheEntryUpload not yet). */
  finalized: boolean;
};

export type CacheRequestLogEntry = {
  operation: CacheOperation;
  method: string;
  /** Decoded path without the query string. */
  path: string;
  status: number;
  at: Date;
  /** For twirp calls: what the library sent. */
  key?: string;
  restoreKeys?: string[];
  version?: string;
  sizeBytes?: number;
  /** The scope the caller writes to (its own ref). */
  ref?: string;
  /** For a GetCacheEntryDownloadURL hit. */
  matchedKey?: string;
  /** Body bytes of an upload, or bytes sent by a download. */
  bytes?: number;
  /** The request's User-Agent, to tell the twirp client, the Azure SDK and the download client apart. */
  userAgent?: string;
};

export type CacheRequestFilter = {
  readonly operation?: CacheOperation;
  readonly status?: number;
  readonly key?: string;
};

/** Which entries an `evict` / `setCreatedAt` / `archiveOf` call means; the key always must match. */
export type EntryFilter = { readonly ref?: string; readonly version?: string };

export type TokenOptions = {
  /** The ref the run writes to and reads first. Default: the service's current ref (`setRef`). */
  readonly ref?: string;
  /** Further refs the run may read, after its own. Default: [defaultBranch] (nothing when ref is the default). */
  readonly readRefs?: readonly string[];
  /** 'read-write' (default), 'read' (a token downgraded to read-only) or 'write' (write-only). */
  readonly access?: 'read-write' | 'read' | 'write';
  /** Lifetime in seconds; default 6 hours, as GitHub's job tokens. */
  readonly expiresIn?: number;
};

/** Twirp operations get `{code, msg}` JSON with twirp's code for the status; blob operations Azure XML. A 5xx on
 * a blob operation is retried by the Azure SDK (exponential, seconds apart): prefer 4xx there too. */
export type FailOptions = {
  /** Only requests of this operation fail; default: any request. */
  readonly operation?: CacheOperation;
  /** Seconds, sent as `retry-after` (the library only reads it on 429). */
  readonly retryAfter?: number;
};

export interface CacheService {
  /** http://127.0.0.1:PORT (no trailing slash). */
  readonly url: string;
  /** What ACTIONS_RESULTS_URL must be: `${url}/`. */
  readonly resultsUrl: string;
  /** Readable by every token minted afterwards (tokens carry their scopes). Default 'refs/heads/main'. */
  defaultBranch: string;
  /** The ref of callers whose token is opaque (not a JWT), and the default `ref` of `issueToken`. */
  setRef(ref: string): void;
  readonly ref: string;
  /** A JWT-shaped runtime token with an `ac` claim for these scopes, registered with the leak guard. */
  issueToken(options?: TokenOptions): string;
  /** Finalized entries (oldest first); with `includePending`, reservations too. */
  entries(options?: { includePending?: boolean }): CacheEntryInfo[];
  /** Sets createdAt of the entries with this key (and filter); returns how many. Decides "newest wins". */
  setCreatedAt(key: string, date: Date, filter?: EntryFilter): number;
  /** Removes the entries with this key (and filter), as GitHub's eviction does; returns how many. */
  evict(key: string, filter?: EntryFilter): number;
  /** The stored archive bytes of the newest finalized entry with this key (and filter), or null. */
  archiveOf(key: string, filter?: EntryFilter): Buffer | null;
  /** The next `count` matching requests get `status` with a twirp (JSON) or Azure (XML) error body. */
  failNext(count: number, status: number, options?: FailOptions): void;
  readonly requests: readonly CacheRequestLogEntry[];
  countRequests(filter?: CacheRequestFilter): number;
  close(): Promise<void>;
}

export type CacheEnvOptions = {
  /** GITHUB_WORKSPACE: run the library with this as cwd too (resolvePaths and tar work relative to it). */
  readonly workspace: string;
  /** RUNNER_TEMP: the library makes its archive directory here. */
  readonly runnerTemp: string;
} & TokenOptions;

/**
 * The environment @actions/cache 6.3.0 needs to talk to `service` with protocol v2:
 * - ACTIONS_CACHE_SERVICE_V2=true (any non-empty value) selects the twirp protocol;
 * - ACTIONS_RESULTS_URL is the twirp base URL (the library resolves `/twirp/...` against it);
 * - ACTIONS_RUNTIME_TOKEN is sent as `Authorization: Bearer`; the library never decodes it, any string works. This
 *   helper mints a JWT whose `ac` claim carries the run's cache scopes, as GitHub's does (see `issueToken`);
 * - GITHUB_WORKSPACE, RUNNER_TEMP: see CacheEnvOptions; GITHUB_REF for realism (the library does not read it).
 * Deliberately absent: GITHUB_SERVER_URL (a loopback value makes the library think it is on GHES and fall back to
 * protocol v1), ACTIONS_CACHE_URL (v1 only) and ACTIONS_CACHE_MODE ('read' / 'none' / 'write-only' skip restores or
 * saves). Build the child's env from scratch (PATH, HOME, then this): a parent running inside GitHub Actions has
 * real values of all of these. The library reads process.env, so run it in a child process.
 */
export function cacheEnvFor(service: CacheService, options: CacheEnvOptions): Record<string, string> {
  const { workspace, runnerTemp, ...tokenOptions } = options;
  return {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: service.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: service.issueToken(tokenOptions),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_REF: tokenOptions.ref ?? service.ref,
  };
}

/**
 * The `version` @actions/cache 6.3.0 sends for these paths (as passed to saveCache / restoreCache, before glob
 * resolution) on Linux: sha256 of `paths | compression | '1.0'`. With zstd on PATH the compression is always
 * 'zstd-without-long' (6.x never uses --long); without zstd it is 'gzip'.
 */
export function cacheVersion(
  paths: readonly string[],
  compression: 'zstd-without-long' | 'zstd' | 'gzip' = 'zstd-without-long',
): string {
  return createHash('sha256')
    .update([...paths, compression, '1.0'].join('|'))
    .digest('hex');
}

type Scope = { ref: string; permission: number };
type Entry = {
  id: number;
  key: string;
  version: string;
  ref: string;
  createdAt: Date;
  finalized: boolean;
  data: Buffer | null;
  blocks: Map<string, Buffer>;
  /** Valid for uploads until the entry is finalized. */
  uploadSig: string | null;
};

/** Thrown by twirp handlers; becomes `{code, msg}` with twirp's status for the code. */
class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
/** Thrown by blob handlers; becomes an Azure storage XML error. */
class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
};

const isBlobOperation = (op: CacheOperation): boolean =>
  op === 'upload' || op === 'upload-block' || op === 'upload-blocklist' || op === 'download';
const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');
const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const xmlUnescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseTwirpJson(body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // falls through to twirp's answer for unparsable bodies
  }
  throw new TwirpError(400, 'malformed', 'the json request could not be decoded');
}

const requiredString = (body: Record<string, unknown>, field: string): string => {
  const value = body[field];
  if (typeof value !== 'string' || value === '') {
    throw new TwirpError(400, 'invalid_argument', `${field} is required`); // approximation
  }
  return value;
};

export async function startCacheService(): Promise<CacheService> {
  const signingKey = randomBytes(32);
  const entries: Entry[] = [];
  const downloadSigs = new Map<string, number>(); // signature -> entry id
  const faults: { remaining: number; status: number; options: FailOptions }[] = [];
  const log: CacheRequestLogEntry[] = [];
  let defaultBranch = 'refs/heads/main';
  let currentRef: string | null = null; // null: the default branch
  let nextId = 1;
  let url = '';

  const refOf = (): string => currentRef ?? defaultBranch;
  const newSig = (): string => randomBytes(24).toString('base64url');
  const blobUrl = (entry: Entry, sig: string, permissions: string): string => {
    const expiry = new Date(Date.now() + 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const query = new URLSearchParams({ sv: '2024-11-04', sr: 'b', sp: permissions, se: expiry, sig });
    return `${url}/${ACCOUNT}/${CONTAINER}/cache-${entry.id}.tzst?${query.toString()}`;
  };
  const byNewest = (a: Entry, b: Entry): number =>
    b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;
  const matching = (key: string, filter: EntryFilter = {}): Entry[] =>
    entries.filter(
      (e) =>
        e.key === key &&
        (filter.ref === undefined || e.ref === filter.ref) &&
        (filter.version === undefined || e.version === filter.version),
    );

  function issueToken(options: TokenOptions = {}): string {
    const ref = options.ref ?? refOf();
    const readRefs = options.readRefs ?? (ref === defaultBranch ? [] : [defaultBranch]);
    const access = options.access ?? 'read-write';
    const own = (access === 'write' ? 0 : PERMISSION_READ) | (access === 'read' ? 0 : PERMISSION_WRITE);
    const scopes = [
      { Scope: ref, Permission: own },
      ...readRefs.filter((r) => r !== ref).map((r) => ({ Scope: r, Permission: PERMISSION_READ })),
    ];
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: 'https://vstoken.actions.githubusercontent.com',
      aud: 'vso:00000000-0000-0000-0000-000000000000',
      nbf: now - 60,
      iat: now,
      exp: now + (options.expiresIn ?? 6 * 60 * 60),
      scp: 'Actions.ExampleScope Actions.Results:00000000-0000-0000-0000-000000000001:00000000-0000-0000-0000-000000000002',
      ac: JSON.stringify(scopes),
      jti: randomBytes(8).toString('hex'),
    };
    const signingInput = `${base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${base64url(JSON.stringify(payload))}`;
    const token = `${signingInput}.${base64url(createHmac('sha256', signingKey).update(signingInput).digest())}`;
    registerSecret(token);
    return token;
  }

  /** The caller's scopes, from its bearer token (see the header comment). */
  function scopesOf(req: IncomingMessage): Scope[] {
    const auth = /^bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const token = auth?.[1];
    if (token === undefined) throw new TwirpError(401, 'unauthenticated', 'missing bearer token');
    const parts = token.split('.');
    if (parts.length !== 3) {
      const own = { ref: refOf(), permission: PERMISSION_READ | PERMISSION_WRITE };
      return own.ref === defaultBranch ? [own] : [own, { ref: defaultBranch, permission: PERMISSION_READ }];
    }
    const [header = '', payload = '', signature = ''] = parts;
    const expected = createHmac('sha256', signingKey).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new TwirpError(401, 'unauthenticated', 'invalid token signature'); // approximation
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: number;
      ac?: string;
    };
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
      throw new TwirpError(401, 'unauthenticated', 'token expired'); // approximation
    }
    const ac = JSON.parse(claims.ac ?? '[]') as { Scope: string; Permission: number }[];
    return ac.map((s) => ({ ref: s.Scope, permission: s.Permission }));
  }

  /** The lookup GitHub documents; `null` for a miss. */
  function lookup(scopes: readonly Scope[], keys: readonly string[], version: string): Entry | null {
    for (const scope of scopes) {
      if ((scope.permission & PERMISSION_READ) === 0) continue;
      const visible = entries.filter((e) => e.finalized && e.ref === scope.ref && e.version === version);
      for (const key of keys) {
        const exact = visible.filter((e) => e.key === key).sort(byNewest)[0];
        if (exact) return exact;
        const prefixed = visible.filter((e) => e.key.startsWith(key)).sort(byNewest)[0];
        if (prefixed) return prefixed;
      }
    }
    return null;
  }

  type Reply = { status: number; body: unknown };

  async function twirp(req: IncomingMessage, method: string, record: CacheRequestLogEntry): Promise<Reply> {
    const body = parseTwirpJson(await readBody(req));
    const scopes = scopesOf(req);
    const writable = scopes.find((s) => (s.permission & PERMISSION_WRITE) !== 0);
    record.ref = writable?.ref ?? scopes[0]?.ref ?? '';
    if (typeof body.key === 'string') record.key = body.key;
    if (typeof body.version === 'string') record.version = body.version;

    if (method === 'CreateCacheEntry') {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      // GitHub answers a read-only token with 200 and ok:false (the library dispatches on the prefix).
      if (writable === undefined) return { status: 200, body: { ok: false, message: WRITE_DENIED_MESSAGE } };
      // A pending reservation blocks the key as well ("another job may be creating this cache").
      if (entries.some((e) => e.key === key && e.version === version && e.ref === writable.ref)) {
        throw new TwirpError(409, 'already_exists', ALREADY_EXISTS_MESSAGE);
      }
      const entry: Entry = {
        id: nextId++,
        key,
        version,
        ref: writable.ref,
        createdAt: new Date(),
        finalized: false,
        data: null,
        blocks: new Map(),
        uploadSig: newSig(),
      };
      entries.push(entry);
      return {
        status: 200,
        body: { ok: true, signed_upload_url: blobUrl(entry, entry.uploadSig ?? '', 'cw') },
      };
    }

    if (method === 'FinalizeCacheEntryUpload') {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      const size = Number(body.size_bytes ?? 0); // int64: a JSON string from protobuf-ts
      record.sizeBytes = size;
      if (writable === undefined) return { status: 200, body: { ok: false, message: WRITE_DENIED_MESSAGE } };
      const entry = entries.find((e) => e.key === key && e.version === version && e.ref === writable.ref);
      if (entry === undefined) throw new TwirpError(404, 'not_found', 'cache entry not found'); // approximation
      if (entry.finalized) throw new TwirpError(409, 'already_exists', ALREADY_EXISTS_MESSAGE);
      if (entry.data === null) {
        throw new TwirpError(400, 'failed_precondition', 'cache entry has not been uploaded'); // approximation
      }
      if (entry.data.length !== size) {
        // approximation
        const message = `size_bytes ${size} does not match the uploaded size ${entry.data.length}`;
        throw new TwirpError(400, 'invalid_argument', message);
      }
      entry.finalized = true;
      entry.uploadSig = null;
      entry.blocks.clear();
      return { status: 200, body: { ok: true, entry_id: String(entry.id) } };
    }

    if (method === 'GetCacheEntryDownloadURL') {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
      record.restoreKeys = restoreKeys;
      if (!scopes.some((s) => (s.permission & PERMISSION_READ) !== 0)) {
        throw new TwirpError(403, 'permission_denied', READ_DENIED_MESSAGE);
      }
      const hit = lookup(scopes, [key, ...restoreKeys], version);
      if (hit === null) return { status: 200, body: { ok: false, signed_download_url: '', matched_key: '' } };
      record.matchedKey = hit.key;
      const sig = newSig();
      downloadSigs.set(sig, hit.id);
      return {
        status: 200,
        body: { ok: true, signed_download_url: blobUrl(hit, sig, 'r'), matched_key: hit.key },
      };
    }
    throw new TwirpError(404, 'bad_route', `no handler for path "${CACHE_SERVICE_PATH}${method}"`);
  }

  /** Put Blob / Put Block / Put Block List / Get Blob on /<account>/<container>/cache-<id>.tzst. */
  async function blob(
    req: IncomingMessage,
    res: ServerResponse,
    id: number,
    query: URLSearchParams,
    operation: CacheOperation,
    record: CacheRequestLogEntry,
  ): Promise<number> {
    const sig = query.get('sig') ?? '';
    const entry = entries.find((e) => e.id === id);
    const authFailed = (): BlobError =>
      new BlobError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      );
    const azureHeaders = (): Record<string, string> => ({
      'x-ms-request-id': randomBytes(16).toString('hex'),
      'x-ms-version': '2024-11-04',
      date: new Date().toUTCString(),
    });

    if (operation === 'download') {
      if (downloadSigs.get(sig) !== id) throw authFailed();
      if (entry === undefined || entry.data === null || !entry.finalized) {
        throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      }
      res.writeHead(200, {
        ...azureHeaders(),
        'content-type': 'application/octet-stream',
        'content-length': String(entry.data.length),
        'x-ms-blob-type': 'BlockBlob',
      });
      res.end(entry.data);
      record.bytes = entry.data.length;
      return 200;
    }

    const data = await readBody(req);
    record.bytes = data.length;
    // The upload signature dies with FinalizeCacheEntryUpload: a finalized entry cannot be overwritten.
    const target = entry;
    if (target === undefined || target.uploadSig === null || sig !== target.uploadSig) throw authFailed();
    if (operation === 'upload') {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
        throw new BlobError(
          400,
          'MissingRequiredHeader',
          'An HTTP header that is mandatory for this request is not specified.',
        );
      }
      target.data = data;
      target.blocks.clear();
    } else if (operation === 'upload-block') {
      const blockId = query.get('blockid');
      if (blockId === null || blockId === '') {
        throw new BlobError(
          400,
          'InvalidQueryParameterValue',
          'Value for one of the query parameters specified in the request URI is invalid.',
        );
      }
      target.blocks.set(blockId, data);
    } else {
      const ids = [...data.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
        (m) => xmlUnescape(m[2] ?? ''),
      );
      const parts = ids.map((blockId) => target.blocks.get(blockId));
      if (parts.some((p) => p === undefined)) {
        throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
      }
      target.data = Buffer.concat(parts as Buffer[]);
      target.blocks.clear();
    }
    const headers: Record<string, string> = {
      ...azureHeaders(),
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    };
    if (operation !== 'upload-blocklist') {
      headers['content-md5'] = createHash('md5').update(data).digest('base64');
    }
    res.writeHead(201, headers);
    res.end();
    return 201;
  }

  function operationOf(method: string, path: string, query: URLSearchParams): CacheOperation {
    if (method === 'POST' && path.startsWith(CACHE_SERVICE_PATH)) {
      const name = path.slice(CACHE_SERVICE_PATH.length);
      if (
        name === 'CreateCacheEntry' ||
        name === 'FinalizeCacheEntryUpload' ||
        name === 'GetCacheEntryDownloadURL'
      ) {
        return name;
      }
      return 'unknown';
    }
    if (!path.startsWith(`/${ACCOUNT}/${CONTAINER}/`)) return 'unknown';
    if (method === 'GET') return 'download';
    if (method !== 'PUT') return 'unknown';
    const comp = query.get('comp');
    if (comp === null) return 'upload';
    if (comp === 'block') return 'upload-block';
    if (comp === 'blocklist') return 'upload-blocklist';
    return 'unknown';
  }

  function sendTwirpError(res: ServerResponse, status: number, code: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg: message }));
  }
  function sendBlobError(res: ServerResponse, status: number, code: string, message: string): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message></Error>`;
    res.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code });
    res.end(xml);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = parsed.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // a malformed escape stays as sent, and matches no route
    }
    const operation = operationOf(method, path, parsed.searchParams);
    const record: CacheRequestLogEntry = { operation, method, path, status: 0, at: new Date() };
    const agent = req.headers['user-agent'];
    if (agent !== undefined) record.userAgent = agent;
    log.push(record);

    const fault = faults.find(
      (f) => f.remaining > 0 && (f.options.operation === undefined || f.options.operation === operation),
    );
    if (fault) {
      fault.remaining -= 1;
      req.resume(); // drain the body so the connection stays usable
      record.status = fault.status;
      if (fault.options.retryAfter !== undefined)
        res.setHeader('retry-after', String(fault.options.retryAfter));
      const message = `injected fault: ${STATUS_CODES[fault.status] ?? 'Error'}`;
      if (isBlobOperation(operation)) {
        sendBlobError(res, fault.status, fault.status >= 500 ? 'ServerBusy' : 'InjectedFault', message);
      } else {
        sendTwirpError(res, fault.status, TWIRP_CODES[fault.status] ?? 'unknown', message);
      }
      return;
    }

    try {
      if (path.startsWith(CACHE_SERVICE_PATH) && method === 'POST') {
        const reply = await twirp(req, path.slice(CACHE_SERVICE_PATH.length), record);
        record.status = reply.status;
        const text = JSON.stringify(reply.body);
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(text);
        return;
      }
      const m = new RegExp(`^/${ACCOUNT}/${CONTAINER}/cache-(\\d+)\\.tzst$`).exec(path);
      if (m && operation !== 'unknown') {
        record.status = await blob(req, res, Number(m[1]), parsed.searchParams, operation, record);
        return;
      }
      req.resume();
      if (path.startsWith('/twirp/')) throw new TwirpError(404, 'bad_route', `no handler for path "${path}"`);
      throw new BlobError(
        400,
        'UnsupportedHttpVerb',
        `The resource doesn't support the specified HTTP verb.`,
      ); // approximation
    } catch (error) {
      if (error instanceof TwirpError) {
        record.status = error.status;
        sendTwirpError(res, error.status, error.code, error.message);
      } else if (error instanceof BlobError) {
        record.status = error.status;
        sendBlobError(res, error.status, error.code, error.message);
      } else {
        throw error;
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      // A JSON body even here: the twirp client retries on bodies it cannot parse.
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'internal', msg: `cache service error: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const info = (e: Entry): CacheEntryInfo => ({
    id: e.id,
    key: e.key,
    version: e.version,
    ref: e.ref,
    size: e.data?.length ?? 0,
    createdAt: new Date(e.createdAt),
    finalized: e.finalized,
  });

  return {
    url,
    resultsUrl: `${url}/`,
    get defaultBranch() {
      return defaultBranch;
    },
    set defaultBranch(ref: string) {
      defaultBranch = ref;
    },
    setRef(ref) {
      currentRef = ref;
    },
    get ref() {
      return refOf();
    },
    issueToken,
    entries(options = {}) {
      return entries
        .filter((e) => options.includePending === true || e.finalized)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
        .map(info);
    },
    setCreatedAt(key, date, filter) {
      const found = matching(key, filter);
      for (const e of found) e.createdAt = new Date(date);
      return found.length;
    },
    evict(key, filter) {
      const found = new Set(matching(key, filter));
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const e = entries[i];
        if (e !== undefined && found.has(e)) entries.splice(i, 1);
      }
      return found.size;
    },
    archiveOf(key, filter) {
      const newest = matching(key, filter)
        .filter((e) => e.finalized)
        .sort(byNewest)[0];
      return newest === undefined || newest.data === null ? null : Buffer.from(newest.data);
    },
    failNext(count, status, options = {}) {
      faults.push({ remaining: count, status, options });
    },
    get requests() {
      return log.map((e) => ({ ...e, ...(e.restoreKeys ? { restoreKeys: [...e.restoreKeys] } : {}) }));
    },
    countRequests(filter = {}) {
      return log.filter(
        (e) =>
          (filter.operation === undefined || e.operation === filter.operation) &&
          (filter.status === undefined || e.status === filter.status) &&
          (filter.key === undefined || e.key === filter.key),
      ).length;
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // the Azure SDK and http-client keep connections alive
      await closed;
    },
  };
}
