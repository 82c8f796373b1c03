// What a test needs to run the REAL Codex CLI (the pinned @openai/codex devDependency) against the loopback
// ChatGPT simulator, with every connection going to 127.0.0.1.

import { fileURLToPath } from 'node:url';
import type { ChatGptSimulator } from './chatgpt-simulator.js';

/**
 * Absolute path of the pinned Codex CLI launcher. Not node_modules/.bin/codex: the `@openai/codex-newest` alias
 * (the newest release, for the seal tests) declares the same bin name and may own that link.
 */
export const CODEX_BIN = fileURLToPath(
  new URL('../../node_modules/@openai/codex/bin/codex.js', import.meta.url),
);

/** The newest Codex release, installed beside the pinned one as the devDependency alias `@openai/codex-newest`. */
export const NEWEST_CODEX_BIN = fileURLToPath(
  new URL('../../node_modules/@openai/codex-newest/bin/codex.js', import.meta.url),
);

type SimulatorUrls = Pick<ChatGptSimulator, 'caPath' | 'tokenUrl' | 'revokeUrl'>;

/** Optional so that callers passing only the three URLs above keep working. */
type SimulatorAuthApi = Partial<Pick<ChatGptSimulator, 'authApiBaseUrl'>>;

export interface CodexSandboxDirs {
  /** HOME for the Codex process (a temp dir; Codex never sees the real home). */
  readonly home: string;
  /** CODEX_HOME (auth.json, config.toml). */
  readonly codexHome: string;
}

/**
 * A clean environment for Codex: nothing is inherited from the test process except PATH (and TMPDIR when set).
 * No CODEX_API_KEY / CODEX_ACCESS_TOKEN / OPENAI_API_KEY, no RUST_LOG, no proxies.
 * When `sim` has `authApiBaseUrl` (a real simulator does), CODEX_AUTHAPI_BASE_URL points there too, so that a
 * personal access token (stored in auth.json or given later) is never checked against auth.openai.com.
 */
export function codexEnvFor(
  sim: SimulatorUrls & SimulatorAuthApi,
  dirs: CodexSandboxDirs,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: dirs.home,
    CODEX_HOME: dirs.codexHome,
    CODEX_CA_CERTIFICATE: sim.caPath,
    CODEX_REFRESH_TOKEN_URL_OVERRIDE: sim.tokenUrl,
    CODEX_REVOKE_TOKEN_URL_OVERRIDE: sim.revokeUrl,
    // Keep Codex's own dot-dirs and caches inside the sandbox.
    XDG_CONFIG_HOME: `${dirs.home}/.config`,
    XDG_CACHE_HOME: `${dirs.home}/.cache`,
    XDG_DATA_HOME: `${dirs.home}/.local/share`,
    XDG_STATE_HOME: `${dirs.home}/.local/state`,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
  };
  if (sim.authApiBaseUrl !== undefined) env.CODEX_AUTHAPI_BASE_URL = sim.authApiBaseUrl;
  if (process.env.TMPDIR !== undefined) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/**
 * codexEnvFor plus a ChatGPT personal access token (`sim.issuePersonalAccessToken()`), as a Business/Enterprise
 * user would run Codex: `CODEX_ACCESS_TOKEN=at-...` and `CODEX_AUTHAPI_BASE_URL=<sim>/api/accounts`. CODEX_HOME
 * needs only config.toml (codexConfigToml), no auth.json. Verified with Codex 0.169.0, which then:
 * - checks the token with `GET $CODEX_AUTHAPI_BASE_URL/v1/user-auth-credential/whoami` (bearer = the token) on
 *   every auth load (4 times in one `codex exec`); the 200 JSON must carry `chatgpt_user_id`,
 *   `chatgpt_account_id`, `chatgpt_plan_type` (strings), `chatgpt_account_is_fedramp` (boolean) and `email`
 *   (string or null);
 * - sends the token itself as `Authorization: Bearer at-...` (and `ChatGPT-Account-Id: <chatgpt_account_id>`) on
 *   every backend call; it never refreshes it and writes no auth.json;
 * - for a business/enterprise/edu plan first loads `GET <chatgpt_base_url>/wham/config/bundle` (a 404 there is
 *   fatal: "Failed to load cloud config bundle"; the simulator answers `{}`).
 * If whoami fails (e.g. a revoked token), Codex goes on UNAUTHENTICATED and fails on the backend's 401s after
 * 5 retries (exit 1, about 6.5 s).
 * Precedence in `codex exec`: CODEX_API_KEY > CODEX_ACCESS_TOKEN > auth.json.
 */
export function accessTokenEnvFor(
  sim: SimulatorUrls & Pick<ChatGptSimulator, 'authApiBaseUrl'>,
  dirs: CodexSandboxDirs,
  accessToken: string,
): Record<string, string> {
  return {
    ...codexEnvFor(sim, dirs),
    CODEX_AUTHAPI_BASE_URL: sim.authApiBaseUrl,
    CODEX_ACCESS_TOKEN: accessToken,
  };
}

/**
 * `$CODEX_HOME/config.toml` pointing Codex at the simulator. Every key is accepted by Codex 0.169.0's
 * `--strict-config` (test/unit/support/chatgpt-simulator.test.ts runs it that way). Without `openai_base_url` Codex
 * still resolves chatgpt.com; without `enable_request_compression = false` request bodies are zstd.
 */
export function codexConfigToml(sim: Pick<ChatGptSimulator, 'chatgptBaseUrl' | 'openaiBaseUrl'>): string {
  return [
    `chatgpt_base_url = ${JSON.stringify(sim.chatgptBaseUrl)}`,
    `openai_base_url = ${JSON.stringify(sim.openaiBaseUrl)}`,
    'cli_auth_credentials_store = "file"',
    'check_for_update_on_startup = false',
    '',
    '[features]',
    'enable_request_compression = false',
    'apps = false',
    'plugins = false',
    'remote_plugin = false',
    '',
    '[otel]',
    'metrics_exporter = "none"',
    '',
    '[analytics]',
    'enabled = false',
    '',
  ].join('\n');
}

/**
 * Arguments after `codex exec` for a quick (about 0.3 s), offline, one-turn run whose expected answer is the
 * simulator's reply ("OK"). Add `--json` for JSONL events (the product's runner adds it itself).
 * No model flag is needed: the simulator's /codex/models makes its one model Codex's default.
 * `--sandbox read-only` only matters if a reply ever asked for a tool call; it costs nothing.
 */
export function codexExecArgs(prompt = 'say OK'): string[] {
  return ['--skip-git-repo-check', '--ephemeral', '--sandbox', 'read-only', prompt];
}

/** Both Codex releases every attack test runs against (describe.each). */
export const CODEX_VERSIONS = [
  { name: '0.169.0 (pinned)', bin: CODEX_BIN },
  { name: '0.171.0 (newest)', bin: NEWEST_CODEX_BIN },
] as const;
