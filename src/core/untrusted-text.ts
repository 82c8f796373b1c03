/**
 * Text that Codex or the agent wrote (its messages, the commands it ran, Codex's own stderr, which echoes agent
 * text) made safe to print into a CI log or onto a terminal, one line at a time.
 *
 * Why per line and not our own `::stop-commands::` block around forwarded output: inside such a block the runner
 * also ignores our own `::add-mask::`, and a refresh can happen at any moment of a run, so every mask would have
 * to close the block first and reopen it after, racing with output already queued; and a `run:` step (the CLI)
 * has no such block at all. Neutralising each line is one pure function for both front ends and leaves the
 * runner's command processing on for our own lines.
 *
 * What it guarantees for every returned line (whatever the input):
 * - no line break that the runner (LF, CR) or a terminal (also VT, FF, NEL, LS, PS) honours: each starts a line;
 * - no control character: ANSI escape sequences are dropped, any other C0/C1 control, DEL and the bidirectional
 *   overrides (which make a terminal show text other than what it holds) are shown as \xNN / \u{NNNN};
 * - no `##[` anywhere (the runner's legacy command form, honoured mid-line): shown as `##\[`;
 * - no `::` at its start after whitespace (a workflow command): shown as `:\:`; with a prefix the line starts with
 *   the prefix anyway;
 * - at most `maxLineLength` characters (plus a note of what was cut), at most `maxLines` lines per text.
 */
export interface UntrustedTextOptions {
  /** Put before every line, e.g. `codex: `: says whose text it is, and keeps it off the line start. */
  readonly prefix?: string;
  readonly maxLineLength?: number;
  readonly maxLines?: number;
}

export const MAX_UNTRUSTED_LINE = 2000;
export const MAX_UNTRUSTED_LINES = 200;

// Line breaks: CRLF first so that it counts once.
const BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
// CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and two-character ESC sequences; the 8-bit CSI/OSC too.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g;
// Tab stays: harmless, and common in tool output.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

function neutraliseLine(line: string, max: number): string {
  const clean = line
    .replace(ANSI, '')
    .replace(CONTROL, visible)
    .replace(/##\[/g, '##\\[')
    .replace(/^(\s*):(?=:)/, '$1:\\');
  if (clean.length <= max) return clean;
  // Cut on a code point boundary: a lone surrogate half would print as garbage.
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? '') ? max - 1 : max;
  return `${clean.slice(0, cut)}… [${clean.length - cut} more characters]`;
}

/** The lines to print for `text`. Empty lines are kept inside a text, dropped at its ends. */
export function untrustedLines(text: string, options: UntrustedTextOptions = {}): string[] {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? '';
  // Work on a bounded piece: a 20 MB message must not cost 20 MB of regular-expression work per sink.
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}… [cut: ${moreLines > 0 ? `${moreLines} more lines` : 'more text'}]`);
  }
  return shown;
}

/**
 * A whole agent text (a final message), line for line, as a result a front end hands on (printed, or an Action
 * output a later step may interpolate): only what could act on a CI log, a terminal or a shell-free reader is
 * escaped, nothing is cut. Scripts that need the exact text read the CLI's --json.
 */
export function untrustedWhole(text: string): string {
  return untrustedLines(text, { maxLineLength: Infinity, maxLines: Infinity }).join('\n');
}

/**
 * JSON text that may hold agent text in its strings, made safe the same way without changing what it decodes to:
 * `##[` becomes `##\u005b`, and the characters a terminal may act on that JSON.stringify leaves raw (DEL, C1
 * controls, LS, PS, bidi overrides) become \uXXXX escapes. Outside strings JSON holds none of these, and a line of
 * indented JSON never starts with `::`.
 */
export function jsonForLog(json: string): string {
  return json
    .replace(/##\[/g, '##\\u005b')
    .replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
      return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
    });
}
