import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { StoreSettings } from '../stores/create-store.js';
import { FileLeaseLock } from './file-lease-lock.js';
import type { StreamLock } from './lock.js';
import { NoLock } from './no-lock.js';

export const LOCK_KINDS = ['file', 'none'] as const;
export type LockKind = (typeof LOCK_KINDS)[number];

export function parseLockKind(value: string): LockKind {
  if ((LOCK_KINDS as readonly string[]).includes(value)) return value as LockKind;
  throw new UsageError(`unknown lock "${value}": use one of ${LOCK_KINDS.join(', ')}.`);
}

/** The lock that goes with a store when the user did not choose one. */
export function defaultLockKind(store: StoreSettings): LockKind {
  return store.kind === 'file' ? 'file' : 'none';
}

export function createLock(kind: LockKind, store: StoreSettings): StreamLock {
  switch (kind) {
    case 'file':
      return new FileLeaseLock(path.join(store.stateDir, store.stream), store.stream);
    case 'none':
      return new NoLock();
  }
}
