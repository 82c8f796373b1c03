import { untrustedLines } from '../core/untrusted-text.js';
import type { CodexEvent } from './codex-runner.js';

/** Whose text a forwarded line is; it also keeps every forwarded line from starting with the agent's text. */
export const CODEX_PREFIX = 'codex: ';

/**
 * Renders Codex's JSONL events as short progress lines (the CLI's stderr, the Action's log), so a person sees what
 * the agent does while stdout stays reserved for the result. Here in codex/, not in a front end: both use it.
 * The text is the agent's (its messages, the commands it chose): print it only through progressLines.
 */
export function describeEvent(event: CodexEvent): string | null {
  const item = event.item as
    { type?: string; text?: string; command?: string; exit_code?: number } | undefined;
  switch (event.type) {
    case 'item.completed':
      if (item?.type === 'agent_message' && item.text) return item.text;
      if (item?.type === 'command_execution')
        return `ran ${item.command ?? 'a command'} (exit ${item.exit_code ?? '?'})`;
      if (item?.type === 'file_change') return 'changed files';
      return null;
    case 'turn.completed':
      return 'turn completed';
    case 'turn.failed':
      return `turn failed: ${(event.error as { message?: string } | undefined)?.message ?? 'unknown error'}`;
    case 'error':
      return `error: ${String(event.message ?? 'unknown error')}`;
    default:
      return null;
  }
}

/**
 * The lines to print for an event, each safe for a CI log and a terminal (core/untrusted-text.ts). Secrets are
 * redacted before the text is split or cut, so that no piece of a token survives on its own.
 */
export function progressLines(event: CodexEvent, redact: (text: string) => string): string[] {
  const text = describeEvent(event);
  return text === null ? [] : untrustedLines(redact(text), { prefix: CODEX_PREFIX });
}

/** The same for a line Codex printed itself (its stderr, non-JSON stdout), which echoes agent text too. */
export function outputLines(line: string, redact: (text: string) => string): string[] {
  return untrustedLines(redact(line), { prefix: CODEX_PREFIX });
}
