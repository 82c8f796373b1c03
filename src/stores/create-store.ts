import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { stateDirOrigin } from '../platform/check-paths.js';
import type { Logger } from '../core/logger.js';
import type { GitRefs, Repository } from '../github/git-refs.js';
import type { RefHandoff } from '../github/ref-handoff.js';
import type { GitHubClient } from '../github/octokit.js';
import type { OrgVisibility, SecretScope } from '../github/secret-scope.js';
import type { Store } from './store.js';
import { STORE_KINDS, type StoreKind } from '../core/backend-kinds.js';

export { STORE_KINDS, type StoreKind, stateDirOrigin };

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
    | {
        readonly name: string;
        readonly scope: SecretScope;
        readonly currentValue: string;
        /** Organization scope: the visibility of a secret created by the first write. */
        readonly newVisibility: OrgVisibility;
      }
    | undefined;
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
  /** Shared with the git-ref lock of the same stream, when both are git-ref. */
  readonly handoff?: RefHandoff | undefined;
}

export function parseStoreKind(value: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(value)) return value as StoreKind;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(', ')}.`);
}

/**
 * Each backend is imported only when chosen: the cache store alone brings @actions/cache and the Azure SDK
 * (about half a second to load), and no other store or command may pay for that at start-up.
 */
export async function createStore(settings: StoreSettings, deps: StoreDependencies): Promise<Store> {
  switch (settings.kind) {
    case 'file': {
      const { FileStore } = await import('./file-store.js');
      return new FileStore(settings.stateDir, settings.stream, stateDirOrigin(settings));
    }
    case 'git-ref': {
      const { GitRefStore } = await import('./git-ref-store.js');
      return new GitRefStore(deps.git(), settings.stream, deps.handoff);
    }
    case 'github-secret': {
      const secret = required(
        settings.secret,
        'the github-secret store needs secret-name (CLI: --secret-name NAME).',
      );
      const github = required(settings.github, 'the github-secret store needs a repository and a token.');
      const { GitHubSecretStore } = await import('./github-secret-store.js');
      return new GitHubSecretStore(settings.stream, {
        client: deps.client(),
        repository: github.repository,
        scope: secret.scope,
        secretName: secret.name,
        currentValue: secret.currentValue,
        newVisibility: secret.newVisibility,
      });
    }
    case 'cache': {
      const cache = required(settings.cache, 'the cache store runs only inside GitHub Actions.');
      const { CacheStore } = await import('./cache-store.js');
      return new CacheStore(settings.stream, { ...cache, log: deps.log });
    }
    case 'command': {
      const command = required(
        settings.command,
        'the command store needs --read-command and --write-command.',
      );
      const { CommandStore } = await import('./command-store.js');
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
