import * as core from '@actions/core';
import { escapeHtml } from '../app/html.js';
import type { RoundTripResult } from '../roundtrip/result.js';

// Which protection a run had and what the token broker served, for the Action's outputs and job summary. The
// paths in the request log are what Codex (or an agent using the broker) asked for: the round trip made them
// printable, and they are HTML-escaped here like every other value of the summary.

const SHOWN_REQUESTS = 20;

const PROTECTION_WORDS: Readonly<Record<string, string>> = {
  broker: 'token broker (placeholders in Codex\u2019s home, the login relayed)',
  'deny-read': 'deny-read (the login on disk, denied by the permission profile)',
  none: 'none (opted out of the sandbox)',
};

export function protectionOutputs(result: RoundTripResult): Record<string, string> {
  return { protection: result.protection ?? '' };
}

/** One line naming the protection, and a short table of the broker's requests (the last ones when many). */
export function addBrokerSummary(result: RoundTripResult): void {
  if (result.protection === null) return;
  core.summary.addRaw(
    `<p><strong>Protection:</strong> ${escapeHtml(PROTECTION_WORDS[result.protection] ?? result.protection)}</p>`,
  );
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
