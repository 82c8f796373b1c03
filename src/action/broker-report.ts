import * as core from '@actions/core';
import { escapeHtml } from '../app/html.js';
import type { RoundTripResult } from '../app/front-end.js';
import { describeIsolation, describeProtection } from '../app/protection-words.js';

// Which protection a run had and what the token broker served, for the Action's outputs and job summary. The
// paths in the request log are what Codex (or an agent using the broker) asked for: the round trip made them
// printable, and they are HTML-escaped here like every other value of the summary.

const SHOWN_REQUESTS = 20;

export function protectionOutputs(result: RoundTripResult): Record<string, string> {
  const isolation = result.isolation;
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    protection: result.protection ?? '',
    'isolation-user': isolation?.user ?? '',
    'isolation-setup-seconds': isolation ? (isolation.setupMs / 1000).toFixed(1) : '',
    'isolation-stopped': count(isolation?.stopped),
    'isolation-files-given-back': count(isolation?.chowned),
  };
}

/** One line naming the protection, and a short table of the broker's requests (the last ones when many). */
export function addBrokerSummary(result: RoundTripResult): void {
  if (result.protection === null) return;
  core.summary.addRaw(`<p><strong>Protection:</strong> ${escapeHtml(describeProtection(result) ?? '')}</p>`);
  if (result.isolation) {
    core.summary.addRaw(
      `<p><strong>Isolation:</strong> ${escapeHtml(describeIsolation(result.isolation))}.</p>`,
    );
  }
  const log = result.brokerLog;
  if (log.length === 0) return;
  const shown = log.slice(-SHOWN_REQUESTS);
  core.summary.addHeading(`Requests through the token broker (${log.length})`, 4).addTable([
    ['time', 'method', 'path', 'status', 'bytes in', 'bytes out', 'ms', 'handling'].map((data) => ({
      data,
      header: true,
    })),
    ...shown.map((entry) =>
      [
        entry.at,
        entry.method,
        entry.path,
        entry.status,
        entry.bytesIn,
        entry.bytesOut,
        entry.durationMs,
        entry.handling,
      ].map((value) => escapeHtml(String(value))),
    ),
  ]);
  if (log.length > shown.length) {
    core.summary.addRaw(`<p>${log.length - shown.length} earlier requests are not shown here.</p>`);
  }
}
