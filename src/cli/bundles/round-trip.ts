// The commands that run Codex or write a stream: they share the round trip, the Codex runner and the seal.
import { commandBundle } from './command-bundle.js';

export const { run, commands } = commandBundle({
  run: () => import('../commands/run.js'),
  restore: () => import('../commands/restore.js'),
  persist: () => import('../commands/persist.js'),
  seed: () => import('../commands/seed.js'),
  'keep-fresh': () => import('../commands/keep-fresh.js'),
  revoke: () => import('../commands/revoke.js'),
  doctor: () => import('../commands/doctor.js'),
});
