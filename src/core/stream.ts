import { UsageError } from './errors.js';

// The name becomes a directory and a git ref component, so `.`, `..`, a leading dot and `/` are excluded.
const STREAM_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const DEFAULT_STREAM = 'default';

export function parseStreamName(name: string): string {
  if (!STREAM_NAME.test(name)) {
    throw new UsageError(
      `invalid stream name ${JSON.stringify(name)}: use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit (for example "default" or "nightly-review")`,
    );
  }
  return name;
}
