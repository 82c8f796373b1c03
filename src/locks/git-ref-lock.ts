import { randomUUID } from 'node:crypto';
import os from 'node:os';
import * as v from 'valibot';
import { isUsageError, LockLostError, LockTimeoutError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { commitMessage, type GitRefs, payloadOf } from '../github/git-refs.js';
import type { GitHubClient } from '../github/octokit.js';
import { CODEX_AUTH_REFS, type RefHandoff } from '../github/ref-handoff.js';
import { type RunLiveness, runLiveness } from '../github/workflow-run.js';
import { backoffDelay, sleep } from './backoff.js';
import type { Acquired, AcquireOptions, LockHandle, LockHolder, StreamLock, WorkflowRunRef } from './lock.js';
import { describeHolder } from './lock.js';

export function lockRef(stream: string): string {
  return `refs/codex-auth/locks/${stream}`;
}

/**
 * The lock's release marker: the last commit of the lock ref that its holder gave up. The lock is free exactly when
 * both refs point at the same commit. `+` cannot occur in a stream name, so no stream's lock is another's marker.
 */
export function releasedRef(stream: string): string {
  return `${lockRef(stream)}+released`;
}

// Polls back off to at most 10 s (GitHub's API is a shared budget: 1,000 requests an hour for GITHUB_TOKEN), so a
// freed lock is taken within about 15 s. A holder's run status is asked on each poll (two calls a poll), so a
// finished run's lock is taken within one backoff step.
const POLL = { initialMs: 500, maxMs: 10_000 };

const holderSchema = v.object({
  id: v.string(),
  host: v.string(),
  pid: v.nullable(v.number()),
  owner: v.string(),
  acquiredAt: v.string(),
  expiresAt: v.string(),
  run: v.optional(
    v.object({
      repository: v.string(),
      id: v.number(),
      attempt: v.number(),
      job: v.nullable(v.string()),
      url: v.string(),
    }),
  ),
});

export interface GitRefLockOptions {
  /** The run this process belongs to (inside GitHub Actions). */
  readonly run?: WorkflowRunRef | undefined;
  readonly log?: Logger;
  readonly noticeEveryMs?: number;
  /**
   * Set when the store is git-ref too: the lock then lists every codex-auth ref in the call that looks at the lock,
   * and hands what it saw to the store (see RefHandoff), so that the store's read needs no ref reads.
   */
  readonly handoff?: RefHandoff | undefined;
}

/**
 * A lock per stream as a ref, `refs/codex-auth/locks/<stream>`, whose commit records the holder, and a release
 * marker beside it (releasedRef). Every change is a compare-and-swap, because GitHub's delete-a-reference takes no
 * expected sha (a release that read the ref and then deleted it could delete a lock taken over in between):
 * - acquire: one call lists both refs (with a handoff, every codex-auth ref). No lock ref yet: create it (GitHub
 *   answers 422 when someone was first). Lock ref == marker (free): fast-forward the lock ref to a new holder commit
 *   on top of it; of two acquirers only one fast-forward succeeds.
 * - release: fast-forward the marker to our holder commit. That frees the lock only while the lock ref still points
 *   at that commit; a holder that took over built on our commit, so the lock ref has moved on and stays held.
 * - takeover of a stale lock: a fast-forward from the stale holder's commit, as before. A lock is stale only when its
 *   holder is really gone: its workflow run completed (or no longer exists), or, for holders outside Actions (or when
 *   the runs API is not readable), its lease expired without heartbeat.
 * What each step costs in API calls: README, "API budget" under the git-ref store.
 */
export class GitRefLock implements StreamLock {
  readonly kind = 'git-ref';
  private readonly ref: string;
  private readonly marker: string;
  private readonly holders = new Map<string, LockHolder>();
  private warnedNoActionsRead = false;

  constructor(
    private readonly git: GitRefs,
    private readonly client: GitHubClient,
    private readonly stream: string,
    private readonly options: GitRefLockOptions = {},
  ) {
    this.ref = lockRef(stream);
    this.marker = releasedRef(stream);
  }

  /**
   * The lock ref's commit (null: never taken), whether it is held (not at its release marker), and the listing it
   * came from: the lock's own refs, or with a handoff every codex-auth ref, in the same one call.
   */
  private async heldAt(): Promise<{ tip: string | null; held: boolean; refs: ReadonlyMap<string, string> }> {
    const refs = await this.git.listRefs(this.options.handoff ? CODEX_AUTH_REFS : this.ref);
    const tip = refs.get(this.ref) ?? null;
    return { tip, held: tip !== null && tip !== (refs.get(this.marker) ?? null), refs };
  }

  async acquire(options: AcquireOptions): Promise<Acquired> {
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    const noticeEvery = this.options.noticeEveryMs ?? 10_000;
    let lastNotice = -Infinity;
    // Only the listing this acquisition takes the lock from may reach the store.
    this.options.handoff?.clear();
    for (let attempt = 0; ; attempt++) {
      options.signal?.throwIfAborted();
      // Waiting costs one API call a poll: look first, and write a lock commit only when the lock is free.
      const { tip, held, refs } = await this.heldAt();
      if (!held) {
        const holder = this.newHolder(options);
        const mine = await this.git.createCommit(this.message(holder), tip === null ? [] : [tip]);
        const took =
          tip === null
            ? await this.git.createRef(this.ref, mine)
            : (await this.git.fastForward(this.ref, mine)) === 'updated';
        if (took) {
          // Taken from the very state listed: nobody held the lock since, so the listing is the store's too.
          this.options.handoff?.offer(refs);
          return this.acquired(holder, mine, options, started);
        }
        continue; // Another acquirer was first: look again at once.
      }
      const current = tip as string;
      const theirs = await this.holderAt(current);
      if (await this.isStale(theirs)) {
        const takeover = this.newHolder(options);
        const sha = await this.git.createCommit(this.message(takeover, theirs), [current]);
        if ((await this.git.fastForward(this.ref, sha)) === 'updated') {
          // No handoff: the holder taken over may still be writing, so the store reads the stream for itself.
          this.options.log?.info(
            `took over the lock of stream "${this.stream}" from ${describeHolder(theirs)}, which is gone.`,
          );
          return this.acquired(takeover, sha, options, started);
        }
        continue; // Another waiter won the takeover.
      }
      const waited = Date.now() - started;
      if (Date.now() >= deadline) {
        throw new LockTimeoutError(
          `the lock of stream "${this.stream}" is held by ${describeHolder(theirs)} and was not released within ${Math.round(options.timeoutMs / 1000)} s. Wait for that run, raise lock-timeout, or, if you know it is gone, run \`codex-auth unlock --force --store git-ref --stream ${this.stream}\`.`,
        );
      }
      if (waited - lastNotice >= noticeEvery) {
        lastNotice = waited;
        options.onWait?.(theirs, waited);
      }
      await sleep(Math.min(backoffDelay(attempt, POLL), Math.max(0, deadline - Date.now())), options.signal);
    }
  }

  async resume(id: string): Promise<LockHandle> {
    const { tip: sha, held, refs } = await this.heldAt();
    const holder = sha && held ? await this.holderAt(sha) : null;
    if (!sha || holder?.id !== id) {
      throw new LockLostError(
        `the lock of stream "${this.stream}" is no longer this job's (${holder ? `now held by ${describeHolder(holder)}` : 'it is free'}): it was released or taken over meanwhile. Run the job again from restore.`,
      );
    }
    // Listed while this job holds the lock: no other holder can have moved the stream since.
    this.options.handoff?.offer(refs);
    return this.handle(holder, sha, null);
  }

  async inspect(): Promise<LockHolder | null> {
    const { tip, held } = await this.heldAt();
    if (!tip || !held) return null;
    const holder = await this.holderAt(tip);
    return { ...holder, stale: await this.isStale(holder) };
  }

  /** Frees the lock whoever holds it (unlock --force, revoke): the marker is moved to the holder's commit. */
  async forceRelease(): Promise<LockHolder | null> {
    const { tip, held } = await this.heldAt();
    if (!tip || !held) return null;
    const holder = await this.holderAt(tip);
    return (await this.markReleased(tip, true)) ? holder : null;
  }

  /**
   * Moves the marker to `sha`. A fast-forward: the marker's last value is the free commit our holder commit was
   * built on (or the commit it took over from), so it is an ancestor of `sha`. `force` only for unlock --force,
   * which overrides whatever the marker says.
   */
  private async markReleased(sha: string, force = false): Promise<boolean> {
    const moved = await this.git.fastForward(this.marker, sha, force);
    if (moved === 'updated') return true;
    if (moved === 'missing') return this.git.createRef(this.marker, sha);
    // Not a fast-forward: a later holder (built on our commit) has already released; the lock is not ours.
    return false;
  }

  private newHolder(options: AcquireOptions): LockHolder {
    const now = Date.now();
    // Inside Actions the run's status decides staleness, so the lease only matters when that cannot be read.
    const leaseMs = this.options.run ? Math.max(options.leaseMs, 6 * 60 * 60 * 1000) : options.leaseMs;
    return {
      id: randomUUID(),
      host: os.hostname(),
      pid: options.mode === 'process' ? process.pid : null,
      owner: options.owner,
      acquiredAt: new Date(now).toISOString(),
      expiresAt: new Date(now + leaseMs).toISOString(),
      ...(this.options.run ? { run: this.options.run } : {}),
    };
  }

  private message(holder: LockHolder, replaced?: LockHolder): string {
    const subject = `codex-auth: lock of stream ${this.stream}${replaced ? ` (taken over from ${replaced.id})` : ''}`;
    return commitMessage(subject, JSON.stringify(holder, null, 2));
  }

  private async holderAt(sha: string): Promise<LockHolder> {
    const cached = this.holders.get(sha);
    if (cached) return cached;
    let holder: LockHolder;
    try {
      holder = v.parse(holderSchema, JSON.parse(payloadOf(await this.git.readMessage(sha)))) as LockHolder;
    } catch (error) {
      if (isUsageError(error)) throw error;
      // Not written by codex-auth (or damaged): treat as held, expiring an hour after we first saw it.
      const now = new Date();
      holder = {
        id: `unknown-${sha.slice(0, 12)}`,
        host: 'unknown',
        pid: null,
        owner: `an unreadable lock commit ${sha.slice(0, 12)}`,
        acquiredAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 60 * 60 * 1000).toISOString(),
      };
    }
    this.holders.set(sha, holder);
    return holder;
  }

  private async isStale(holder: LockHolder): Promise<boolean> {
    if (holder.run) {
      const liveness = await this.runLivenessOf(holder.run);
      if (liveness === 'gone') return true;
      if (liveness === 'active') return false;
    }
    return Date.parse(holder.expiresAt) < Date.now();
  }

  private async runLivenessOf(run: WorkflowRunRef): Promise<RunLiveness> {
    const value = await runLiveness(this.client, run);
    if (value === 'unknown' && !this.warnedNoActionsRead) {
      this.warnedNoActionsRead = true;
      this.options.log?.warn(
        `cannot read the status of run ${run.id} that holds the lock of stream "${this.stream}": add \`permissions: actions: read\` so a finished holder is recognised at once; until then its lease decides.`,
      );
    }
    return value;
  }

  private acquired(holder: LockHolder, sha: string, options: AcquireOptions, started: number): Acquired {
    const heartbeat = options.mode === 'process' && !this.options.run ? options.leaseMs / 3 : null;
    return { handle: this.handle(holder, sha, heartbeat), waitedMs: Date.now() - started };
  }

  /** Heartbeat (holders outside Actions): a new commit on top of ours with a later lease, by fast-forward. */
  private handle(holder: LockHolder, sha: string, heartbeatMs: number | null): LockHandle {
    let current = sha;
    let currentHolder = holder;
    let renewing: Promise<void> = Promise.resolve();
    const timer =
      heartbeatMs === null
        ? null
        : setInterval(() => {
            renewing = (async () => {
              const leaseMs = Date.parse(currentHolder.expiresAt) - Date.parse(currentHolder.acquiredAt);
              const renewed = { ...currentHolder, expiresAt: new Date(Date.now() + leaseMs).toISOString() };
              const next = await this.git.createCommit(this.message(renewed), [current]);
              if ((await this.git.fastForward(this.ref, next)) === 'updated') {
                current = next;
                currentHolder = renewed;
                this.holders.set(next, renewed);
              }
            })().catch(() => undefined);
          }, heartbeatMs);
    timer?.unref();
    return {
      holder,
      release: async () => {
        if (timer) clearInterval(timer);
        this.options.handoff?.clear();
        await renewing;
        // One call, and never frees a lock taken over meanwhile: the lock ref has moved past `current` then.
        return this.markReleased(current);
      },
    };
  }
}
