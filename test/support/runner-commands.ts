// How actions/runner reads one output line as a workflow command (src/Runner.Common/ActionCommand.cs):
// `::name props::data` only at the start of a line after leading whitespace (TryParseV2), and the legacy
// `##[name props]data` anywhere in a line (TryParse). A name counts only when the runner knows it (its registered
// commands, plus the current stop-commands token), compared case-insensitively. Kept apart from runner-log.ts so
// the parsing rules can be read against the runner's source line by line.

export interface ParsedCommand {
  readonly name: string; // lower-cased
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  readonly form: '::' | '##[';
}

/** Commands the runner registers (ActionCommandManager.cs): each has an extension, stop-commands is built in. */
export const RUNNER_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
] as const;

// .NET's Char.IsWhiteSpace, which String.TrimStart() uses: not the same set as JavaScript's trimStart (.NET trims
// U+0085 and keeps U+FEFF).
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

// The runner's unescaping: ordinal (case-sensitive) replacements applied in this order.
const DATA_V2: readonly [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_V2: readonly [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const LEGACY: readonly [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function unescape(text: string, mappings: readonly [string, string][]): string {
  let out = text;
  for (const [from, to] of mappings) out = out.split(from).join(to);
  return out;
}

function properties(text: string, separator: string, mappings: readonly [string, string][]) {
  const result: Record<string, string> = {};
  for (const part of text.split(separator).filter((p) => p !== '')) {
    const eq = part.indexOf('=');
    // Split(count: 2, RemoveEmptyEntries): "a=" and "=b" give one entry, so no property.
    if (eq <= 0 || eq === part.length - 1) continue;
    result[part.slice(0, eq).toLowerCase()] = unescape(part.slice(eq + 1), mappings);
  }
  return result;
}

function parseV2(line: string, known: ReadonlySet<string>): ParsedCommand | null {
  const message = line.replace(DOTNET_LEADING_SPACE, '');
  if (!message.startsWith('::')) return null;
  const end = message.indexOf('::', 2);
  if (end < 0) return null;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!known.has(name)) return null;
  const props = space > 0 ? properties(info.slice(space + 1).trim(), ',', PROPERTY_V2) : {};
  return { name, properties: props, data: unescape(message.slice(end + 2), DATA_V2), form: '::' };
}

function parseLegacy(line: string, known: ReadonlySet<string>): ParsedCommand | null {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return null;
  const close = line.indexOf(']', prefix);
  if (close < 0) return null;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  if (!known.has(name)) return null;
  const props = space > 0 ? properties(info.slice(space + 1), ';', LEGACY) : {};
  return { name, properties: props, data: unescape(line.slice(close + 1), LEGACY), form: '##[' };
}

/** The command a line carries for the runner, or null (then the line is plain output). */
export function parseCommand(line: string, known: ReadonlySet<string>): ParsedCommand | null {
  // OutputManager.OnDataReceived looks for a command only in lines holding "##[" or "::".
  if (line === '' || (!line.includes('##[') && !line.includes('::'))) return null;
  return parseV2(line, known) ?? parseLegacy(line, known);
}

/**
 * Splits a stream into lines as the runner's reader does (.NET StreamReader.ReadLine): a line ends at "\n", at
 * "\r\n" and at a lone "\r". Feed chunks in order; a "\r" at a chunk's end waits for the next chunk's first
 * character. end() returns the unterminated rest.
 */
export class RunnerLineSplitter {
  #pending = '';

  push(chunk: string): string[] {
    const text = this.#pending + chunk;
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== '\n' && c !== '\r') continue;
      if (c === '\r' && i === text.length - 1) break; // maybe "\r\n" split across chunks
      lines.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.#pending = text.slice(start);
    return lines;
  }

  end(): string[] {
    const rest = this.#pending;
    this.#pending = '';
    if (rest === '') return [];
    return rest.endsWith('\r') ? [rest.slice(0, -1)] : [rest];
  }
}

/** All lines of a complete text, split as the runner does. */
export function runnerLines(text: string): string[] {
  const splitter = new RunnerLineSplitter();
  return [...splitter.push(text), ...splitter.end()];
}
