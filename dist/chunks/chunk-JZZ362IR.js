#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/codex/codex-progress.ts
function describeEvent(event) {
  const item = event.item;
  switch (event.type) {
    case "item.completed":
      if (item?.type === "agent_message" && item.text) return `codex: ${item.text}`;
      if (item?.type === "command_execution")
        return `codex: ran ${item.command ?? "a command"} (exit ${item.exit_code ?? "?"})`;
      if (item?.type === "file_change") return "codex: changed files";
      return null;
    case "turn.completed":
      return "codex: turn completed";
    case "turn.failed":
      return `codex: turn failed: ${event.error?.message ?? "unknown error"}`;
    case "error":
      return `codex: error: ${String(event.message ?? "unknown error")}`;
    default:
      return null;
  }
}

export {
  describeEvent
};
