import { VERIFIED_CODEX_VERSIONS } from '../core/verified-versions.js';
import { KEY_ENV } from '../core/key-env.js';
import { DEFAULT_RESTORE_LEASE_MS } from '../core/backend-kinds.js';
import { defineCommand, type OptionValuesOf, type ProgramSpec } from './args/spec.js';
import {
  JSON_OPTION,
  SEED_ENV,
  LANE_OPTIONS,
  RUN_TIMEOUT_OPTION,
  SEAL_OPTIONS,
  CODEX_USER_OPTION,
  STORE_AND_LOCK_OPTIONS,
  STORE_ONLY_OPTIONS,
} from './shared-options.js';

// Every command the CLI has, as data: help and argv parsing read this table, and the commands type their option
// values from it (OptionsOf). A command's code is imported only when it runs, from its bundle (bundle-loaders.ts),
// so `--help` or `status` never load what `run` needs.

const COMMANDS = [
  defineCommand({
    name: 'run',
    summary: 'restore the stream, run codex exec, persist what Codex refreshed',
    description:
      'Takes the stream lock, restores auth.json into a private CODEX_HOME, runs `codex exec --json <args>`, writes every refreshed login back (encrypted) the moment Codex writes it, then unlocks and removes the plaintext. Arguments after -- go to `codex exec` unchanged.',
    argument: { name: 'codex-args', description: 'arguments for codex exec (after --)' },
    options: [
      {
        flags: '--seed-file <file>',
        description: 'auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)',
      },
      { flags: '--codex <path>', description: 'the codex executable (default: codex on PATH)' },
      {
        flags: '--codex-home <dir>',
        description: 'use this empty directory as CODEX_HOME (default: a private temp dir)',
      },
      { flags: '--codex-config <file>', description: 'config.toml to copy into the private CODEX_HOME' },
      RUN_TIMEOUT_OPTION,
      ...LANE_OPTIONS,
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS,
      CODEX_USER_OPTION,
    ],
  }),
  defineCommand({
    name: 'restore',
    summary: "take the lock and write the stream's auth.json into CODEX_HOME (first half of run)",
    description:
      'For users who run Codex themselves: takes the stream lock as a lease that outlives this process, writes auth.json (0600) into --codex-home, and leaves both for `codex-auth persist --codex-home DIR`. Export CODEX_HOME=DIR for your Codex step.',
    options: [
      {
        flags: '--codex-home <dir>',
        description: 'empty or absent directory to use as CODEX_HOME',
        required: true,
      },
      {
        flags: '--seed-file <file>',
        description: 'auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)',
      },
      { flags: '--codex-config <file>', description: 'config.toml to copy into CODEX_HOME' },
      {
        flags: '--codex <path>',
        description: 'the codex your step will run, for the seal probe (default: codex on PATH)',
      },
      {
        flags: '--sandbox <mode>',
        description: "the permission profile's base for your own codex exec: read-only or workspace-write",
        default: 'workspace-write',
      },
      {
        flags: '--lease <seconds>',
        description: 'how long the lock outlives this process if persist never comes',
        default: String(DEFAULT_RESTORE_LEASE_MS / 1000),
      },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'persist',
    summary: 'write back what Codex refreshed, release the lock, remove auth.json (second half of run)',
    description:
      'Reads auth.json from the CODEX_HOME that `codex-auth restore` prepared, stores it (encrypted) if Codex refreshed it, releases the lock and removes the plaintext. Run it even when your Codex step failed.',
    options: [
      { flags: '--codex-home <dir>', description: 'the directory given to restore', required: true },
      ...STORE_AND_LOCK_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'inspect',
    summary: 'validate an auth.json and tell when Codex will refresh it',
    description:
      'Checks an auth.json exactly as Codex reads it and prints its kind, account, plan, redacted email, last refresh, access-token expiry, when and why Codex will refresh next, and its fingerprint. Prints no token.',
    options: [
      { flags: '--auth-file <file>', description: 'the auth.json to inspect' },
      {
        flags: '--codex-home <dir>',
        description: 'inspect DIR/auth.json (default: $CODEX_HOME, else ~/.codex)',
      },
      { ...JSON_OPTION, description: 'print one JSON object on stdout' },
    ],
  }),
  defineCommand({
    name: 'status',
    summary: "show the stored envelope's metadata and the lock holder, without the key",
    description:
      "Reads the metadata of the stream's envelope (generation, written at, writer, last refresh, fingerprint) and the lock holder. Needs no key and decrypts nothing. An empty stream is not an error.",
    options: STORE_AND_LOCK_OPTIONS,
  }),
  defineCommand({
    name: 'history',
    summary: "list the stream's writes, newest first: generation, time, writer, why, fingerprint",
    description:
      "Who wrote the stream, when and why (seed, refresh, reseed). git-ref: the commit chain of the stream's ref; file: the stream's bounded audit log; other stores keep only the current copy, and the output says so. Reads metadata only: needs no key, decrypts nothing.",
    options: [
      { flags: '--limit <n>', description: 'at most this many writes', default: '50' },
      ...STORE_ONLY_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'seed',
    summary: "store a fresh login as the stream's first copy",
    description: `Validates a fresh auth.json (from \`codex login\` on a trusted machine) and stores it encrypted as the stream's copy. Refuses to replace a stored copy unless --force. The login may also come from ${SEED_ENV}.`,
    options: [
      { flags: '--auth-file <file>', description: `the auth.json to store (or set ${SEED_ENV})` },
      {
        flags: '--force',
        description: 'replace the stored copy (only when it is dead or you switch accounts)',
      },
      {
        flags: '--login',
        description:
          'sign in first with `codex login --device-auth` in a throw-away CODEX_HOME (your ~/.codex is untouched)',
      },
      { flags: '--codex <path>', description: 'with --login: the codex executable (default: codex on PATH)' },
      {
        flags: '--codex-config <file>',
        description: 'with --login: config.toml for the throw-away CODEX_HOME',
      },
      {
        flags: '--login-issuer <url>',
        description: 'with --login: the OAuth issuer (testing only)',
        hidden: true,
      },
      ...STORE_AND_LOCK_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'unlock',
    summary: 'release a lock whose holder you know is gone',
    description:
      'Removes the stream lock whoever holds it and prints who held it. Locks of dead processes and expired leases are recovered by themselves; use this only for a lease (restore without persist) whose job you know has ended.',
    options: [
      { flags: '--force', description: 'required: confirms you know the holder is gone' },
      ...STORE_AND_LOCK_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'keep-fresh',
    summary: 'refresh and check every stream with the cheapest Codex call (for a scheduled job)',
    description:
      'For each stream: takes its lock, runs Codex with a read-only, minimal call (Codex refreshes the login when due), persists what changed, and reports generation, last refresh, access-token expiry, next refresh, last writer, plan usage and health (a usage-limited stream is healthy: its login works). Exit 3 when a stream needs a reseed.',
    options: [
      { flags: '--streams <names>', description: 'comma-separated stream names', required: true },
      { flags: '--codex <path>', description: 'the codex executable (default: codex on PATH)' },
      { flags: '--codex-config <file>', description: 'config.toml for the private CODEX_HOME' },
      {
        flags: '--alert',
        description:
          'open (or update) one GitHub issue per stream that needs a reseed, close it when healthy (--repo, GITHUB_TOKEN with issues: write)',
      },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'revoke',
    summary: 'disconnect a stream: sign its session out at OpenAI and remove it and its lock from the store',
    description:
      "Signs the stream's ChatGPT session out with Codex's own logout (which revokes the refresh token), then removes the stream and its lock from the store. Refuses while the lock is held unless --force.",
    options: [
      {
        flags: '--force',
        description: 'take the stream even while its lock is held (the holder is known to be gone)',
      },
      { flags: '--codex <path>', description: 'the codex executable (default: codex on PATH)' },
      { flags: '--codex-config <file>', description: 'config.toml for the private CODEX_HOME' },
      ...STORE_AND_LOCK_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'doctor',
    summary: 'check everything a stream needs and say how to fix what is wrong',
    description:
      'Checks the Codex version against the versions this release was verified with, the key, the store (reachable, what it holds), the lock (free and takeable with this token, or who holds it) and the stored login (opens with the key, next refresh). Each line is ok, warn or fail with the fix; exit 1 when anything fails.',
    options: [
      { flags: '--codex <path>', description: 'the codex executable (default: codex on PATH)' },
      {
        flags: '--probe',
        description:
          'also run one keep-fresh Codex call, the only way to tell whether the session itself is alive',
      },
      { flags: '--codex-config <file>', description: 'with --probe: config.toml for the private CODEX_HOME' },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS,
    ],
  }),
  defineCommand({
    name: 'keygen',
    summary: `print a new envelope key for ${KEY_ENV}`,
    description: `Prints a new random 32-byte key, standard base64, on stdout. Store it as the secret ${KEY_ENV} (for example \`gh secret set ${KEY_ENV}\`) and give it to every job of the stream; it is never stored by codex-auth.`,
    options: [],
  }),
] as const;

/** The name of each command. */
export type CommandName = (typeof COMMANDS)[number]['name'];

/** The option values of the command `Name`, typed from its declaration above. */
export type OptionsOf<Name extends CommandName> = OptionValuesOf<
  Extract<(typeof COMMANDS)[number], { readonly name: Name }>['options']
>;

export const VERSION = '0.1.0';

export const PROGRAM: ProgramSpec = {
  name: 'codex-auth',
  version: VERSION,
  description: `Keeps a ChatGPT-managed Codex login alive across CI runs: restores auth.json from a store, runs codex exec, writes the refreshed login back encrypted, one job at a time per stream. Verified with Codex ${VERIFIED_CODEX_VERSIONS.join(', ')}.`,
  epilog:
    'Exit codes: 0 ok, 1 Codex failed (refreshes still persisted), 2 usage or configuration, 3 auth unusable (reseed), 4 lock timeout, 5 store conflict or an older copy put back, 6 stored copy cannot be opened, 7 not sealed (the agent could read the login, or its sandbox cannot run), 8 ChatGPT usage limit reached (the login is fine; see resetsAt), 9 run timeout (Codex stopped, refreshes kept, lock released).',
  commands: COMMANDS,
};
