// Each file here is one bundle of dist/ (dist/cli/NAME.cjs): the commands that share code, so that a command loads
// one file besides dist/cli.cjs and parses little it does not use. keygen needs nothing but node:crypto.
import { commandBundle } from './command-bundle.js';

export const { run, commands } = commandBundle({
  keygen: () => import('../commands/keygen.js'),
});
