import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainGitHubError } from '../../../src/github/github-errors.js';
import { EMPTY_TREE, GitRefs } from '../../../src/github/git-refs.js';
import { createOctokit } from '../../../src/github/octokit.js';
import { type GitHubSimulator, startGitHubSimulator } from '../../support/github-simulator.js';
import { fakeCredential } from '../../support/test-tokens.js';

let sim: GitHubSimulator;
beforeEach(async () => {
  sim = await startGitHubSimulator();
});
afterEach(async () => {
  await sim.close();
});

describe('the project Octokit client against the GitHub simulator', () => {
  it('retries a 5xx and succeeds', async () => {
    const git = new GitRefs(createOctokit({ token: sim.addToken(), baseUrl: sim.url }), sim.repo);
    sim.failNext(1, 502, { method: 'POST' });
    const sha = await git.createCommit('hello', []);
    expect(sim.getCommit(sha)?.tree).toBe(EMPTY_TREE);
    expect(sim.countRequests({ method: 'POST', status: 502 })).toBe(1);
  });

  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    const git = new GitRefs(createOctokit({ token: sim.addToken(), baseUrl: sim.url }), sim.repo);
    sim.failNext(1, 403, { method: 'GET', retryAfter: 1 });
    expect(await git.readRef('refs/codex-auth/streams/none')).toBeNull();
    expect(sim.countRequests({ status: 403 })).toBe(1);
  });

  it('does not retry a conflict: createRef reports an existing ref, fast-forward reports a non-fast-forward', async () => {
    const git = new GitRefs(createOctokit({ token: sim.addToken(), baseUrl: sim.url }), sim.repo);
    const a = await git.createCommit('a', []);
    const b = await git.createCommit('b', []);
    expect(await git.createRef('refs/codex-auth/locks/s', a)).toBe(true);
    expect(await git.createRef('refs/codex-auth/locks/s', b)).toBe(false);
    expect(await git.fastForward('refs/codex-auth/locks/s', b)).toBe('not-fast-forward');
    const c = await git.createCommit('c', [a]);
    expect(await git.fastForward('refs/codex-auth/locks/s', c)).toBe('updated');
    expect(await git.deleteRef('refs/codex-auth/locks/s')).toBe(true);
    expect(await git.deleteRef('refs/codex-auth/locks/s')).toBe(false);
    expect(sim.countRequests({ status: 422 })).toBe(3);
  });

  it('maps a missing permission to the permissions line to add', async () => {
    const git = new GitRefs(
      createOctokit({ token: sim.addToken({ contents: 'read' }), baseUrl: sim.url }),
      sim.repo,
    );
    await expect(git.createCommit('x', [])).rejects.toThrow(/add `permissions: contents: write`/);
    const bad = new GitRefs(createOctokit({ token: fakeCredential('ghs_'), baseUrl: sim.url }), sim.repo);
    await expect(bad.readRef('refs/x/y/z')).rejects.toThrow(/rejected the token/);
    expect(explainGitHubError({ status: 404 }, 'reading', 'contents: read').message).toMatch(/--repo/);
  });
});
