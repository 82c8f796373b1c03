import type { Command } from 'commander';
import { KEY_ENV } from '../../core/key-env.js';
import type { Kit } from '../kit.js';

export function registerKeygen(program: Command, kit: Kit, setExit: (code: number) => void): void {
  program
    .command('keygen')
    .summary(`print a new envelope key for ${KEY_ENV}`)
    .description(
      `Prints a new random 32-byte key, standard base64, on stdout. Store it as the secret ${KEY_ENV} (for example \`gh secret set ${KEY_ENV}\`) and give it to every job of the stream; it is never stored by codex-auth.`,
    )
    .action(async () => {
      const { generateKey } = await import('../../core/key.js');
      // The one place a secret goes to stdout on purpose: the user asked for it.
      kit.io.stdout(`${generateKey()}\n`);
      setExit(0);
    });
}
