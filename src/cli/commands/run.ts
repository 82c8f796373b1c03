import { outputLines, progressLines, resolveCodex } from '../../app/front-end.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';
import { planLanes } from '../lane-options.js';
import { parseSeconds, parseStoreFlags } from '../options.js';
import { DEFAULT_RUN_TIMEOUT_SECONDS } from '../shared-options.js';
import { printLanesResult, runCliLanes } from '../run-lanes.js';
import { sealRequestFrom } from '../seal-options.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';

/** Lines already neutralised (codex/codex-progress.ts), redacted once more on the way out. */
function printLines(kit: Kit, lines: readonly string[]): void {
  for (const line of lines) kit.io.stderr(`${kit.redactor.redact(line)}\n`);
}

export async function run(input: CommandInput<OptionsOf<'run'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const redact = (text: string): string => kit.redactor.redact(text);
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
    // Agent text, neutralised: `codex-auth run` as a CI step must not let the agent issue workflow commands.
    onEvent: (event) => printLines(kit, progressLines(event, redact)),
    onOutput: (line) => printLines(kit, outputLines(line, redact)),
  });
  return printLanesResult(kit, lanes, flags.json);
}
