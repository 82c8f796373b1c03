import { isUsageError } from '../core/errors.js';
import { removeCodexHome } from '../codex/codex-home.js';
import type { RoundTripContext } from '../roundtrip/context.js';
import type { RoundTripResult } from '../roundtrip/result.js';
import { persistStream } from '../roundtrip/restore-persist.js';
import { removeHomeRecord } from './job-homes.js';

// The persist use case, the second half of the split round trip: write back what the user's Codex step refreshed,
// release the lease, remove the plaintext. The Action's persist/, its post-step rescue (app/finish-job.ts) and
// `codex-auth persist` all call it.

export interface PersistUseCaseRequest {
  readonly codexHome: string;
  /**
   * Remove the whole home and its owner record afterwards: a job home restore made (app/job-homes.ts). A home the
   * user named (the CLI's --codex-home) stays, emptied of the login.
   */
  readonly removeJobHome: boolean;
}

export async function persist(
  request: PersistUseCaseRequest,
  ctx: RoundTripContext,
): Promise<RoundTripResult> {
  const result = await persistStream(ctx, request.codexHome);
  // A usage error is a persist called with the wrong stream or store: the home stays for the right one.
  if (request.removeJobHome && !isUsageError(result.error)) await removeJobHome(request.codexHome);
  return result;
}

/** Removes a job home restore made, and then the record that proved it ours. */
export async function removeJobHome(codexHome: string): Promise<void> {
  await removeCodexHome(codexHome);
  await removeHomeRecord(codexHome);
}
