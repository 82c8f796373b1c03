// The commands that read a stream's store or lock, or clear the lock, without a round trip: no Codex runner, no
// seal, no decryption.
import { commandBundle } from './command-bundle.js';

export const { run, commands } = commandBundle({
  status: () => import('../commands/status.js'),
  history: () => import('../commands/history.js'),
  unlock: () => import('../commands/unlock.js'),
});
