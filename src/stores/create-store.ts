import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { StateDirOrigin } from '../fs/check-paths.js';
import type { Logger } from '../core/logger.js';
import type { GitRefs, Repository } from '../github/git-refs.js';
import type { GitHubClient } from '../github/octokit.js';
import type { SecretScope } from '../github/secret-scope.js';
import { CacheStore } from './cache-store.js';
import { CommandStore } from './command-store.js';
import { FileStore } from './file-store.js';
import { GitHubSecretStore } from './github-secret-store.js';
import { GitRefStore } from './git-ref-store.js';
import type { Store } from './store.js';

export const STORE_KINDS = ['file', 'git-ref', 'github-secret', 'cache', 'command'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** Where a GitHub-backed store or lock lives, and with which token it is reached. */
export interface GitHubTarget {
  readonly repository: Repository;
  readonly token: string;
  readonly apiUrl: string;
}

export interface StoreSettings {
  readonly kind: StoreKind;
  readonly stream: string;
  /** For the file store (and the file lock). */
  readonly stateDir: string;
  /** How the user set it (`--state-dir`, `CODEX_AUTH_STATE_DIR`...), for messages. Default: the default dir. */
  readonly stateDirSource?: string | undefined;
  /** For the git-ref and github-secret stores and the git-ref lock. */
  readonly github?: GitHubTarget | undefined;
  readonly secret?:
    { readonly name: string; readonly scope: SecretScope; readonly currentValue: string } | undefined;
  readonly command?:
    { readonly read: string; readonly write: string; readonly timeoutMs: number } | undefined;
  readonly cache?:
    | { readonly ref: string; readonly defaultBranch: string | null; readonly allowBranchScope: boolean }
    | undefined;
}

export interface StoreDependencies {
  readonly git: () => GitRefs;
  readonly client: () => GitHubClient;
  readonly log: Logger;
  readonly env: NodeJS.ProcessEnv;
}

export function parseStoreKind(value: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(value)) return value as StoreKind;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(', ')}.`);
}

export function createStore(settings: StoreSettings, deps: StoreDependencies): Store {
  switch (settings.kind) {
    case 'file':
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    case 'git-ref':
      return new GitRefStore(deps.git(), settings.stream);
    case 'github-secret': {
      const secret = required(
        settings.secret,
        'the github-secret store needs secret-name (CLI: --secret-name NAME).',
      );
      const github = required(settings.github, 'the github-secret store needs a repository and a token.');
      return new GitHubSecretStore(settings.stream, {
        client: deps.client(),
        repository: github.repository,
        scope: secret.scope,
        secretName: secret.name,
        currentValue: secret.currentValue,
      });
    }
    case 'cache': {
      const cache = required(settings.cache, 'the cache store runs only inside GitHub Actions.');
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case 'command': {
      const command = required(
        settings.command,
        'the command store needs --read-command and --write-command.',
      );
      return new CommandStore(settings.stream, {
        readCommand: command.read,
        writeCommand: command.write,
        timeoutMs: command.timeoutMs,
        env: deps.env,
        highWaterFile: path.join(settings.stateDir, settings.stream, 'command-high-water.json'),
      });
    }
  }
}

function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new UsageError(message);
  return value;
}

export function stateDirOrigin(settings: Pick<StoreSettings, 'stateDir' | 'stateDirSource'>): StateDirOrigin {
  return { dir: settings.stateDir, source: settings.stateDirSource ?? 'the state directory' };
}
