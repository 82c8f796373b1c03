import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { BundleReport } from '../../core/inspect.js';
import { normalizeSeedText } from '../../core/seed-text.js';
import type { Kit } from '../kit.js';
import { readAuthFileArgument } from '../seed-source.js';

interface InspectOptions {
  authFile?: string;
  codexHome?: string;
  json?: boolean;
}

export function registerInspect(program: Command, kit: Kit, setExit: (code: number) => void): void {
  program
    .command('inspect')
    .summary('validate an auth.json and tell when Codex will refresh it')
    .description(
      'Checks an auth.json exactly as Codex reads it and prints its kind, account, plan, redacted email, last refresh, access-token expiry, when and why Codex will refresh next, and its fingerprint. Prints no token.',
    )
    .option('--auth-file <file>', 'the auth.json to inspect')
    .option('--codex-home <dir>', 'inspect DIR/auth.json (default: $CODEX_HOME, else ~/.codex)')
    .option('--json', 'print one JSON object on stdout')
    .action(async (options: InspectOptions) => {
      const json = options.json === true;
      try {
        const file =
          options.authFile ??
          path.join(
            options.codexHome ?? kit.env.CODEX_HOME ?? path.join(os.homedir(), '.codex'),
            'auth.json',
          );
        const flag = options.authFile
          ? '--auth-file'
          : options.codexHome
            ? 'the auth.json of --codex-home'
            : kit.env.CODEX_HOME
              ? 'the auth.json of CODEX_HOME'
              : 'the default auth.json';
        const raw = await readAuthFileArgument(file, flag);
        const [{ parseBundle, secretValues }, { inspectBundle }] = await Promise.all([
          import('../../core/bundle.js'),
          import('../../core/inspect.js'),
        ]);
        const bundle = parseBundle(
          normalizeSeedText(raw, file, 'pass --auth-file with the auth.json itself').text,
          file,
        );
        kit.redactor.add(secretValues(bundle));
        const report = inspectBundle(bundle, new Date());
        if (json) kit.json(report);
        else kit.out(formatReport(file, report));
        setExit(0);
      } catch (error) {
        setExit(kit.fail(error, json));
      }
    });
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
