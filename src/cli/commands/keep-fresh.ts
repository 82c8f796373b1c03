import { UsageError } from '../../core/errors.js';
import { describeNextRefresh, resolveCodex } from '../../app/front-end.js';
import { type AlertOutcome, syncAlerts } from '../../app/alerts.js';
import { parseStreamList } from '../../app/input-values.js';
import { CLI_VOCABULARY } from '../../app/vocabulary.js';
import { healthWord, keepFresh, type KeepFreshRow } from '../../app/keep-fresh.js';
import { runUrlOf } from '../../app/round-trip-context.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import { createCliContext } from '../cli-context.js';
import type { Kit } from '../kit.js';
import { parseStoreFlags } from '../options.js';
import { readConfigFileArgument } from '../seed-source.js';
import { sealRequestFrom } from '../seal-options.js';
import { describePlanUsage } from '../../core/plan-usage.js';

export async function run(input: CommandInput<OptionsOf<'keep-fresh'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const streams = parseStreamList(options.streams, CLI_VOCABULARY.streams);
  const log = kit.logger(options.verbose === true);
  const contexts = await Promise.all(
    streams.map((stream) =>
      createCliContext(parseStoreFlags({ ...options, stream }, kit.env), kit.env, log, kit.redactor),
    ),
  );
  const rows = await keepFresh(contexts, {
    codexPath: await resolveCodex(options.codex, kit.env),
    codexConfig: options.codexConfig
      ? await readConfigFileArgument(options.codexConfig, '--codex-config')
      : undefined,
    baseEnv: kit.env,
    lockTimeoutMs: parseStoreFlags(options, kit.env).lockTimeoutMs,
    onOutput: (line) => log.debug(line),
    seal: sealRequestFrom(options),
  });
  const alerts = options.alert ? await sendAlerts(rows, options, kit) : [];
  if (options.json === true) kit.json({ streams: rows, alerts, healthy: rows.every((row) => row.healthy) });
  else
    kit.out(
      formatRows(rows) + alerts.map((alert) => `alert ${alert.stream}: ${describeAlert(alert)}\n`).join(''),
    );
  return rows.every((row) => row.healthy) ? 0 : Math.max(...rows.map((row) => row.exitCode));
}

function formatRows(rows: readonly KeepFreshRow[]): string {
  const lines = rows.map((row) => {
    // Failures are shouted so they stand out in a terminal; the words are the Action's and the README's.
    const state = row.healthy ? healthWord(row) : healthWord(row).toUpperCase();
    return [
      `${row.stream}: ${state}`,
      `  generation ${row.generation ?? '-'}, last refresh ${row.lastRefresh ?? '-'}, access token expires ${row.accessTokenExpiresAt ?? '-'}`,
      `  next refresh ${describeNextRefresh(row) || '-'}; last writer ${row.lastWriter ?? '-'}`,
      `  plan usage: ${row.usageLimited ? `usage limit reached, resets ${row.resetsAt ?? '-'}; ` : ''}${describePlanUsage(row.planUsage)}`,
      ...(row.problem ? [`  problem: ${row.problem}`] : []),
    ].join('\n');
  });
  return `${lines.join('\n')}\n`;
}

function sendAlerts(
  rows: readonly KeepFreshRow[],
  options: OptionsOf<'keep-fresh'>,
  kit: Kit,
): Promise<AlertOutcome[]> {
  const target = parseStoreFlags({ ...options, store: 'git-ref', lock: 'none' }, kit.env).store.github;
  if (!target) throw new UsageError('--alert needs --repo OWNER/NAME and GITHUB_TOKEN.');
  kit.redactor.add([target.token]);
  return syncAlerts(rows, {
    repository: target.repository,
    token: target.token,
    apiUrl: target.apiUrl,
    storeKind: options.store,
    runUrl: runUrlOf(kit.env),
  });
}

export function describeAlert(alert: AlertOutcome): string {
  if (alert.action === 'no-permission') return alert.message;
  if (alert.action === 'none')
    return alert.issue ? `issue #${alert.issue} left as it is` : 'nothing to report';
  return `issue #${alert.issue} ${alert.action} (${alert.url})`;
}
