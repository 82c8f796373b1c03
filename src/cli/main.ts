import { Command, CommanderError } from 'commander';
import { VERIFIED_CODEX_VERSIONS } from '../codex/resolve-codex.js';
import { ExitCode } from '../core/errors.js';
import { registerDoctor } from './commands/doctor.js';
import { registerHistory } from './commands/history.js';
import { registerInspect } from './commands/inspect.js';
import { registerKeepFresh } from './commands/keep-fresh.js';
import { registerRevoke } from './commands/revoke.js';
import { registerKeygen } from './commands/keygen.js';
import { registerPersist } from './commands/persist.js';
import { registerRestore } from './commands/restore.js';
import { registerRun } from './commands/run.js';
import { registerSeed } from './commands/seed.js';
import { registerStatus } from './commands/status.js';
import { registerUnlock } from './commands/unlock.js';
import { type CliIo, processIo } from './console.js';
import { createKit } from './kit.js';

export const VERSION = '0.1.0';

/** Runs one CLI invocation and returns its exit code. No side effects beyond the io it is given. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo = processIo,
): Promise<number> {
  const kit = createKit(io, env);
  let exitCode: number = ExitCode.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('codex-auth')
    .description(
      `Keeps a ChatGPT-managed Codex login alive across CI runs: restores auth.json from a store, runs codex exec, writes the refreshed login back encrypted, one job at a time per stream. Verified with Codex ${VERIFIED_CODEX_VERSIONS.join(', ')}.`,
    )
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 Codex failed (refreshes still persisted), 2 usage or configuration, 3 auth unusable (reseed), 4 lock timeout, 5 store conflict or an older copy put back, 6 stored copy cannot be opened, 7 not sealed (the agent could read the login, or its sandbox cannot run), 8 ChatGPT usage limit reached (the login is fine; see resetsAt).',
    );
  for (const register of [
    registerRun,
    registerRestore,
    registerPersist,
    registerInspect,
    registerStatus,
    registerHistory,
    registerSeed,
    registerUnlock,
    registerKeepFresh,
    registerRevoke,
    registerDoctor,
    registerKeygen,
  ]) {
    register(program, kit, setExit);
  }
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version'].includes(error.code);
      return benign ? ExitCode.ok : ExitCode.usage;
    }
    return kit.fail(error, false);
  }
  return exitCode;
}
