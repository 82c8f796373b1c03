import type { CommandBundle, CommandRun } from '../args/spec.js';
import type { CommandName, OptionsOf } from '../command-table.js';
import { createKit } from '../kit.js';

/**
 * The modules of a bundle's commands, each imported when it runs (a bundle's code is parsed whole, but only its
 * command's runs). Typed by name: a command whose `run` expects other options than its declaration gives them does
 * not compile.
 */
export type CommandLoaders = {
  readonly [Name in CommandName]?: () => Promise<{ run: CommandRun<OptionsOf<Name>> }>;
};

/** A bundle: runs the named command with a fresh kit, and reports whatever it throws through that kit. */
export function commandBundle(loaders: CommandLoaders): CommandBundle {
  const run: CommandBundle['run'] = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command as CommandName];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded = await load();
      // The one cast between argv and the types: parse.ts read these values against this very command's
      // declaration, which is what OptionsOf<command> is computed from (test/unit/cli/cli-option-types.test.ts).
      return await (loaded.run as CommandRun)(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run, commands: Object.keys(loaders) };
}
