import { type Envelope, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { StoreConflictError } from '../core/errors.js';
import { commitMessage, GitRefs, payloadOf } from '../github/git-refs.js';
import { writeReason } from './audit-log.js';
import { readGeneration, type Store } from './store.js';

export function streamRef(stream: string): string {
  return `refs/codex-auth/streams/${stream}`;
}

/**
 * The stream's envelope in a commit on `refs/codex-auth/streams/<stream>` of the repository itself: readable at any
 * time with `contents: read`, written with `contents: write` (the workflow's own GITHUB_TOKEN is enough). Each
 * generation is a commit whose parent is the generation it replaces, and the ref only moves by fast-forward, so
 * a write based on an old generation is rejected by GitHub itself: a compare-and-swap.
 */
export class GitRefStore implements Store {
  readonly kind = 'git-ref';
  readonly location: string;
  readonly readBackAfterWrite = false;
  private readonly ref: string;
  /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
  private readonly commits = new Map<number, string>();

  constructor(
    private readonly git: GitRefs,
    readonly stream: string,
  ) {
    this.ref = streamRef(stream);
    this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
  }

  async read(): Promise<Envelope | null> {
    return (await this.readCurrent())?.envelope ?? null;
  }

  currentGeneration(): Promise<number | null> {
    return readGeneration(this);
  }

  async write(envelope: Envelope, expectedGeneration: number | 'replace'): Promise<void> {
    // Why is in the subject: the chain of these commits is the stream's history (codex-auth history).
    const message = commitMessage(
      `codex-auth: stream ${this.stream} generation ${envelope.generation} (${writeReason(expectedGeneration)})`,
      serializeEnvelope(envelope),
    );
    if (expectedGeneration === 0) {
      const sha = await this.git.createCommit(message, []);
      if (!(await this.git.createRef(this.ref, sha))) throw await this.conflict(expectedGeneration);
      this.commits.set(envelope.generation, sha);
      return;
    }
    let parent = typeof expectedGeneration === 'number' ? this.commits.get(expectedGeneration) : undefined;
    if (parent === undefined) {
      // Loaded by another process (restore -> persist) or replacing: look at what is there now.
      const current = await this.readCurrent().catch(() => null);
      const sha = current?.sha ?? (await this.git.readRef(this.ref));
      if (expectedGeneration !== 'replace' && current?.envelope.generation !== expectedGeneration) {
        throw await this.conflict(expectedGeneration);
      }
      if (sha === null) {
        const created = await this.git.createCommit(message, []);
        if (!(await this.git.createRef(this.ref, created))) throw await this.conflict(expectedGeneration);
        this.commits.set(envelope.generation, created);
        return;
      }
      parent = sha;
    }
    const sha = await this.git.createCommit(message, [parent]);
    const moved = await this.git.fastForward(this.ref, sha);
    if (moved !== 'updated') throw await this.conflict(expectedGeneration);
    this.commits.set(envelope.generation, sha);
  }

  async remove(): Promise<void> {
    await this.git.deleteRef(this.ref);
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const bad = this.commits.get(badGeneration);
    const previous = this.commits.get(badGeneration - 1);
    if (!bad || (await this.git.readRef(this.ref)) !== bad) return false;
    if (previous) return (await this.git.fastForward(this.ref, previous, true)) === 'updated';
    return this.git.deleteRef(this.ref);
  }

  private async readCurrent(): Promise<{ sha: string; envelope: Envelope } | null> {
    const sha = await this.git.readRef(this.ref);
    if (sha === null) return null;
    const envelope = parseEnvelope(
      payloadOf(await this.git.readMessage(sha)),
      `${this.location} (commit ${sha.slice(0, 12)})`,
    );
    this.commits.set(envelope.generation, sha);
    return { sha, envelope };
  }

  /** Names the writer of the copy that won, so the user can see which run got there first. */
  private async conflict(expected: number | 'replace'): Promise<StoreConflictError> {
    const current = await this.readCurrent().catch(() => null);
    const what = current
      ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}`
      : 'it was removed';
    return new StoreConflictError(
      `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. Serialize the jobs of one stream: keep \`lock: git-ref\` (the default) and, if you like, a \`concurrency:\` group.`,
    );
  }
}
