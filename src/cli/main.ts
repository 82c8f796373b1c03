import { ExitCode, UsageError } from '../core/errors.js';
import { commandHelp, programHelp } from './args/help.js';
import { parseCommandLine, wantsJson } from './args/parse.js';
import type { CommandSpec } from './args/spec.js';
import { closest } from './args/suggest.js';
import { BUNDLE_OF } from './bundle-loaders.js';
import { type CommandName, PROGRAM } from './command-table.js';
import { type CliIo, processIo } from './console.js';
import { createKit } from './kit.js';

/** Runs one CLI invocation and returns its exit code. No side effects beyond the io it is given. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo = processIo,
): Promise<number> {
  const kit = createKit(io, env);
  // Only help wraps; reading the terminal's width creates the process.stdout stream, so it is read only for help.
  const width = () => io.width ?? 80;
  const [first, ...rest] = argv;
  const print = (text: string) => {
    io.stdout(text);
    return ExitCode.ok;
  };
  if (first === undefined) {
    io.stderr(programHelp(PROGRAM, width()));
    return ExitCode.usage;
  }
  if (first === '-h' || first === '--help') return print(programHelp(PROGRAM, width()));
  if (first === '-V' || first === '--version') return print(`${PROGRAM.version}\n`);
  // A usage error answers as JSON if --json is on the command line.
  let json = false;
  try {
    if (first === 'help') {
      return print(
        rest[0] ? commandHelp(PROGRAM, commandNamed(rest[0]), width()) : programHelp(PROGRAM, width()),
      );
    }
    if (first.startsWith('-')) {
      throw new UsageError(
        `unknown option '${first}': options go after the command (\`${PROGRAM.name} --help\` lists the commands).`,
      );
    }
    const command = commandNamed(first);
    json = wantsJson(command, rest);
    const parsed = parseCommandLine(command, rest, PROGRAM.name);
    if (parsed.help) return print(commandHelp(PROGRAM, command, width()));
    // From here the command's bundle reports its own errors, with its own kit.
    const bundle = await BUNDLE_OF[command.name as CommandName]();
    return await bundle.run(command.name, parsed.input, io, env);
  } catch (error) {
    return kit.fail(error, json);
  }
}

function commandNamed(name: string): CommandSpec {
  const command = PROGRAM.commands.find((candidate) => candidate.name === name);
  if (command) return command;
  const suggestion = closest(
    name,
    PROGRAM.commands.map((candidate) => candidate.name),
  );
  throw new UsageError(
    `unknown command '${name}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}; \`${PROGRAM.name} --help\` lists the commands.`,
  );
}
