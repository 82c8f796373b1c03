// The broker's public contract: what a round-trip phase gives it and what it gets back. Kept apart from the
// implementation so a phase (and its in-memory test double) can depend on the shape alone.

import type { Bundle } from '../core/bundle.js';
import type { Logger, SecretSink } from '../core/logger.js';
import type { PlanUsage } from '../core/plan-usage.js';

/** Where the broker sends what Codex would have sent. Codex's own names for each. */
export interface UpstreamEndpoints {
  /** Codex's `chatgpt_base_url` (models, accounts/check, usage, analytics). */
  readonly chatgptBaseUrl: string;
  /** Codex's `openai_base_url` for the built-in provider (Responses over SSE and WebSocket). */
  readonly openaiBaseUrl: string;
  /** CODEX_REFRESH_TOKEN_URL_OVERRIDE's default. */
  readonly refreshUrl: string;
  /** CODEX_REVOKE_TOKEN_URL_OVERRIDE's default. Kept for the contract: the broker never forwards a revoke. */
  readonly revokeUrl: string;
  /** CODEX_AUTHAPI_BASE_URL's default: where Codex checks a personal access token (`/v1/user-auth-credential/whoami`). */
  readonly authApiBaseUrl?: string;
}

/** OpenAI's real endpoints, what Codex uses when nothing overrides them. */
export const OPENAI_UPSTREAM: UpstreamEndpoints = {
  chatgptBaseUrl: 'https://chatgpt.com/backend-api/',
  openaiBaseUrl: 'https://chatgpt.com/backend-api/codex',
  refreshUrl: 'https://auth.openai.com/oauth/token',
  revokeUrl: 'https://auth.openai.com/oauth/revoke',
  authApiBaseUrl: 'https://auth.openai.com/api/accounts',
};

/** Codex's `openai_base_url` default with an API key (the platform API, not the ChatGPT backend). */
export const OPENAI_API_BASE_URL = 'https://api.openai.com/v1';

/**
 * What the broker holds for Codex: a ChatGPT login, or a token mode's API key or personal access token (`at-...`).
 * In a token mode Codex gets a placeholder of the same shape in `CODEX_API_KEY` / `CODEX_ACCESS_TOKEN`
 * (RunningBroker.tokenEnv) and the broker swaps it for the real one on the paths that mode uses (token-routes.ts).
 */
export type BrokerCredential =
  | { readonly kind: 'chatgpt'; readonly bundle: Bundle }
  | { readonly kind: 'api_key'; readonly apiKey: string }
  | { readonly kind: 'access_token'; readonly accessToken: string };

export interface BrokerOptions {
  readonly credential: BrokerCredential;
  /** Default OPENAI_UPSTREAM; the user's own Codex config or env may name others. */
  readonly upstream?: Partial<UpstreamEndpoints>;
  /** Extra CA certificate(s), PEM, trusted upstream besides the system roots (tests put the simulator there). */
  readonly upstreamCa?: string;
  /** An http:// proxy for upstream connections (HTTPS_PROXY), tunnelled with CONNECT. */
  readonly proxy?: { readonly url: string; readonly noProxy?: string } | undefined;
  /**
   * Stores a refreshed bundle durably. Awaited BEFORE Codex gets its new placeholders: the refresh token upstream
   * has already rotated, so a crash after this call loses nothing and a crash before it loses only this run.
   */
  readonly persist: (bundle: Bundle) => Promise<void>;
  readonly log: Logger;
  /** Every real token is added the moment the broker learns it. */
  readonly secrets: SecretSink;
  /** A private directory (0700, the caller's) where the public CA certificate is written. */
  readonly dir: string;
  /**
   * Nothing is relayed until this settles, and every request is refused if it rejects: a run passes its seal's
   * proof, so no request reaches upstream (the model included) before the seal is proven.
   */
  readonly gate?: Promise<unknown> | undefined;
}

/** One relayed or refused request. No bodies, no header values, no query strings (they may carry ids). */
export interface BrokerLogEntry {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Request body bytes received from Codex. */
  readonly bytesIn: number;
  /** Response body bytes sent to Codex. */
  readonly bytesOut: number;
  readonly durationMs: number;
  /** forwarded upstream, answered by the broker itself, or refused (not allowlisted, bad placeholder). */
  readonly handling: 'forwarded' | 'local' | 'refused';
}

export interface CodexEnvForBroker {
  readonly CODEX_CA_CERTIFICATE: string;
  readonly CODEX_REFRESH_TOKEN_URL_OVERRIDE: string;
  readonly CODEX_REVOKE_TOKEN_URL_OVERRIDE: string;
}

export interface RunningBroker {
  /** https://127.0.0.1:PORT */
  readonly origin: string;
  /** Text for Codex's auth.json (placeholders only; write it 0600). Empty in the token modes: no auth.json. */
  readonly placeholderAuthJson: string;
  readonly codexEnv: CodexEnvForBroker;
  /**
   * Token modes only: the placeholder variable (CODEX_API_KEY or CODEX_ACCESS_TOKEN) and, for an access token,
   * CODEX_AUTHAPI_BASE_URL pointing at the broker. Absent for a ChatGPT login.
   */
  readonly tokenEnv?: Readonly<Record<string, string>>;
  /**
   * Entries the caller merges into config.toml. The features and otel entries also narrow what the agent can
   * reach through the broker (no apps, plugins or metrics endpoints).
   */
  readonly codexConfig: Readonly<Record<string, string | Readonly<Record<string, string | boolean>>>>;
  /** The newest real bundle (after every relayed refresh). Never give it to Codex. */
  currentBundle(): Bundle | null;
  /** True once upstream answered a refresh with a permanent failure: the login is dead, reseed it. */
  loginDead(): boolean;
  requestLog(): readonly BrokerLogEntry[];
  /** The newest plan usage read from x-codex-* response headers; null before any. */
  planUsage(): PlanUsage | null;
  /**
   * Builds now what Codex's first requests would otherwise wait for (the listener's HTTPS server, the upstream TLS
   * context and Node's root store, about 28 ms, and the first upstream connections): call it once Codex is spawned.
   */
  warmUp(): void;
  close(): Promise<void>;
}
