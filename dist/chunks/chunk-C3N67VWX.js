#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  VERIFIED_CODEX_VERSIONS
} from "./chunk-QJCFBWVG.js";
import {
  UsageError
} from "./chunk-HPAV43AD.js";

// src/codex/jsonl-events.ts
import { StringDecoder } from "node:string_decoder";
function parseJsonlLine(line) {
  const trimmed = stripCr(line);
  if (trimmed.trim() === "") return null;
  const start = trimmed.trimStart();
  if (start.startsWith("{")) {
    try {
      const value = JSON.parse(start);
      if (isRecord(value) && typeof value.type === "string") {
        return { kind: "event", event: value };
      }
    } catch {
    }
  }
  return { kind: "text", line: trimmed };
}
var LineSplitter = class {
  #decoder = new StringDecoder("utf8");
  #pending = "";
  push(chunk) {
    this.#pending += typeof chunk === "string" ? chunk : this.#decoder.write(chunk);
    const lines = this.#pending.split("\n");
    this.#pending = lines.pop() ?? "";
    return lines.map(stripCr);
  }
  /** The last line, if the stream did not end with a newline. */
  end() {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = "";
    return rest === "" ? [] : [stripCr(rest)];
  }
};
var JsonlParser = class {
  #lines = new LineSplitter();
  push(chunk) {
    return classify(this.#lines.push(chunk));
  }
  end() {
    return classify(this.#lines.end());
  }
};
function stripCr(line) {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function classify(lines) {
  const items = [];
  for (const line of lines) {
    const item = parseJsonlLine(line);
    if (item) items.push(item);
  }
  return items;
}
var USAGE_FIELDS = [
  "input_tokens",
  "cached_input_tokens",
  "cache_write_input_tokens",
  "output_tokens",
  "reasoning_output_tokens"
];
var CodexEventReducer = class {
  #finalMessage = null;
  #usage = null;
  #errorMessages = [];
  #eventCount = 0;
  add(event) {
    this.#eventCount += 1;
    switch (event.type) {
      case "item.completed": {
        const item = event.item;
        if (isRecord(item) && item.type === "agent_message" && typeof item.text === "string") {
          this.#finalMessage = item.text;
        }
        break;
      }
      case "turn.completed":
        if (isRecord(event.usage)) this.#usage = pickUsage(event.usage);
        break;
      case "error":
        if (typeof event.message === "string") this.#errorMessages.push(event.message);
        break;
      case "turn.failed":
        if (isRecord(event.error) && typeof event.error.message === "string") {
          this.#errorMessages.push(event.error.message);
        }
        break;
    }
  }
  summary() {
    return {
      finalMessage: this.#finalMessage,
      usage: this.#usage,
      errorMessages: [...this.#errorMessages],
      eventCount: this.#eventCount
    };
  }
};
function pickUsage(raw) {
  const usage = {};
  for (const field of USAGE_FIELDS) {
    const value = raw[field];
    if (typeof value === "number" && Number.isFinite(value)) usage[field] = value;
  }
  return usage;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/codex/spawn-error.ts
function codexSpawnError(codexPath, error) {
  const code = error?.code;
  const install = `npm install -g @openai/codex@${VERIFIED_CODEX_VERSIONS[0]}`;
  if (code === "ENOENT") {
    return new UsageError(
      `the codex executable was not found at ${codexPath}; pass --codex PATH, or install @openai/codex (\`${install}\`).`,
      { cause: error }
    );
  }
  if (code === "EACCES") {
    return new UsageError(
      `the codex executable at ${codexPath} cannot be run (permission denied); pass --codex PATH to an executable codex, or install @openai/codex (\`${install}\`).`,
      { cause: error }
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`could not start codex (${codexPath}): ${message}`, { cause: error });
}

export {
  LineSplitter,
  JsonlParser,
  CodexEventReducer,
  codexSpawnError
};
