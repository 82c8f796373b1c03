import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../support/action-harness.js';
import { type ActionWorld, createActionWorld, entry, REPOSITORY } from '../support/action-world.js';
import { type CacheService, cacheEnvFor, startCacheService } from '../support/cache-service.js';
import { type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';
import { nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld;
let github: GitHubSimulator;
let cacheService: CacheService;
let token: string;
beforeEach(async () => {
  world = await createActionWorld();
  const [owner = '', repo = ''] = REPOSITORY.split('/');
  github = await startGitHubSimulator({ owner, repo });
  token = github.addToken({ contents: 'write', actions: 'read' });
  cacheService = await startCacheService();
});
afterEach(async () => {
  await cacheService.close();
  await github.close();
  await world.close();
});

const event = {
  name: 'push',
  payload: { repository: { full_name: REPOSITORY, private: true, default_branch: 'main' } },
};

/** A job on `ref` with the runner's cache service variables, the git-ref lock on the GitHub simulator. */
function job(ref = 'refs/heads/main'): Job {
  const j = world.job(event);
  Object.assign(j.baseEnv, {
    GITHUB_API_URL: github.url,
    ...cacheEnvFor(cacheService, { workspace: j.workspace, runnerTemp: j.runnerTemp, ref }),
  });
  github.setRun(Number(j.baseEnv.GITHUB_RUN_ID), 'in_progress');
  return j;
}

const inputs = (extra: Record<string, string> = {}) =>
  world.streamInputs('cached', { store: 'cache', 'state-dir': '', 'github-token': token, ...extra });

describe('the cache store through the bundled Action (real @actions/cache, tar and zstd)', () => {
  it('round-trips: the refresh is saved as the next generation and the next job restores it', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const first = await job().mainAndPost(entry('main'), entry('post'), {
      inputs: inputs({ 'auth-json': seed }),
      timeoutMs: 60_000,
    });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs).toMatchObject({ refreshed: 'true', persisted: 'true', generation: '2' });
    expect(cacheService.entries().map((e) => e.key)).toEqual(['codex-auth-cached-1', 'codex-auth-cached-2']);

    const second = await job().mainAndPost(entry('main'), entry('post'), {
      inputs: inputs(),
      timeoutMs: 60_000,
    });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.outputs).toMatchObject({ refreshed: 'false', persisted: 'false', generation: '2' });
    expect(world.sim.refreshCount).toBe(1);
  });

  it('refuses a run on a feature branch before Codex runs, naming the default branch', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const { main } = await job('refs/heads/feature').mainAndPost(entry('main'), entry('post'), {
      inputs: inputs({ 'auth-json': seed }),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(
      /branch-scoped: this run is on refs\/heads\/feature.*default branch main.*allow-branch-scope/,
    );
    expect(world.sim.requestLog).toHaveLength(0);
    expect(cacheService.entries()).toHaveLength(0);
  });
});
