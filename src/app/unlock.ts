import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { describeHolder, type LockHolder } from '../locks/lock.js';
import { createBackends } from './context.js';
import type { LockKind, StoreSettings } from './stream-settings.js';

// unlock: removes a stream's lock whoever holds it. Locks of dead processes and expired leases recover by
// themselves; this is for a lease whose job the user knows has ended, so it must be confirmed.

export interface UnlockRequest {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  /** The user confirmed the holder is gone. */
  readonly confirmed: boolean;
  /** How the front end spells that confirmation (`--force`), for the refusal. */
  readonly confirmation: string;
}

export interface UnlockResult {
  readonly stream: string;
  readonly released: boolean;
  /** Who held it, or null when it was not held. */
  readonly holder: LockHolder | null;
}

export async function unlockStream(
  request: UnlockRequest,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<UnlockResult> {
  const { lock } = await createBackends(request.store, request.lock, env, log);
  if (!request.confirmed) {
    const holder = await lock.inspect();
    throw new UsageError(
      `unlock needs ${request.confirmation}, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : ' (the lock is free now)'}.`,
    );
  }
  const removed = await lock.forceRelease();
  return { stream: request.store.stream, released: removed !== null, holder: removed };
}
