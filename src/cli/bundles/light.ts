// Each file here is one bundle of dist/ (dist/cli/NAME.cjs): the commands that share code, so that a command loads
// one file besides dist/cli.cjs. These start fast (`--help`, `status` and `inspect` within 2.0x `node -e 0`,
// docs/benchmarks.md): they read a stream's store or lock, clear the lock, read one auth.json or make a key, with
// no Codex runner, no seal and no decryption.
import { commandBundle } from './command-bundle.js';

export const { run, commands } = commandBundle({
  status: () => import('../commands/status.js'),
  history: () => import('../commands/history.js'),
  unlock: () => import('../commands/unlock.js'),
  inspect: () => import('../commands/inspect.js'),
  keygen: () => import('../commands/keygen.js'),
});
