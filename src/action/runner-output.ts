import * as core from '@actions/core';
import type { Logger } from '../core/logger.js';
import { Redactor } from '../core/redactor.js';

// What the Action prints to the runner, and the masks every line and output goes through.

/**
 * Masks for the runner, each value separately (masking a whole JSON document would mask lines like `{`), and kept
 * so outputs can be redacted too.
 */
export const runnerMasks = new (class extends Redactor {
  override add(values: readonly string[]): void {
    for (const value of values) if (value.length >= 8) core.setSecret(value);
    super.add(values);
  }
})();

/** Log lines go through the redactor as well as the runner's masking: the harness and other CI systems lack the latter. */
export const actionLogger: Logger = {
  info: (message) => core.info(runnerMasks.redact(message)),
  warn: (message) => core.warning(runnerMasks.redact(message)),
  debug: (message) => core.debug(runnerMasks.redact(message)),
};

/**
 * The channel for Codex's and the agent's text, apart from actionLogger so that our own messages are never
 * rewritten: lines come already neutralised (codex/codex-progress.ts: no workflow command, no control character),
 * and are redacted once more on the way out.
 */
export function logCodexLines(lines: readonly string[]): void {
  for (const line of lines) core.info(runnerMasks.redact(line));
}
