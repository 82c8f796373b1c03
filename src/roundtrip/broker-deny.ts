import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REFRESH_PLACEHOLDER_PREFIX } from '../broker/index.js';

// What the seal still denies once the token broker holds the login (issue 18 item 3; docs/broker.md "Deny
// entries"). Every deny entry costs a run about 300 ms (Codex then routes its own file access through sandboxed
// helpers), so each one is kept only for what is still secret on disk or must not be written:
// - this run's home: no entry. It holds the broker's placeholders and its public CA certificate only.
// - a directory of private homes (this machine's other runs, the Action's job homes): denied for reading only when
//   one of its homes holds a real auth.json now, i.e. a `restore` (which keeps today's deny-read seal) or a run
//   without the broker is in progress. A home created after this run's plan is not covered: on a runner shared by
//   several jobs of one user, the separate agent user (isolation) is the answer to that. Denied whenever the agent
//   may write: a planted owner record aims the orphan sweep, and this run's config.toml must stay as sealed.
// - the file store's directory: its envelopes are sealed with the stream key, which never reaches Codex's files or
//   environment, so reading them gives nothing; writing (deleting or rolling back a generation) matters, so it is
//   denied when the agent may write (workspace-write).
// - the runner's file-command files: what a step writes there sets later steps' environment (our post step runs
//   with the key), so they are denied when the agent may write. Reading them shows what the environment shows.

/** True when `dir` or a home directly in it holds an auth.json that is not the broker's placeholders. */
export function holdsRealLogin(dir: string): boolean {
  const candidates = [path.join(dir, 'auth.json')];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) candidates.push(path.join(dir, entry.name, 'auth.json'));
    }
  } catch {
    return false; // absent or unreadable to us: nothing of ours to protect there
  }
  return candidates.some((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return false;
    }
    // Unparseable counts as real: a half-written or foreign file is not proven harmless.
    try {
      const tokens = (JSON.parse(text) as { tokens?: { refresh_token?: unknown } }).tokens;
      const refresh = tokens?.refresh_token;
      return !(typeof refresh === 'string' && refresh.startsWith(REFRESH_PLACEHOLDER_PREFIX));
    } catch {
      return true;
    }
  });
}
