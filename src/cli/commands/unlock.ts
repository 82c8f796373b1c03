import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { describeHolder } from '../../locks/lock.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';

interface UnlockOptions extends StoreOptionValues {
  force?: boolean;
}

export function registerUnlock(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('unlock')
    .summary('release a lock whose holder you know is gone')
    .description(
      'Removes the stream lock whoever holds it and prints who held it. Locks of dead processes and expired leases are recovered by themselves; use this only for a lease (restore without persist) whose job you know has ended.',
    )
    .option('--force', 'required: confirms you know the holder is gone');
  addStoreOptions(command).action(async (options: UnlockOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const { createBackends } = await import('../../roundtrip/backends.js');
      const { lock } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
      if (options.force !== true) {
        const holder = await lock.inspect();
        throw new UsageError(
          `unlock needs --force, and should be used only when the holder is gone${holder ? ` (held now by ${describeHolder(holder)})` : ' (the lock is free now)'}.`,
        );
      }
      const removed = await lock.forceRelease();
      if (json) kit.json({ stream: flags.store.stream, released: removed !== null, holder: removed });
      else
        kit.out(
          removed
            ? `released the lock of stream "${flags.store.stream}", held by ${describeHolder(removed)}\n`
            : `the lock of stream "${flags.store.stream}" was not held\n`,
        );
      setExit(0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
