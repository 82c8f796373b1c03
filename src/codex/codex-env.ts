import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/logger.js';

// Codex reads its credentials in this order: CODEX_API_KEY > CODEX_ACCESS_TOKEN > $CODEX_HOME/auth.json. If either
// variable is set, Codex never touches the stream's auth.json: it would not refresh it, and the run would not be
// billed to the ChatGPT session the user set up. So in stream mode they are removed, loudly.
const CREDENTIAL_OVERRIDES = ['CODEX_API_KEY', 'CODEX_ACCESS_TOKEN'] as const;

// The runner's file commands: whatever a step appends to these files the runner acts on after the step, so an
// agent that writes them sets the next steps' environment (NODE_OPTIONS=--require=<its script> runs inside our
// post step, which holds the key), their PATH, this step's outputs and the state our post step trusts. They are
// kept from Codex's environment and denied to the agent (runnerFileCommandPaths) in every layout, including
// TMPDIR=RUNNER_TEMP on self-hosted runners, where RUNNER_TEMP is a writable root of workspace-write.
const RUNNER_FILE_COMMANDS = [
  'GITHUB_ENV',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
] as const;
const RUNNER_FILE_COMMANDS_DIR = '_runner_file_commands';

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
  ...RUNNER_FILE_COMMANDS,
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

/**
 * What the agent must be denied of the runner's file commands: each file and the directory holding them (a denied
 * directory also covers the files of steps to come), where they exist. Resolved to real paths: bubblewrap cannot
 * mount over a path through a symbolic link.
 */
export function runnerFileCommandPaths(env: NodeJS.ProcessEnv): string[] {
  const candidates = RUNNER_FILE_COMMANDS.map((name) => env[name]).filter(
    (file): file is string => typeof file === 'string' && path.isAbsolute(file),
  );
  const dirs = candidates.map((file) => path.dirname(file));
  if (env.RUNNER_TEMP && path.isAbsolute(env.RUNNER_TEMP)) {
    dirs.push(path.join(env.RUNNER_TEMP, RUNNER_FILE_COMMANDS_DIR));
  }
  const found = new Set<string>();
  for (const candidate of [...dirs, ...candidates]) {
    try {
      found.add(realpathSync(candidate));
    } catch {
      // Absent: nothing to deny (the runner creates the directory before the first step).
    }
  }
  return [...found];
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
