import { sandboxMode } from '../../core/sandbox-mode.js';
import { restore, type RestoreUseCaseRequest } from '../../app/restore.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import { createCliContext } from '../cli-context.js';
import type { Kit } from '../kit.js';
import { parseSeconds, parseStoreFlags } from '../options.js';
import { printResult } from '../print-result.js';
import { sealRequestFrom } from '../seal-options.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';

export async function run(input: CommandInput<OptionsOf<'restore'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  const leaseMs = parseSeconds(options.lease, '--lease', 60, 7 * 86_400) * 1000;
  const ctx = await createCliContext(flags, kit.env, kit.logger(flags.verbose), kit.redactor);
  const seed = await readSeedSource(
    options.seedFile,
    kit.env,
    kit.redactor,
    flags.store.kind !== 'github-secret',
    '--seed-file',
    ctx.log,
  );
  const codexConfig = options.codexConfig
    ? await readConfigFileArgument(options.codexConfig, '--codex-config')
    : undefined;
  const request: RestoreUseCaseRequest = {
    seed,
    codexHome: options.codexHome,
    codexConfig,
    lockTimeoutMs: flags.lockTimeoutMs,
    leaseMs,
    seal: { ...sealRequestFrom(options), sandbox: sandboxMode(options.sandbox, '--sandbox') },
    // Without a codex to probe with, the profile is still written (and the output says it was not probed).
    codex: { find: options.codex },
    baseEnv: kit.env,
  };
  const result = await restore(request, ctx);
  return printResult(kit, result, flags.json, 'restored');
}
