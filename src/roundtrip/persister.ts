import { assertStreamable, type Bundle, parseBundle, secretValues } from '../core/bundle.js';
import { asCodexAuthError, type CodexAuthError } from '../core/errors.js';
import { isPlaceholderBundle } from '../broker/index.js';
import type { RoundTripContext } from './context.js';
import { writeBundle } from './load-stream.js';
import type { StoredCopy } from './loaded-copy.js';

/**
 * Writes each new bundle Codex produces back to the store, as soon as it appears. Calls are serialized, so the
 * watcher and the final check can both call `persist` without racing; each write is a compare-and-swap on the
 * generation this run last loaded or wrote, so a newer copy is never overwritten.
 */
export class Persister {
  private generation: number;
  private fingerprint: string;
  private queue: Promise<unknown> = Promise.resolve();
  private firstError: CodexAuthError | null = null;
  /** Generations this run wrote after loading (refreshes, not the seed). */
  writes = 0;
  /** The newest valid bundle Codex produced, persisted or not: tells whether Codex refreshed at all. */
  observed: { fingerprint: string; lastRefresh: string | null };
  /** The newest valid bundle read back from Codex (null until one was read). */
  observedBundle: Bundle | null = null;

  constructor(
    private readonly ctx: RoundTripContext,
    loaded: StoredCopy,
    /** Told after each write, so a record of what is stored can follow (the Action's post step reads it). */
    private readonly onWrite?: (written: StoredCopy) => Promise<void>,
  ) {
    this.generation = loaded.generation;
    this.fingerprint = loaded.fingerprint;
    this.observed = { fingerprint: loaded.fingerprint, lastRefresh: loaded.lastRefresh };
  }

  get currentGeneration(): number {
    return this.generation;
  }

  get currentFingerprint(): string {
    return this.fingerprint;
  }

  /** The first failure of any persist, or null. A failure after a refresh must fail the job loudly. */
  get error(): CodexAuthError | null {
    return this.firstError;
  }

  /** Persists `raw` if it is a valid bundle whose tokens differ from the stored ones. Never throws. */
  persist(raw: string, origin: string): Promise<void> {
    const next = this.queue.then(() => this.persistNow(raw, origin));
    this.queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      this.firstError ??= asCodexAuthError(error);
    });
  }

  private async persistNow(raw: string, origin: string): Promise<void> {
    let bundle: Bundle;
    try {
      bundle = parseBundle(raw, origin);
      assertStreamable(bundle, origin);
    } catch (error) {
      // Codex writes atomically, so an unreadable file is not a half-written refresh: never store it.
      this.ctx.log.warn(`${asCodexAuthError(error).message} It was not persisted.`);
      return;
    }
    if (isPlaceholderBundle(bundle)) {
      // The token broker's placeholders (a run killed while the broker held the login, found by the rescue): the
      // broker persisted every refresh itself, and storing these would replace the login with nothing.
      this.ctx.log.debug(`${origin} holds the token broker's placeholders; it was not persisted.`);
      return;
    }
    this.ctx.secrets.add(secretValues(bundle));
    this.observed = { fingerprint: bundle.fingerprint, lastRefresh: bundle.auth.last_refresh ?? null };
    this.observedBundle = bundle;
    if (bundle.fingerprint === this.fingerprint) return;
    const generation = await writeBundle(this.ctx, bundle, this.generation);
    this.generation = generation;
    this.fingerprint = bundle.fingerprint;
    this.writes += 1;
    await this.onWrite?.({
      generation,
      fingerprint: bundle.fingerprint,
      lastRefresh: this.observed.lastRefresh,
    });
    this.ctx.log.info(
      `persisted the refreshed login of stream "${this.ctx.stream}" as generation ${generation} (${bundle.fingerprint}).`,
    );
  }

  /** Waits for every queued persist. */
  async settle(): Promise<void> {
    await this.queue;
  }
}
