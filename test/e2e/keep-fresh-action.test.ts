import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { payloadOf } from '../../src/github/git-refs.js';
import type { Job } from '../support/action-harness.js';
import { type ActionWorld, createActionWorld, entry, REPOSITORY } from '../support/action-world.js';
import { runCli } from '../support/cli-harness.js';
import { codexEnvFor } from '../support/codex-sandbox.js';
import { type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';
import { anHourAgo, nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld;
let github: GitHubSimulator;
let token: string;
beforeEach(async () => {
  world = await createActionWorld();
  const [owner = '', repo = ''] = REPOSITORY.split('/');
  github = await startGitHubSimulator({ owner, repo });
  token = github.addToken({ contents: 'write', actions: 'read', issues: 'write' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

/** Seeds (or reseeds) a git-ref stream the way a maintainer does, with the CLI on a trusted machine. */
async function seed(stream: string, authJson: string, force = false): Promise<void> {
  const file = `${world.root}/seed-${stream}.json`;
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, authJson, { mode: 0o600 });
  const { CODEX_HOME: _unused, ...base } = codexEnvFor(world.sim, {
    home: world.root,
    codexHome: world.root,
  });
  const run = await runCli(
    [
      'seed',
      '--store',
      'git-ref',
      '--repo',
      REPOSITORY,
      '--stream',
      stream,
      '--auth-file',
      file,
      ...(force ? ['--force'] : []),
    ],
    { env: { ...base, CODEX_AUTH_KEY: world.key, GITHUB_TOKEN: token, GITHUB_API_URL: github.url } },
  );
  expect(run.code, run.stderr).toBe(0);
}

function scheduledJob(): Job {
  const j = world.job({
    name: 'schedule',
    payload: { repository: { full_name: REPOSITORY, private: true } },
  });
  j.baseEnv.GITHUB_API_URL = github.url;
  github.setRun(Number(j.baseEnv.GITHUB_RUN_ID), 'in_progress');
  return j;
}

const inputs = { streams: 'stale,fresh,dead', alert: 'true' };

function generation(stream: string): number | null {
  const sha = github.getRef(`refs/codex-auth/streams/${stream}`);
  return sha ? parseEnvelope(payloadOf(github.getCommit(sha)?.message ?? ''), 'ref').generation : null;
}

describe('keep-fresh over three streams (stale, fresh, dead), with alerts', () => {
  it('refreshes the stale one, leaves the fresh one, opens one issue for the dead one and closes it after a reseed', async () => {
    await seed('stale', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }));
    await seed('fresh', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }));
    const dead = world.sim.issueSession();
    await seed('dead', world.sim.authJsonFor(dead, { lastRefresh: nineDaysAgo() }));
    world.sim.rotate(dead.refreshToken); // used elsewhere: this copy's refresh token is spent
    world.sim.revokeAccessToken(dead.accessToken);
    const freshRef = github.getRef('refs/codex-auth/streams/fresh');

    const run = { ...inputs, key: world.key, 'github-token': token, 'codex-config': world.config };
    const first = await scheduledJob().step(entry('keep-fresh'), { inputs: run, timeoutMs: 120_000 });
    expect(first.code).toBe(1); // a stream needs a human: the scheduled job goes red
    const report = JSON.parse(first.outputs.report ?? '[]') as {
      stream: string;
      healthy: boolean;
      refreshed: boolean;
      reseedNeeded: boolean;
    }[];
    expect(report.map((row) => [row.stream, row.healthy, row.refreshed, row.reseedNeeded])).toEqual([
      ['stale', true, true, false],
      ['fresh', true, false, false],
      ['dead', false, false, true],
    ]);
    expect(generation('stale')).toBe(2);
    expect(github.getRef('refs/codex-auth/streams/fresh')).toBe(freshRef);
    for (const stream of ['stale', 'fresh', 'dead']) expect(first.summary).toContain(`<td>${stream}</td>`);
    expect(first.summary).toMatch(/reseed needed/);

    const issues = github.issues();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      title: 'codex-auth: stream "dead" needs a reseed',
      state: 'open',
      labels: ['codex-auth'],
    });
    expect(issues[0]?.body).toMatch(/codex-auth seed --force --store git-ref .* --stream dead/);

    // Still dead on the next run: the same issue gets a comment, no second issue.
    const second = await scheduledJob().step(entry('keep-fresh'), { inputs: run, timeoutMs: 120_000 });
    expect(second.code).toBe(1);
    expect(github.issues()).toHaveLength(1);
    expect(github.issues()[0]?.comments).toHaveLength(1);

    // The maintainer reseeds; the next run is all healthy and closes the issue with a comment.
    await seed('dead', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }), true);
    const third = await scheduledJob().step(entry('keep-fresh'), { inputs: run, timeoutMs: 120_000 });
    expect(third.code, third.stdout).toBe(0);
    expect(third.outputs.healthy).toBe('true');
    const closed = github.issues()[0];
    expect(closed?.state).toBe('closed');
    expect(closed?.comments.at(-1)).toMatch(/Healthy again/);
    expect(world.sim.reuseCount).toBeGreaterThan(0); // only the dead stream's spent token
  }, 300_000);

  it('without issues permission, says so in the summary instead of failing twice', async () => {
    const noIssues = github.addToken({ contents: 'write', actions: 'read' });
    const dead = world.sim.issueSession();
    await seed('dead', world.sim.authJsonFor(dead, { lastRefresh: nineDaysAgo() }));
    world.sim.rotate(dead.refreshToken);
    world.sim.revokeAccessToken(dead.accessToken);
    const result = await scheduledJob().step(entry('keep-fresh'), {
      inputs: {
        ...inputs,
        streams: 'dead',
        key: world.key,
        'github-token': noIssues,
        'codex-config': world.config,
      },
      timeoutMs: 120_000,
    });
    expect(result.code).toBe(1);
    expect(result.summary).toMatch(/permissions: issues: write/);
    expect(result.stdout).not.toMatch(/Resource not accessible/);
  }, 120_000);
});
