import type { Envelope } from '../core/envelope.js';

/**
 * Where one stream's envelope lives between runs. Stores never see plaintext: they move sealed envelopes.
 *
 * `write` is a compare-and-swap on the generation: it succeeds only if the stored generation is still
 * `expectedGeneration` (0 = nothing stored yet), and throws StoreConflictError otherwise, naming who wrote the
 * newer copy. A store never retries a write by overwriting.
 */
export interface StoredStream {
  readonly name: string;
  readonly fingerprint: string | null;
}

export interface Store {
  /** Short name of the backend, e.g. `file`. */
  readonly kind: string;
  readonly stream: string;
  /** Where the envelope lives, for messages (a path, a ref). Never holds a secret. */
  readonly location: string;
  /** Local paths holding this store's files (the file store's directory): the agent is denied them. */
  readonly privatePaths?: readonly string[];
  /** Whether a write is verified by reading it back (a disk can lie; a git object id cannot). */
  readonly readBackAfterWrite: boolean;
  /** The stored envelope, or null when the stream holds nothing yet. Throws EnvelopeError if unreadable. */
  read(): Promise<Envelope | null>;
  /** `expectedGeneration: 'replace'` is for `seed --force` only: it replaces whatever is stored, even if unreadable. */
  write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void>;
  /**
   * The highest generation this store knows was written (its rollback guard), or null if it keeps none. `seed
   * --force` writes above it, so the mark never goes down.
   */
  highWater?(): Promise<number | null>;
  /** The generation stored now, 0 if none, null if the stored copy cannot be read at all. No key needed. */
  currentGeneration(): Promise<number | null>;
  /**
   * For stores that may hold a plain auth.json instead of an envelope (a user pasted a login into a secret):
   * that login, to be stored as generation 1. Only asked when `read` found no envelope.
   */
  plainSeed?(): Promise<{ raw: string; origin: string } | null>;
  /**
   * The streams this store holds (with a stored copy), each with its envelope's fingerprint where reading it is
   * free (null where it would cost a call per stream): for "did you mean" when a stream holds nothing, and for the
   * warning when a seed is a login another stream already holds. Only asked on those paths.
   */
  storedStreams?(): Promise<StoredStream[]>;
  /** Removes the stream's stored copy (`revoke`). Throws a UsageError naming the manual step where it cannot. */
  remove(): Promise<void>;
  /** Puts back the generation before `badGeneration` after a write that failed verification. */
  rollback(badGeneration: number): Promise<boolean>;
}

/** The generation a store holds, from its `read`: 0 when it holds nothing, null when what it holds is unreadable. */
export async function readGeneration(store: Pick<Store, 'read'>): Promise<number | null> {
  try {
    return (await store.read())?.generation ?? 0;
  } catch {
    return null;
  }
}

/**
 * What every compare-and-swap conflict ends with: two jobs used one stream at once and one write lost. `lock`
 * names the lock to keep, e.g. `the stream lock` or `` `lock: git-ref` (the default) ``.
 */
export function serializeJobsAdvice(lock: string): string {
  return `Serialize the jobs of one stream: keep ${lock} for every job that uses it (never \`lock: none\` / \`--lock none\` for jobs that may overlap) and, in GitHub Actions, add a \`concurrency:\` group.`;
}
