import type { IsolationReport, RoundTripResult } from '../roundtrip/result.js';

// Which protection a run had, in words every front end shares (the CLI's line, the Action's summary), so that a
// user reading either learns the same thing. The values are ours (the protection, the agent user's name from the
// codex-user input or the one we created, counts and times): nothing here comes from Codex or the agent.

const WORDS: Readonly<Record<string, string>> = {
  broker: 'Codex held placeholders, the token broker relayed the login, the sandbox held',
  'broker+separate-user':
    'Codex held placeholders, the token broker relayed the login, Codex ran as a separate user proven unable to reach this process',
  'deny-read': 'the login on disk, denied to the agent by the permission profile',
  none: 'opted out: the agent could read the login',
};

/** The protection in words, e.g. `broker (placeholders ...)`; null when Codex never got that far. */
export function describeProtection(result: Pick<RoundTripResult, 'protection'>): string | null {
  if (result.protection === null) return null;
  const words = WORDS[result.protection];
  return words === undefined ? result.protection : `${result.protection} (${words})`;
}

/** The isolation's figures in words: who Codex ran as, the set-up's cost, what was stopped and given back. */
export function describeIsolation(isolation: IsolationReport): string {
  const parts = [
    `Codex ran as ${isolation.user}${isolation.created ? ' (created for this run)' : ''}`,
    `set-up ${seconds(isolation.setupMs)} (probe ${isolation.probeMs} ms${isolation.waitMs === null ? '' : `, the run waited ${seconds(isolation.waitMs)}`})`,
  ];
  if (isolation.stopped !== null)
    parts.push(`${plural(isolation.stopped, 'process', 'processes')} of the agent stopped`);
  if (isolation.chowned !== null) parts.push(`${plural(isolation.chowned, 'file', 'files')} given back`);
  if (isolation.finishMs !== null) parts.push(`finish ${seconds(isolation.finishMs)}`);
  return parts.join(', ');
}

/** One line for the CLI's human output: the protection, and the isolation when Codex ran as another user. */
export function protectionLine(result: Pick<RoundTripResult, 'protection' | 'isolation'>): string | null {
  const protection = describeProtection(result);
  if (protection === null) return null;
  return result.isolation ? `${protection}; ${describeIsolation(result.isolation)}` : protection;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
