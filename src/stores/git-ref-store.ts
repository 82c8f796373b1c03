import { type Envelope, parseEnvelope, serializeEnvelope } from '../core/envelope.js';
import { StoreConflictError } from '../core/errors.js';
import { commitMessage, GitRefs, payloadOf } from '../github/git-refs.js';
import type { RefHandoff } from '../github/ref-handoff.js';
import { markOf, refuseRollback } from './rollback-guard.js';
import { writeReason } from './audit-log.js';
import { readGeneration, serializeJobsAdvice, type Store, type StoredStream } from './store.js';

export function streamRef(stream: string): string {
  return `refs/codex-auth/streams/${stream}`;
}

/**
 * The rollback guard's high-water mark: a second ref at the commit of the highest generation written. The stream
 * ref moves only by fast-forward, but a force-push (a restored backup) or a new commit holding an old envelope
 * would still put an older copy there; the mark ref keeps pointing at the newest one.
 */
export function highWaterRef(stream: string): string {
  return `refs/codex-auth/high-water/${stream}`;
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
  private readonly markRef: string;
  /** Commit the mark ref points at, as last seen (undefined: not looked at yet; null: no mark). */
  private markSha: string | null | undefined;
  /** Commit of each generation this process read or wrote: the parent of the next write, without a lookup. */
  private readonly commits = new Map<number, string>();

  constructor(
    private readonly git: GitRefs,
    readonly stream: string,
    /** The git-ref lock's listing of this stream's refs, when that lock holds the stream (see RefHandoff). */
    private readonly handoff?: RefHandoff,
  ) {
    this.ref = streamRef(stream);
    this.markRef = highWaterRef(stream);
    this.location = `${git.repository.owner}/${git.repository.repo} ${this.ref}`;
  }

  async read(): Promise<Envelope | null> {
    return (await this.readCurrent())?.envelope ?? null;
  }

  /** One listing of the stream refs; fingerprints would cost a call per stream, so they are not read. */
  async storedStreams(): Promise<StoredStream[]> {
    const prefix = streamRef('');
    const refs = await this.git.listRefs(prefix);
    return [...refs.keys()]
      .map((ref) => ({ name: ref.slice(prefix.length), fingerprint: null }))
      .sort((a, b) => a.name.localeCompare(b.name));
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
      await this.moveMark(sha);
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
        await this.moveMark(created);
        return;
      }
      parent = sha;
    }
    const sha = await this.git.createCommit(message, [parent]);
    const moved = await this.git.fastForward(this.ref, sha);
    if (moved !== 'updated') throw await this.conflict(expectedGeneration);
    this.commits.set(envelope.generation, sha);
    await this.moveMark(sha);
  }

  async highWater(): Promise<number | null> {
    const sha = await this.git.readRef(this.markRef);
    this.markSha = sha;
    return sha === null ? null : (await this.envelopeAt(sha)).generation;
  }

  /** `revoke`: the session is signed out, so the next seed is a fresh login and starts a fresh mark. */
  async remove(): Promise<void> {
    await this.git.deleteRef(this.ref);
    await this.git.deleteRef(this.markRef);
    this.markSha = null;
  }

  async rollback(badGeneration: number): Promise<boolean> {
    const bad = this.commits.get(badGeneration);
    const previous = this.commits.get(badGeneration - 1);
    if (!bad || (await this.git.readRef(this.ref)) !== bad) return false;
    // The bad write is undone on purpose, so the mark goes back with it.
    if (previous) {
      const moved = (await this.git.fastForward(this.ref, previous, true)) === 'updated';
      if (moved) await this.moveMark(previous);
      return moved;
    }
    await this.git.deleteRef(this.markRef).catch(() => false);
    this.markSha = null;
    return this.git.deleteRef(this.ref);
  }

  private async readCurrent(): Promise<{ sha: string; envelope: Envelope } | null> {
    const [sha, markSha] = await this.currentShas();
    this.markSha = markSha;
    if (sha === null) return null;
    const envelope = await this.envelopeAt(sha);
    this.commits.set(envelope.generation, sha);
    // The mark usually points at this very commit: then there is nothing older to fear and nothing more to read.
    if (markSha !== null && markSha !== sha) {
      const mark = await this.envelopeAt(markSha).catch(() => null);
      refuseRollback(envelope, mark ? markOf(mark) : null, {
        stream: this.stream,
        location: this.location,
        mark: `${this.markRef} (commit ${markSha.slice(0, 12)})`,
      });
    }
    return { sha, envelope };
  }

  /**
   * Where the stream ref and its mark point: from the lock's listing when it just took the stream (no call), else
   * both refs read in parallel (one more than the envelope needs: the mark that guards against a rolled-back ref).
   */
  private async currentShas(): Promise<[string | null, string | null]> {
    const listed = this.handoff?.take();
    if (listed) return [listed.get(this.ref) ?? null, listed.get(this.markRef) ?? null];
    return Promise.all([this.git.readRef(this.ref), this.git.readRef(this.markRef)]);
  }

  private async envelopeAt(sha: string): Promise<Envelope> {
    return parseEnvelope(
      payloadOf(await this.git.readMessage(sha)),
      `${this.location} (commit ${sha.slice(0, 12)})`,
    );
  }

  /**
   * Points the mark at the commit just written. After the stream ref moved, so a failure leaves the mark behind
   * (a weaker guard until the next write), never ahead of the stored copy (which would refuse the good one).
   */
  private async moveMark(sha: string): Promise<void> {
    try {
      const moved = this.markSha === null ? 'missing' : await this.git.fastForward(this.markRef, sha, true);
      if (moved === 'missing' && !(await this.git.createRef(this.markRef, sha))) {
        await this.git.fastForward(this.markRef, sha, true);
      }
      this.markSha = sha;
    } catch {
      // The envelope is stored; a mark that lags one generation costs only guard strength, not the login.
    }
  }

  /** Names the writer of the copy that won, so the user can see which run got there first. */
  private async conflict(expected: number | 'replace'): Promise<StoreConflictError> {
    const current = await this.readCurrent().catch(() => null);
    const what = current
      ? `it is at generation ${current.envelope.generation}, written ${current.envelope.writtenAt} by ${current.envelope.writer}`
      : 'it was removed';
    return new StoreConflictError(
      `stream "${this.stream}" changed since generation ${expected} was loaded: ${what}. This copy was NOT written over it. ${serializeJobsAdvice('`lock: git-ref` (the default)')}`,
    );
  }
}
