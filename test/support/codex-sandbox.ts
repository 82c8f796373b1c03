// What a test needs to run the REAL Codex CLI (the pinned @openai/codex devDependency) against the loopback
// ChatGPT simulator, with every connection going to 127.0.0.1.

import { fileURLToPath } from 'node:url';
import type { ChatGptSimulator } from './chatgpt-simulator.js';

/** Absolute path of the pinned Codex CLI launcher (node_modules/.bin/codex). */
export const CODEX_BIN = fileURLToPath(new URL('../../node_modules/.bin/codex', import.meta.url));

type SimulatorUrls = Pick<ChatGptSimulator, 'caPath' | 'tokenUrl' | 'revokeUrl'>;

export interface CodexSandboxDirs {
  /** HOME for the Codex process (a temp dir; Codex never sees the real home). */
  readonly home: string;
  /** CODEX_HOME (auth.json, config.toml). */
  readonly codexHome: string;
}

/**
 * A clean environment for Codex: nothing is inherited from the test process except PATH (and TMPDIR when set).
 * No CODEX_API_KEY / CODEX_ACCESS_TOKEN / OPENAI_API_KEY, no RUST_LOG, no proxies.
 */
export function codexEnvFor(sim: SimulatorUrls, dirs: CodexSandboxDirs): Record<string, string> {
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
  if (process.env.TMPDIR !== undefined) env.TMPDIR = process.env.TMPDIR;
  return env;
}

/**
 * `$CODEX_HOME/config.toml` pointing Codex at the simulator. Every key is accepted by Codex 0.169.0's
 * `--strict-config` (test/unit/chatgpt-simulator.test.ts runs it that way). Without `openai_base_url` Codex
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
 * No model flag is needed: the simulator 404s /codex/models and Codex falls back to its built-in default.
 * `--sandbox read-only` only matters if a reply ever asked for a tool call; it costs nothing.
 */
export function codexExecArgs(prompt = 'say OK'): string[] {
  return ['--skip-git-repo-check', '--ephemeral', '--sandbox', 'read-only', prompt];
}
