import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { payloadOf } from '../../src/github/git-refs.js';
import { createOctokit } from '../../src/github/octokit.js';
import { type ActionWorld, createActionWorld, entry, REPOSITORY } from '../support/action-world.js';
import type { Job } from '../support/action-harness.js';
import { type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';
import { waitFor } from '../support/wait-for.js';
import { nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld;
let github: GitHubSimulator;
let token: string;
beforeEach(async () => {
  world = await createActionWorld();
  const [owner = '', repo = ''] = REPOSITORY.split('/');
  github = await startGitHubSimulator({ owner, repo });
  token = github.addToken({ contents: 'write', actions: 'read' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

/** Inputs for the git-ref store (the Action's default) with the simulator's token. */
const inputs = (extra: Record<string, string> = {}) =>
  world.streamInputs('shared', {
    store: '',
    'state-dir': '',
    'github-token': token,
    'lock-timeout': '600',
    ...extra,
  });

/** A job whose run the GitHub simulator reports in progress, talking to the simulator's API. */
function job(): { job: Job; runId: number } {
  const j = world.job();
  j.baseEnv.GITHUB_API_URL = github.url;
  const runId = Number(j.baseEnv.GITHUB_RUN_ID);
  github.setRun(runId, 'in_progress');
  return { job: j, runId };
}

function streamGeneration(): number | null {
  const sha = github.getRef('refs/codex-auth/streams/shared');
  return sha ? parseEnvelope(payloadOf(github.getCommit(sha)?.message ?? ''), 'ref').generation : null;
}

describe('the Action on the git-ref store and lock (GitHub-hosted default)', () => {
  it('10 concurrent jobs on one stale stream: all succeed, one refresh, no reuse, newest generation, no lock left', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const results = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { job: j, runId } = job();
        const result = await j.mainAndPost(entry('main'), entry('post'), {
          inputs: inputs({ 'auth-json': seed }),
          timeoutMs: 240_000,
        });
        github.setRun(runId, 'completed');
        return result;
      }),
    );
    for (const { main, post } of results) {
      expect(main.code, main.stdout).toBe(0);
      expect(post.code, post.stdout).toBe(0);
    }
    expect(results.filter(({ main }) => main.outputs.refreshed === 'true')).toHaveLength(1);
    expect(world.sim.refreshCount).toBe(1);
    expect(world.sim.reuseCount).toBe(0);
    expect(streamGeneration()).toBe(2);
    expect(github.getRef('refs/codex-auth/locks/shared')).toBe(
      github.getRef('refs/codex-auth/locks/shared+released'),
    );
  }, 400_000);

  it('a holder killed with -9 whose run then completes: the next job takes the lock within one backoff step', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    world.sim.setResponseDelay(60_000);
    const a = job();
    const killed = a.job.step(entry('main'), { inputs: inputs({ 'auth-json': seed }), timeoutMs: 5_000 });
    const b = job();
    // A holds the lock once its Codex has refreshed the stale login (the refresh is not delayed, the model call is).
    await waitFor(() => world.sim.refreshCount === 1, {
      timeoutMs: 30_000,
      what: "A's Codex to refresh, lock held",
    });
    const waiting = b.job.step(entry('main'), { inputs: inputs(), timeoutMs: 120_000 });
    expect((await killed).timedOut).toBe(true);
    world.sim.setResponseDelay(0);
    const completedAt = Date.now();
    github.setRun(a.runId, 'completed');
    const main = await waiting;
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toMatch(/took over the lock of stream "shared" from run/);
    expect(main.outputs).toMatchObject({ refreshed: 'false', generation: '2' });
    // The time is the behaviour ("within one backoff step" of the holder's run completing): a generous bound.
    const tookOverAfterMs = Date.now() - completedAt;
    expect(tookOverAfterMs).toBeLessThan(15_000);
  }, 180_000);

  it('an old lock whose run is still in progress is not taken: the waiter fails naming the holder run', async () => {
    const holderRun = 424242;
    github.setRun(holderRun, 'in_progress');
    const client = createOctokit({ token, baseUrl: github.url });
    const [owner = '', repo = ''] = REPOSITORY.split('/');
    const holder = {
      id: 'old-holder',
      host: 'runner-7',
      pid: 123,
      owner: `https://github.com/${REPOSITORY}/actions/runs/${holderRun}`,
      acquiredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      run: {
        repository: REPOSITORY,
        id: holderRun,
        attempt: 1,
        job: 'review',
        url: `https://github.com/${REPOSITORY}/actions/runs/${holderRun}`,
      },
    };
    const commit = await client.rest.git.createCommit({
      owner,
      repo,
      message: `codex-auth: lock of stream shared\n\n${JSON.stringify(holder)}`,
      tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      parents: [],
    });
    await client.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/codex-auth/locks/shared',
      sha: commit.data.sha,
    });

    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const { main } = await job().job.mainAndPost(entry('main'), entry('post'), {
      inputs: inputs({ 'auth-json': seed, 'lock-timeout': '3' }),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      new RegExp(`held by run ${holderRun} \\(https://github.com/${REPOSITORY}/actions/runs/${holderRun}`),
    );
    expect(github.getRef('refs/codex-auth/locks/shared')).toBe(commit.data.sha);
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('a stream ref force-pushed back to an older generation is refused before any token call', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const first = job();
    const seeded = await first.job.mainAndPost(entry('main'), entry('post'), {
      inputs: inputs({ 'auth-json': seed }),
    });
    github.setRun(first.runId, 'completed');
    expect(seeded.main.code, seeded.main.stdout).toBe(0);
    expect(streamGeneration()).toBe(2);
    const newest = github.getRef('refs/codex-auth/streams/shared') ?? '';
    const client = createOctokit({ token, baseUrl: github.url });
    const [owner = '', repo = ''] = REPOSITORY.split('/');
    const parent = (await client.rest.git.getCommit({ owner, repo, commit_sha: newest })).data.parents[0]
      ?.sha;
    if (!parent) throw new Error('generation 2 has no parent commit');
    await client.rest.git.updateRef({
      owner,
      repo,
      ref: 'codex-auth/streams/shared',
      sha: parent,
      force: true,
    });
    const requests = world.sim.requestLog.length;

    const { main, post } = await job().job.mainAndPost(entry('main'), entry('post'), { inputs: inputs() });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/holds generation 1 .*generation 2 was already written.*seed --force/);
    expect(post.code).toBe(0);
    expect(world.sim.requestLog.length).toBe(requests);
    expect(github.getRef('refs/codex-auth/streams/shared')).toBe(parent);
    expect(github.getRef('refs/codex-auth/high-water/shared')).toBe(newest);
    // Free: released by compare-and-swap, the lock ref sits at its `+released` marker (or is gone).
    const lock = github.getRef('refs/codex-auth/locks/shared');
    expect(lock === null || lock === github.getRef('refs/codex-auth/locks/shared+released')).toBe(true);
  });

  it('a token without contents: write fails the step before Codex runs, naming the permission', async () => {
    const readOnly = github.addToken({ contents: 'read', actions: 'read' });
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const { main, post } = await job().job.mainAndPost(entry('main'), entry('post'), {
      inputs: inputs({ 'auth-json': seed, 'github-token': readOnly }),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/permissions: contents: write/);
    expect(post.code).toBe(0);
    expect(world.sim.requestLog).toHaveLength(0);
    expect(github.getRef('refs/codex-auth/streams/shared')).toBeNull();
  });
});
