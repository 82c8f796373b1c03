import type { CommandBundle, CommandRun } from '../args/spec.js';
import { createKit } from '../kit.js';

/** A command's module, imported when it runs: a bundle's code is parsed whole, but only its command's runs. */
export type CommandLoader = () => Promise<{ run: CommandRun }>;

/** A bundle: runs the named command with a fresh kit, and reports whatever it throws through that kit. */
export function commandBundle(loaders: Readonly<Record<string, CommandLoader>>): CommandBundle {
  const run: CommandBundle['run'] = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded = await load();
      return await loaded.run(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run, commands: Object.keys(loaders) };
}
