import type { Command } from 'commander';
import { resolveCodex } from '../../codex/resolve-codex.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { addLaneOptions, type LaneOptionValues, planLanes } from '../lane-options.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';
import { addSealOptions, sealRequestFrom, type SealOptionValues } from '../seal-options.js';

interface RunOptions extends StoreOptionValues, LaneOptionValues, SealOptionValues {
  seedFile?: string;
  codex?: string;
  codexHome?: string;
  codexConfig?: string;
}

export function registerRun(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('run')
    .summary('restore the stream, run codex exec, persist what Codex refreshed')
    .description(
      'Takes the stream lock, restores auth.json into a private CODEX_HOME, runs `codex exec --json <args>`, writes every refreshed login back (encrypted) the moment Codex writes it, then unlocks and removes the plaintext. Arguments after -- go to `codex exec` unchanged.',
    )
    .argument('[codex-args...]', 'arguments for codex exec (after --)')
    .option(
      '--seed-file <file>',
      'auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)',
    )
    .option('--codex <path>', 'the codex executable (default: codex on PATH)')
    .option('--codex-home <dir>', 'use this empty directory as CODEX_HOME (default: a private temp dir)')
    .option('--codex-config <file>', 'config.toml to copy into the private CODEX_HOME');
  addSealOptions(addStoreOptions(addLaneOptions(command))).action(
    async (codexArgs: string[], options: RunOptions) => {
      setExit(await run(kit, codexArgs, options));
    },
  );
}

async function run(kit: Kit, codexArgs: string[], options: RunOptions): Promise<number> {
  const json = options.json === true;
  try {
    const flags = parseStoreFlags(options, kit.env);
    const log = kit.logger(flags.verbose);
    const plan = planLanes(options, flags, kit.env);
    const seed = await readSeedSource(
      options.seedFile,
      kit.env,
      kit.redactor,
      flags.store.kind !== 'github-secret',
      '--seed-file',
      log,
    );
    const codexPath = await resolveCodex(options.codex, kit.env);
    const codexConfig = options.codexConfig
      ? await readConfigFileArgument(options.codexConfig, '--codex-config')
      : undefined;
    // The round trip loads only now: declaring this command (for --help and every other command) stays cheap.
    const [{ runCliLanes, printLanesResult }, { describeEvent }] = await Promise.all([
      import('../run-lanes.js'),
      import('../../codex/codex-progress.js'),
    ]);
    const lanes = await runCliLanes(kit, options, plan, flags, log, {
      seed,
      codexPath,
      codexArgs,
      codexHome: options.codexHome,
      codexConfig,
      seal: sealRequestFrom(options),
      onEvent: (event) => {
        const line = describeEvent(event);
        if (line) kit.io.stderr(`${kit.redactor.redact(line)}\n`);
      },
      onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}\n`),
    });
    return printLanesResult(kit, lanes, plan, json);
  } catch (error) {
    return kit.fail(error, json);
  }
}
