import * as core from '@actions/core';
import { describeNextRefresh } from '../roundtrip/describe.js';
import { runnerMasks } from './action-context.js';
import type { RoundTripResult } from '../roundtrip/result.js';

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
    'final-message': result.finalMessage ?? '',
    sealed: result.seal === null ? '' : String(result.seal.sealed),
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, runnerMasks.redact(value));
}

/** A table a maintainer can read at a glance, and the reseed steps when the session is dead. */
export async function writeSummary(result: RoundTripResult, title: string): Promise<void> {
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
  if (result.error?.exitCode === 3) {
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
  await core.summary.write();
}

function sealCell(result: RoundTripResult): string | null {
  if (result.seal === null) return null;
  if (result.seal.sealed) return `yes (${result.seal.mode}, probe ${result.seal.probeMs} ms)`;
  return `NO: ${result.seal.reason ?? 'not probed'}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
