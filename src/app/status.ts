import type { Logger } from '../core/logger.js';
import type { LockHolder } from '../locks/lock.js';
import { createBackends } from './context.js';
import type { LockKind, StoreSettings } from './stream-settings.js';

// status: what a stream's store holds and who holds its lock, from metadata only (no key, nothing decrypted).

export interface StreamStatusRequest {
  readonly store: StoreSettings;
  readonly lock: LockKind;
}

/** The status of one stream. Its field names are a contract with scripts (`codex-auth status --json`). */
export interface StreamStatus {
  readonly stream: string;
  readonly store: string;
  readonly location: string;
  readonly exists: boolean;
  readonly generation: number | null;
  readonly writtenAt: string | null;
  readonly writer: string | null;
  readonly lastRefresh: string | null;
  readonly fingerprint: string | null;
  readonly keyId: string | null;
  readonly lock: {
    readonly kind: LockKind;
    readonly held: boolean;
    readonly stale: boolean;
    readonly holder: LockHolder | null;
  };
}

export async function streamStatus(
  request: StreamStatusRequest,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<StreamStatus> {
  const { store, lock } = await createBackends(request.store, request.lock, env, log);
  const holder = await lock.inspect();
  const envelope = await store.read();
  return {
    stream: request.store.stream,
    store: store.kind,
    location: store.location,
    exists: envelope !== null,
    generation: envelope?.generation ?? null,
    writtenAt: envelope?.writtenAt ?? null,
    writer: envelope?.writer ?? null,
    lastRefresh: envelope?.lastRefresh ?? null,
    fingerprint: envelope?.fingerprint ?? null,
    keyId: envelope?.keyId ?? null,
    // A stale lock is not held: its holder is gone and the next run takes it.
    lock: {
      kind: request.lock,
      held: holder !== null && holder.stale !== true,
      stale: holder?.stale === true,
      holder,
    },
  };
}
