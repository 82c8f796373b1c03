import type { Command } from 'commander';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { printResult } from '../print-result.js';

interface PersistOptions extends StoreOptionValues {
  codexHome: string;
}

export function registerPersist(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('persist')
    .summary('write back what Codex refreshed, release the lock, remove auth.json (second half of run)')
    .description(
      'Reads auth.json from the CODEX_HOME that `codex-auth restore` prepared, stores it (encrypted) if Codex refreshed it, releases the lock and removes the plaintext. Run it even when your Codex step failed.',
    )
    .requiredOption('--codex-home <dir>', 'the directory given to restore');
  addStoreOptions(command).action(async (options: PersistOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const [{ createCliContext }, { persistStream }] = await Promise.all([
        import('../cli-context.js'),
        import('../../roundtrip/split-round-trip.js'),
      ]);
      const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
      setExit(printResult(kit, await persistStream(ctx, options.codexHome), json, 'persisted'));
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
