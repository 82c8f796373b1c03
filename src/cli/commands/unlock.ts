import { describeHolder } from '../../app/stream-settings.js';
import { unlockStream } from '../../app/unlock.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';

export async function run(input: CommandInput<OptionsOf<'unlock'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const result = await unlockStream(
    { ...flags, confirmed: options.force === true, confirmation: '--force' },
    kit.env,
    kit.logger(flags.verbose),
  );
  if (flags.json) kit.json(result);
  else
    kit.out(
      result.holder
        ? `released the lock of stream "${result.stream}", held by ${describeHolder(result.holder)}\n`
        : `the lock of stream "${result.stream}" was not held\n`,
    );
  return 0;
}
