import type { Bundle } from '../core/bundle.js';

/** What the store holds for a stream, as far as this run knows: the generation and its tokens' fingerprint. */
export interface StoredCopy {
  readonly generation: number;
  readonly fingerprint: string;
  readonly lastRefresh: string | null;
}

/**
 * The copy a round trip started from. One shape everywhere: the split state stores it, the Persister starts from
 * it, the result reports it; so the four fields are never rebuilt by hand.
 */
export interface LoadedCopy extends StoredCopy {
  /** True when the store was empty and the seed was stored (generation 1) by this run. */
  readonly seeded: boolean;
}

export function storedCopyOf(bundle: Bundle, generation: number): StoredCopy {
  return { generation, fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
}

/** Only the copy's fields, so an object that carries more (the bundle, the split state) is not stored whole. */
export function loadedCopyOf(copy: LoadedCopy): LoadedCopy {
  const { generation, fingerprint, lastRefresh, seeded } = copy;
  return { generation, fingerprint, lastRefresh, seeded };
}
