import { createBackends } from '../../app/context.js';
import { UsageError } from '../../core/errors.js';
import { describeHolder } from '../../app/stream-settings.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';

export async function run(input: CommandInput<OptionsOf<'unlock'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const { lock } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
  if (options.force !== true) {
    const holder = await lock.inspect();
    throw new UsageError(
      `unlock needs --force, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : ' (the lock is free now)'}.`,
    );
  }
  const removed = await lock.forceRelease();
  if (flags.json) kit.json({ stream: flags.store.stream, released: removed !== null, holder: removed });
  else
    kit.out(
      removed
        ? `released the lock of stream "${flags.store.stream}", held by ${describeHolder(removed)}\n`
        : `the lock of stream "${flags.store.stream}" was not held\n`,
    );
  return 0;
}
