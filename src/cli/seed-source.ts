import { promises as fs } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { isErrno } from '../fs/secure-files.js';
import type { SeedSource } from '../roundtrip/context.js';
import type { Redactor } from '../core/redactor.js';

export const SEED_ENV = 'CODEX_AUTH_JSON';

/** The seed from a file, else from CODEX_AUTH_JSON (as a CI secret would hold it), else none. */
export async function readSeedSource(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
  redactor: Redactor,
  /** False for the github-secret store, where CODEX_AUTH_JSON is the store's current value, not a seed. */
  envIsSeed = true,
  flag = '--seed-file',
): Promise<SeedSource | undefined> {
  if (file) return { raw: await readAuthFileArgument(file, flag), origin: file };
  if (!envIsSeed) return undefined;
  const fromEnv = env[SEED_ENV];
  if (fromEnv && fromEnv.trim() !== '') {
    // Until it is parsed, the whole value is the only thing we can mask; parsing then masks field by field.
    redactor.add([fromEnv]);
    return { raw: fromEnv, origin: SEED_ENV };
  }
  return undefined;
}

export async function readAuthFileArgument(file: string, flag: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) throw new UsageError(`${flag} ${file}: no such file.`);
    if (isErrno(error, 'EACCES')) throw new UsageError(`${flag} ${file}: permission denied.`);
    throw error;
  }
}
