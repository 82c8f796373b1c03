import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md: a front end reads its inputs ONCE, through one file. In the Action that file is action/settings.ts,
// the only one that talks to the runner's input protocol (every other file asks it, by input name).

const ACTION = path.resolve('src/action');
const READERS = /\b(getInput|getBooleanInput|getMultilineInput)\s*\(/;

describe('the Action reads its inputs in one file', () => {
  it('calls getInput (and its siblings) only in action/settings.ts', () => {
    const callers = readdirSync(ACTION)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => READERS.test(readFileSync(path.join(ACTION, name), 'utf8')));
    expect(callers).toEqual(['settings.ts']);
  });

  it('recognises a call in any form', () => {
    for (const code of ["core.getInput('x')", 'getBooleanInput (name)', "getMultilineInput('a', {})"])
      expect(READERS.test(code), code).toBe(true);
    expect(READERS.test('// the one file that calls getInput.')).toBe(false);
  });
});
