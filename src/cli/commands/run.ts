import { describeEvent } from '../../codex/codex-progress.js';
import { resolveCodex } from '../../codex/resolve-codex.js';
import { type CommandInput, optionsOf } from '../args/spec.js';
import type { Kit } from '../kit.js';
import { type LaneOptionValues, planLanes } from '../lane-options.js';
import { parseSeconds, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { DEFAULT_RUN_TIMEOUT_SECONDS } from '../shared-options.js';
import { printLanesResult, runCliLanes } from '../run-lanes.js';
import { sealRequestFrom, type SealOptionValues } from '../seal-options.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';

interface RunOptions extends StoreOptionValues, LaneOptionValues, SealOptionValues {
  seedFile?: string;
  codex?: string;
  codexHome?: string;
  codexConfig?: string;
  runTimeout?: string;
}

export async function run(input: CommandInput, kit: Kit): Promise<number> {
  const options = optionsOf<RunOptions>(input);
  const flags = parseStoreFlags(options, kit.env);
  const log = kit.logger(flags.verbose);
  const plan = planLanes(options, flags, kit.env);
  const runTimeoutMs =
    parseSeconds(options.runTimeout ?? String(DEFAULT_RUN_TIMEOUT_SECONDS), '--run-timeout', 1, 86_400) *
    1000;
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
  const lanes = await runCliLanes(kit, options, plan, flags, log, {
    seed,
    codexPath,
    codexArgs: input.args,
    codexHome: options.codexHome,
    codexConfig,
    seal: sealRequestFrom(options),
    runTimeoutMs,
    onEvent: (event) => {
      const line = describeEvent(event);
      if (line) kit.io.stderr(`${kit.redactor.redact(line)}\n`);
    },
    onOutput: (line) => kit.io.stderr(`${kit.redactor.redact(line)}\n`),
  });
  return printLanesResult(kit, lanes, plan, flags.json);
}
