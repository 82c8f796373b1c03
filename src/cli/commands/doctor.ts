import { diagnose, type Finding } from '../../app/doctor.js';
import { createBackends } from '../../app/context.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import { writerOf } from '../../app/round-trip-context.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags, type StoreFlags } from '../options.js';
import { readConfigFileArgument } from '../seed-source.js';
import type { KeepFreshRow } from '../../app/keep-fresh.js';
import { resolveCodex } from '../../app/front-end.js';
import type { Logger } from '../../core/logger.js';
import { sealRequestFrom } from '../seal-options.js';

export async function run(input: CommandInput<OptionsOf<'doctor'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const flags = parseStoreFlags(options, kit.env);
  if (flags.store.github) kit.redactor.add([flags.store.github.token]);
  const log = kit.logger(flags.verbose);
  const { store, lock } = await createBackends(flags.store, flags.lock, kit.env, log);
  const findings = await diagnose({
    stream: flags.store.stream,
    store,
    lock,
    codexPath: options.codex,
    env: kit.env,
    owner: writerOf(kit.env),
    probe: options.probe ? () => probeStream(options, flags, kit, log) : undefined,
  });
  const failed = findings.some((finding) => finding.verdict === 'fail');
  if (flags.json) kit.json({ stream: flags.store.stream, store: store.kind, healthy: !failed, findings });
  else kit.out(findings.map(formatFinding).join('\n') + '\n');
  return failed ? 1 : 0;
}

function formatFinding(finding: Finding): string {
  const head = `${finding.verdict.padEnd(4)} ${finding.check}: ${finding.detail}`;
  return finding.fix ? `${head}\n     fix: ${finding.fix}` : head;
}

async function probeStream(
  options: OptionsOf<'doctor'>,
  flags: StoreFlags,
  kit: Kit,
  log: Logger,
): Promise<KeepFreshRow> {
  const [{ keepFresh }, { createCliContext }] = await Promise.all([
    import('../../app/keep-fresh.js'),
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
