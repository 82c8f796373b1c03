import path from 'node:path';
import * as v from 'valibot';
import { UsageError } from '../core/errors.js';
import { readPrivateFile, removeFile, writePrivateFileAtomic } from '../platform/secure-files.js';
import { type LoadedCopy, loadedCopyOf } from './loaded-copy.js';

// What `restore` hands to `persist` (two processes, maybe two CI steps). Lives beside auth.json in the private
// CODEX_HOME, holds no secret: which stream and generation were restored (the loaded copy), and the id of the lock
// lease.

const STATE_FILE = 'codex-auth-state.json';

const splitStateSchema = v.object({
  version: v.literal(1),
  stream: v.string(),
  store: v.string(),
  lockId: v.nullable(v.string()),
  generation: v.pipe(v.number(), v.integer(), v.minValue(1)),
  fingerprint: v.string(),
  lastRefresh: v.nullable(v.string()),
  seeded: v.boolean(),
  restoredAt: v.string(),
});

export type SplitState = v.InferOutput<typeof splitStateSchema>;

/** The state a round trip records once it holds the lock and has loaded `copy`. */
export function splitStateOf(
  ctx: { readonly stream: string; readonly store: { readonly kind: string } },
  lockId: string,
  copy: LoadedCopy,
  restoredAt: Date,
): SplitState {
  return {
    version: 1,
    stream: ctx.stream,
    store: ctx.store.kind,
    lockId,
    ...loadedCopyOf(copy),
    restoredAt: restoredAt.toISOString(),
  };
}

export function splitStatePath(codexHome: string): string {
  return path.join(codexHome, STATE_FILE);
}

export async function saveSplitState(codexHome: string, state: SplitState): Promise<void> {
  // In the job's private home, read by this job's persist or post: atomic, not synced (secure-files.ts).
  await writePrivateFileAtomic(splitStatePath(codexHome), `${JSON.stringify(state, null, 2)}\n`, {
    durable: false,
  });
}

export async function loadSplitState(codexHome: string): Promise<SplitState> {
  const text = await readPrivateFile(splitStatePath(codexHome));
  if (text === null) {
    throw new UsageError(
      `${codexHome} holds no codex-auth restore state: run \`codex-auth restore --codex-home ${codexHome} ...\` before \`persist\`, with the same --codex-home.`,
    );
  }
  const parsed = v.safeParse(splitStateSchema, JSON.parse(text));
  if (!parsed.success) {
    throw new UsageError(
      `${splitStatePath(codexHome)} is damaged; release the lock with \`codex-auth unlock --force\`.`,
    );
  }
  return parsed.output;
}

export async function removeSplitState(codexHome: string): Promise<void> {
  await removeFile(splitStatePath(codexHome));
}
