import { UsageError } from '../core/errors.js';
import {
  type GitHubTargetText,
  type LockKind,
  resolveStreamSettings,
  type StoreSettings,
} from '../app/stream-settings.js';
import type { OptionValuesOf } from './args/spec.js';
import {
  DEFAULT_LOCK_TIMEOUT_SECONDS,
  SEED_ENV,
  type STORE_AND_LOCK_OPTIONS,
  type STORE_ONLY_OPTIONS,
} from './shared-options.js';

/**
 * Raw option values of the store flags as the command line gives them (strings, before validation), typed from
 * their declarations in shared-options.ts; a command without a lock has no lock flags.
 */
export type StoreOptionValues = OptionValuesOf<typeof STORE_ONLY_OPTIONS> &
  Partial<OptionValuesOf<typeof STORE_AND_LOCK_OPTIONS>>;

export interface StoreFlags {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  readonly lockTimeoutMs: number;
  readonly json: boolean;
  readonly verbose: boolean;
}

export function parseStoreFlags(values: StoreOptionValues, env: NodeJS.ProcessEnv): StoreFlags {
  const { store, lock } = resolveStreamSettings(
    {
      stream: values.stream,
      store: values.store,
      lock: values.lock || undefined,
      onGitHub: env.GITHUB_ACTIONS === 'true',
      stateDir: values.stateDir || undefined,
      github: () => githubTarget(values, env),
      secretName: values.secretName,
      secretScope: values.secretScope ?? 'repo',
      secretVisibility: values.secretVisibility ?? '',
      secretValue: env[SEED_ENV] ?? '',
      readCommand: values.readCommand,
      writeCommand: values.writeCommand,
      commandTimeoutMs: () =>
        parseSeconds(values.commandTimeout ?? '60', '--command-timeout', 1, 3600) * 1000,
      allowBranchScope: values.allowBranchScope === true,
      names: {
        stateDir: '--state-dir',
        secretName: '--secret-name NAME',
        secretScope: '--secret-scope',
        secretVisibility: '--secret-visibility',
        readCommand: '--read-command CMD',
        writeCommand: '--write-command CMD',
      },
    },
    env,
  );
  return {
    store,
    lock,
    lockTimeoutMs:
      parseSeconds(values.lockTimeout ?? String(DEFAULT_LOCK_TIMEOUT_SECONDS), '--lock-timeout', 0, 86_400) *
      1000,
    json: values.json === true,
    verbose: values.verbose === true,
  };
}

/** A whole or fractional number of seconds within [min, max]; anything else names the flag. */
export function parseSeconds(value: string, flag: string, min: number, max: number): number {
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < min || seconds > max) {
    throw new UsageError(
      `${flag} must be a number of seconds between ${min} and ${max}, not ${JSON.stringify(value)}.`,
    );
  }
  return seconds;
}

/** The repository, token and API for the git-ref store and lock, from flags and the usual CI variables. */
function githubTarget(values: StoreOptionValues, env: NodeJS.ProcessEnv): GitHubTargetText {
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError('this store needs --repo OWNER/NAME (or GITHUB_REPOSITORY).');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "the git-ref store needs a token in GITHUB_TOKEN or GH_TOKEN that can write the repository's refs (contents: write).",
    );
  }
  return {
    repository: repo,
    repositoryName: '--repo',
    token,
    apiUrl: values.githubApiUrl ?? env.GITHUB_API_URL,
  };
}
