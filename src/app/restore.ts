import type { RoundTripContext } from '../roundtrip/context.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { type RestoreRequest, restoreStream } from '../roundtrip/restore-persist.js';
import { codexIfPresent } from './codex-for-job.js';

// The restore use case, the first half of the split round trip (for users who run Codex in their own step): take
// the lock as a lease, leave auth.json in a CODEX_HOME, seal it. The Action's restore/ and `codex-auth restore`
// both call it; persist (app/persist.ts) is the other half.

export interface RestoreUseCaseRequest extends Omit<RestoreRequest, 'codexPath'> {
  /**
   * The codex the user's step runs, for the seal probe: one the front end already chose (`path`), or one to look
   * for (`find`: --codex, else PATH). Without one the profile is still written, and reported as not probed.
   */
  readonly codex: { readonly path: string } | { readonly find: string | undefined };
}

export async function restore(
  request: RestoreUseCaseRequest,
  ctx: RoundTripContext,
): Promise<RoundTripResult> {
  const { codex, ...rest } = request;
  const codexPath = 'path' in codex ? codex.path : await codexIfPresent(codex.find, request.baseEnv);
  return restoreStream(ctx, { ...rest, codexPath });
}
