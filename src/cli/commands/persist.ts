import { persist } from '../../app/persist.js';
import { createCliContext } from '../cli-context.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';
import { printResult } from '../print-result.js';

export async function run(input: CommandInput<OptionsOf<'persist'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  return printResult(
    kit,
    await persist({ codexHome: options.codexHome, removeJobHome: false }, ctx),
    flags.json,
    'persisted',
  );
}
