import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';
import { parseStreamName } from '../core/stream.js';
import { currentWorkflowRun } from '../github/workflow-run.js';
import { type AlertOutcome, syncAlert } from '../app/alerts.js';
import { keepFresh, type KeepFreshRow } from '../app/keep-fresh.js';
import { describePlanUsage } from '../core/plan-usage.js';
import { describeNextRefresh } from '../roundtrip/describe.js';
import { createActionContext } from './action-context.js';
import { DEFAULT_CODEX_VERSION, readBoolean, readSecretInputs, readStreamSettings } from './inputs.js';
import { codexForJob } from './install-codex.js';
import { assertSupportedPlatform, refuseUnsafeJobs } from './job-setup.js';
import { maskSecretInputs } from './masking.js';
import { readSealRequest } from './seal-inputs.js';

/** keep-fresh/: one cheap round trip per stream, a report row each, and (opt-in) one alert issue per dead stream. */
export async function runKeepFresh(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const secrets = readSecretInputs();
  maskSecretInputs(secrets);
  assertSupportedPlatform();
  const streams = core
    .getInput('streams', { required: true })
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map(parseStreamName);
  if (streams.length === 0) throw new UsageError('input streams needs at least one stream name.');
  await refuseUnsafeJobs(
    {
      allowPublicRepository: readBoolean('allow-public-repository'),
      allowUntrustedEvents: readBoolean('allow-untrusted-events'),
    },
    secrets.githubToken,
    env,
  );
  const alert = readBoolean('alert');
  const contexts = await Promise.all(
    streams.map((stream) => createActionContext(readStreamSettings(env, secrets, stream), secrets, env)),
  );
  const codexConfig = core.getInput('codex-config');
  const rows = await keepFresh(contexts, {
    codexPath: await codexForJob(core.getInput('codex-version') || DEFAULT_CODEX_VERSION, env),
    codexConfig: codexConfig === '' ? undefined : codexConfig,
    baseEnv: env,
    lockTimeoutMs: readStreamSettings(env, secrets, streams[0]).lockTimeoutMs,
    onOutput: (line) => core.debug(line),
    seal: readSealRequest('read-only'),
  });
  const alerts = alert ? await sendAlerts(rows, secrets.githubToken, env) : [];
  core.setOutput('report', JSON.stringify(rows));
  core.setOutput('healthy', String(rows.every((row) => row.healthy)));
  await writeKeepFreshSummary(rows, alerts, alert);
  const unhealthy = rows.filter((row) => !row.healthy);
  if (unhealthy.length > 0) {
    throw new UsageError(`${unhealthy.map((row) => `stream "${row.stream}": ${row.problem}`).join('\n')}`);
  }
}

async function sendAlerts(
  rows: readonly KeepFreshRow[],
  token: string,
  env: NodeJS.ProcessEnv,
): Promise<AlertOutcome[]> {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  // Only with `alert: true`; a store on GitHub loads Octokit through createBackends anyway.
  const { createOctokit } = await import('../github/octokit.js');
  const client = createOctokit({ token, baseUrl: env.GITHUB_API_URL });
  const outcomes: AlertOutcome[] = [];
  for (const row of rows) {
    outcomes.push(
      await syncAlert(client, { owner, repo }, row, {
        runUrl: currentWorkflowRun(env)?.url ?? null,
        reseedCommand: `codex-auth seed --force --store ${core.getInput('store') || 'git-ref'} --repo ${env.GITHUB_REPOSITORY} --stream ${row.stream} --auth-file ~/.codex/auth.json`,
        now: new Date(),
      }),
    );
  }
  return outcomes;
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
      row.healthy ? (row.refreshed ? 'refreshed' : 'healthy') : row.reseedNeeded ? 'reseed needed' : 'failed',
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

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
