import { UsageError } from '../core/errors.js';
import type { GitRefs, Repository } from '../github/git-refs.js';
import { FileStore } from './file-store.js';
import { GitRefStore } from './git-ref-store.js';
import type { Store } from './store.js';

export const STORE_KINDS = ['file', 'git-ref'] as const;
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
  /** For the git-ref store and lock. */
  readonly github?: GitHubTarget | undefined;
}

export function parseStoreKind(value: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(value)) return value as StoreKind;
  throw new UsageError(`unknown store "${value}": this version supports ${STORE_KINDS.join(', ')}.`);
}

export function createStore(settings: StoreSettings, git: () => GitRefs): Store {
  switch (settings.kind) {
    case 'file':
      return new FileStore(settings.stateDir, settings.stream);
    case 'git-ref':
      return new GitRefStore(git(), settings.stream);
  }
}
