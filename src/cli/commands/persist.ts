import { persist } from '../../app/persist.js';
import { createCliContext } from '../cli-context.js';
import { type CommandInput, optionsOf } from '../args/spec.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags, type StoreOptionValues } from '../options.js';
import { printResult } from '../print-result.js';

interface PersistOptions extends StoreOptionValues {
  codexHome: string;
}

export async function run(input: CommandInput, kit: Kit): Promise<number> {
  const options = optionsOf<PersistOptions>(input);
  const flags = parseStoreFlags(options, kit.env);
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  return printResult(
    kit,
    await persist({ codexHome: options.codexHome, removeJobHome: false }, ctx),
    flags.json,
    'persisted',
  );
}
