import type { Logger } from '../core/logger.js';

// Codex reads its credentials in this order: CODEX_API_KEY > CODEX_ACCESS_TOKEN > $CODEX_HOME/auth.json. If either
// variable is set, Codex never touches the stream's auth.json: it would not refresh it, and the run would not be
// billed to the ChatGPT session the user set up. So in stream mode they are removed, loudly.
const CREDENTIAL_OVERRIDES = ['CODEX_API_KEY', 'CODEX_ACCESS_TOKEN'] as const;

// Ours, not Codex's. The agent runs arbitrary commands with this environment, so it must never see the stream key,
// the seed, or (when we run as a GitHub Action) our own inputs and the runtime token that lets a step write caches.
// GITHUB_TOKEN/GH_TOKEN are how the CLI's git-ref store and lock get their token; with `contents: write` the agent
// could push code or delete the stream's refs. ACTIONS_ID_TOKEN_REQUEST_TOKEN mints OIDC tokens for cloud logins.
const HIDDEN_FROM_CODEX = [
  'CODEX_AUTH_KEY',
  'CODEX_AUTH_JSON',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GITHUB_TOKEN',
  'GH_TOKEN',
] as const;
const HIDDEN_PREFIXES = ['INPUT_'] as const;

export interface CodexEnvOptions {
  /** Stream mode (the default) removes CODEX_API_KEY and CODEX_ACCESS_TOKEN; false keeps them. */
  readonly stream?: boolean;
}

/**
 * The environment for `codex exec`: the caller's, with CODEX_HOME pointing at the private home and everything
 * that would bypass or expose the stream removed. All other variables (CODEX_REFRESH_TOKEN_URL_OVERRIDE,
 * CODEX_CA_CERTIFICATE, proxies, ...) pass through unchanged.
 */
export function buildCodexEnv(
  base: NodeJS.ProcessEnv,
  codexHome: string,
  log: Logger,
  options: CodexEnvOptions = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || isHidden(name)) continue;
    env[name] = value;
  }
  if (options.stream ?? true) {
    for (const name of Object.keys(env)) {
      if (!CREDENTIAL_OVERRIDES.some((override) => sameName(name, override))) continue;
      delete env[name];
      log.warn(
        `${name} is set; it was removed from Codex's environment because Codex would silently prefer it over the stream's auth.json (which then would never be refreshed or saved). Unset it to silence this warning.`,
      );
    }
  }
  for (const name of Object.keys(env)) if (sameName(name, 'CODEX_HOME')) delete env[name];
  env.CODEX_HOME = codexHome;
  return env;
}

function isHidden(name: string): boolean {
  const key = canonical(name);
  return (
    HIDDEN_FROM_CODEX.some((hidden) => key === hidden) ||
    HIDDEN_PREFIXES.some((prefix) => key.startsWith(prefix))
  );
}

// Windows environment names are case-insensitive: `codex_api_key` is CODEX_API_KEY there.
function canonical(name: string): string {
  return process.platform === 'win32' ? name.toUpperCase() : name;
}

function sameName(name: string, wanted: string): boolean {
  return canonical(name) === wanted;
}
