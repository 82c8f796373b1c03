import { streamHistory } from '../../app/stream-history.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { parseSeconds, parseStoreFlags } from '../options.js';

export async function run(input: CommandInput<OptionsOf<'history'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags({ ...options, lockTimeout: '0' }, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const limit = Math.floor(parseSeconds(options.limit, '--limit', 1, 10_000));
  const history = await streamHistory({ ...flags, limit }, kit.env, kit.logger(flags.verbose));
  if (flags.json) {
    kit.json(history);
    return 0;
  }
  const lines = [
    `stream ${history.stream} (${history.store}): ${history.entries.length} write(s), newest first`,
    ...history.entries.map(
      (entry) =>
        `  generation ${entry.generation}  ${entry.writtenAt}  ${entry.why.padEnd(7)}  ${entry.fingerprint}  ${entry.writer}`,
    ),
    ...(history.note ? [`note: ${history.note}`] : []),
  ];
  kit.out(`${lines.join('\n')}\n`);
  return 0;
}
