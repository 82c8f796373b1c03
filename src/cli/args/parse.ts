import { parseArgs } from 'node:util';
import { UsageError } from '../../core/errors.js';
import type { CommandInput, CommandSpec, OptionSpec } from './spec.js';
import { closest } from './suggest.js';

// Reads one command's argv with Node's util.parseArgs (its tokens, so that every mistake can be told in our
// words and name the flag), then applies what parseArgs leaves to the caller: negations, defaults, choices,
// required options and the positional arguments.

export interface Flag {
  /** The long name without dashes, as typed: `state-dir`, `no-fix-sandbox`. */
  readonly long: string;
  /** The key of its value: `stateDir`, and `fixSandbox` for `--no-fix-sandbox`. */
  readonly key: string;
  /** `dir` for `--state-dir <dir>`; null for a switch. */
  readonly valueName: string | null;
  /** `--no-x`: sets x to false; x is true unless given. */
  readonly negated: boolean;
}

export function flagOf(option: OptionSpec): Flag {
  const match = /^--([a-z][a-z0-9-]*)(?: <([^>]+)>)?$/.exec(option.flags);
  if (!match?.[1]) throw new Error(`bad option declaration: ${option.flags}`);
  const long = match[1];
  const negated = long.startsWith('no-') && !match[2];
  const name = negated ? long.slice(3) : long;
  return {
    long,
    key: name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase()),
    valueName: match[2] ?? null,
    negated,
  };
}

export type ParsedCommandLine =
  { readonly help: true } | { readonly help: false; readonly input: CommandInput };

interface Declared {
  readonly option: OptionSpec;
  readonly flag: Flag;
}

type OptionToken = Extract<NonNullable<ReturnType<typeof parseArgs>['tokens']>[number], { kind: 'option' }>;

export function parseCommandLine(
  command: CommandSpec,
  argv: readonly string[],
  program: string,
): ParsedCommandLine {
  const declared = new Map(
    command.options.map((option) => {
      const flag = flagOf(option);
      return [flag.long, { option, flag }] as const;
    }),
  );
  const { tokens } = parseArgs({
    args: [...argv],
    options: {
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(
        [...declared].map(([long, { flag }]) => [long, { type: flag.valueName ? 'string' : 'boolean' }]),
      ),
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // Help wins over any other mistake on the line, as it does for most CLIs: it is how the user finds the fix.
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true };

  const context = { command, program, usage: `run \`${program} ${command.name} --help\` for its options` };
  const values: Record<string, string | boolean | undefined> = {};
  for (const { option, flag } of declared.values()) values[flag.key] = flag.negated ? true : option.default;
  const args: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      args.push(token.value);
      continue;
    }
    const { flag, value } = readOption(token, declared, context);
    values[flag.key] = value;
  }
  checkComplete(declared, values, args, context);
  return { help: false, input: { values, args } };
}

interface ParseContext {
  readonly command: CommandSpec;
  readonly program: string;
  /** The end of most messages: where to find the command's options. */
  readonly usage: string;
}

/** One `--flag` or `--flag value` token: which declared flag it is and the value it sets. */
function readOption(
  token: OptionToken,
  declared: ReadonlyMap<string, Declared>,
  { command, program, usage }: ParseContext,
): { readonly flag: Flag; readonly value: string | boolean } {
  const known = declared.get(token.name);
  // A short form (`-s`) is never one of ours: only -h is.
  if (!known || !token.rawName.startsWith('--')) {
    const visible = [...declared.values()].filter(({ option }) => !option.hidden);
    const suggestion = closest(
      token.rawName,
      visible.map(({ flag }) => `--${flag.long}`),
    );
    throw new UsageError(
      `unknown option '${token.rawName}' for \`${program} ${command.name}\`${suggestion ? ` (did you mean ${suggestion}?)` : ''}; ${usage}.`,
    );
  }
  const { option, flag } = known;
  // Values the user typed are not repeated in messages (but for --store's choices): one may be a token pasted in
  // the wrong place.
  if (flag.valueName === null) {
    if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value; ${usage}.`);
    return { flag, value: !flag.negated };
  }
  const term = `${token.rawName} <${flag.valueName}>`;
  if (token.value === undefined) throw new UsageError(`${term} needs a value; ${usage}.`);
  // `--stream --json` is almost always a forgotten value, not a stream called "--json".
  if (!token.inlineValue && token.value.startsWith('--')) {
    throw new UsageError(
      `${term} needs a value, and ${token.value} looks like an option; write ${token.rawName}=${token.value} if it is the value.`,
    );
  }
  if (option.choices && !option.choices.includes(token.value)) {
    throw new UsageError(
      `${token.rawName} must be one of ${option.choices.join(', ')}, not ${JSON.stringify(token.value)}.`,
    );
  }
  return { flag, value: token.value };
}

/** What the whole line must have: every required option, and no argument for a command that takes none. */
function checkComplete(
  declared: ReadonlyMap<string, Declared>,
  values: Readonly<Record<string, string | boolean | undefined>>,
  args: readonly string[],
  { command, program, usage }: ParseContext,
): void {
  for (const { option, flag } of declared.values()) {
    if (option.required && values[flag.key] === undefined) {
      throw new UsageError(`\`${program} ${command.name}\` needs ${option.flags} (${option.description}).`);
    }
  }
  if (!command.argument && args.length > 0) {
    throw new UsageError(
      `\`${program} ${command.name}\` takes no arguments (${args.length} given: a value without its flag?); ${usage}.`,
    );
  }
}

/** Whether the user asked for a JSON answer, so that even a usage error comes as one. */
export function wantsJson(command: CommandSpec, argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const before = end === -1 ? argv : argv.slice(0, end);
  return command.options.some((option) => option.flags === '--json') && before.includes('--json');
}
