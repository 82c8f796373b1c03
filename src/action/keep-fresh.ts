import { escapeHtml } from '../app/html.js';
import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { runUrlOf } from '../app/round-trip-context.js';
import { type AlertOutcome, syncAlerts } from '../app/alerts.js';
import { parseStreamList } from '../app/input-values.js';
import { ACTION_VOCABULARY as WORDS } from '../app/vocabulary.js';
import { healthWord, keepFresh, type KeepFreshRow } from '../app/keep-fresh.js';
import { describePlanUsage } from '../core/plan-usage.js';
import { describeNextRefresh } from '../app/front-end.js';
import { createActionContext } from './action-context.js';
import { DEFAULT_CODEX_VERSION, readSecretInputs, readStreamSettings } from './inputs.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform } from './job-setup.js';
import { refuseUnsafeJobs } from '../app/job-safety.js';
import { maskSecretInputs } from './masking.js';
import { readSealRequest } from './seal-inputs.js';
import { Inputs, readBoolean, readInput, setOutputs } from './settings.js';

/** keep-fresh/: one cheap round trip per stream, a report row each, and (opt-in) one alert issue per dead stream. */
export async function runKeepFresh(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const streams = parseStreamList(readInput(Inputs.streams, { required: true }), WORDS.streams);
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean(Inputs.allowPublicRepository),
      allowUntrustedEvents: readBoolean(Inputs.allowUntrustedEvents),
    },
    secrets.githubToken,
    env,
  );
  const alert = readBoolean(Inputs.alert);
  // Read once per stream: every stream shares the store, lock and timeout inputs, and differs only in its name.
  const perStream = streams.map((stream) => readStreamSettings(env, secrets, stream));
  const contexts = await Promise.all(
    perStream.map((settings) => createActionContext(settings, secrets, env)),
  );
  const first = perStream[0] as (typeof perStream)[number];
  const codexConfig = readInput(Inputs.codexConfig);
  const rows = await keepFresh(contexts, {
    codexPath: await codexForJob(readInput(Inputs.codexVersion) || DEFAULT_CODEX_VERSION, env),
    codexConfig: codexConfig === '' ? undefined : codexConfig,
    baseEnv: env,
    lockTimeoutMs: first.lockTimeoutMs,
    onOutput: (line) => core.debug(line),
    seal: readSealRequest('read-only'),
  });
  const alerts = alert ? await sendAlerts(rows, secrets.githubToken, first.store.kind, env) : [];
  setOutputs({ report: JSON.stringify(rows), healthy: String(rows.every((row) => row.healthy)) });
  await writeKeepFreshSummary(rows, alerts, alert);
  const unhealthy = rows.filter((row) => !row.healthy);
  if (unhealthy.length > 0) {
    throw new UsageError(`${unhealthy.map((row) => `stream "${row.stream}": ${row.problem}`).join('\n')}`);
  }
}

function sendAlerts(
  rows: readonly KeepFreshRow[],
  token: string,
  storeKind: string,
  env: NodeJS.ProcessEnv,
): Promise<AlertOutcome[]> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return syncAlerts(rows, {
    repository: { owner, repo },
    token,
    apiUrl: env.GITHUB_API_URL,
    storeKind,
    runUrl: runUrlOf(env),
  });
}

async function writeKeepFreshSummary(
  rows: readonly KeepFreshRow[],
  alerts: readonly AlertOutcome[],
  alerting: boolean,
): Promise<void> {
  const cell = (value: string | number | boolean | null | undefined) =>
    value === null || value === undefined || value === '' ? '-' : String(value);
  const alertOf = (stream: string) => {
    const found = alerts.find((alert) => alert.stream === stream);
    if (!found) return alerting ? '-' : 'off';
    if (found.action === 'no-permission') return found.message;
    return found.issue ? `#${found.issue} ${found.action}` : found.action;
  };
  core.summary.addHeading('codex-auth: keep-fresh', 3).addTable([
    [
      'stream',
      'health',
      'generation',
      'last refresh',
      'access token expires',
      'next refresh',
      'last writer',
      'plan usage',
      'alert',
    ].map((data) => ({
      data,
      header: true,
    })),
    ...rows.map((row) => [
      row.stream,
      healthWord(row),
      cell(row.generation),
      cell(row.lastRefresh),
      cell(row.accessTokenExpiresAt),
      cell(describeNextRefresh(row)),
      cell(row.lastWriter),
      row.usageLimited
        ? `usage limit reached, resets ${cell(row.resetsAt)}`
        : row.planUsage === null
          ? '-'
          : describePlanUsage(row.planUsage),
      alertOf(row.stream),
    ]),
  ]);
  for (const row of rows.filter((candidate) => candidate.reseedNeeded)) {
    core.summary.addRaw(`<p><strong>${row.stream}</strong>: ${escapeHtml(row.problem ?? '')}</p>`);
  }
  await core.summary.write();
}
