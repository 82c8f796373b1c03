import { UsageError } from '../core/errors.js';
import { parseStreamName } from '../core/stream.js';

// The one parser of each input kind, for both front ends: the Action's `alert: True` and the CLI's `--streams a,`
// used to mean different things depending on which copy read them. `name` is how the front end spells the input.

const TRUE_TEXTS = new Set(['true', 'True', 'TRUE']);
const FALSE_TEXTS = new Set(['false', 'False', 'FALSE']);

/** The spellings @actions/core's getBooleanInput accepts (true/True/TRUE, false/False/FALSE); empty is false. */
export function parseBoolean(text: string, name: string): boolean {
  if (text === '' || FALSE_TEXTS.has(text)) return false;
  if (TRUE_TEXTS.has(text)) return true;
  throw new UsageError(`${name} must be true or false, not ${JSON.stringify(text)}.`);
}

/** A range-checked number; `unit` (e.g. "of seconds") goes into the message so the fix is obvious. */
export function parseNumber(
  text: string,
  name: string,
  range: { readonly min: number; readonly max: number; readonly unit?: string },
): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < range.min || value > range.max) {
    const what = range.unit ? `a number ${range.unit}` : 'a number';
    throw new UsageError(
      `${name} must be ${what} between ${range.min} and ${range.max}, not ${JSON.stringify(text)}.`,
    );
  }
  return value;
}

/**
 * A comma-separated list of stream names. Empty entries (`a,`, `a,,b`) are skipped, as the Action always did; a
 * list with no name at all is refused.
 */
export function parseStreamList(text: string, name: string): string[] {
  const streams = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map(parseStreamName);
  if (streams.length === 0) throw new UsageError(`${name} needs at least one stream name.`);
  return streams;
}
