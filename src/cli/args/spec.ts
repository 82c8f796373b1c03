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

export interface CommandSpec {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The paragraph of the command's own help. */
  readonly description: string;
  readonly argument?: ArgumentSpec;
  readonly options: readonly OptionSpec[];
  /** The bundle holding the command's code (src/cli/bundles/), imported only when the command runs. */
  readonly load: () => Promise<CommandBundle>;
}

/** Option values by camel-cased name (`--state-dir` is `stateDir`), as commander-style code expects them. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CommandInput {
  readonly values: OptionValues;
  /** The positional arguments, in order, those after `--` included, unchanged. */
  readonly args: readonly string[];
}

/**
 * The option values as the command's own interface (`RunOptions`, ...). The compiler cannot check this: the
 * names and kinds come from the command's entry in command-table.ts (`--state-dir <dir>` is the string stateDir,
 * a switch is a boolean, a flag with a default is always set), so the two are kept side by side and tested.
 */
export function optionsOf<T>(input: CommandInput): T {
  return input.values as unknown as T;
}

/** A command's code: returns its exit code, or throws an error for the bundle to report. */
export type CommandRun = (input: CommandInput, kit: Kit) => Promise<number>;

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
