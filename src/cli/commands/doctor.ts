import type { Command } from 'commander';
import type { Finding } from '../../ops/doctor.js';
import { describeWriter } from '../../github/writer.js';
import type { Kit } from '../kit.js';
import { addStoreOptions, parseStoreFlags, type StoreFlags, type StoreOptionValues } from '../options.js';
import { readConfigFileArgument } from '../seed-source.js';
import type { KeepFreshRow } from '../../ops/keep-fresh.js';
import { resolveCodex } from '../../codex/resolve-codex.js';
import type { Logger } from '../../core/logger.js';
import { addSealOptions, sealRequestFrom, type SealOptionValues } from '../seal-options.js';

interface DoctorOptions extends StoreOptionValues, SealOptionValues {
  codex?: string;
  codexConfig?: string;
  probe?: boolean;
}

export function registerDoctor(program: Command, kit: Kit, setExit: (code: number) => void): void {
  const command = program
    .command('doctor')
    .summary('check everything a stream needs and say how to fix what is wrong')
    .description(
      'Checks the Codex version against the versions this release was verified with, the key, the store (reachable, what it holds), the lock (free and takeable with this token, or who holds it) and the stored login (opens with the key, next refresh). Each line is ok, warn or fail with the fix; exit 1 when anything fails.',
    )
    .option('--codex <path>', 'the codex executable (default: codex on PATH)')
    .option(
      '--probe',
      'also run one keep-fresh Codex call, the only way to tell whether the session itself is alive',
    )
    .option('--codex-config <file>', 'with --probe: config.toml for the private CODEX_HOME');
  addSealOptions(addStoreOptions(command)).action(async (options: DoctorOptions) => {
    const json = options.json === true;
    try {
      const flags = parseStoreFlags(options, kit.env);
      if (flags.store.github) kit.redactor.add([flags.store.github.token]);
      const log = kit.logger(flags.verbose);
      const [{ createBackends }, { diagnose }] = await Promise.all([
        import('../../roundtrip/backends.js'),
        import('../../ops/doctor.js'),
      ]);
      const { store, lock } = await createBackends(flags.store, flags.lock, kit.env, log);
      const findings = await diagnose({
        stream: flags.store.stream,
        store,
        lock,
        codexPath: options.codex,
        env: kit.env,
        owner: describeWriter(kit.env),
        probe: options.probe ? () => probeStream(options, flags, kit, log) : undefined,
      });
      const failed = findings.some((finding) => finding.verdict === 'fail');
      if (json) kit.json({ stream: flags.store.stream, store: store.kind, healthy: !failed, findings });
      else kit.out(findings.map(formatFinding).join('\n') + '\n');
      setExit(failed ? 1 : 0);
    } catch (error) {
      setExit(kit.fail(error, json));
    }
  });
}

function formatFinding(finding: Finding): string {
  const head = `${finding.verdict.padEnd(4)} ${finding.check}: ${finding.detail}`;
  return finding.fix ? `${head}\n     fix: ${finding.fix}` : head;
}

async function probeStream(
  options: DoctorOptions,
  flags: StoreFlags,
  kit: Kit,
  log: Logger,
): Promise<KeepFreshRow> {
  const [{ keepFresh }, { createCliContext }] = await Promise.all([
    import('../../ops/keep-fresh.js'),
    import('../cli-context.js'),
  ]);
  const [row] = await keepFresh([await createCliContext(flags, kit.env, log, kit.redactor)], {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig
      ? await readConfigFileArgument(options.codexConfig, '--codex-config')
      : undefined,
    baseEnv: kit.env,
    lockTimeoutMs: flags.lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options),
  });
  if (!row) throw new Error('keep-fresh returned no row');
  return row;
}
