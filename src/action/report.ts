import { escapeHtml } from '../app/html.js';
import * as core from '@actions/core';
import { describeNextRefresh, type RoundTripResult } from '../app/front-end.js';
import { describeMinutes, type UsageWindow } from '../core/plan-usage.js';
import { needsSignIn } from '../core/errors.js';
import { untrustedWhole } from '../core/untrusted-text.js';
import { addBrokerSummary, protectionOutputs } from './broker-report.js';
import { setOutputs } from './settings.js';

/** Outputs describe what happened; none of them ever carries a token. */
export function setRoundTripOutputs(result: RoundTripResult): void {
  const outputs: Record<string, string> = {
    stream: result.stream,
    generation: result.generation === null ? '' : String(result.generation),
    refreshed: String(result.refreshed),
    persisted: String(result.persisted),
    'last-refresh': result.lastRefreshAfter ?? '',
    'next-refresh': describeNextRefresh(result),
    'access-token-expires-at': result.accessTokenExpiresAt ?? '',
    'lock-wait-seconds': (result.lockWaitMs / 1000).toFixed(1),
    'codex-exit-code': result.codexExitCode === null ? '' : String(result.codexExitCode),
    // The agent's text: a later step may interpolate it, so nothing in it may act on the log or a terminal.
    'final-message': untrustedWhole(result.finalMessage ?? ''),
    sealed: result.seal === null ? '' : String(result.seal.sealed),
    ...protectionOutputs(result),
    ...usageOutputs(result),
  };
  setOutputs(outputs);
}

/** Plan usage and the limit, as plain values a later step can compare (percent, minutes, ISO times). */
export function usageOutputs(result: RoundTripResult): Record<string, string> {
  const window = (prefix: string, w: UsageWindow | null | undefined): Record<string, string> => ({
    [`${prefix}-used-percent`]: w ? String(w.usedPercent) : '',
    [`${prefix}-window-minutes`]:
      w?.windowMinutes === null || w === undefined || w === null ? '' : String(w.windowMinutes),
    [`${prefix}-resets-at`]: w?.resetsAt ?? '',
  });
  return {
    'usage-limited': String(result.usageLimited),
    'resets-at': result.resetsAt ?? '',
    ...window('short', result.planUsage?.short),
    ...window('weekly', result.planUsage?.weekly),
  };
}

/** The plan usage part of a summary: one row per window, and the reset time when a limit stopped the run. */
export function addUsageSummary(result: RoundTripResult): void {
  if (result.usageLimited) {
    core.summary.addRaw(
      `<p><strong>Usage limit reached</strong> on this ChatGPT plan: the window resets at ${escapeHtml(result.resetsAt ?? 'a time Codex did not report')}. The login is fine and was not marked dead.</p>`,
    );
  }
  const usage = result.planUsage;
  if (usage === null) return;
  const row = (name: string, w: UsageWindow | null) => [
    name,
    w === null ? '-' : `${w.usedPercent} %`,
    w?.windowMinutes === null || w === null ? '-' : describeMinutes(w.windowMinutes),
    w?.resetsAt ?? '-',
  ];
  core.summary
    .addHeading('Plan usage', 4)
    .addTable([
      ['window', 'used', 'length', 'resets at'].map((data) => ({ data, header: true })),
      row('short', usage.short),
      row('weekly', usage.weekly),
    ]);
}

/** A table a maintainer can read at a glance, and the reseed steps when the session is dead. */
export async function writeSummary(
  result: RoundTripResult,
  title: string,
  addMore: () => void = () => undefined,
): Promise<void> {
  const cell = (value: string | number | boolean | null) =>
    value === null || value === '' ? '-' : String(value);
  core.summary.addHeading(`codex-auth: ${title}`, 3).addTable([
    [
      { data: 'stream', header: true },
      { data: 'store', header: true },
      { data: 'generation', header: true },
      { data: 'refreshed', header: true },
      { data: 'last refresh', header: true },
      { data: 'next refresh', header: true },
      { data: 'lock wait', header: true },
      { data: 'persisted', header: true },
      { data: 'sealed', header: true },
    ],
    [
      cell(result.stream),
      cell(result.store),
      cell(result.generation),
      cell(result.refreshed),
      cell(result.lastRefreshAfter),
      cell(describeNextRefresh(result)),
      `${(result.lockWaitMs / 1000).toFixed(1)} s`,
      cell(result.persisted),
      cell(sealCell(result)),
    ],
  ]);
  if (result.seal?.machineChange) {
    core.summary.addRaw(`<p><strong>Sandbox set up:</strong> ${escapeHtml(result.seal.machineChange)}.</p>`);
  }
  addUsageSummary(result);
  addBrokerSummary(result);
  if (result.error?.code === 'not_seeded') {
    // Nothing died: the stream was never seeded (or its name is misspelt), so the fix is a first seed.
    core.summary.addHeading('Stream not seeded', 4).addRaw(`<p>${escapeHtml(result.error.message)}</p>`);
  } else if (result.error && needsSignIn(result.error)) {
    core.summary
      .addHeading('Reseed needed', 4)
      .addRaw(`<p>${escapeHtml(result.error.message)}</p>`)
      .addList([
        'On a trusted machine, sign in: <code>codex login</code> (or <code>codex login --device-auth</code>).',
        `Store the new login in this stream: <code>codex-auth seed --force --stream ${escapeHtml(result.stream)} --auth-file ~/.codex/auth.json</code> (with the same <code>CODEX_AUTH_KEY</code> and store).`,
        'Stop using that auth.json anywhere else, then re-run this workflow.',
      ]);
  } else if (result.error) {
    core.summary.addRaw(`<p><strong>Failed:</strong> ${escapeHtml(result.error.message)}</p>`);
  }
  addMore();
  await core.summary.write();
}

function sealCell(result: RoundTripResult): string | null {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `yes (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NO: ${result.seal.reason ?? 'not probed'}`;
}
