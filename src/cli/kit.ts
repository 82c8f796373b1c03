import { asCodexAuthError, type CodexAuthError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type CliIo, stderrLogger, stderrText } from './console.js';
import { Redactor } from '../core/redactor.js';
import { jsonForLog } from '../core/untrusted-text.js';

/** What every command gets: where to print, the environment, and the redactor all output passes through. */
export interface Kit {
  readonly io: CliIo;
  readonly env: NodeJS.ProcessEnv;
  readonly redactor: Redactor;
  logger(verbose: boolean): Logger;
  /** Prints on stdout through the redactor. */
  out(text: string): void;
  /** Prints one JSON object on stdout through the redactor. */
  json(value: unknown): void;
  /** Reports an error (text on stderr, or a JSON object on stdout) and returns its exit code. */
  fail(error: unknown, json: boolean): number;
}

export function createKit(io: CliIo, env: NodeJS.ProcessEnv): Kit {
  const redactor = new Redactor();
  const kit: Kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    // A JSON result can carry the agent's text (finalMessage): no workflow command in it when stdout is a CI log.
    json: (value) => io.stdout(`${jsonForLog(redactor.redact(JSON.stringify(value, null, 2)))}\n`),
    fail(error, json) {
      const failure = asCodexAuthError(error);
      if (json) kit.json({ error: errorJson(failure) });
      // An error may quote Codex (its last error, its stderr): escaped like every stderr line.
      else io.stderr(stderrText(redactor, `codex-auth: error: ${failure.message}`));
      return failure.exitCode;
    },
  };
  return kit;
}

export function errorJson(error: CodexAuthError): { code: string; message: string } {
  return { code: error.code, message: error.message };
}
