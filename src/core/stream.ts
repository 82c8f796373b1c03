import { UsageError } from './errors.js';

// One rule for every store, the strictest that all of them can hold: a stream name becomes a directory (file
// store, file lock), a git ref component (git-ref store and lock), a cache key part and an environment value
// (command store). Git refuses a component with `..`, a trailing `.`, or a `.lock` suffix, so a name that the file
// store took would fail the day the stream moves to git-ref. Checked here, for the CLI and the Action alike.
const CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const DEFAULT_STREAM = 'default';

const RULE =
  'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';

/** Why `name` breaks the git-ref part of the rule, or null. Such names were accepted before this rule. */
export function legacyStreamNameProblem(name: string): string | null {
  if (name.includes('..')) return 'contains ".."';
  if (name.endsWith('.')) return 'ends in "."';
  if (name.toLowerCase().endsWith('.lock')) return 'ends in ".lock"';
  return null;
}

/**
 * Accepts names that follow the rule, and names that only break its git-ref part (accepted by earlier versions):
 * those are let through so an existing stream keeps working; `checkLegacyStream` then warns, or refuses them for a
 * stream that does not exist yet.
 */
export function parseStreamName(name: string): string {
  if (!CHARACTERS.test(name) || name === '..') {
    throw new UsageError(`invalid stream name ${JSON.stringify(name)}: ${RULE}.`);
  }
  return name;
}

/** The message for a name under the old rule only: a warning when the stream exists, else an error. */
export function legacyStreamMessage(name: string, exists: boolean): string | null {
  const problem = legacyStreamNameProblem(name);
  if (problem === null) return null;
  return exists
    ? `stream name ${JSON.stringify(name)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.`
    : `invalid stream name ${JSON.stringify(name)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}
