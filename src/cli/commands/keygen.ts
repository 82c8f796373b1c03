import { generateKey } from '../../core/key.js';
import type { CommandInput } from '../args/spec.js';
import type { Kit } from '../kit.js';

export async function run(_input: CommandInput, kit: Kit): Promise<number> {
  // The one place a secret goes to stdout on purpose: the user asked for it.
  kit.io.stdout(`${generateKey()}\n`);
  return 0;
}
