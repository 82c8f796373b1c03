import type { CodexEvent } from './codex-runner.js';

/**
 * Renders Codex's JSONL events as short progress lines (the CLI's stderr, the Action's log), so a person sees what
 * the agent does while stdout stays reserved for the result. Here in codex/, not in a front end: both use it.
 */
export function describeEvent(event: CodexEvent): string | null {
  const item = event.item as
    { type?: string; text?: string; command?: string; exit_code?: number } | undefined;
  switch (event.type) {
    case 'item.completed':
      if (item?.type === 'agent_message' && item.text) return `codex: ${item.text}`;
      if (item?.type === 'command_execution')
        return `codex: ran ${item.command ?? 'a command'} (exit ${item.exit_code ?? '?'})`;
      if (item?.type === 'file_change') return 'codex: changed files';
      return null;
    case 'turn.completed':
      return 'codex: turn completed';
    case 'turn.failed':
      return `codex: turn failed: ${(event.error as { message?: string } | undefined)?.message ?? 'unknown error'}`;
    case 'error':
      return `codex: error: ${String(event.message ?? 'unknown error')}`;
    default:
      return null;
  }
}
