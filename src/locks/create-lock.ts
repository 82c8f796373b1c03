import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { GitRefs } from '../github/git-refs.js';
import type { GitHubClient } from '../github/octokit.js';
import type { RefHandoff } from '../github/ref-handoff.js';
import { LOCK_KINDS, type LockKind } from '../core/backend-kinds.js';
import { stateDirOrigin } from '../platform/check-paths.js';
import type { WorkflowRunRef } from '../github/workflow-run.js';
import type { StreamLock } from './lock.js';

export { LOCK_KINDS, type LockKind };

/** What a lock needs of the store settings (the file lock lives in the stream's directory of the state dir). */
export interface LockSettings {
  readonly kind: string;
  readonly stream: string;
  readonly stateDir: string;
  readonly stateDirSource?: string | undefined;
}

export function parseLockKind(value: string): LockKind {
  if ((LOCK_KINDS as readonly string[]).includes(value)) return value as LockKind;
  throw new UsageError(`unknown lock "${value}": use one of ${LOCK_KINDS.join(', ')}.`);
}

/** The lock that goes with a store when the user did not choose one. */
export function defaultLockKind(store: Pick<LockSettings, 'kind'>, onGitHub: boolean): LockKind {
  if (store.kind === 'file') return 'file';
  if (store.kind === 'git-ref') return 'git-ref';
  // The other stores have no compare-and-swap of their own worth trusting alone: inside Actions the repository's
  // refs serialize the stream; elsewhere a file lock on this machine does.
  return onGitHub ? 'git-ref' : 'file';
}

export interface LockDependencies {
  readonly git: () => GitRefs;
  readonly client: () => GitHubClient;
  readonly run?: WorkflowRunRef | undefined;
  readonly log: Logger;
  /** Shared with the git-ref store of the same stream, when both are git-ref. */
  readonly handoff?: RefHandoff | undefined;
}

/** Like the stores, each lock backend is imported only when chosen. */
export async function createLock(
  kind: LockKind,
  store: LockSettings,
  deps: LockDependencies,
): Promise<StreamLock> {
  switch (kind) {
    case 'file': {
      const [{ FileLeaseLock }, { LOCK_FILE_NAME }, { CheckedFileLock }] = await Promise.all([
        import('./file-lease-lock.js'),
        import('./lease-record.js'),
        import('./checked-lock.js'),
      ]);
      return new CheckedFileLock(
        new FileLeaseLock(path.join(store.stateDir, store.stream), store.stream),
        stateDirOrigin(store),
        store.stream,
        LOCK_FILE_NAME,
      );
    }
    case 'git-ref': {
      const { GitRefLock } = await import('./git-ref-lock.js');
      return new GitRefLock(deps.git(), deps.client(), store.stream, {
        run: deps.run,
        log: deps.log,
        handoff: deps.handoff,
      });
    }
    case 'none': {
      const { NoLock } = await import('./no-lock.js');
      return new NoLock();
    }
  }
}
