import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { generateKey } from '../../src/core/key.js';
import { payloadOf } from '../../src/github/git-refs.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { EMPTY_TREE_SHA, type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';
import { createOctokit } from '../../src/github/octokit.js';
import { registerSecret } from '../support/leak-guard.js';
import { anHourAgo, nineDaysAgo } from './stream-helpers.js';

let world: World;
let github: GitHubSimulator;
let token: string;
beforeEach(async () => {
  world = await createWorld();
  github = await startGitHubSimulator({ owner: 'octo-org', repo: 'octo-repo' });
  token = github.addToken({ contents: 'write', actions: 'read' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

const gitRef = ['--store', 'git-ref', '--repo', 'octo-org/octo-repo'];
const envWith = (extra: Record<string, string> = {}) =>
  world.env({ GITHUB_TOKEN: token, GITHUB_API_URL: github.url, ...extra });
const cli = (args: string[], extra: Record<string, string> = {}) => world.cli(args, { env: envWith(extra) });

/** Free: never taken, or the lock ref is at its release marker (the lock is released by compare-and-swap). */
function lockIsFree(stream: string): boolean {
  const tip = github.getRef(`refs/codex-auth/locks/${stream}`);
  return tip === null || tip === github.getRef(`refs/codex-auth/locks/${stream}+released`);
}

function storedGeneration(stream: string): number | null {
  const sha = github.getRef(`refs/codex-auth/streams/${stream}`);
  if (!sha) return null;
  return parseEnvelope(payloadOf(github.getCommit(sha)?.message ?? ''), 'ref').generation;
}

async function seed(stream: string, auth: string) {
  const file = await world.file(`seed-${stream}.json`, auth);
  const run = await cli(['seed', ...gitRef, '--stream', stream, '--auth-file', file]);
  expect(run.code, run.stderr).toBe(0);
}

describe('the git-ref store and lock through the CLI', () => {
  it('refreshes within the API budget (8 calls with a refresh, 6 without) and leaves the lock free', async () => {
    await seed('main', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }));
    const before = github.requests.length;
    const run = await cli([...world.runArgs('main', '--json', ...gitRef)]);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ refreshed: true, persisted: true, generation: 2 });
    const refreshCalls = github.requests.length - before;
    expect(refreshCalls).toBeLessThanOrEqual(8);
    expect(storedGeneration('main')).toBe(2);
    expect(lockIsFree('main')).toBe(true);

    const middle = github.requests.length;
    const again = await cli([...world.runArgs('main', '--json', ...gitRef)]);
    expect(jsonOf(again)).toMatchObject({ refreshed: false, persisted: false, generation: 2 });
    const plainCalls = github.requests.length - middle;
    expect(plainCalls).toBeLessThanOrEqual(6);
    const calls = (from: number, to: number) =>
      github.requests
        .slice(from, to)
        .map((r) => `  ${r.method} ${r.path} ${r.status}`)
        .join('\n');
    console.log(
      `git-ref API calls per round trip: ${refreshCalls} with a refresh, ${plainCalls} without\nwith a refresh:\n${calls(before, middle)}\nwithout:\n${calls(middle, github.requests.length)}`,
    );

    const status = jsonOf(await cli(['status', ...gitRef, '--stream', 'main', '--json']));
    expect(status).toMatchObject({ store: 'git-ref', exists: true, generation: 2, lock: { held: false } });
  });

  it('two writers from the same loaded generation: exactly one wins, the other exits 5 naming the winner', async () => {
    await seed('race', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }));
    const homeA = path.join(world.root, 'home-a');
    const homeB = path.join(world.root, 'home-b');
    for (const home of [homeA, homeB]) {
      const restore = await cli([
        'restore',
        ...gitRef,
        '--lock',
        'none',
        '--stream',
        'race',
        '--codex-home',
        home,
      ]);
      expect(restore.code, restore.stderr).toBe(0);
    }
    // Each "refreshes" to a different login.
    const { promises: fs } = await import('node:fs');
    await fs.writeFile(
      path.join(homeA, 'auth.json'),
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: new Date() }),
    );
    await fs.writeFile(
      path.join(homeB, 'auth.json'),
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: new Date() }),
    );

    const [a, b] = await Promise.all(
      [homeA, homeB].map((home) =>
        cli(['persist', ...gitRef, '--lock', 'none', '--stream', 'race', '--codex-home', home, '--json']),
      ),
    );
    const codes = [a?.code, b?.code].sort();
    expect(codes).toEqual([0, 5]);
    const loser = [a, b].find((run) => run?.code === 5);
    expect(loser && jsonOf<{ error: { message: string } }>(loser).error.message).toMatch(
      /was NOT written over it/,
    );
    expect(storedGeneration('race')).toBe(2);
  });

  it.each([
    ['force-pushed back to generation 1', 'reset'],
    ['given a new commit that holds generation 1 again', 'recommit'],
  ] as const)(
    'a stream ref %s is refused before any token call (exit 5); seed --force recovers',
    async (_name, how) => {
      await seed('main', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }));
      const first = github.getRef('refs/codex-auth/streams/main') ?? '';
      const refreshed = await cli([...world.runArgs('main', '--json', ...gitRef)]);
      expect(jsonOf(refreshed)).toMatchObject({ refreshed: true, generation: 2 });
      const second = github.getRef('refs/codex-auth/streams/main') ?? '';
      expect(github.getRef('refs/codex-auth/high-water/main')).toBe(second);

      const api = createOctokit({ token, baseUrl: github.url });
      const repo = { owner: 'octo-org', repo: 'octo-repo' };
      let restored = first;
      if (how === 'recommit') {
        const old = github.getCommit(first)?.message ?? '';
        restored = (
          await api.rest.git.createCommit({ ...repo, message: old, tree: EMPTY_TREE_SHA, parents: [second] })
        ).data.sha;
      }
      await api.rest.git.updateRef({ ...repo, ref: 'codex-auth/streams/main', sha: restored, force: true });
      const requestsBefore = world.sim.requestLog.length;

      const run = await cli([...world.runArgs('main', '--json', ...gitRef)]);
      expect(run.code).toBe(5);
      const error = jsonOf<{ error: { code: string; message: string } }>(run).error;
      expect(error.code).toBe('rollback_refused');
      expect(error.message).toMatch(
        /holds generation 1 .*generation 2 was already written.*refs\/codex-auth\/high-water\/main.*seed --force/s,
      );
      expect(world.sim.requestLog.length).toBe(requestsBefore);
      expect(github.getRef('refs/codex-auth/streams/main')).toBe(restored);
      expect(github.getRef('refs/codex-auth/high-water/main')).toBe(second);
      expectLockFree(github, 'main');

      const login = await world.file(
        'relogin.json',
        world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
      );
      const forced = await cli(['seed', ...gitRef, '--stream', 'main', '--auth-file', login, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(storedGeneration('main')).toBe(3);
      const after = await cli([...world.runArgs('main', '--json', ...gitRef)]);
      expect(after.code, after.stderr).toBe(0);
    },
  );

  it('a wrong key is exit 6 and leaves the refs untouched', async () => {
    await seed('main', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }));
    const sha = github.getRef('refs/codex-auth/streams/main');
    const otherKey = generateKey();
    registerSecret(otherKey);
    const run = await cli([...world.runArgs('main', ...gitRef)], { CODEX_AUTH_KEY: otherKey });
    expect(run.code).toBe(6);
    expect(github.getRef('refs/codex-auth/streams/main')).toBe(sha);
    expect(lockIsFree('main')).toBe(true);
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('a token without contents: write fails before Codex runs, naming the permission', async () => {
    const readOnly = github.addToken({ contents: 'read', actions: 'read' });
    const seedFile = await world.file(
      'seed.json',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
    );
    const run = await cli([...world.runArgs('main', ...gitRef, '--seed-file', seedFile)], {
      GITHUB_TOKEN: readOnly,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/permissions: contents: write/);
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('a lock held by a CLI holder elsewhere times out with exit 4 naming it; unlock --force releases it', async () => {
    await seed('main', world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }));
    const home = path.join(world.root, 'held');
    expect((await cli(['restore', ...gitRef, '--stream', 'main', '--codex-home', home])).code).toBe(0);
    const blocked = await cli([...world.runArgs('main', ...gitRef, '--lock-timeout', '1')]);
    expect(blocked.code).toBe(4);
    expect(blocked.stderr).toMatch(/codex-auth unlock --force --store git-ref --stream main/);
    const unlock = await cli(['unlock', ...gitRef, '--stream', 'main', '--force']);
    expect(unlock.code, unlock.stderr).toBe(0);
    expect(lockIsFree('main')).toBe(true);
  });

  it('a repository without branches is reported before Codex runs, by run and by doctor: push a first commit', async () => {
    const empty = await startGitHubSimulator({ owner: 'octo-org', repo: 'empty-repo', empty: true });
    try {
      const emptyToken = empty.addToken({ contents: 'write', actions: 'read' });
      const env = { GITHUB_TOKEN: emptyToken, GITHUB_API_URL: empty.url };
      const where = ['--store', 'git-ref', '--repo', 'octo-org/empty-repo'];
      const seedFile = await world.file(
        'seed.json',
        world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
      );
      const run = await cli([...world.runArgs('main', ...where, '--seed-file', seedFile)], env);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/has no branches yet/);
      expect(run.stderr).toMatch(/Push a first commit/);
      expect(world.sim.requestLog).toHaveLength(0);

      const doctor = await cli(['doctor', ...where, '--stream', 'main', '--json'], env);
      const findings = jsonOf<{
        findings: { check: string; verdict: string; detail: string; fix: string }[];
      }>(doctor).findings;
      for (const check of ['store', 'lock']) {
        const finding = findings.find((f) => f.check === check);
        expect(finding, check).toMatchObject({
          verdict: 'fail',
          detail: expect.stringMatching(/no branches/),
        });
        expect(finding?.fix).toMatch(/Push a first commit/);
      }
    } finally {
      await empty.close();
    }
  });

  it("an unrecognised 422 names the call and GitHub's message, and Codex does not run", async () => {
    github.failNext(1, 422, { method: 'POST', path: /\/git\/refs$/, message: 'Validation Failed' });
    const seedFile = await world.file(
      'seed.json',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
    );
    const run = await cli([...world.runArgs('new', ...gitRef, '--seed-file', seedFile)]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(
      'GitHub refused POST /repos/octo-org/octo-repo/git/refs while creating refs/codex-auth/locks/new (422 Unprocessable Entity: "Validation Failed")',
    );
    expect(run.stderr).not.toMatch(/try again later/);
    expect(world.sim.requestLog).toHaveLength(0);
  });
});

/** Free: no lock ref, or (since release is a compare-and-swap) the lock ref at its `+released` marker. */
function expectLockFree(github: { getRef(ref: string): unknown }, stream: string): void {
  const lock = github.getRef(`refs/codex-auth/locks/${stream}`);
  const released = github.getRef(`refs/codex-auth/locks/${stream}+released`);
  expect(lock === null || JSON.stringify(lock) === JSON.stringify(released)).toBe(true);
}
