import { MAX_AUTH_JSON_BYTES, MAX_CONFIG_BYTES, readInputFile } from '../platform/check-paths.js';
import { scrubEnvironBlock } from '../platform/environ-scrub.js';

// The files a user names (an auth.json, a config.toml, a prompt), each checked (kind, size, readable) before it is
// read, with a limit that fits what it holds; and the secrets a front end was given, hidden from its own
// environment block. `name` is how the front end spells the input (`--seed-file`, `input prompt-file`).

/** An auth.json; `onOpenToOthers` hears when its mode lets other users read it. */
export async function readAuthJsonFile(
  file: string,
  name: string,
  onOpenToOthers?: (message: string) => void,
): Promise<string> {
  return readInputFile(file, {
    flag: name,
    what: 'an auth.json',
    maxBytes: MAX_AUTH_JSON_BYTES,
    ...(onOpenToOthers ? { onOpenToOthers } : {}),
  });
}

export async function readConfigFile(file: string, name: string): Promise<string> {
  return readInputFile(file, { flag: name, what: 'a Codex config.toml', maxBytes: MAX_CONFIG_BYTES });
}

/** A prompt may be as long as a config.toml. */
export async function readPromptFile(file: string, name: string): Promise<string> {
  return readInputFile(file, { flag: name, what: 'a prompt', maxBytes: MAX_CONFIG_BYTES });
}

/**
 * Overwrites the secret values in this process's environment block, which any unsandboxed process of this user can
 * read as /proc/<pid>/environ (process.env would not). The number of values overwritten, or null where the block
 * cannot be written.
 */
export function hideFromProcEnviron(secrets: readonly string[]): number | null {
  return scrubEnvironBlock(secrets);
}
