// A loopback stand-in for the ChatGPT backend and its OAuth server, faithful to what the real Codex CLI 0.169.0
// does with ChatGPT-managed auth (see /work/shared/notes/loopback-testing.md and codex-cli-auth-facts.md).
//
// It serves HTTPS on 127.0.0.1 (port 0) with a per-run CA (tls.ts); Codex trusts it via CODEX_CA_CERTIFICATE.
//
// OAuth semantics (POST /oauth/token, grant_type=refresh_token):
// - each refresh token works exactly once; success rotates the session: new id/access/refresh tokens, the old
//   refresh token becomes "used" and the old access token stops being accepted by the backend;
// - a used refresh token -> 401 `refresh_token_reused` (with `revokeSessionOnReuse`, the whole session is then
//   revoked as well, like OAuth servers that treat reuse as theft);
// - an expired one (`expireRefreshToken`) -> 401 `refresh_token_expired`;
// - a revoked one (`revokeRefreshToken`, POST /oauth/revoke) -> 401 `refresh_token_invalidated`;
// - an unknown one (never issued here) -> 401 `refresh_token_invalidated`: to the client an unknown token is
//   indistinguishable from one that was revoked and purged;
// - `failNextRefresh` forces any status/code (e.g. a 5xx, or a generic 401 with no known code).
//
// Personal access tokens (ChatGPT Business/Enterprise, `CODEX_ACCESS_TOKEN=at-...`): Codex never refreshes them;
// it hydrates one with `GET $CODEX_AUTHAPI_BASE_URL/v1/user-auth-credential/whoami` (bearer = the token; the
// answer must be 200 JSON with `chatgpt_user_id`, `chatgpt_account_id`, `chatgpt_plan_type` strings,
// `chatgpt_account_is_fedramp` boolean, `email` string or null), then sends the token itself as the bearer on every
// backend call. The simulator serves whoami at `authApiBaseUrl` and accepts issued personal access tokens on the
// backend routes (`accessTokenUses` counts those requests); `revokePersonalAccessToken` makes both answer 401.
// With a business/enterprise/edu plan Codex also loads GET /backend-api/wham/config/bundle (workspace-managed
// policies; a 404 there is fatal): the simulator answers `{}`, an empty bundle.
//
// `setResponseError(status)` makes POST /backend-api/codex/responses fail with that status and a JSON error body
// once the bearer has been accepted. Measured with Codex 0.169.0: 400 and 429 end the turn at once (exit 1 in
// about 0.35 s); 403/404/422 are retried 5 times (about 6.5 s); 500 about 30 times (about 25 s).
//
// Plan usage (ChatGPT plans have a short and a weekly window), as the real backend reports it and Codex 0.169.0
// parses it (openai/codex codex-rs/codex-api/src/rate_limits.rs and api_bridge.rs):
// - `setRateLimits(limits)`: every 200 from /codex/responses carries the `x-codex-primary-used-percent`,
//   `-primary-window-minutes`, `-primary-reset-at` (epoch seconds) headers, the same for `secondary`, and the
//   `x-codex-credits-*` headers; and the stream starts with an SSE event `codex.rate_limits` carrying `plan_type`
//   and `rate_limits.{primary,secondary}.{used_percent,window_minutes,reset_at}`. Codex writes the snapshot into
//   the rollout file's `token_count` events (`rate_limits.primary.used_percent`, `window_minutes`, `resets_at`).
//   Measured with 0.169.0: over an HTTP stream only the headers count (an event-only answer leaves the snapshot
//   null); the event is parsed on the websocket transport, which the simulator refuses (426) like a proxy would.
// - `setUsageLimit(limit)`: /codex/responses answers 429 with
//   `{"error":{"type":"usage_limit_reached","message",...,"plan_type","resets_at","resets_in_seconds"}}` plus the
//   same headers and `x-codex-active-limit: codex`. Codex does not retry it: it prints an `error` event "You've
//   hit your usage limit..." and `turn.failed`, exits 1, and records `codex_error_info: "usage_limit_exceeded"`.
// Both are per account (`{ accountId }`) or for every account; a limit lifts by itself at its `resetsAt`; `afterCalls: n` lets n model calls through first
// (a limit that arrives in the middle of a turn, after a tool call ran).
// `queueToolCall(cmd)`: the next model call answers with a tool call: Codex 0.169.0's default model only has the
// code-mode tool `exec` (JavaScript in a V8 isolate, nested tools on `tools`), so the reply is a
// `custom_tool_call` named `exec` whose source runs `tools.exec_command({cmd})`. Codex runs the command and calls
// the model again with a `custom_tool_call_output`; `modelCalls` records that (never any prompt text).
// API keys (`issueApiKey`, `sk-` + random): accepted as the bearer of /codex/responses, as the platform API
// would (Codex sends `CODEX_API_KEY` to `openai_base_url`/responses); they never hit a usage limit of a plan.
//
// Device-code login (`codex login --device-auth`), as Codex 0.169.0 does it when pointed here with its hidden flag
// `--experimental_issuer <sim.issuer>` (there is no env variable or config key for it; CODEX_APP_SERVER_LOGIN_ISSUER
// is read by the app server only, and CODEX_REFRESH_TOKEN_URL_OVERRIDE is not used for the login):
// 1. POST /api/accounts/deviceauth/usercode, JSON `{"client_id":"app_EMoamEEZ73f0CkXaXp7hrann"}`
//    -> 200 `{device_auth_id, user_code, interval}`; `interval` must be a STRING of seconds (a JSON number makes
//    Codex fail: "invalid type: integer `5`, expected a string"; absent -> 0 -> it polls without pausing).
//    A 404 is "device code login is not enabled for this Codex server..." (exit 1); any other error status ends
//    the login too ("device code request failed with status 403 Forbidden").
//    Codex then prints `<issuer>/codex/device` and the user code on stdout.
// 2. POST /api/accounts/deviceauth/token, JSON `{device_auth_id, user_code}`, every `interval` seconds for at most
//    15 minutes: 403 or 404 = still pending; 2xx = `{authorization_code, code_challenge, code_verifier}` (the
//    server holds the PKCE pair); any other status ends the login ("device auth failed with status 400 ...").
// 3. POST /oauth/token, form-encoded `grant_type=authorization_code&client_id=...&code=...&
//    redirect_uri=<issuer>/deviceauth/callback&code_verifier=...` -> `{id_token, access_token, refresh_token}`.
//    Codex writes auth.json (`auth_mode: "chatgpt"`, tokens.account_id from the id_token, plus
//    `oauth_provenance: {issuer, client_id}` and a random `login_owner_id`) and prints "Successfully logged in".
// None of these requests carries an Authorization header. The simulator serves all three: a user code is approved
// by the test (`approveDeviceCode`, or `autoApproveDeviceCodes`), which starts a NEW session (like issueSession)
// whose tokens the exchange hands out; its refresh token then works on /oauth/token like any other. Pending
// polls get 403, a denied code (`denyDeviceCode`) 400; `deviceCodeLogin: false` answers the user-code request 404.
// Authorization codes, code verifiers and device_auth_ids are registered with the leak guard; user codes are not
// (Codex prints them: the user must type them in).
//
// Tokens live only in memory. The request log holds methods, paths, statuses, refresh reasons and outcomes, never
// token values. Every token the simulator issues is registered with the leak guard.

import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import {
  authJsonText,
  makeAccessToken,
  makeAccountId,
  makeIdToken,
  makeRefreshToken,
  type TestTokens,
} from './test-tokens.js';
import { registerSecret } from './leak-guard.js';
import { createTestTls } from './tls.js';
import {
  functionCallOutputs,
  functionCallStream,
  isApprovalReview,
  mcpCall,
  type McpToolRequest,
  offeredToolNames,
  type RequestBody,
  responseEvents,
  sseEvent,
  shellCall,
} from './model-script.js';

export type SimSession = TestTokens;

export type RefreshOutcome =
  | 'ok'
  | 'refresh_token_reused'
  | 'refresh_token_expired'
  | 'refresh_token_invalidated'
  | 'forced_failure'
  | 'bad_request';

export interface RefreshLogEntry {
  readonly at: Date;
  /** `refresh_reason` from the request body (Codex: scheduled, proactive_expiry, unauthorized_recovery...). */
  readonly reason: string | null;
  readonly outcome: RefreshOutcome;
  readonly status: number;
  /** Which session (1-based, in issue order) the presented refresh token belonged to; null if unknown. */
  readonly session: number | null;
  /** Which generation of that session's refresh token was presented (0 = the one issueSession made). */
  readonly generation: number | null;
}

/** What the request's `Authorization: Bearer` was, judged by the simulator (never the value itself). */
export type BearerKind = 'none' | 'valid' | 'invalid';

export interface RequestLogEntry {
  readonly at: Date;
  /** The HTTP method, or `WS` for a turn Codex sent as a message on the Responses WebSocket. */
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Judged when the request is logged (after any delay). */
  readonly bearer: BearerKind;
  /** Only for /oauth/token. */
  readonly refreshReason?: string | null;
  readonly outcome?: RefreshOutcome;
  /** Present only when the bearer was a personal access token issued here (valid or not). */
  readonly credential?: 'personal_access_token';
  /** Only for /oauth/token requests with `grant_type=authorization_code` (the end of a device-code login). */
  readonly grantType?: 'authorization_code';
  /** Which listener took the request: `second` is the workspace origin of `secondOrigin`. */
  readonly origin?: 'main' | 'second';
  /** POST /backend-api/codex/responses with `acceptCompressedRequests`: the body's encoding and SHA-256 as received. */
  readonly contentEncoding?: string | null;
  readonly bodySha256?: string;
}

/** Where a device-code login stands (see approveDeviceCode). */
export type DeviceCodeState = 'pending' | 'approved' | 'denied' | 'exchanged';

/** What the simulator knows about a user code it issued (never the device_auth_id or authorization code). */
export interface DeviceCodeInfo {
  readonly userCode: string;
  readonly state: DeviceCodeState;
  /** POST /api/accounts/deviceauth/token requests for this code (any answer). */
  readonly polls: number;
  /** The session (1-based, in issue order) the approval started; null until approved. */
  readonly session: number | null;
}

/** One usage window, as the backend reports it. */
export interface SimRateWindow {
  readonly usedPercent: number;
  readonly windowMinutes: number;
  /** Epoch seconds. */
  readonly resetsAt: number;
}

export interface SimRateLimits {
  /** The short window (5 hours on ChatGPT plans). */
  readonly primary?: SimRateWindow | null;
  /** The weekly window. */
  readonly secondary?: SimRateWindow | null;
  readonly planType?: string;
}

export interface SimUsageLimit extends SimRateLimits {
  readonly planType: string;
  /** Epoch seconds at which the window that ran out resets. */
  readonly resetsAt: number;
}

export interface SimScope {
  /** Only this account (a session's `accountId`); absent: every account. */
  readonly accountId?: string;
  /** Let this many model calls of the scope through before the limit applies. Default 0. */
  readonly afterCalls?: number;
}

/** One POST /backend-api/codex/responses, as the simulator saw it (no prompt text, no token). */
export interface ModelCallEntry {
  readonly at: Date;
  /** The account of the bearer; 'api-key' for an API key; null when refused. */
  readonly account: string | null;
  readonly status: number;
  /** What the simulator answered: a message, a tool call, a usage limit, another error. */
  readonly answer: 'message' | 'tool_call' | 'usage_limit' | 'error' | 'unauthorized';
  /** `custom_tool_call_output` / `function_call_output` items in the request: the results of tools that ran. */
  readonly toolOutputs: number;
}

export interface ChatGptSimulatorOptions {
  /** Where to write ca.pem. Default: a fresh temp dir, removed by close(). */
  readonly dir?: string;
  /** The assistant's reply text on /backend-api/codex/responses. Default "OK". */
  readonly reply?: string;
  /**
   * Access tokens issued by a refresh: null/absent -> opaque; a number -> JWT with `exp` this many seconds after
   * the refresh.
   */
  readonly refreshedAccessTokenExpSeconds?: number | null;
  /** Delay before answering /oauth/token, in ms. */
  readonly refreshDelayMs?: number;
  /**
   * Play a hostile model: the first turn of every conversation answers with a shell tool call running this
   * command; the reply text comes once Codex sends the command's output back (recorded in `toolOutputs`).
   */
  readonly toolCall?: string;
  /** Delay before answering POST /backend-api/codex/responses, in ms (lets a test kill the caller mid-turn). */
  readonly responseDelayMs?: number;
  /** Revoke the whole session when a used refresh token is presented again. Default false. */
  readonly revokeSessionOnReuse?: boolean;
  /** false: the device-code user-code request answers 404 ("not enabled"). Default true. */
  readonly deviceCodeLogin?: boolean;
  /**
   * Start a second listener (same routes, same sessions) and name it as the `workspace_backend_origin` in
   * accounts/check, as the real backend does for a routed workspace. Default false.
   */
  readonly secondOrigin?: boolean;
  /** Space the SSE events of POST /codex/responses this many ms apart (flushed one by one). Default 0. */
  readonly sseEventSpacingMs?: number;
  /**
   * Send the SSE events of POST /codex/responses one by one, each (after the first) once this resolves: a test
   * releases event `index` when its client has seen the one before, so a relay that buffers stalls visibly instead
   * of racing a clock. Default: none.
   */
  readonly sseEventGate?: (index: number) => Promise<void>;
  /**
   * Accept compressed (zstd) request bodies on POST /codex/responses: the body is not parsed, its encoding and
   * SHA-256 are logged, and the canned reply is sent. Default false (415, as before).
   */
  readonly acceptCompressedRequests?: boolean;
  /** false: refuse the Responses WebSocket (426), so Codex uses SSE. Default true. */
  readonly webSocket?: boolean;
  /** Send this Set-Cookie header on every answer (a proxy in between must not hand it to Codex). */
  readonly setCookie?: string;
  /** Approve every user code as soon as it is issued (a new session each). Default false. */
  readonly autoApproveDeviceCodes?: boolean;
  /** The `interval` (seconds, sent as a string as Codex requires) between Codex's polls. Default 1. */
  readonly deviceCodeIntervalSeconds?: number;
}

export interface IssueSessionOptions {
  /** null/absent: opaque access token; a number: JWT access token with `exp` this many seconds from now. */
  readonly accessTokenExpSeconds?: number | null;
  readonly accountId?: string;
  readonly email?: string;
}

export interface IssuePersonalAccessTokenOptions {
  readonly accountId?: string;
  /** null: whoami answers `"email": null` (Codex accepts that). Default `dev-<random>@example.com`. */
  readonly email?: string | null;
  /** `chatgpt_plan_type` in the whoami answer. Default "enterprise". */
  readonly planType?: string;
}

/** What the simulator knows about a personal access token it issued (never the token value itself). */
export interface PersonalAccessTokenInfo {
  readonly accountId: string;
  readonly userId: string;
  readonly email: string | null;
  readonly planType: string;
}

export interface ForcedRefreshFailure {
  readonly status: number;
  /** `error.code` in the body; absent -> a body without a code. */
  readonly code?: string;
}

export interface ChatGptSimulator {
  /** https://127.0.0.1:PORT */
  readonly url: string;
  readonly caPath: string;
  readonly tokenUrl: string;
  readonly revokeUrl: string;
  /** For Codex's `chatgpt_base_url`: `${url}/backend-api/`. */
  readonly chatgptBaseUrl: string;
  /** For Codex's `openai_base_url`: `${url}/backend-api/codex`. */
  readonly openaiBaseUrl: string;
  /**
   * For env `CODEX_AUTHAPI_BASE_URL` (default https://auth.openai.com/api/accounts): `${url}/api/accounts`.
   * Codex appends `/v1/user-auth-credential/whoami` to it to check a personal access token.
   */
  readonly authApiBaseUrl: string;
  /** Successful refreshes over HTTP. */
  readonly refreshCount: number;
  /** Refresh attempts that presented an already used refresh token. */
  readonly reuseCount: number;
  /** POST /backend-api/codex/responses requests answered 200. */
  readonly responsesCount: number;
  /** TLS handshakes that failed (e.g. a client that does not trust the CA). */
  readonly tlsErrors: number;
  /** /backend-api/ requests whose bearer was a valid personal access token issued here (any route, any status). */
  readonly accessTokenUses: number;
  /** whoami requests answered 200 (Codex hydrating a personal access token). */
  readonly whoamiCount: number;
  /** POST /backend-api/codex/responses requests answered with the status set by `setResponseError`. */
  readonly responseErrorCount: number;
  /** Every function_call_output Codex sent back: what the agent's commands printed, i.e. what the agent saw. */
  readonly toolOutputs: readonly string[];
  /** Tool names offered in the last model request. */
  readonly lastToolNames: readonly string[];
  readonly refreshLog: readonly RefreshLogEntry[];
  readonly requestLog: readonly RequestLogEntry[];
  /** TLS connections the second origin accepted (`secondOrigin`), whether or not a request came on them. */
  readonly secondOriginConnections: number;
  issueSession(options?: IssueSessionOptions): SimSession;
  /** auth.json text (Codex's shape) for a session; `lastRefresh: null` leaves `last_refresh` out. */
  authJsonFor(session: SimSession, options: { lastRefresh: Date | null }): string;
  /**
   * Rotates a session in memory, as if another machine had refreshed with this refresh token (not logged, not
   * counted). Returns the new tokens. Throws if the token is not currently valid.
   */
  rotate(refreshToken: string): SimSession;
  /** The current tokens of the session a token (any generation, refresh or access) belongs to. */
  currentSessionOf(token: string): SimSession | null;
  isValidAccessToken(token: string): boolean;
  isValidRefreshToken(token: string): boolean;
  /** Refresh attempts (any outcome) that presented this refresh token. */
  attemptsFor(refreshToken: string): number;
  expireRefreshToken(refreshToken: string): void;
  revokeRefreshToken(refreshToken: string): void;
  /** Invalidates an access token (the backend answers 401 for it from now on). */
  revokeAccessToken(accessToken: string): void;
  /**
   * The next model call that brings a tool's output back finds its access token revoked (401), as when a token
   * expires during a long turn: Codex refreshes in the middle of the turn, after the agent's commands ran.
   */
  revokeAccessOnNextToolOutput(): void;
  /** The next `count` refresh attempts (any token) fail with this status/code, before any other check. */
  failNextRefresh(failure: ForcedRefreshFailure, count?: number): void;
  setReply(text: string): void;
  /**
   * See ChatGptSimulatorOptions.toolCall; null: answer with text again. `escalate`: the call asks to run outside
   * the sandbox, and the simulator, asked for Codex's automatic approval review, approves it (the same hostile
   * model answers both).
   */
  setToolCall(command: string | null, options?: { escalate?: boolean }): void;
  /**
   * The hostile model's first answer calls a tool an MCP server offers (`mcpCall` in model-script.ts finds it in
   * the request's tools) instead of running a shell command; null: no such call.
   */
  setMcpToolCall(call: McpToolRequest | null): void;
  /** How many automatic approval reviews (`--approve-for-me`) Codex asked for. */
  readonly approvalReviews: number;
  setRefreshDelay(ms: number): void;
  setResponseDelay(ms: number): void;
  setRefreshedAccessTokenExpSeconds(seconds: number | null): void;
  /**
   * A ChatGPT personal access token (`at-` + random, made now, registered with the leak guard) that whoami and the
   * backend routes accept until revoked. Codex uses it from env `CODEX_ACCESS_TOKEN` (see accessTokenEnvFor).
   */
  issuePersonalAccessToken(options?: IssuePersonalAccessTokenOptions): string;
  /** What whoami reports for a personal access token issued here; null for any other string. */
  personalAccessTokenInfo(token: string): PersonalAccessTokenInfo | null;
  /** whoami and the backend answer 401 for this personal access token from now on. */
  revokePersonalAccessToken(token: string): void;
  /**
   * A status (e.g. 400) for POST /backend-api/codex/responses to answer, with a JSON error body, after the bearer
   * was accepted (and after any response delay); null (the default) restores normal answers.
   */
  setResponseError(status: number | null): void;
  /**
   * How POST /oauth/revoke answers from now on: a status (e.g. 500, and the token is not revoked), 'hang' (the
   * request is read and never answered, like an endpoint that times out), or null (200, revoked: the default).
   */
  setRevokeFailure(failure: number | 'hang' | null): void;
  /**
   * Plan usage sent on every successful model call (headers and the SSE `codex.rate_limits` event); null stops
   * sending it. `channels` limits it to one of the two (to prove Codex reads each).
   */
  setRateLimits(
    limits: SimRateLimits | null,
    scope?: SimScope & { channels?: 'both' | 'headers' | 'event' },
  ): void;
  /** Model calls answer 429 `usage_limit_reached` (see the header comment); null lifts it for the scope. */
  setUsageLimit(limit: SimUsageLimit | null, scope?: SimScope): void;
  /** The next model call (of the scope) answers with a tool call that runs `cmd` through `exec_command`. */
  queueToolCall(cmd: string, scope?: Pick<SimScope, 'accountId'>): void;
  /** An API key (`sk-` + random, registered with the leak guard) that /codex/responses accepts. */
  issueApiKey(): string;
  /** Every model call, in order. */
  readonly modelCalls: readonly ModelCallEntry[];
  /** Model calls answered 429 usage_limit_reached. */
  readonly usageLimitCount: number;
  /** Human-readable request log (no token values). */
  describeLog(): string;
  /** For `codex login --device-auth --experimental_issuer <issuer>`: the server's origin, https://127.0.0.1:PORT. */
  readonly issuer: string;
  /** The link Codex prints for a device-code login: `${issuer}/codex/device`. */
  readonly deviceVerificationUrl: string;
  /** Every user code issued so far, in order. */
  readonly deviceCodes: readonly DeviceCodeInfo[];
  /** Device-code logins completed (authorization codes exchanged for tokens). */
  readonly deviceCodeLoginCount: number;
  /**
   * The user approves a pending user code (what they would do at deviceVerificationUrl): starts a NEW session
   * (options as for issueSession) and returns its tokens, which Codex receives when it next polls. Throws for an
   * unknown code or one that is not pending.
   */
  approveDeviceCode(userCode: string, options?: IssueSessionOptions): SimSession;
  /** The user declines a pending user code: Codex's next poll gets 400 and the login fails. */
  denyDeviceCode(userCode: string): void;
  /** The current tokens of the session an approved user code started; null before approval or if unknown. */
  deviceCodeSession(userCode: string): SimSession | null;
  /** Turns device-code login on or off (off: the user-code request answers 404). */
  setDeviceCodeLogin(enabled: boolean): void;
  close(): Promise<void>;
}

type RefreshState = 'active' | 'used' | 'expired' | 'revoked';

interface SessionRecord {
  readonly index: number;
  readonly accountId: string;
  readonly email: string;
  current: SimSession;
  generation: number;
  revoked: boolean;
}

interface RefreshRecord {
  readonly session: SessionRecord;
  readonly generation: number;
  state: RefreshState;
  attempts: number;
}

interface PersonalAccessRecord {
  readonly info: PersonalAccessTokenInfo;
  valid: boolean;
}

interface DeviceCodeRecord {
  readonly userCode: string;
  readonly deviceAuthId: string;
  readonly clientId: string;
  state: DeviceCodeState;
  polls: number;
  session: SessionRecord | null;
  /** Set on approval: what the token poll hands to Codex, and what the exchange then checks. */
  grant: { readonly code: string; readonly verifier: string; readonly challenge: string } | null;
}

interface AccessRecord {
  readonly session: SessionRecord;
  valid: boolean;
  /** ms since epoch; null for opaque tokens. */
  readonly expiresAt: number | null;
}

const REFRESH_MESSAGES: Record<Exclude<RefreshState, 'active'>, { code: string; message: string }> = {
  used: {
    code: 'refresh_token_reused',
    message:
      'Your refresh token has already been used to generate a new access token. Please try signing in again.',
  },
  expired: {
    code: 'refresh_token_expired',
    message: 'Your refresh token has expired. Please try signing in again.',
  },
  revoked: {
    code: 'refresh_token_invalidated',
    message: 'Your refresh token has been invalidated. Please try signing in again.',
  },
};

const WHOAMI_PATH = '/api/accounts/v1/user-auth-credential/whoami';
const DEVICE_USERCODE_PATH = '/api/accounts/deviceauth/usercode';
const DEVICE_TOKEN_PATH = '/api/accounts/deviceauth/token';
const DEVICE_CALLBACK_PATH = '/deviceauth/callback';
/** No 0/O, 1/I: the user copies it by hand. */
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function makeUserCode(): string {
  const pick = (count: number): string =>
    Array.from({ length: count }, () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]).join('');
  return `${pick(4)}-${pick(5)}`;
}

/** A random secret of the given prefix, registered with the leak guard. */
function makeSecret(prefix: string, bytes = 32): string {
  const value = `${prefix}${randomBytes(bytes).toString('base64url')}`;
  registerSecret(value);
  return value;
}

/** A JSON error body shaped like the OpenAI API's, for a forced model-call failure. */
function responseErrorBody(status: number): unknown {
  const { type, code } =
    status === 429
      ? { type: 'rate_limit_error', code: 'rate_limit_exceeded' }
      : status >= 500
        ? { type: 'server_error', code: 'server_error' }
        : { type: 'invalid_request_error', code: 'simulated_error' };
  return { error: { message: `Simulated model call failure (HTTP ${status}).`, type, param: null, code } };
}

const ALL_ACCOUNTS = '*';
const API_KEY_ACCOUNT = 'api-key';

/** The 429 body of the real backend when a plan window ran out (fields as api_bridge.rs reads them). */
function usageLimitBody(limit: SimUsageLimit): unknown {
  const resetsInSeconds = Math.max(0, limit.resetsAt - Math.floor(Date.now() / 1000));
  return {
    error: {
      type: 'usage_limit_reached',
      message: 'The usage limit has been reached',
      plan_type: limit.planType,
      resets_at: limit.resetsAt,
      resets_in_seconds: resetsInSeconds,
    },
  };
}

/** The `x-codex-*` headers (rate_limits.rs: used percent as a float, minutes and reset epoch as integers). */
function rateLimitHeaders(limits: SimRateLimits): Record<string, string> {
  const headers: Record<string, string> = {
    'x-codex-credits-has-credits': 'false',
    'x-codex-credits-unlimited': 'false',
  };
  for (const [name, window] of [
    ['primary', limits.primary],
    ['secondary', limits.secondary],
  ] as const) {
    if (!window) continue;
    headers[`x-codex-${name}-used-percent`] = String(window.usedPercent);
    headers[`x-codex-${name}-window-minutes`] = String(window.windowMinutes);
    headers[`x-codex-${name}-reset-at`] = String(window.resetsAt);
  }
  return headers;
}

/** The SSE event the backend sends first on a successful call (rate_limits.rs parse_rate_limit_event). */
function rateLimitEvent(limits: SimRateLimits): string {
  const window = (w: SimRateWindow | null | undefined) =>
    w ? { used_percent: w.usedPercent, window_minutes: w.windowMinutes, reset_at: w.resetsAt } : null;
  return sseEvent({
    type: 'codex.rate_limits',
    plan_type: limits.planType ?? null,
    rate_limits: { primary: window(limits.primary), secondary: window(limits.secondary) },
    credits: { has_credits: false, unlimited: false, balance: null },
  });
}

/** How many tool results the request carries (the model is being called again after a tool ran). */
function countToolOutputs(body: Buffer): number {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { input?: unknown };
    if (!Array.isArray(parsed.input)) return 0;
    return parsed.input.filter(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        ['custom_tool_call_output', 'function_call_output'].includes(
          String((item as { type?: unknown }).type),
        ),
    ).length;
  } catch {
    return 0;
  }
}

function sleep(ms: number, timers: Set<NodeJS.Timeout>): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
}

/**
 * Writes an SSE stream (headers already set) one event at a time, `spacingMs` apart and each after `gate(index)`
 * resolves, so a buffering relay shows.
 */
async function spacedEvents(
  res: ServerResponse,
  stream: string,
  pace: { spacingMs: number; gate: ((index: number) => Promise<void>) | undefined },
  timers: Set<NodeJS.Timeout>,
): Promise<void> {
  res.flushHeaders();
  const events = stream.split('\n\n').filter((event) => event.trim() !== '');
  for (const [index, event] of events.entries()) {
    if (index > 0 && pace.spacingMs > 0) await sleep(pace.spacingMs, timers);
    if (index > 0 && pace.gate) await pace.gate(index);
    if (res.destroyed) return;
    res.write(`${event}\n\n`);
  }
  res.end();
}

function readBody(req: IncomingMessage, limit = 16 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseForm(body: Buffer, contentType: string | undefined): Record<string, unknown> | null {
  const text = body.toString('utf8');
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function bearerOf(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function parseRequestBody(raw: Buffer): RequestBody {
  try {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as RequestBody) : {};
  } catch {
    return {};
  }
}

function responseStream(reply: string): string {
  const suffix = randomBytes(6).toString('hex');
  const itemId = `msg_${suffix}`;
  const message = {
    type: 'message',
    id: itemId,
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text: reply, annotations: [] }],
  };
  return responseEvents({
    responseId: `resp_${suffix}`,
    item: message,
    inProgress: { ...message, status: 'in_progress', content: [] },
    middle: [
      {
        type: 'response.output_text.delta',
        item_id: itemId,
        output_index: 0,
        content_index: 0,
        delta: reply,
      },
    ],
    outputTokens: 2,
  });
}

/**
 * What GET /backend-api/codex/models answers: one model in the shape Codex 0.169.0 decodes (its fields are those of
 * the catalog `codex debug models` prints, with short texts). Priority 0 makes it the default, so Codex runs every
 * turn with it, as plain Responses (`use_responses_lite: false`). Without this route Codex logs "failed to refresh
 * available models" (an ERROR) on every start.
 */
const CODEX_MODELS = [
  {
    slug: 'codex-simulator',
    display_name: 'Codex simulator model',
    description: 'The loopback ChatGPT simulator: answers every turn with its canned reply.',
    default_reasoning_level: 'low',
    supported_reasoning_levels: [{ effort: 'low', description: 'The only level the simulator has' }],
    shell_type: 'shell_command',
    visibility: 'list',
    supported_in_api: true,
    priority: 0,
    additional_speed_tiers: [],
    service_tiers: [],
    availability_nux: null,
    upgrade: null,
    include_skills_usage_instructions: false,
    include_plugin_usage_instructions: false,
    include_apps_usage_instructions: false,
    default_reasoning_summary: 'none',
    support_verbosity: false,
    default_verbosity: null,
    apply_patch_tool_type: 'freeform',
    web_search_tool_type: 'text',
    truncation_policy: { mode: 'tokens', limit: 10_000 },
    supports_image_detail_original: false,
    context_window: 128_000,
    max_context_window: 128_000,
    effective_context_window_percent: 95,
    experimental_supported_tools: [],
    input_modalities: ['text'],
    supports_search_tool: false,
    supports_experimental_context: false,
    use_responses_lite: false,
    supports_reasoning_effort_updates: false,
    node_repl_auto_review_required: false,
    node_repl_disabled: true,
    base_instructions: 'You are Codex, talking to a loopback test server.',
  },
];

/** Server-to-client frame: FIN, unmasked, any length (RFC 6455 section 5.2). */
function webSocketFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x80 | opcode, 127]), Buffer.alloc(8)]);
  if (length >= 65_536) header.writeBigUInt64BE(BigInt(length), 2);
  return Buffer.concat([header, payload]);
}

/**
 * Reads a client's masked frames from `socket` (after the handshake; `head` is what arrived with it) and hands each
 * complete text message to `onText`. Answers ping with pong and close with close; no extensions are agreed, so
 * frames are never compressed.
 */
function readWebSocketMessages(socket: Duplex, head: Buffer, onText: (text: string) => void): void {
  let buffer = Buffer.from(head);
  let fragments: Buffer[] = [];
  const parse = () => {
    for (;;) {
      if (buffer.length < 2) return;
      const first = buffer[0] ?? 0;
      const second = buffer[1] ?? 0;
      let length = second & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = Number(buffer.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (second & 0x80) !== 0;
      const maskAt = offset;
      if (masked) offset += 4;
      if (buffer.length < offset + length) return;
      const payload = Buffer.from(buffer.subarray(offset, offset + length));
      if (masked)
        for (let i = 0; i < length; i++) payload[i] = (payload[i] ?? 0) ^ (buffer[maskAt + (i % 4)] ?? 0);
      buffer = buffer.subarray(offset + length);
      const opcode = first & 0x0f;
      if (opcode === 0x8) {
        socket.end(webSocketFrame(0x8, payload.subarray(0, 2)));
        return;
      }
      if (opcode === 0x9) socket.write(webSocketFrame(0xa, payload));
      if (opcode === 0x1 || opcode === 0x0) {
        fragments.push(payload);
        if ((first & 0x80) !== 0) {
          onText(Buffer.concat(fragments).toString('utf8'));
          fragments = [];
        }
      }
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    parse();
  });
  socket.on('error', () => socket.destroy());
  parse();
}

export async function startChatGptSimulator(
  options: ChatGptSimulatorOptions = {},
): Promise<ChatGptSimulator> {
  const ownDir = options.dir === undefined ? await mkdtemp(join(tmpdir(), 'chatgpt-sim-')) : null;
  const dir = options.dir ?? ownDir ?? tmpdir();
  const tls = await createTestTls(dir);

  let reply = options.reply ?? 'OK';
  let refreshDelayMs = options.refreshDelayMs ?? 0;
  let responseDelayMs = options.responseDelayMs ?? 0;
  let refreshedExpSeconds = options.refreshedAccessTokenExpSeconds ?? null;
  let responseErrorStatus: number | null = null;
  let revokeFailure: number | 'hang' | null = null;
  let hostileCommand = options.toolCall ?? null;
  let revokeOnToolOutput = false;
  let hostileEscalates = false;
  let hostileMcp: McpToolRequest | null = null;
  let approvalReviews = 0;
  const recordedToolOutputs: string[] = [];
  let lastToolNames: string[] = [];
  const rateLimitsByScope = new Map<
    string,
    { limits: SimRateLimits; channels: 'both' | 'headers' | 'event' }
  >();
  const usageLimitsByScope = new Map<string, { limit: SimUsageLimit; remainingFree: number }>();
  const toolCallQueue: { cmd: string; scope: string }[] = [];
  const apiKeys = new Set<string>();
  const modelCalls: ModelCallEntry[] = [];
  let usageLimitCount = 0;
  const revokeSessionOnReuse = options.revokeSessionOnReuse ?? false;

  const sessions: SessionRecord[] = [];
  const refreshTokens = new Map<string, RefreshRecord>();
  const accessTokens = new Map<string, AccessRecord>();
  const personalTokens = new Map<string, PersonalAccessRecord>();
  const refreshLog: RefreshLogEntry[] = [];
  const requestLog: RequestLogEntry[] = [];
  const forcedFailures: ForcedRefreshFailure[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket | Duplex>();
  let second: Server | null = null;
  let secondConnections = 0;
  const secondPort = (): number | null => (second?.address() as AddressInfo | null)?.port ?? null;
  const secondUrl = (): string => `https://127.0.0.1:${secondPort() ?? 0}`;
  let refreshCount = 0;
  let reuseCount = 0;
  let responsesCount = 0;
  let tlsErrors = 0;
  let accessTokenUses = 0;
  let whoamiCount = 0;
  let responseErrorCount = 0;
  let deviceCodeLogin = options.deviceCodeLogin ?? true;
  const autoApproveDeviceCodes = options.autoApproveDeviceCodes ?? false;
  const deviceCodeInterval = options.deviceCodeIntervalSeconds ?? 1;
  if (!Number.isInteger(deviceCodeInterval) || deviceCodeInterval < 0) {
    throw new Error(`deviceCodeIntervalSeconds must be a whole number >= 0, got ${deviceCodeInterval}`);
  }
  const deviceCodes: DeviceCodeRecord[] = [];
  let deviceCodeLoginCount = 0;

  function mint(session: SessionRecord, accessExpSeconds: number | null): SimSession {
    const accessToken = makeAccessToken({ expSeconds: accessExpSeconds, accountId: session.accountId });
    const tokens: SimSession = {
      idToken: makeIdToken({ accountId: session.accountId, email: session.email }),
      accessToken,
      refreshToken: makeRefreshToken(),
      accountId: session.accountId,
    };
    accessTokens.set(accessToken, {
      session,
      valid: true,
      expiresAt: accessExpSeconds === null ? null : Date.now() + accessExpSeconds * 1000,
    });
    refreshTokens.set(tokens.refreshToken, {
      session,
      generation: session.generation,
      state: 'active',
      attempts: 0,
    });
    return tokens;
  }

  function doRotate(record: RefreshRecord): SimSession {
    const { session } = record;
    record.state = 'used';
    const old = accessTokens.get(session.current.accessToken);
    if (old) old.valid = false;
    session.generation += 1;
    session.current = mint(session, refreshedExpSeconds);
    return session.current;
  }

  function newSession(issue: IssueSessionOptions): SessionRecord {
    const session: SessionRecord = {
      index: sessions.length + 1,
      accountId: issue.accountId ?? makeAccountId(),
      email: issue.email ?? `dev-${randomBytes(4).toString('hex')}@example.com`,
      current: undefined as unknown as SimSession,
      generation: 0,
      revoked: false,
    };
    sessions.push(session);
    session.current = mint(session, issue.accessTokenExpSeconds ?? null);
    return session;
  }

  function deviceCodeRecord(userCode: string, caller: string): DeviceCodeRecord {
    const record = deviceCodes.find((entry) => entry.userCode === userCode);
    if (!record) throw new Error(`${caller}: unknown user code`);
    if (record.state !== 'pending')
      throw new Error(`${caller}: that user code is ${record.state}, not pending`);
    return record;
  }

  function approve(record: DeviceCodeRecord, issue: IssueSessionOptions): SimSession {
    const session = newSession(issue);
    const verifier = makeSecret('', 48);
    record.grant = {
      code: makeSecret('ac_'),
      verifier,
      challenge: createHash('sha256').update(verifier).digest('base64url'),
    };
    record.session = session;
    record.state = 'approved';
    return session.current;
  }

  function revokeSession(session: SessionRecord): void {
    session.revoked = true;
    for (const record of refreshTokens.values()) {
      if (record.session === session && record.state === 'active') record.state = 'revoked';
    }
    for (const record of accessTokens.values()) {
      if (record.session === session) record.valid = false;
    }
  }

  function accessValid(token: string | null): AccessRecord | null {
    if (token === null) return null;
    const record = accessTokens.get(token);
    if (!record?.valid || record.session.revoked) return null;
    if (record.expiresAt !== null && record.expiresAt <= Date.now()) return null;
    return record;
  }

  function personalValid(token: string | null): PersonalAccessRecord | null {
    if (token === null) return null;
    const record = personalTokens.get(token);
    return record?.valid ? record : null;
  }

  /** The account a backend bearer grants access to: a current OAuth access token or a personal access token. */
  function backendAccount(req: IncomingMessage): string | null {
    const token = bearerOf(req);
    return accessValid(token)?.session.accountId ?? personalValid(token)?.info.accountId ?? null;
  }

  function bearerKind(req: IncomingMessage): BearerKind {
    const token = bearerOf(req);
    if (token === null) return 'none';
    return accessValid(token) || personalValid(token) || apiKeys.has(token) ? 'valid' : 'invalid';
  }

  function log(
    req: IncomingMessage,
    path: string,
    status: number,
    extra: Pick<
      RequestLogEntry,
      'refreshReason' | 'outcome' | 'grantType' | 'contentEncoding' | 'bodySha256'
    > & {
      method?: string;
    } = {},
  ): void {
    const token = bearerOf(req);
    const personal = token !== null && personalTokens.has(token);
    if (personal && path.startsWith('/backend-api/') && personalValid(token)) accessTokenUses += 1;
    requestLog.push({
      at: new Date(),
      path,
      status,
      bearer: bearerKind(req),
      origin: second !== null && req.socket.localPort === secondPort() ? 'second' : 'main',
      ...extra,
      method: extra.method ?? req.method ?? '?',
      ...(personal ? { credential: 'personal_access_token' as const } : {}),
    });
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = parseForm(await readBody(req), req.headers['content-type']);
    if (body?.grant_type === 'authorization_code') {
      handleCodeExchange(req, res, path, body);
      return;
    }
    const reason = typeof body?.refresh_reason === 'string' ? body.refresh_reason : null;
    const presented = typeof body?.refresh_token === 'string' ? body.refresh_token : null;
    const record = presented === null ? undefined : refreshTokens.get(presented);
    if (record) record.attempts += 1;

    await sleep(refreshDelayMs, timers);

    const finish = (status: number, outcome: RefreshOutcome, payload: unknown): void => {
      refreshLog.push({
        at: new Date(),
        reason,
        outcome,
        status,
        session: record?.session.index ?? null,
        generation: record?.generation ?? null,
      });
      log(req, path, status, { refreshReason: reason, outcome });
      sendJson(res, status, payload);
    };

    const forced = forcedFailures.shift();
    if (forced) {
      const error: Record<string, string> = { message: 'Simulated refresh failure.' };
      if (forced.code !== undefined) error.code = forced.code;
      finish(forced.status, 'forced_failure', { error });
      return;
    }
    if (body === null || body.grant_type !== 'refresh_token' || presented === null) {
      finish(400, 'bad_request', {
        error: { code: 'invalid_request', message: 'Expected grant_type=refresh_token and a refresh_token.' },
      });
      return;
    }
    if (!record) {
      finish(401, 'refresh_token_invalidated', { error: REFRESH_MESSAGES.revoked });
      return;
    }
    if (record.state !== 'active') {
      const failure = REFRESH_MESSAGES[record.state];
      if (record.state === 'used') {
        reuseCount += 1;
        if (revokeSessionOnReuse) revokeSession(record.session);
      }
      finish(401, failure.code as RefreshOutcome, { error: failure });
      return;
    }
    const next = doRotate(record);
    refreshCount += 1;
    finish(200, 'ok', {
      id_token: next.idToken,
      access_token: next.accessToken,
      refresh_token: next.refreshToken,
      token_type: 'Bearer',
      expires_in: refreshedExpSeconds ?? 864_000,
      scope: 'openid profile email offline_access',
    });
  }

  async function handleUserCode(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = parseForm(await readBody(req), req.headers['content-type']);
    if (!deviceCodeLogin) {
      log(req, path, 404);
      return sendJson(res, 404, {
        error: { code: 'not_found', message: 'Device code login is not enabled.' },
      });
    }
    const clientId = typeof body?.client_id === 'string' ? body.client_id : null;
    if (clientId === null) {
      log(req, path, 400);
      return sendJson(res, 400, { error: { code: 'invalid_request', message: 'Expected a client_id.' } });
    }
    const record: DeviceCodeRecord = {
      userCode: makeUserCode(),
      deviceAuthId: makeSecret('deviceauth_'),
      clientId,
      state: 'pending',
      polls: 0,
      session: null,
      grant: null,
    };
    deviceCodes.push(record);
    if (autoApproveDeviceCodes) approve(record, {});
    log(req, path, 200);
    return sendJson(res, 200, {
      device_auth_id: record.deviceAuthId,
      user_code: record.userCode,
      interval: String(deviceCodeInterval),
    });
  }

  async function handleDevicePoll(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = parseForm(await readBody(req), req.headers['content-type']);
    const record = deviceCodes.find(
      (entry) => entry.deviceAuthId === body?.device_auth_id && entry.userCode === body?.user_code,
    );
    if (!record) {
      log(req, path, 400);
      return sendJson(res, 400, {
        error: { code: 'invalid_request', message: 'Unknown device_auth_id or user_code.' },
      });
    }
    record.polls += 1;
    if (record.state === 'pending') {
      log(req, path, 403);
      return sendJson(res, 403, {
        error: { code: 'authorization_pending', message: 'The user has not approved this code yet.' },
      });
    }
    if (record.state === 'approved' && record.grant) {
      log(req, path, 200);
      return sendJson(res, 200, {
        authorization_code: record.grant.code,
        code_challenge: record.grant.challenge,
        code_verifier: record.grant.verifier,
      });
    }
    const status = 400;
    log(req, path, status);
    return sendJson(res, status, {
      error:
        record.state === 'denied'
          ? { code: 'access_denied', message: 'The user declined this code.' }
          : { code: 'invalid_grant', message: 'This code was already used.' },
    });
  }

  function handleCodeExchange(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    body: Record<string, unknown>,
  ): void {
    const fail = (description: string): void => {
      log(req, path, 400, { grantType: 'authorization_code' });
      sendJson(res, 400, { error: 'invalid_grant', error_description: description });
    };
    const record = deviceCodes.find((entry) => entry.grant !== null && entry.grant.code === body.code);
    if (!record?.grant || !record.session) return fail('Unknown authorization code.');
    if (record.state !== 'approved') return fail('This authorization code was already used.');
    if (body.client_id !== record.clientId) return fail('client_id does not match the device code request.');
    if (body.code_verifier !== record.grant.verifier) return fail('code_verifier does not match.');
    if (body.redirect_uri !== `${url}${DEVICE_CALLBACK_PATH}`) return fail('redirect_uri does not match.');
    if (record.session.revoked) return fail('The session was revoked.');
    record.state = 'exchanged';
    deviceCodeLoginCount += 1;
    const tokens = record.session.current;
    log(req, path, 200, { grantType: 'authorization_code' });
    sendJson(res, 200, {
      id_token: tokens.idToken,
      access_token: tokens.accessToken,
      refresh_token: tokens.refreshToken,
      token_type: 'Bearer',
      expires_in: 864_000,
      scope: 'openid profile email offline_access',
    });
  }

  async function handleRevoke(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const body = parseForm(await readBody(req), req.headers['content-type']);
    if (revokeFailure === 'hang') {
      log(req, path, 0);
      return;
    }
    if (revokeFailure !== null) {
      log(req, path, revokeFailure);
      sendJson(res, revokeFailure, { error: { message: 'Internal server error', type: 'server_error' } });
      return;
    }
    const token = typeof body?.token === 'string' ? body.token : null;
    if (token !== null) {
      const refresh = refreshTokens.get(token);
      if (refresh) revokeSession(refresh.session);
      const access = accessTokens.get(token);
      if (access) access.valid = false;
    }
    log(req, path, 200);
    sendJson(res, 200, {});
  }

  function unauthorized(req: IncomingMessage, res: ServerResponse, path: string): void {
    log(req, path, 401);
    sendJson(res, 401, {
      error: {
        message: 'Your authentication token is invalid or has expired. Please try signing in again.',
        type: 'invalid_request_error',
        code: 'invalid_token',
      },
    });
  }

  function isApiKey(token: string | null): boolean {
    return token !== null && apiKeys.has(token);
  }

  /** The scope entry for an account: its own, else the one for every account. */
  function scoped<T>(map: Map<string, T>, account: string): { key: string; value: T } | null {
    for (const key of [account, ALL_ACCOUNTS]) {
      const value = map.get(key);
      if (value !== undefined) return { key, value };
    }
    return null;
  }

  function takeUsageLimit(account: string): SimUsageLimit | null {
    const entry = scoped(usageLimitsByScope, account);
    if (!entry) return null;
    // Like the real backend, a window that has reset lets calls through again.
    if (entry.value.limit.resetsAt * 1000 <= Date.now()) {
      usageLimitsByScope.delete(entry.key);
      return null;
    }
    if (entry.value.remainingFree > 0) {
      entry.value.remainingFree -= 1;
      return null;
    }
    return entry.value.limit;
  }

  function rateLimitsFor(
    account: string,
  ): { limits: SimRateLimits; channels: 'both' | 'headers' | 'event' } | null {
    return scoped(rateLimitsByScope, account)?.value ?? null;
  }

  function takeToolCall(account: string): string | null {
    const index = toolCallQueue.findIndex((entry) => entry.scope === account || entry.scope === ALL_ACCOUNTS);
    if (index === -1) return null;
    const [entry] = toolCallQueue.splice(index, 1);
    return entry?.cmd ?? null;
  }

  /** The hostile model's MCP script: its discovery command first (if any), then the MCP call, then text. */
  function mcpTurn(body: RequestBody, request: McpToolRequest, outputs: readonly string[]): string | null {
    const step = outputs.length - (request.discover === undefined ? 0 : 1);
    if (step < 0) return functionCallStream(shellCall(body, request.discover ?? ''));
    return step === 0 ? functionCallStream(mcpCall(body, request, outputs[0] ?? '')) : null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    const method = req.method ?? 'GET';

    if (method === 'POST' && path === '/oauth/token') return handleToken(req, res, path);
    if (method === 'POST' && path === '/oauth/revoke') return handleRevoke(req, res, path);
    if (method === 'POST' && path === DEVICE_USERCODE_PATH) return handleUserCode(req, res, path);
    if (method === 'POST' && path === DEVICE_TOKEN_PATH) return handleDevicePoll(req, res, path);

    if (method === 'GET' && path === WHOAMI_PATH) {
      const personal = personalValid(bearerOf(req));
      if (!personal) return unauthorized(req, res, path);
      whoamiCount += 1;
      log(req, path, 200);
      return sendJson(res, 200, {
        email: personal.info.email,
        chatgpt_user_id: personal.info.userId,
        chatgpt_account_id: personal.info.accountId,
        chatgpt_plan_type: personal.info.planType,
        chatgpt_account_is_fedramp: false,
      });
    }

    if (method === 'GET' && path === '/backend-api/wham/config/bundle') {
      if (backendAccount(req) === null) return unauthorized(req, res, path);
      log(req, path, 200);
      return sendJson(res, 200, {});
    }

    if (method === 'GET' && path === '/backend-api/wham/accounts/check') {
      const id = backendAccount(req);
      if (id === null) return unauthorized(req, res, path);
      log(req, path, 200);
      return sendJson(res, 200, {
        accounts: [
          {
            id,
            workspace_backend_origin: second === null ? url : secondUrl(),
            account_routing_override: 'NO_CONSTRAINT',
          },
        ],
        account_ordering: [id],
        default_account_id: id,
      });
    }

    if (method === 'GET' && path === '/backend-api/codex/models') {
      if (backendAccount(req) === null) return unauthorized(req, res, path);
      log(req, path, 200);
      return sendJson(res, 200, { models: CODEX_MODELS });
    }

    if (path === '/backend-api/codex/responses' && method === 'GET') {
      // A websocket upgrade normally arrives through the 'upgrade' event; a plain GET gets the same answer.
      log(req, path, 426);
      res.writeHead(426, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: { message: 'Upgrade Required' } }));
      return;
    }

    if (method === 'POST' && path === '/backend-api/codex/responses') {
      const requestBody = await readBody(req);
      if (options.acceptCompressedRequests === true && backendAccount(req) !== null) {
        const encoding = req.headers['content-encoding'] ?? null;
        const bodySha256 = createHash('sha256').update(requestBody).digest('hex');
        responsesCount += 1;
        log(req, path, 200, { contentEncoding: encoding, bodySha256 });
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.end(responseStream(reply));
        return;
      }
      if (req.headers['content-encoding'] !== undefined && req.headers['content-encoding'] !== 'identity') {
        log(req, path, 415);
        return sendJson(res, 415, { error: { message: 'compressed request bodies are not supported here' } });
      }
      const toolOutputs = countToolOutputs(requestBody);
      if (revokeOnToolOutput && toolOutputs > 0) {
        revokeOnToolOutput = false;
        const access = accessTokens.get(bearerOf(req) ?? '');
        if (access) access.valid = false;
      }
      const apiKey = isApiKey(bearerOf(req));
      const account = apiKey ? API_KEY_ACCOUNT : backendAccount(req);
      const call = (status: number, answer: ModelCallEntry['answer']): void => {
        modelCalls.push({ at: new Date(), account, status, answer, toolOutputs });
      };
      if (account === null) {
        call(401, 'unauthorized');
        return unauthorized(req, res, path);
      }
      await sleep(responseDelayMs, timers);
      if (res.destroyed || !res.socket || res.socket.destroyed) {
        log(req, path, 499);
        return;
      }
      // The backend may have revoked the token while we waited (e.g. a concurrent refresh).
      if (!apiKey && backendAccount(req) === null) return unauthorized(req, res, path);
      if (responseErrorStatus !== null) {
        responseErrorCount += 1;
        call(responseErrorStatus, 'error');
        log(req, path, responseErrorStatus);
        return sendJson(res, responseErrorStatus, responseErrorBody(responseErrorStatus));
      }
      const limited = apiKey ? null : takeUsageLimit(account);
      if (limited) {
        usageLimitCount += 1;
        call(429, 'usage_limit');
        log(req, path, 429);
        const body = JSON.stringify(usageLimitBody(limited));
        res.writeHead(429, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-codex-active-limit': 'codex',
          ...rateLimitHeaders(limited),
        });
        res.end(body);
        return;
      }
      const toolCall = takeToolCall(account);
      const usage = apiKey ? null : rateLimitsFor(account);
      responsesCount += 1;
      call(200, toolCall === null ? 'message' : 'tool_call');
      log(req, path, 200);
      const body = parseRequestBody(requestBody);
      lastToolNames = offeredToolNames(body);
      const outputs = functionCallOutputs(body);
      recordedToolOutputs.push(...outputs);
      // The hostile model (toolCall) asks for its command on the first turn; queued calls come after.
      if (isApprovalReview(requestBody.toString('utf8'))) approvalReviews += 1;
      if (hostileEscalates && isApprovalReview(requestBody.toString('utf8'))) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.end(responseStream('{"outcome":"allow"}'));
        return;
      }
      const hostile =
        hostileMcp !== null
          ? mcpTurn(body, hostileMcp, outputs)
          : hostileCommand !== null && outputs.length === 0
            ? functionCallStream(shellCall(body, hostileCommand, hostileEscalates))
            : null;
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        ...(usage && usage.channels !== 'event' ? rateLimitHeaders(usage.limits) : {}),
      });
      const prelude = usage && usage.channels !== 'headers' ? rateLimitEvent(usage.limits) : '';
      const spaced = (options.sseEventSpacingMs ?? 0) > 0 || options.sseEventGate !== undefined;
      if (spaced && hostile === null && toolCall === null) {
        const pace = { spacingMs: options.sseEventSpacingMs ?? 0, gate: options.sseEventGate };
        await spacedEvents(res, prelude + responseStream(reply), pace, timers);
        return;
      }
      res.end(
        prelude +
          (hostile ??
            (toolCall === null ? responseStream(reply) : functionCallStream(shellCall(body, toolCall)))),
      );
      return;
    }

    await readBody(req).catch(() => Buffer.alloc(0));
    log(req, path, 404);
    sendJson(res, 404, { error: { message: `No route for ${method} ${path}`, code: 'not_found' } });
  }

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    if (options.setCookie !== undefined) res.setHeader('set-cookie', options.setCookie);
    handle(req, res).catch((error: unknown) => {
      const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
      log(req, path, 500);
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } });
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // Codex 0.169.0 opens the Responses WebSocket first and logs an ERROR whenever that fails, before it falls back
  // to POST /responses. A well-formed upgrade is therefore served: each `response.create` message is answered
  // with the same events the SSE stream carries, one text frame each. The fault knobs (response delay, response
  // error) stay on the HTTP path the tests know: with one set, the upgrade is refused and Codex falls back.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    const key = req.headers['sec-websocket-key'];
    const plain = (status: number, text: string, message: string) => {
      log(req, path, status);
      const body = JSON.stringify({ error: { message } });
      socket.end(
        `HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    const wellFormed =
      path === '/backend-api/codex/responses' &&
      typeof key === 'string' &&
      req.headers['sec-websocket-version'] === '13';
    // So do the model's scripts (a hostile tool call, queued tool calls) and the plan's rate and usage limits:
    // they are written for the HTTP answers.
    const httpOnly =
      responseDelayMs > 0 ||
      responseErrorStatus !== null ||
      hostileCommand !== null ||
      hostileMcp !== null ||
      toolCallQueue.length > 0 ||
      rateLimitsByScope.size > 0 ||
      usageLimitsByScope.size > 0;
    if (!wellFormed || httpOnly || options.webSocket === false)
      return plain(426, 'Upgrade Required', 'Upgrade Required');
    // A token the backend no longer accepts is a fault too: Codex's 401 recovery (refresh, retry) is then exercised
    // on the HTTP path. Over the WebSocket, Codex 0.169.0 now and then failed the turn instead ("thread/start
    // failed: ... application network permission was revoked").
    if (backendAccount(req) === null) return plain(426, 'Upgrade Required', 'Upgrade Required');
    log(req, path, 101);
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: ${accept}\r\n\r\n`,
    );
    readWebSocketMessages(socket, head, (text) => {
      let message: { type?: unknown; generate?: unknown };
      try {
        message = JSON.parse(text) as { type?: unknown; generate?: unknown };
      } catch {
        return;
      }
      if (message.type !== 'response.create') return;
      // The token may have been revoked since the handshake (a concurrent refresh elsewhere).
      if (backendAccount(req) === null) {
        log(req, path, 401, { method: 'WS' });
        socket.write(webSocketFrame(0x8, Buffer.alloc(0)));
        socket.end();
        return;
      }
      // `generate: false` is Codex's prewarm of the connection, not a turn: answered with an empty response.
      const prewarm = message.generate === false;
      if (!prewarm) {
        responsesCount += 1;
        log(req, path, 200, { method: 'WS' });
      }
      for (const event of responseStream(reply).split('\n\n')) {
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (data === undefined) continue;
        const parsed = JSON.parse(data) as { type: string; response?: Record<string, unknown> };
        if (prewarm && parsed.type !== 'response.created' && parsed.type !== 'response.completed') continue;
        const frame =
          prewarm && parsed.response ? { ...parsed, response: { ...parsed.response, output: [] } } : parsed;
        socket.write(webSocketFrame(0x1, Buffer.from(JSON.stringify(frame))));
      }
    });
  });
  server.on('tlsClientError', () => {
    // A client that rejects our certificate or hangs up mid-handshake.
    tlsErrors += 1;
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `https://127.0.0.1:${port}`;
  // The second origin shares every route and session: only the port differs (see `secondOrigin`).
  if (options.secondOrigin === true) {
    const other = createServer({ key: tls.key, cert: tls.cert }, server.listeners('request')[0] as never);
    for (const listener of server.listeners('upgrade')) other.on('upgrade', listener as never);
    other.on('secureConnection', (socket) => {
      secondConnections += 1;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    second = other;
  }

  function sessionTokens(token: string): SessionRecord | null {
    return refreshTokens.get(token)?.session ?? accessTokens.get(token)?.session ?? null;
  }

  const sim: ChatGptSimulator = {
    url,
    caPath: tls.caPath,
    tokenUrl: `${url}/oauth/token`,
    revokeUrl: `${url}/oauth/revoke`,
    chatgptBaseUrl: `${url}/backend-api/`,
    openaiBaseUrl: `${url}/backend-api/codex`,
    authApiBaseUrl: `${url}/api/accounts`,
    get refreshCount() {
      return refreshCount;
    },
    get reuseCount() {
      return reuseCount;
    },
    get responsesCount() {
      return responsesCount;
    },
    get tlsErrors() {
      return tlsErrors;
    },
    get accessTokenUses() {
      return accessTokenUses;
    },
    get whoamiCount() {
      return whoamiCount;
    },
    get responseErrorCount() {
      return responseErrorCount;
    },
    get toolOutputs() {
      return [...recordedToolOutputs];
    },
    get lastToolNames() {
      return [...lastToolNames];
    },
    get refreshLog() {
      return [...refreshLog];
    },
    get secondOriginConnections() {
      return secondConnections;
    },
    get requestLog() {
      return [...requestLog];
    },
    issueSession(issue = {}) {
      return newSession(issue).current;
    },
    authJsonFor(session, { lastRefresh }) {
      return authJsonText(session, lastRefresh);
    },
    rotate(refreshToken) {
      const record = refreshTokens.get(refreshToken);
      if (!record || record.state !== 'active') throw new Error('rotate: that refresh token is not valid');
      return doRotate(record);
    },
    currentSessionOf(token) {
      return sessionTokens(token)?.current ?? null;
    },
    isValidAccessToken(token) {
      return accessValid(token) !== null;
    },
    isValidRefreshToken(token) {
      const record = refreshTokens.get(token);
      return record !== undefined && record.state === 'active' && !record.session.revoked;
    },
    attemptsFor(refreshToken) {
      return refreshTokens.get(refreshToken)?.attempts ?? 0;
    },
    expireRefreshToken(refreshToken) {
      const record = refreshTokens.get(refreshToken);
      if (!record) throw new Error('expireRefreshToken: unknown refresh token');
      record.state = 'expired';
    },
    revokeRefreshToken(refreshToken) {
      const record = refreshTokens.get(refreshToken);
      if (!record) throw new Error('revokeRefreshToken: unknown refresh token');
      record.state = 'revoked';
    },
    revokeAccessOnNextToolOutput() {
      revokeOnToolOutput = true;
    },
    revokeAccessToken(accessToken) {
      const record = accessTokens.get(accessToken);
      if (!record) throw new Error('revokeAccessToken: unknown access token');
      record.valid = false;
    },
    failNextRefresh(failure, count = 1) {
      for (let i = 0; i < count; i += 1) forcedFailures.push(failure);
    },
    setReply(text) {
      reply = text;
    },
    setToolCall(command, options = {}) {
      hostileCommand = command;
      hostileEscalates = options.escalate ?? false;
    },
    setMcpToolCall(call) {
      hostileMcp = call;
    },
    get approvalReviews() {
      return approvalReviews;
    },
    setRefreshDelay(ms) {
      refreshDelayMs = ms;
    },
    setResponseDelay(ms) {
      responseDelayMs = ms;
    },
    setRefreshedAccessTokenExpSeconds(seconds) {
      refreshedExpSeconds = seconds;
    },
    issuePersonalAccessToken(issue = {}) {
      const token = `at-${randomBytes(32).toString('base64url')}`;
      registerSecret(token);
      personalTokens.set(token, {
        info: {
          accountId: issue.accountId ?? makeAccountId(),
          userId: `user-${randomBytes(12).toString('hex')}`,
          email:
            issue.email === undefined ? `dev-${randomBytes(4).toString('hex')}@example.com` : issue.email,
          planType: issue.planType ?? 'enterprise',
        },
        valid: true,
      });
      return token;
    },
    personalAccessTokenInfo(token) {
      const record = personalTokens.get(token);
      return record ? { ...record.info } : null;
    },
    revokePersonalAccessToken(token) {
      const record = personalTokens.get(token);
      if (!record) throw new Error('revokePersonalAccessToken: unknown personal access token');
      record.valid = false;
    },
    setRevokeFailure(failure) {
      revokeFailure = failure;
    },
    setResponseError(status) {
      if (status !== null && (!Number.isInteger(status) || status < 400 || status > 599)) {
        throw new Error(`setResponseError: expected an HTTP error status (400-599) or null, got ${status}`);
      }
      responseErrorStatus = status;
    },
    setRateLimits(limits, scope = {}) {
      const key = scope.accountId ?? ALL_ACCOUNTS;
      if (limits === null) rateLimitsByScope.delete(key);
      else rateLimitsByScope.set(key, { limits, channels: scope.channels ?? 'both' });
    },
    setUsageLimit(limit, scope = {}) {
      const key = scope.accountId ?? ALL_ACCOUNTS;
      if (limit === null) usageLimitsByScope.delete(key);
      else usageLimitsByScope.set(key, { limit, remainingFree: scope.afterCalls ?? 0 });
    },
    queueToolCall(cmd, scope = {}) {
      toolCallQueue.push({ cmd, scope: scope.accountId ?? ALL_ACCOUNTS });
    },
    issueApiKey() {
      const key = makeSecret('sk-sim-');
      apiKeys.add(key);
      return key;
    },
    get modelCalls() {
      return [...modelCalls];
    },
    get usageLimitCount() {
      return usageLimitCount;
    },
    describeLog() {
      return requestLog
        .map((entry) => {
          const extra =
            entry.outcome === undefined
              ? ''
              : ` reason=${entry.refreshReason ?? '-'} outcome=${entry.outcome}`;
          const kind =
            (entry.credential === undefined ? '' : ` (${entry.credential})`) +
            (entry.grantType === undefined ? '' : ` grant=${entry.grantType}`);
          return `${entry.at.toISOString()} ${entry.method} ${entry.path} bearer=${entry.bearer}${kind} -> ${entry.status}${extra}`;
        })
        .join('\n');
    },
    issuer: url,
    deviceVerificationUrl: `${url}/codex/device`,
    get deviceCodes() {
      return deviceCodes.map((record) => ({
        userCode: record.userCode,
        state: record.state,
        polls: record.polls,
        session: record.session?.index ?? null,
      }));
    },
    get deviceCodeLoginCount() {
      return deviceCodeLoginCount;
    },
    approveDeviceCode(userCode, issue = {}) {
      return approve(deviceCodeRecord(userCode, 'approveDeviceCode'), issue);
    },
    denyDeviceCode(userCode) {
      deviceCodeRecord(userCode, 'denyDeviceCode').state = 'denied';
    },
    deviceCodeSession(userCode) {
      return deviceCodes.find((entry) => entry.userCode === userCode)?.session?.current ?? null;
    },
    setDeviceCodeLogin(enabled) {
      deviceCodeLogin = enabled;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      second?.close();
      second?.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
      if (ownDir !== null) await rm(ownDir, { recursive: true, force: true });
    },
  };
  return sim;
}
