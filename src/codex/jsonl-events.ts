import { StringDecoder } from 'node:string_decoder';
import type { CodexEvent, CodexUsage } from './codex-runner.js';

// `codex exec --json` prints one JSON object per line on stdout. Pipes deliver arbitrary chunks (a line, or a
// UTF-8 character, may be split between two), and Codex or a wrapper can print plain text too: such lines are
// handed back as text so nothing Codex says is lost.

export type JsonlItem =
  { readonly kind: 'event'; readonly event: CodexEvent } | { readonly kind: 'text'; readonly line: string };

/** Classifies one complete line. Blank lines yield null; anything but a JSON object with a string `type` is text. */
export function parseJsonlLine(line: string): JsonlItem | null {
  const trimmed = stripCr(line);
  if (trimmed.trim() === '') return null;
  const start = trimmed.trimStart();
  if (start.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(start);
      if (isRecord(value) && typeof value.type === 'string') {
        return { kind: 'event', event: value as CodexEvent };
      }
    } catch {
      // Not JSON after all: pass it through as text below.
    }
  }
  return { kind: 'text', line: trimmed };
}

/** Splits a byte or text stream into complete lines (without `\n` or `\r\n`), keeping split characters whole. */
export class LineSplitter {
  readonly #decoder = new StringDecoder('utf8');
  #pending = '';

  push(chunk: Buffer | string): string[] {
    this.#pending += typeof chunk === 'string' ? chunk : this.#decoder.write(chunk);
    const lines = this.#pending.split('\n');
    this.#pending = lines.pop() ?? '';
    return lines.map(stripCr);
  }

  /** The last line, if the stream did not end with a newline. */
  end(): string[] {
    const rest = this.#pending + this.#decoder.end();
    this.#pending = '';
    return rest === '' ? [] : [stripCr(rest)];
  }
}

/** Splits a stream into lines and classifies each. Feed chunks with push(), then call end(). */
export class JsonlParser {
  readonly #lines = new LineSplitter();

  push(chunk: Buffer | string): JsonlItem[] {
    return classify(this.#lines.push(chunk));
  }

  end(): JsonlItem[] {
    return classify(this.#lines.end());
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function classify(lines: readonly string[]): JsonlItem[] {
  const items: JsonlItem[] = [];
  for (const line of lines) {
    const item = parseJsonlLine(line);
    if (item) items.push(item);
  }
  return items;
}

export interface CodexEventSummary {
  /** Text of the last completed `agent_message` item. */
  readonly finalMessage: string | null;
  /** Usage of the last `turn.completed`. */
  readonly usage: CodexUsage | null;
  /** Messages of `error` events and of `turn.failed` (error.message), in order. */
  readonly errorMessages: readonly string[];
  /** How many JSONL events were seen: a real `codex exec --json` always prints some (thread.started first). */
  readonly eventCount: number;
}

const USAGE_FIELDS = [
  'input_tokens',
  'cached_input_tokens',
  'cache_write_input_tokens',
  'output_tokens',
  'reasoning_output_tokens',
] as const;

/** Folds events into what the run result reports. Unknown event types and malformed fields are ignored. */
export class CodexEventReducer {
  #finalMessage: string | null = null;
  #usage: CodexUsage | null = null;
  readonly #errorMessages: string[] = [];
  #eventCount = 0;

  add(event: CodexEvent): void {
    this.#eventCount += 1;
    switch (event.type) {
      case 'item.completed': {
        const item = event.item;
        if (isRecord(item) && item.type === 'agent_message' && typeof item.text === 'string') {
          this.#finalMessage = item.text;
        }
        break;
      }
      case 'turn.completed':
        if (isRecord(event.usage)) this.#usage = pickUsage(event.usage);
        break;
      case 'error':
        if (typeof event.message === 'string') this.#errorMessages.push(event.message);
        break;
      case 'turn.failed':
        if (isRecord(event.error) && typeof event.error.message === 'string') {
          this.#errorMessages.push(event.error.message);
        }
        break;
    }
  }

  summary(): CodexEventSummary {
    return {
      finalMessage: this.#finalMessage,
      usage: this.#usage,
      errorMessages: [...this.#errorMessages],
      eventCount: this.#eventCount,
    };
  }
}

export function summarizeEvents(events: Iterable<CodexEvent>): CodexEventSummary {
  const reducer = new CodexEventReducer();
  for (const event of events) reducer.add(event);
  return reducer.summary();
}

function pickUsage(raw: Record<string, unknown>): CodexUsage {
  const usage: Record<string, number> = {};
  for (const field of USAGE_FIELDS) {
    const value = raw[field];
    if (typeof value === 'number' && Number.isFinite(value)) usage[field] = value;
  }
  return usage;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
