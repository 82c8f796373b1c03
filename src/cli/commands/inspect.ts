import path from 'node:path';
import { inspectAuthFile } from '../../app/inspect.js';
import type { BundleReport } from '../../core/inspect.js';
import type { CommandInput } from '../args/spec.js';
import type { OptionsOf } from '../command-table.js';
import type { Kit } from '../kit.js';

export async function run(input: CommandInput<OptionsOf<'inspect'>>, kit: Kit): Promise<number> {
  const options = input.values;
  const file =
    options.authFile ??
    path.join(options.codexHome ?? kit.env.CODEX_HOME ?? (await defaultCodexHome()), 'auth.json');
  const flag = options.authFile
    ? '--auth-file'
    : options.codexHome
      ? 'the auth.json of --codex-home'
      : kit.env.CODEX_HOME
        ? 'the auth.json of CODEX_HOME'
        : 'the default auth.json';
  const report = await inspectAuthFile(
    { file, source: flag, pathHint: 'pass --auth-file with the auth.json itself' },
    kit.redactor,
  );
  if (options.json === true) kit.json(report);
  else kit.out(formatReport(file, report));
  return 0;
}

/** ~/.codex; node:os is loaded only for it (`inspect --auth-file` starts without it). */
async function defaultCodexHome(): Promise<string> {
  const { homedir } = await import('node:os');
  return path.join(homedir(), '.codex');
}

function formatReport(file: string, report: BundleReport): string {
  const next = report.nextRefresh;
  const nextText =
    next.reason === null
      ? 'no proactive refresh (Codex refreshes only after a 401)'
      : `${next.due ? 'due now' : next.at} (${next.reason})`;
  const lines = [
    `file:                 ${file}`,
    `kind:                 ${report.kind} (auth_mode ${report.authMode})`,
    `account:              ${report.accountId ?? '-'}`,
    `plan:                 ${report.plan ?? '-'}`,
    `email:                ${report.email ?? '-'}`,
    `last refresh:         ${report.lastRefresh ?? '-'}${report.lastRefreshAgeDays === null ? '' : ` (${report.lastRefreshAgeDays} days ago)`}`,
    `access token expires: ${report.accessTokenExpiresAt ?? 'not a JWT with exp'}`,
    `next refresh:         ${nextText}`,
    `fingerprint:          ${report.fingerprint}`,
    ...report.problems.map((problem) => `problem:              ${problem}`),
  ];
  return `${lines.join('\n')}\n`;
}
