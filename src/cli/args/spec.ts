import type { CliIo } from '../console.js';
import type { Kit } from '../kit.js';

// The CLI's surface as plain data: what each command is called, what it takes and what its help says. Declaring it
// costs nothing at start-up (no parser objects, no command code): Node's own util.parseArgs reads argv against it,
// and only the bundle of the one command that runs is imported.

export interface OptionSpec {
  /** As shown in help: `--state-dir <dir>` (takes a value), `--json` (a switch) or `--no-fix-sandbox` (turns off). */
  readonly flags: string;
  readonly description: string;
  /** Used when the flag is absent; shown in help. */
  readonly default?: string;
  /** The only values accepted; shown in help. */
  readonly choices?: readonly string[];
  /** The command refuses to run without it. */
  readonly required?: boolean;
  /** Accepted but left out of help (testing hooks). */
  readonly hidden?: boolean;
}

/** Optional and variadic (`[codex-args...]`): every positional argument, those after `--` too, goes to it. */
export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
}

export interface CommandSpec<
  Options extends readonly OptionSpec[] = readonly OptionSpec[],
  Name extends string = string,
> {
  readonly name: Name;
  /** One line for the command list. */
  readonly summary: string;
  /** The paragraph of the command's own help. */
  readonly description: string;
  readonly argument?: ArgumentSpec;
  readonly options: Options;
}

/**
 * Declares a command: the same object back, its options' literal types kept (`const`), so that the type of its
 * values is read off the declaration (OptionValuesOf), as node:util parseArgs types its result from a const config.
 */
export function defineCommand<const Name extends string, const Options extends readonly OptionSpec[]>(
  spec: CommandSpec<Options, Name>,
): CommandSpec<Options, Name> {
  return spec;
}

/** `state-dir` for `--state-dir <dir>`, `no-fix-sandbox` for `--no-fix-sandbox`. */
type LongName<Flags extends string> = Flags extends `--${infer Long} <${string}>`
  ? Long
  : Flags extends `--${infer Long}`
    ? Long
    : never;
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;
type TakesValue<Option extends OptionSpec> = Option['flags'] extends `--${string} <${string}>` ? true : false;
/** The key of an option's value, as parse.ts's flagOf makes it: `stateDir`; `fixSandbox` for `--no-fix-sandbox`. */
type OptionKey<Option extends OptionSpec> =
  TakesValue<Option> extends true
    ? CamelCase<LongName<Option['flags']>>
    : LongName<Option['flags']> extends `no-${infer Name}`
      ? CamelCase<Name>
      : CamelCase<LongName<Option['flags']>>;
/**
 * What parse.ts sets: a value option is its text (one of its choices, if it has some), always set when it has a
 * default or is required; a switch is true when given; a `--no-x` switch is true unless given.
 */
type OptionValue<Option extends OptionSpec> =
  TakesValue<Option> extends true
    ? | (Option extends { readonly choices: readonly (infer Choice)[] } ? Choice : string)
      | (Option extends { readonly default: string } | { readonly required: true } ? never : undefined)
    : LongName<Option['flags']> extends `no-${string}`
      ? boolean
      : true | undefined;

/** A command's option values by camel-cased name, typed from its declaration. */
export type OptionValuesOf<Options extends readonly OptionSpec[]> = {
  readonly [Option in Options[number] as OptionKey<Option>]: OptionValue<Option>;
};

/** Option values by camel-cased name (`--state-dir` is `stateDir`), before their command is known. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandInput<Values = OptionValues> {
  readonly values: Values;
  /** The positional arguments, in order, those after `--` included, unchanged. */
  readonly args: readonly string[];
}

/** A command's code: returns its exit code, or throws an error for the bundle to report. */
export type CommandRun<Values = OptionValues> = (input: CommandInput<Values>, kit: Kit) => Promise<number>;

export interface CommandBundle {
  /**
   * Runs one of the bundle's commands with a kit of its own and reports what it throws. In dist/ each bundle is a
   * file of its own with its own copy of the error classes, so errors are told apart there and nowhere else.
   */
  run(command: string, input: CommandInput, io: CliIo, env: NodeJS.ProcessEnv): Promise<number>;
  /** The names of the commands it holds. */
  readonly commands: readonly string[];
}

export interface ProgramSpec {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  /** The closing paragraph of the top-level help. */
  readonly epilog: string;
  /** In the order the help lists them. */
  readonly commands: readonly CommandSpec[];
}
