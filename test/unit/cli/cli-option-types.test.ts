import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseCommandLine } from '../../../src/cli/args/parse.js';
import { type CommandName, type OptionsOf, PROGRAM } from '../../../src/cli/command-table.js';
import { STORE_KINDS } from '../../../src/core/backend-kinds.js';

// A command's option types are read off its declaration in command-table.ts (OptionValuesOf in args/spec.ts), the
// way node:util parseArgs types its result. The type half of this file is checked by `tsc --noEmit` (a misspelt or
// mistyped option must not compile: each @ts-expect-error below fails the type check if the error goes away); the
// run-time half checks that parse.ts sets exactly the keys the types name.

/** Every key of the command's option type, listed by hand: `satisfies` refuses a missing or an extra one. */
const STATUS_KEYS = {
  store: true,
  stateDir: true,
  repo: true,
  githubApiUrl: true,
  secretName: true,
  secretScope: true,
  secretVisibility: true,
  readCommand: true,
  writeCommand: true,
  commandTimeout: true,
  allowBranchScope: true,
  stream: true,
  lock: true,
  lockTimeout: true,
  json: true,
  verbose: true,
} as const satisfies Record<keyof OptionsOf<'status'>, true>;

const INSPECT_KEYS = { authFile: true, codexHome: true, json: true } as const satisfies Record<
  keyof OptionsOf<'inspect'>,
  true
>;

const SEAL_KEYS = { allowAgentToReadCredentials: true, fixSandbox: true } as const;

function parsedKeys(name: CommandName): string[] {
  const command = PROGRAM.commands.find((candidate) => candidate.name === name);
  if (!command) throw new Error(`no command ${name}`);
  const parsed = parseCommandLine(command, [], PROGRAM.name);
  if (parsed.help) throw new Error('asked for help');
  return Object.keys(parsed.input.values).sort();
}

describe('CLI option types', () => {
  it('name exactly the keys the parser sets', () => {
    expect(parsedKeys('status')).toEqual(Object.keys(STATUS_KEYS).sort());
    expect(parsedKeys('inspect')).toEqual(Object.keys(INSPECT_KEYS).sort());
    expect(parsedKeys('run')).toEqual(expect.arrayContaining(Object.keys(SEAL_KEYS)));
  });

  it('type each value as the parser sets it', () => {
    // A flag with choices is one of them; with a default it is always set.
    expectTypeOf<OptionsOf<'status'>['store']>().toEqualTypeOf<(typeof STORE_KINDS)[number]>();
    expectTypeOf<OptionsOf<'status'>['stream']>().toEqualTypeOf<string>();
    // Without a default it may be absent; a required flag is always there.
    expectTypeOf<OptionsOf<'status'>['stateDir']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<OptionsOf<'persist'>['codexHome']>().toEqualTypeOf<string>();
    // A switch is true or absent; `--no-fix-sandbox` is `fixSandbox`, true unless given.
    expectTypeOf<OptionsOf<'seed'>['force']>().toEqualTypeOf<true | undefined>();
    expectTypeOf<OptionsOf<'run'>['fixSandbox']>().toEqualTypeOf<boolean>();
    expect(STORE_KINDS).toContain('file');
  });

  it('refuse a misspelt or mistyped option at compile time', () => {
    const values = {} as OptionsOf<'status'>;
    // @ts-expect-error a misspelt option
    expect(values.stateDri).toBeUndefined();
    // @ts-expect-error an option of another command (inspect's)
    expect(values.authFile).toBeUndefined();
    // @ts-expect-error a value option is text, not a number
    const timeout: number = values.lockTimeout;
    expect(timeout).toBeUndefined();
    // @ts-expect-error a switch is not text
    const json: string | undefined = values.json;
    expect(json).toBeUndefined();
  });
});
