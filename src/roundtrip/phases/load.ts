import { loadedCopyOf } from '../loaded-copy.js';
import type { SeedSource } from '../context.js';
import { loadStream } from '../load-stream.js';
import { startFrom } from '../result.js';
import type { RunState } from './run-state.js';

/**
 * Phase: load the stream's envelope, or store the seed when (and only when) the store holds nothing. Once the
 * login is loaded every secret is known, so a seal probe running alongside may search its report.
 */
export async function loadOrSeed(state: RunState, seed: SeedSource | undefined): Promise<void> {
  try {
    state.loaded = await loadStream(state.ctx, seed);
  } finally {
    state.sealing?.secretsKnown();
  }
  startFrom(state.result, loadedCopyOf(state.loaded));
}
