import type { CodexRunner } from '../codex/codex-runner.js';
import type { StreamKey } from '../core/key.js';
import type { Logger, SecretSink } from '../core/logger.js';
import type { StreamLock } from '../locks/lock.js';
import type { Store } from '../stores/store.js';

/** Everything the round trip needs from the outside world, so front ends and tests choose the real parts. */
export interface RoundTripContext {
  readonly stream: string;
  readonly store: Store;
  readonly lock: StreamLock;
  readonly key: StreamKey;
  readonly runCodex: CodexRunner;
  readonly log: Logger;
  readonly secrets: SecretSink;
  /** Who is writing: a run URL, or user@host. Recorded in envelopes and in the lock. */
  readonly writer: string;
  readonly now: () => Date;
}

/** A seed offered for a stream: used only when the store holds nothing for it. */
export interface SeedSource {
  readonly raw: string;
  /** Where it came from, for messages: a path or `CODEX_AUTH_JSON`. */
  readonly origin: string;
  /** How to pass a file instead, shown when `raw` is a path: e.g. `pass --auth-file PATH`. */
  readonly pathHint?: string;
  /** The seed's file (absolute), when it came from one: a real login on disk, denied to the agent. */
  readonly file?: string;
}
