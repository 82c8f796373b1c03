/**
 * Every ref codex-auth keeps starts with this: each stream's lock and release marker (`/locks/<stream>`,
 * `/locks/<stream>+released`), its envelope (`/streams/<stream>`) and its high-water mark (`/high-water/<stream>`).
 * GitHub's matching-refs answers a prefix in a single response (it ignores per_page, so there is no second page to
 * miss), which is what lets one call show the lock and the stream together. No trailing slash: the same shape as
 * every other ref name this code sends; refs that merely share the prefix are listed too and never looked up.
 */
export const CODEX_AUTH_REFS = 'refs/codex-auth';

/**
 * The refs the git-ref lock listed in the call that took the lock, handed to the git-ref store of the same stream,
 * whose first read then needs no ref reads of its own (the API budget: 8 calls a round trip with a refresh).
 *
 * Why the listing is as good as reading the refs after taking the lock: the lock was free in that listing, and
 * the fast-forward from the lock commit it showed succeeded, so nobody took the lock in between (every acquisition
 * moves the lock ref forward, and it never moves back). Every holder writes the stream before it releases, so its
 * writes are in the listing too: git lists refs in name order, `locks/` before `streams/`, so a listing that saw
 * the release also saw the write before it. (The high-water ref sorts first and may lag by one write; the store
 * then reads the mark's commit, as it does whenever the mark and the stream differ, and the mark only goes up.)
 * A takeover hands nothing over: the holder it replaced may still be writing.
 */
export class RefHandoff {
  private listing: ReadonlyMap<string, string> | null = null;

  /** By the lock, when it took or resumed the lock from this listing. */
  offer(listing: ReadonlyMap<string, string>): void {
    this.listing = listing;
  }

  /** By the store, once: a later read (a conflict message, another round trip) looks for itself. */
  take(): ReadonlyMap<string, string> | null {
    const listing = this.listing;
    this.listing = null;
    return listing;
  }

  /** By the lock, on release: what it saw is no longer protected by it. */
  clear(): void {
    this.listing = null;
  }
}
