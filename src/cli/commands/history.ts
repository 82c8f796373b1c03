import type { Command } from 'commander';
import { asCodexAuthError } from '../../core/errors.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseSeconds, parseStoreFlags, type StoreOptionValues } from '../options.js';

interface HistoryOptions extends StoreOptionValues {
  limit: string;
}

export function registerHistory(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('history')
    .summary("list the stream's writes, newest first: generation, time, writer, why, fingerprint")
    .description(
      "Who wrote the stream, when and why (seed, refresh, reseed). git-ref: the commit chain of the stream's ref; file: the stream's bounded audit log; other stores keep only the current copy, and the output says so. Reads metadata only: needs no key, decrypts nothing.",
    )
    .option('--limit <n>', 'at most this many writes', '50');
  addStoreOptions(command, false).action(async (options: HistoryOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags({ ...options, lockTimeout: '0' }, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const limit = Math.floor(parseSeconds(options.limit, '--limit', 1, 10_000));
      const { createBackends } = await import('../../roundtrip/backends.js');
      const { store } = await createBackends(flags.store, flags.lock, kit.env, kit.logger(flags.verbose));
      const { readStreamHistory } = await import('../../ops/stream-history.js');
      const history = await readStreamHistory(flags.store, store, limit);
      if (json) {
        kit.json(history);
      } else {
        const lines = [
          `stream ${history.stream} (${history.store}): ${history.entries.length} write(s), newest first`,
          ...history.entries.map(
            (entry) =>
              `  generation ${entry.generation}  ${entry.writtenAt}  ${entry.why.padEnd(7)}  ${entry.fingerprint}  ${entry.writer}`,
          ),
          ...(history.note ? [`note: ${history.note}`] : []),
        ];
        kit.out(`${lines.join('\n')}\n`);
      }
      setExit(0);
    } catch (error) {
      setExit(kit.fail(asCodexAuthError(error), json));
    }
  });
}
