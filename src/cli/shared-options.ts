import { DEFAULT_STREAM } from '../core/stream.js';
import { DEFAULT_ORG_VISIBILITY, LOCK_KINDS, STORE_KINDS } from '../core/backend-kinds.js';
import type { OptionSpec } from './args/spec.js';

// The flags several commands share, as declarations only: their checks live in options.ts, seal-options.ts and
// lane-options.ts, which the commands import when they run.

/** The variable a seed may come from (a CI secret holding the auth.json's content). */
export const SEED_ENV = 'CODEX_AUTH_JSON';

export const DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
/**
 * An hour: a long agent task fits, and a hung one (a stalled model stream hung Codex for minutes) frees its stream
 * lock long before a job's own limit would (6 h on GitHub-hosted runners). The Action's input has the same default.
 */
export const DEFAULT_RUN_TIMEOUT_SECONDS = 3600;

export const RUN_TIMEOUT_OPTION = {
  flags: '--run-timeout <seconds>',
  description:
    'stop Codex and everything it started after this long; what it refreshed is kept, the lock released (exit 9)',
  default: String(DEFAULT_RUN_TIMEOUT_SECONDS),
} as const satisfies OptionSpec;

// Declared `as const`: a command's option types are read off these declarations (args/spec.ts OptionValuesOf).
const STORE_OPTIONS = [
  { flags: '--store <kind>', description: 'where the stream lives', choices: STORE_KINDS, default: 'file' },
  {
    flags: '--state-dir <dir>',
    description: 'file store directory (default: $CODEX_AUTH_STATE_DIR, else ~/.codex-auth)',
  },
  {
    flags: '--repo <owner/name>',
    description:
      'git-ref store and lock: the repository (default: $GITHUB_REPOSITORY); token from GITHUB_TOKEN or GH_TOKEN',
  },
  {
    flags: '--github-api-url <url>',
    description: 'git-ref store and lock: the API (default: $GITHUB_API_URL, else https://api.github.com)',
  },
  {
    flags: '--secret-name <name>',
    description: 'github-secret store: the secret (its current value comes from CODEX_AUTH_JSON)',
  },
  {
    flags: '--secret-scope <scope>',
    description: 'github-secret store: repo, env:NAME or org',
    default: 'repo',
  },
  {
    flags: '--secret-visibility <who>',
    description:
      'github-secret store, org scope: who may use a secret this creates: selected (only this repository), private or all; an existing secret keeps its own',
    default: DEFAULT_ORG_VISIBILITY,
  },
  {
    flags: '--read-command <cmd>',
    description: 'command store: prints the stored value (exit 44 or no output: nothing stored)',
  },
  { flags: '--write-command <cmd>', description: 'command store: receives the value on stdin' },
  {
    flags: '--command-timeout <seconds>',
    description: 'command store: time limit of each command',
    default: '60',
  },
  {
    flags: '--allow-branch-scope',
    description: 'cache store: allow writing from a branch other than the default one',
  },
  {
    flags: '--stream <name>',
    description: 'the stream: one serialized line of use of one ChatGPT login',
    default: DEFAULT_STREAM,
  },
] as const satisfies readonly OptionSpec[];

const LOCK_OPTIONS = [
  {
    flags: '--lock <kind>',
    description: "lock backend (default: the store's own; git-ref inside GitHub Actions)",
    choices: LOCK_KINDS,
  },
  {
    flags: '--lock-timeout <seconds>',
    description: 'give up waiting for the lock after this long (exit 4)',
    default: String(DEFAULT_LOCK_TIMEOUT_SECONDS),
  },
] as const satisfies readonly OptionSpec[];

export const JSON_OPTION = {
  flags: '--json',
  description: 'print one JSON object on stdout instead of text',
} as const satisfies OptionSpec;

const VERBOSE_OPTION = { flags: '--verbose', description: 'print debug lines' } as const satisfies OptionSpec;

/** The flags of every command that touches a stream: where it is, its lock, and how to answer. */
export const STORE_AND_LOCK_OPTIONS = [
  ...STORE_OPTIONS,
  ...LOCK_OPTIONS,
  JSON_OPTION,
  VERBOSE_OPTION,
] as const satisfies readonly OptionSpec[];

/** The same without the lock's (a command that reads the store only). */
export const STORE_ONLY_OPTIONS = [
  ...STORE_OPTIONS,
  JSON_OPTION,
  VERBOSE_OPTION,
] as const satisfies readonly OptionSpec[];

export const SEAL_OPTIONS = [
  {
    flags: '--allow-agent-to-read-credentials',
    description:
      "allow danger-full-access or network access, which let the agent's commands read the ChatGPT login, the key and every token this job holds",
  },
  {
    flags: '--no-fix-sandbox',
    description:
      'do not set up user namespaces with sudo when the sandbox cannot start (Ubuntu 24.04 AppArmor)',
  },
] as const satisfies readonly OptionSpec[];

/** `run` only: the isolation wraps the one Codex run the command starts. */
export const CODEX_USER_OPTION = {
  flags: '--codex-user <user>',
  description:
    'run Codex as this separate unprivileged user, which allows danger-full-access and network access without giving the agent this process (proven by a probe first); "create": the user codex-agent, created with sudo',
} as const satisfies OptionSpec;

/** `run --lanes`: the fallback lanes of the CLI (checked by lane-options.ts). */
export const LANE_OPTIONS = [
  {
    flags: '--lanes <list>',
    description:
      'fallback lanes after --stream, in order: stream:NAME (or NAME), api-key (CODEX_API_KEY), access-token (CODEX_ACCESS_TOKEN); comma-separated',
  },
  {
    flags: '--wait-for-reset <seconds>',
    description:
      'when every lane is usage-limited, wait for the earliest reset if it comes within this many seconds (default 0: fail at once, exit 8)',
    default: '0',
  },
  { flags: '--usage-warning-percent <n>', description: 'warn when a plan window has less than n % left' },
] as const satisfies readonly OptionSpec[];
