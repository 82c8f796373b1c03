import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { parseStreamName } from '../core/stream.js';
import { defaultLockKind, type LockKind, parseLockKind } from '../locks/create-lock.js';
import { type GitHubTarget, parseStoreKind, type StoreSettings } from '../stores/create-store.js';
import { buildStoreSettings } from '../stores/store-settings.js';
import { parseRepository } from '../github/git-refs.js';
import { readRunContext } from '../github/run-context.js';
import { parseOrgVisibility, parseSecretScope } from '../github/secret-scope.js';
import { SEED_ENV } from './seed-env.js';
import { DEFAULT_LOCK_TIMEOUT_SECONDS } from './shared-options.js';
import { DEFAULT_API_URL } from '../github/api-url.js';
import { defaultStateDir, defaultStateDirSource } from '../stores/state-dir.js';

/** Raw option values as the command line gives them (strings, before validation; see shared-options.ts). */
export interface StoreOptionValues {
  store: string;
  stateDir?: string;
  stream: string;
  repo?: string;
  githubApiUrl?: string;
  secretName?: string;
  secretScope?: string;
  secretVisibility?: string;
  readCommand?: string;
  writeCommand?: string;
  commandTimeout?: string;
  allowBranchScope?: boolean;
  lock?: string;
  lockTimeout: string;
  json?: boolean;
  verbose?: boolean;
}

export interface StoreFlags {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  readonly lockTimeoutMs: number;
  readonly json: boolean;
  readonly verbose: boolean;
}

export function parseStoreFlags(values: StoreOptionValues, env: NodeJS.ProcessEnv): StoreFlags {
  const stream = parseStreamName(values.stream);
  const kind = parseStoreKind(values.store);
  const lock = values.lock
    ? parseLockKind(values.lock)
    : defaultLockKind({ kind }, env.GITHUB_ACTIONS === 'true');
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: values.stateDir ? path.resolve(values.stateDir) : defaultStateDir(env),
    stateDirSource: values.stateDir ? '--state-dir' : defaultStateDirSource(env),
    github: () => githubTarget(values, env),
    secretName: values.secretName,
    secretScope: parseSecretScope(values.secretScope ?? 'repo', '--secret-scope'),
    secretVisibility: parseOrgVisibility(values.secretVisibility ?? '', '--secret-visibility'),
    secretValue: env[SEED_ENV] ?? '',
    readCommand: values.readCommand,
    writeCommand: values.writeCommand,
    commandTimeoutMs: parseSeconds(values.commandTimeout ?? '60', '--command-timeout', 1, 3600) * 1000,
    cacheRef: env.GITHUB_REF ?? '',
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: values.allowBranchScope === true,
    names: {
      secretName: '--secret-name NAME',
      readCommand: '--read-command CMD',
      writeCommand: '--write-command CMD',
    },
  });
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
function githubTarget(values: StoreOptionValues, env: NodeJS.ProcessEnv): GitHubTarget {
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError('this store needs --repo OWNER/NAME (or GITHUB_REPOSITORY).');
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(
      "the git-ref store needs a token in GITHUB_TOKEN or GH_TOKEN that can write the repository's refs (contents: write).",
    );
  }
  return {
    repository: parseRepository(repo, '--repo'),
    token,
    apiUrl: values.githubApiUrl ?? env.GITHUB_API_URL ?? DEFAULT_API_URL,
  };
}
