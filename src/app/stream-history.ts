import { type Envelope, parseEnvelope } from '../core/envelope.js';
import type { Logger } from '../core/logger.js';
import { payloadOf } from '../github/git-refs.js';
import { explainGitHubError } from '../github/github-errors.js';
import { statusOf } from '../github/github-errors.js';
import { readAuditLog, type WriteReason } from '../stores/audit-log.js';
import type { StoreSettings } from '../stores/create-store.js';
import { streamRef } from '../stores/git-ref-store.js';
import type { Store } from '../stores/store.js';
import type { LockKind } from '../locks/create-lock.js';
import { createBackends } from './context.js';

// Who wrote a stream, when and why: each store gives what it keeps. Metadata only: nothing is decrypted, no key
// is needed, and no token can appear.

export interface HistoryEntry {
  readonly generation: number;
  readonly writtenAt: string;
  /** The run URL or host that wrote it. */
  readonly writer: string;
  /** unknown: the store does not record why (or the write predates codex-auth recording it). */
  readonly why: WriteReason | 'unknown';
  readonly fingerprint: string;
  /** git-ref: the commit of this generation. */
  readonly commit?: string;
}

export interface StreamHistory {
  readonly stream: string;
  readonly store: string;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  /** False when the store cannot give every write (the note says what is missing). */
  readonly complete: boolean;
  readonly note: string | null;
}

const UNRECORDED: Record<string, string> = {
  cache:
    'the cache store keeps one entry per generation but the Actions cache evicts old ones and cannot list them from outside a job: only the current write is shown.',
  'github-secret':
    'a GitHub secret cannot be read back and keeps no versions: only the copy this job received is shown.',
  command:
    'the command store reads only the current value from your secret manager: only the current write is shown (your manager may keep versions of its own).',
};

export interface StreamHistoryRequest {
  readonly store: StoreSettings;
  readonly lock: LockKind;
  /** At most this many writes, newest first. */
  readonly limit: number;
}

/** history: who wrote the stream, when and why, from metadata only (needs no key, decrypts nothing). */
export async function streamHistory(
  request: StreamHistoryRequest,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<StreamHistory> {
  const { store } = await createBackends(request.store, request.lock, env, log);
  return readStreamHistory(request.store, store, request.limit);
}

export async function readStreamHistory(
  settings: StoreSettings,
  store: Store,
  limit: number,
): Promise<StreamHistory> {
  const base = { stream: settings.stream, store: store.kind };
  if (settings.kind === 'git-ref' && settings.github)
    return { ...base, ...(await gitRefHistory(settings, limit)) };
  if (settings.kind === 'file') {
    const log = await readAuditLog(settings.stateDir, settings.stream);
    if (log !== null) {
      const entries = log.reverse().slice(0, limit);
      return {
        ...base,
        entries,
        complete: log.length <= limit,
        note: log.length > limit ? `the ${limit} newest of ${log.length} logged writes.` : null,
      };
    }
    const current = await store.read();
    return {
      ...base,
      entries: current ? [entryOf(current, 'unknown')] : [],
      complete: current === null,
      note: current
        ? 'this stream was written before codex-auth kept an audit log: only the current write is known.'
        : null,
    };
  }
  const current = await store.read();
  return {
    ...base,
    entries: current ? [entryOf(current, 'unknown')] : [],
    complete: false,
    note: UNRECORDED[settings.kind] ?? `the ${settings.kind} store keeps only the current copy.`,
  };
}

function entryOf(envelope: Envelope, why: HistoryEntry['why'], commit?: string): HistoryEntry {
  return {
    generation: envelope.generation,
    writtenAt: envelope.writtenAt,
    writer: envelope.writer,
    why,
    fingerprint: envelope.fingerprint,
    ...(commit ? { commit } : {}),
  };
}

/** The commit chain of refs/codex-auth/streams/<stream>: each generation's commit has the one it replaced as parent. */
async function gitRefHistory(
  settings: StoreSettings,
  limit: number,
): Promise<Pick<StreamHistory, 'entries' | 'complete' | 'note'>> {
  const github = settings.github;
  if (!github) throw new Error('git-ref history without a repository');
  // Octokit is loaded only for a git-ref history (start-up stays light: test/unit/house/startup-imports.test.ts).
  const { createOctokit } = await import('../github/octokit.js');
  const client = createOctokit({ token: github.token, baseUrl: github.apiUrl });
  const repository = github.repository;
  const ref = streamRef(settings.stream);
  let sha: string | null;
  try {
    sha = (await client.rest.git.getRef({ ...repository, ref: ref.slice('refs/'.length) })).data.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return { entries: [], complete: true, note: null };
    throw explainGitHubError(error, `reading ${ref}`, 'contents: read');
  }
  const entries: HistoryEntry[] = [];
  while (sha !== null && entries.length < limit) {
    let data: { message: string; parents: { sha: string }[] };
    try {
      data = (await client.rest.git.getCommit({ ...repository, commit_sha: sha })).data;
    } catch (error) {
      throw explainGitHubError(error, `reading commit ${sha}`, 'contents: read');
    }
    const envelope = parseEnvelope(payloadOf(data.message), `${ref} (commit ${sha.slice(0, 12)})`);
    const recorded = /\((seed|refresh|reseed)\)\s*$/.exec(data.message.split('\n')[0] ?? '')?.[1] as
      WriteReason | undefined;
    entries.push(entryOf(envelope, recorded ?? (data.parents.length === 0 ? 'seed' : 'unknown'), sha));
    sha = data.parents[0]?.sha ?? null;
  }
  return {
    entries,
    complete: sha === null,
    note: sha === null ? null : `the ${limit} newest generations; older commits are on ${ref}.`,
  };
}
