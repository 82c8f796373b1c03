// inspect reads one auth.json: the auth.json parser and JWT decoder, and no store.
import { commandBundle } from './command-bundle.js';

export const { run, commands } = commandBundle({
  inspect: () => import('../commands/inspect.js'),
});
