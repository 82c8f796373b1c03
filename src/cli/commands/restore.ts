import type { Command } from 'commander';
import { DEFAULT_RESTORE_LEASE_MS } from '../../locks/lock.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseSeconds, parseStoreFlags, type StoreOptionValues } from '../options.js';
import { printResult } from '../print-result.js';
import { readConfigFileArgument, readSeedSource } from '../seed-source.js';
import { resolveCodex } from '../../codex/resolve-codex.js';
import { sandboxMode } from '../../core/sandbox-mode.js';
import { addSealOptions, sealRequestFrom, type SealOptionValues } from '../seal-options.js';

interface RestoreOptions extends StoreOptionValues, SealOptionValues {
  codex?: string;
  sandbox: string;
  seedFile?: string;
  codexHome: string;
  codexConfig?: string;
  lease: string;
}

export function registerRestore(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('restore')
    .summary("take the lock and write the stream's auth.json into CODEX_HOME (first half of run)")
    .description(
      'For users who run Codex themselves: takes the stream lock as a lease that outlives this process, writes auth.json (0600) into --codex-home, and leaves both for `codex-auth persist --codex-home DIR`. Export CODEX_HOME=DIR for your Codex step.',
    )
    .requiredOption('--codex-home <dir>', 'empty or absent directory to use as CODEX_HOME')
    .option(
      '--seed-file <file>',
      'auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)',
    )
    .option('--codex-config <file>', 'config.toml to copy into CODEX_HOME')
    .option('--codex <path>', 'the codex your step will run, for the seal probe (default: codex on PATH)')
    .option(
      '--sandbox <mode>',
      "the permission profile's base for your own codex exec: read-only or workspace-write",
      'workspace-write',
    )
    .option(
      '--lease <seconds>',
      'how long the lock outlives this process if persist never comes',
      String(DEFAULT_RESTORE_LEASE_MS / 1000),
    );
  addSealOptions(addStoreOptions(command)).action(async (options: RestoreOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      const leaseMs = parseSeconds(options.lease, '--lease', 60, 7 * 86_400) * 1000;
      const [{ createCliContext }, { restoreStream }] = await Promise.all([
        import('../cli-context.js'),
        import('../../roundtrip/split-round-trip.js'),
      ]);
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
      const result = await restoreStream(ctx, {
        seed,
        codexHome: options.codexHome,
        codexConfig,
        lockTimeoutMs: flags.lockTimeoutMs,
        leaseMs,
        seal: { ...sealRequestFrom(options), sandbox: sandboxMode(options.sandbox, '--sandbox') },
        // Without a codex to probe with, the profile is still written (and the output says it was not probed).
        codexPath: await resolveCodex(options.codex, kit.env).catch(() => undefined),
        baseEnv: kit.env,
      });
      setExit(printResult(kit, result, json, 'restored'));
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}
