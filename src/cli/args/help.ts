import { flagOf } from './parse.js';
import type { CommandSpec, OptionSpec, ProgramSpec } from './spec.js';

// Help in the layout commander printed before this CLI read argv itself (users and docs know it): a usage line,
// the description, then sections of terms and descriptions in one column, wrapped to the terminal or 80 columns.

type Item = readonly [term: string, description: string];

const HELP_ITEM: Item = ['-h, --help', 'display help for command'];

/** How the command list names a command: `run [options] [codex-args...]`, `keygen`. */
export function commandTerm(command: CommandSpec): string {
  return [
    command.name,
    command.options.length > 0 ? '[options]' : null,
    command.argument ? `[${command.argument.name}...]` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

export function programHelp(program: ProgramSpec, width = 80): string {
  return layout(
    width,
    `Usage: ${program.name} [options] [command]`,
    program.description,
    [
      ['Options', [['-V, --version', 'output the version number'], HELP_ITEM]],
      [
        'Commands',
        [
          ...program.commands.map((command): Item => [commandTerm(command), command.summary]),
          ['help [command]', 'display help for command'],
        ],
      ],
    ],
    program.epilog,
  );
}

export function commandHelp(program: ProgramSpec, command: CommandSpec, width = 80): string {
  const argument = command.argument;
  return layout(
    width,
    `Usage: ${program.name} ${commandTerm(command)}`,
    command.description,
    [
      ['Arguments', argument ? [[argument.name, argument.description]] : []],
      [
        'Options',
        [
          ...command.options
            .filter((option) => !option.hidden)
            .map((option): Item => [option.flags, describeOption(option)]),
          HELP_ITEM,
        ],
      ],
    ],
    null,
  );
}

function describeOption(option: OptionSpec): string {
  const extras = [
    option.choices ? `choices: ${option.choices.map((choice) => JSON.stringify(choice)).join(', ')}` : null,
    option.default !== undefined && !flagOf(option).negated
      ? `default: ${JSON.stringify(option.default)}`
      : null,
    option.required ? 'required' : null,
  ].filter(Boolean);
  return extras.length > 0 ? `${option.description} (${extras.join(', ')})` : option.description;
}

function layout(
  width: number,
  usage: string,
  description: string,
  sections: readonly (readonly [title: string, items: readonly Item[]])[],
  epilog: string | null,
): string {
  const termWidth = Math.max(...sections.flatMap(([, items]) => items.map(([term]) => term.length)));
  const blocks = [usage, wrap(description, width, 0)];
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    const lines = items.map(
      ([term, text]) => `  ${term.padEnd(termWidth)}  ${wrap(text, width - termWidth - 4, termWidth + 4)}`,
    );
    blocks.push(`${title}:\n${lines.join('\n')}`);
  }
  if (epilog) blocks.push(wrap(epilog, width, 0));
  return `${blocks.join('\n\n')}\n`;
}

/** Greedy word wrap; lines after the first are indented by `indent` spaces. A word longer than a line keeps it. */
function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > Math.max(width, 20)) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}
