import { UsageError } from '../core/errors.js';
import { VERIFIED_CODEX_VERSIONS } from './resolve-codex.js';

/** Why Codex could not be started, with the flag or install command that fixes it. */
export function codexSpawnError(codexPath: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const install = `npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}`;
  if (code === 'ENOENT') {
    return new UsageError(
      `the codex executable was not found at ${codexPath}; pass --codex PATH, or install @openai/codex (\`${install}\`).`,
      { cause: error },
    );
  }
  if (code === 'EACCES') {
    return new UsageError(
      `the codex executable at ${codexPath} cannot be run (permission denied); pass --codex PATH to an executable codex, or install @openai/codex (\`${install}\`).`,
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`could not start codex (${codexPath}): ${message}`, { cause: error });
}
