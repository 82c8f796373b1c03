import path from 'node:path';
import type { Logger } from '../core/logger.js';
import type { Redactor } from '../core/redactor.js';
import { maskUnparsedSeed } from '../core/seed-text.js';
import { readAuthJsonFile, readConfigFile } from '../app/input-files.js';
import type { SeedSource } from '../roundtrip/context.js';
import { SEED_ENV } from './seed-env.js';

/** The seed from a file, else from CODEX_AUTH_JSON (as a CI secret would hold it), else none. */
export async function readSeedSource(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
  redactor: Redactor,
  /** False for the github-secret store, where CODEX_AUTH_JSON is the store's current value, not a seed. */
  envIsSeed = true,
  flag = '--seed-file',
  log?: Logger,
): Promise<SeedSource | undefined> {
  const pathHint = `pass the file with ${flag} PATH instead (${SEED_ENV} must hold the file's content)`;
  if (file) {
    const raw = await readAuthFileArgument(file, flag, log);
    return {
      raw,
      origin: file,
      pathHint: `pass ${flag} with the auth.json itself`,
      file: path.resolve(file),
    };
  }
  if (!envIsSeed) return undefined;
  const fromEnv = env[SEED_ENV];
  if (fromEnv && fromEnv.trim() !== '') {
    maskUnparsedSeed(redactor, fromEnv);
    return { raw: fromEnv, origin: SEED_ENV, pathHint };
  }
  if (fromEnv !== undefined) {
    // CI passes a secret that does not exist (or is not shared with this environment) as an empty value.
    log?.warn(`${SEED_ENV} is set but empty, so no seed was given: check the secret's name and scope.`);
  }
  return undefined;
}

/** An auth.json named on the command line: checked (kind, size, readable) before it is read. */
export async function readAuthFileArgument(file: string, flag: string, log?: Logger): Promise<string> {
  return readAuthJsonFile(file, flag, log ? (message) => log.warn(message) : undefined);
}

/** A config.toml named on the command line (--codex-config). */
export async function readConfigFileArgument(file: string, flag: string): Promise<string> {
  return readConfigFile(file, flag);
}
