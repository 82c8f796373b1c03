// Proves the loopback GitHub REST simulator with the REAL @octokit/rest client, and its object ids with the REAL
// git CLI: what the simulator computes must be what git computes for the same content.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOutput } from '../support/leak-guard.js';
import {
  EMPTY_TREE_SHA,
  type GitHubSimulator,
  SECONDARY_RATE_LIMIT_MESSAGE,
  startGitHubSimulator,
} from '../support/github-simulator.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let sim: GitHubSimulator;
let gitDir: string;

function git(args: string[], input?: string, env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd: gitDir,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: gitDir, GIT_CONFIG_NOSYSTEM: '1', ...env },
  }).trim();
}

function client(token: string): Octokit {
  return new Octokit({ baseUrl: sim.url, auth: token, log: silent });
}

/** The status and message of a rejected Octokit call (RequestError). */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data?: { message?: string } } };
    return { status: e.status, message: e.response?.data?.message ?? '' };
  }
  throw new Error('expected the request to fail');
}

beforeEach(async () => {
  sim = await startGitHubSimulator();
  gitDir = await mkdtemp(path.join(os.tmpdir(), 'github-sim-git-'));
  git(['init', '-q']);
});

afterEach(async () => {
  // Whatever the simulator logged goes through the leak guard: it must never hold a token.
  recordOutput('github simulator request log', JSON.stringify(sim.requests));
  await sim.close();
  await rm(gitDir, { recursive: true, force: true });
});

describe('git database: object ids are git’s', () => {
  it('blobs (utf-8 and base64) hash like `git hash-object`, and read back', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const text = 'hello, world\nsecond line\n';
    const utf8 = await octokit.rest.git.createBlob({ owner, repo, content: text, encoding: 'utf-8' });
    expect(utf8.status).toBe(201);
    expect(utf8.data.sha).toBe(git(['hash-object', '--stdin'], text));

    const binary = Buffer.from([0, 1, 2, 255, 254, 10]);
    const b64 = await octokit.rest.git.createBlob({
      owner,
      repo,
      content: binary.toString('base64'),
      encoding: 'base64',
    });
    const file = path.join(gitDir, 'binary.bin');
    await writeFile(file, binary);
    expect(b64.data.sha).toBe(git(['hash-object', file]));

    const read = await octokit.rest.git.getBlob({ owner, repo, file_sha: utf8.data.sha });
    expect(read.data.encoding).toBe('base64');
    expect(Buffer.from(read.data.content, 'base64').toString('utf8')).toBe(text);
    expect(read.data.size).toBe(Buffer.byteLength(text));
  });

  it('the empty tree exists implicitly and trees hash like `git write-tree` (nesting, git sort order)', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    expect(git(['mktree'], '')).toBe(EMPTY_TREE_SHA);
    const empty = await octokit.rest.git.getTree({ owner, repo, tree_sha: EMPTY_TREE_SHA });
    expect(empty.data.tree).toEqual([]);
    const created = await octokit.rest.git.createTree({ owner, repo, tree: [] });
    expect(created.status).toBe(201);
    expect(created.data.sha).toBe(EMPTY_TREE_SHA);

    // 'a' is a directory: git sorts it as 'a/', after 'a-b' and 'a.txt' but before 'a=c'.
    const files: Record<string, string> = {
      'a.txt': 'top\n',
      'a/b.txt': 'nested\n',
      'a/deeper/c.json': '{"x":1}\n',
      'a-b': 'dash\n',
      'a=c': 'equals\n',
    };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(gitDir, name)), { recursive: true });
      await writeFile(path.join(gitDir, name), content);
    }
    git(['add', '-A']);
    const expected = git(['write-tree']);

    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      tree: Object.entries(files).map(([p, content]) => ({ path: p, mode: '100644', type: 'blob', content })),
    });
    expect(tree.data.sha).toBe(expected);
    const listed = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: '1' });
    expect(listed.data.tree.map((e) => e.path)).toEqual(
      git(['ls-tree', '-r', '-t', '--name-only', expected]).split('\n'),
    );

    // base_tree: replace one file, delete another (sha: null); the result is what git computes for that change.
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'changed\n' });
    const changed = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: tree.data.sha,
      tree: [
        { path: 'a/b.txt', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'a-b', mode: '100644', type: 'blob', sha: null },
      ],
    });
    await writeFile(path.join(gitDir, 'a/b.txt'), 'changed\n');
    await rm(path.join(gitDir, 'a-b'));
    git(['add', '-A']);
    expect(changed.data.sha).toBe(git(['write-tree']));

    expect(
      await failure(octokit.rest.git.createTree({ owner, repo, base_tree: blob.data.sha, tree: [] })),
    ).toEqual({
      status: 422,
      message: 'base_tree is not a valid tree oid',
    });
  });

  it('commits hash like `git commit-tree`, keep the date offset, and default the committer to the author', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const person = { name: 'Ada Lovelace', email: 'ada@example.com' };
    const env = {
      GIT_AUTHOR_NAME: person.name,
      GIT_AUTHOR_EMAIL: person.email,
      GIT_AUTHOR_DATE: '2024-05-01T12:00:00+02:00',
      GIT_COMMITTER_NAME: 'Bot',
      GIT_COMMITTER_EMAIL: 'bot@example.com',
      GIT_COMMITTER_DATE: '2024-05-02T08:30:00Z',
    };
    // `git commit-tree -m` ends the message with a newline; the API stores the message as sent.
    const first = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'first\n',
      tree: EMPTY_TREE_SHA,
      parents: [],
      author: { ...person, date: env.GIT_AUTHOR_DATE },
      committer: { name: 'Bot', email: 'bot@example.com', date: env.GIT_COMMITTER_DATE },
    });
    expect(first.status).toBe(201);
    const firstExpected = git(['commit-tree', EMPTY_TREE_SHA, '-m', 'first'], undefined, env);
    expect(first.data.sha).toBe(firstExpected);
    expect(first.data.author.date).toBe('2024-05-01T10:00:00Z');
    expect(git(['cat-file', '-p', firstExpected])).toContain('+0200');

    const second = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'second\n',
      tree: EMPTY_TREE_SHA,
      parents: [first.data.sha],
      author: { ...person, date: env.GIT_COMMITTER_DATE },
    });
    const secondEnv = {
      ...env,
      GIT_AUTHOR_DATE: env.GIT_COMMITTER_DATE,
      GIT_COMMITTER_NAME: person.name,
      GIT_COMMITTER_EMAIL: person.email,
    };
    expect(second.data.sha).toBe(
      git(['commit-tree', EMPTY_TREE_SHA, '-p', firstExpected, '-m', 'second'], undefined, secondEnv),
    );
    expect(second.data.parents.map((p) => p.sha)).toEqual([first.data.sha]);
    expect(second.data.tree.sha).toBe(EMPTY_TREE_SHA);

    // Without author/committer: the default identity and "now", in the same canonical text.
    const plain = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'plain',
      tree: EMPTY_TREE_SHA,
      parents: [],
    });
    const stored = sim.getCommit(plain.data.sha);
    expect(stored?.author).toMatchObject({
      name: 'codex-auth',
      email: 'codex-auth@users.noreply.github.com',
      offset: '+0000',
    });
    expect(Math.abs((stored?.author.seconds ?? 0) - Date.now() / 1000)).toBeLessThan(60);
    const line = `codex-auth <codex-auth@users.noreply.github.com> ${stored?.author.seconds} +0000`;
    const text = `tree ${EMPTY_TREE_SHA}\nauthor ${line}\ncommitter ${line}\n\nplain`;
    expect(plain.data.sha).toBe(git(['hash-object', '-t', 'commit', '--stdin', '-w'], text));

    const read = await octokit.rest.git.getCommit({ owner, repo, commit_sha: second.data.sha });
    expect(read.data).toMatchObject({
      sha: second.data.sha,
      message: 'second\n',
      committer: { name: person.name },
    });
  });

  it('rejects commits whose tree or parent does not exist', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const nowhere = 'f'.repeat(40);
    expect(
      await failure(octokit.rest.git.createCommit({ owner, repo, message: 'm', tree: nowhere, parents: [] })),
    ).toEqual({
      status: 422,
      message: 'Tree SHA does not exist',
    });
    expect(
      await failure(
        octokit.rest.git.createCommit({
          owner,
          repo,
          message: 'm',
          tree: EMPTY_TREE_SHA,
          parents: [nowhere],
        }),
      ),
    ).toEqual({ status: 422, message: 'Parent SHA does not exist or is not a commit object' });
    // A tree is not a commit, so it cannot be a parent either.
    expect(
      (
        await failure(
          octokit.rest.git.createCommit({
            owner,
            repo,
            message: 'm',
            tree: EMPTY_TREE_SHA,
            parents: [EMPTY_TREE_SHA],
          }),
        )
      ).status,
    ).toBe(422);
    expect((await failure(octokit.rest.git.getCommit({ owner, repo, commit_sha: nowhere }))).status).toBe(
      404,
    );
  });
});

describe('refs', () => {
  async function commit(octokit: Octokit, message: string, parents: string[]): Promise<string> {
    const { owner, repo } = sim.repo;
    const { data } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message,
      tree: EMPTY_TREE_SHA,
      parents,
    });
    return data.sha;
  }

  it('create, create again, read, fast-forward, non-fast-forward, force, delete twice', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const ref = 'codex-auth/streams/team/main'; // slashes: Octokit sends codex-auth%2Fstreams%2F...
    const base = await commit(octokit, 'base', []);
    const child = await commit(octokit, 'child', [base]);
    const sibling = await commit(octokit, 'sibling', [base]);

    const created = await octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha: base });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ ref: `refs/${ref}`, object: { sha: base, type: 'commit' } });
    expect(
      await failure(octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha: child })),
    ).toEqual({
      status: 422,
      message: 'Reference already exists',
    });

    const got = await octokit.rest.git.getRef({ owner, repo, ref });
    expect(got.data).toMatchObject({ ref: `refs/${ref}`, object: { sha: base, type: 'commit' } });
    expect(sim.requests.some((r) => r.method === 'GET' && r.path.endsWith(`/git/ref/${ref}`))).toBe(true);

    const ff = await octokit.rest.git.updateRef({ owner, repo, ref, sha: child, force: false });
    expect(ff.status).toBe(200);
    expect(sim.getRef(`refs/${ref}`)).toBe(child);

    // sibling does not descend from child: a compare-and-swap that lost the race.
    expect(
      await failure(octokit.rest.git.updateRef({ owner, repo, ref, sha: sibling, force: false })),
    ).toEqual({
      status: 422,
      message: 'Update is not a fast forward',
    });
    expect(sim.getRef(ref)).toBe(child);
    await octokit.rest.git.updateRef({ owner, repo, ref, sha: sibling, force: true });
    expect(sim.getRef(ref)).toBe(sibling);

    const listed = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'codex-auth/streams/' });
    expect(listed.data.map((r) => r.ref)).toEqual([`refs/${ref}`]);

    expect((await octokit.rest.git.deleteRef({ owner, repo, ref })).status).toBe(204);
    expect(await failure(octokit.rest.git.deleteRef({ owner, repo, ref }))).toEqual({
      status: 422,
      message: 'Reference does not exist',
    });
    expect(await failure(octokit.rest.git.getRef({ owner, repo, ref }))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    expect(await failure(octokit.rest.git.updateRef({ owner, repo, ref, sha: base, force: true }))).toEqual({
      status: 422,
      message: 'Reference does not exist',
    });
    expect((await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'codex-auth/' })).data).toEqual([]);
  });

  it('concurrent non-forced updates from the same base: exactly one wins', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const base = await commit(octokit, 'base', []);
    const children = await Promise.all(['a', 'b', 'c', 'd'].map((m) => commit(octokit, m, [base])));
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/codex-auth/locks/race', sha: base });
    const results = await Promise.allSettled(
      children.map((sha) => octokit.rest.git.updateRef({ owner, repo, ref: 'codex-auth/locks/race', sha })),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [children[i]] : []));
    expect(won).toHaveLength(1);
    expect(sim.getRef('codex-auth/locks/race')).toBe(won[0]);
    expect(sim.countRequests({ method: 'PATCH', status: 422 })).toBe(3);
  });

  it('rejects malformed names, missing objects and file/directory clashes', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    const sha = await commit(octokit, 'one', []);
    expect((await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/x', sha }))).message).toBe(
      'Reference name must contain at least three slash-separated components.',
    );
    expect(
      (await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/a b', sha }))).message,
    ).toBe('refs/heads/a b is not a valid ref name.');
    expect(
      (await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/y', sha: 'e'.repeat(40) })))
        .message,
    ).toBe('Object does not exist');
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/codex-auth/locks/x', sha });
    expect(
      (await failure(octokit.rest.git.createRef({ owner, repo, ref: 'refs/codex-auth/locks/x/y', sha })))
        .message,
    ).toBe('Reference update failed');
  });

  it('test helpers read and force-set refs', async () => {
    const octokit = client(sim.addToken());
    const sha = await commit(octokit, 'helper', []);
    sim.setRef('refs/codex-auth/locks/a', sha);
    expect(sim.getRef('codex-auth/locks/a')).toBe(sha);
    expect(sim.getRef('refs/codex-auth/locks/missing')).toBeNull();
    expect(sim.getCommit(sha)?.message).toBe('helper');
    expect(sim.getCommit(EMPTY_TREE_SHA)).toBeNull();
    expect(() => sim.setRef('refs/codex-auth/locks/b', 'd'.repeat(40))).toThrow(/no object/);
  });
});

describe('auth and permissions', () => {
  it('401 for no token or an unknown one; 403 for writes with contents:read; reads still work', async () => {
    const { owner, repo } = sim.repo;
    const writer = client(sim.addToken({ contents: 'write' }));
    const sha = (
      await writer.rest.git.createCommit({ owner, repo, message: 'm', tree: EMPTY_TREE_SHA, parents: [] })
    ).data.sha;
    await writer.rest.git.createRef({ owner, repo, ref: 'refs/codex-auth/streams/x', sha });

    const anonymous = new Octokit({ baseUrl: sim.url, log: silent });
    expect(await failure(anonymous.rest.git.getRef({ owner, repo, ref: 'codex-auth/streams/x' }))).toEqual({
      status: 401,
      message: 'Bad credentials',
    });
    expect(
      await failure(client('ghs_not-a-token-the-simulator-issued').rest.repos.get({ owner, repo })),
    ).toEqual({
      status: 401,
      message: 'Bad credentials',
    });

    const reader = client(sim.addToken({ contents: 'read' }));
    expect(
      await failure(reader.rest.git.createRef({ owner, repo, ref: 'refs/codex-auth/streams/y', sha })),
    ).toEqual({
      status: 403,
      message: 'Resource not accessible by integration',
    });
    expect((await failure(reader.rest.git.createBlob({ owner, repo, content: 'x' }))).status).toBe(403);
    expect((await reader.rest.git.getRef({ owner, repo, ref: 'codex-auth/streams/x' })).data.object.sha).toBe(
      sha,
    );

    const none = client(sim.addToken({ contents: 'none' }));
    expect((await failure(none.rest.git.getRef({ owner, repo, ref: 'codex-auth/streams/x' }))).status).toBe(
      403,
    );

    // Bearer works as well as `token`; a revoked token is then unknown.
    const token = sim.addToken();
    const bearer = await fetch(`${sim.url}/repos/${owner}/${repo}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bearer.status).toBe(200);
    sim.revokeToken(token);
    expect((await failure(client(token).rest.repos.get({ owner, repo }))).status).toBe(401);

    // Wrong repository: GitHub does not tell whether it exists.
    expect((await failure(writer.rest.repos.get({ owner, repo: 'other' }))).status).toBe(404);
  });

  it('the request log holds no token and no body', async () => {
    const token = sim.addToken();
    const { owner, repo } = sim.repo;
    await client(token).rest.git.createBlob({ owner, repo, content: 'secret-looking body content' });
    const log = JSON.stringify(sim.requests);
    expect(log).not.toContain(token);
    expect(log).not.toContain('secret-looking');
    expect(sim.requests[0]).toEqual({
      method: 'POST',
      path: `/repos/${owner}/${repo}/git/blobs`,
      status: 201,
      at: expect.any(Date),
    });
  });
});

describe('repository and Actions runs', () => {
  it('serves the repository with a settable visibility', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    expect((await octokit.rest.repos.get({ owner, repo })).data).toMatchObject({
      full_name: 'octo-org/octo-repo',
      private: true,
      visibility: 'private',
    });
    sim.setVisibility('public');
    expect((await octokit.rest.repos.get({ owner, repo })).data).toMatchObject({
      private: false,
      visibility: 'public',
    });

    const other = await startGitHubSimulator({ owner: 'someone', repo: 'thing', visibility: 'internal' });
    try {
      const data = (
        await new Octokit({ baseUrl: other.url, auth: other.addToken(), log: silent }).rest.repos.get(
          other.repo,
        )
      ).data;
      expect(data).toMatchObject({ full_name: 'someone/thing', private: true, visibility: 'internal' });
    } finally {
      await other.close();
    }
  });

  it('reports registered runs, 404 for others, 403 without actions:read', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    sim.setRun(101, 'queued');
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 101 })).data).toMatchObject({
      id: 101,
      status: 'queued',
      conclusion: null,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/101`,
    });
    sim.setRun(101, 'in_progress');
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 101 })).data.status).toBe(
      'in_progress',
    );
    sim.setRun(101, 'completed', 'cancelled');
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 101 })).data).toMatchObject({
      status: 'completed',
      conclusion: 'cancelled',
    });
    sim.setRun(102, 'completed');
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 102 })).data.conclusion).toBe(
      'success',
    );
    expect(() => sim.setRun(103, 'queued', 'success')).toThrow();

    expect(await failure(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 999 }))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    const noActions = client(sim.addToken({ actions: 'none' }));
    expect(await failure(noActions.rest.actions.getWorkflowRun({ owner, repo, run_id: 101 }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration',
    });
  });
});

describe('fault injection', () => {
  it('fails the next matching requests, then serves normally', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    sim.failNext(1, 500);
    expect(await failure(octokit.rest.repos.get({ owner, repo }))).toEqual({
      status: 500,
      message: 'Server Error',
    });
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    expect(sim.countRequests({ path: `/repos/${owner}/${repo}` })).toBe(2);
    expect(sim.countRequests({ status: 500 })).toBe(1);
  });

  it('429 with retry-after and a 403 secondary rate limit only for matching method and path', async () => {
    const octokit = client(sim.addToken());
    const { owner, repo } = sim.repo;
    sim.failNext(2, 429, { path: /\/git\/refs$/, method: 'POST', retryAfter: 7 });
    sim.failNext(1, 403, { path: /\/git\/commits$/ });
    const sha = (await octokit.rest.git.createTree({ owner, repo, tree: [] })).data.sha; // not matched
    expect(sha).toBe(EMPTY_TREE_SHA);

    const limited = await octokit.rest.git
      .createCommit({ owner, repo, message: 'm', tree: sha, parents: [] })
      .catch((e: unknown) => e);
    expect(limited).toMatchObject({
      status: 403,
      response: { data: { message: SECONDARY_RATE_LIMIT_MESSAGE } },
    });
    const commit = (
      await octokit.rest.git.createCommit({ owner, repo, message: 'm', tree: sha, parents: [] })
    ).data.sha;

    for (let i = 0; i < 2; i += 1) {
      const error = await octokit.rest.git
        .createRef({ owner, repo, ref: 'refs/heads/main', sha: commit })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 429, response: { headers: { 'retry-after': '7' } } });
      expect((error as { response: { data: { message: string } } }).response.data.message).toMatch(
        /^You have exceeded a secondary rate limit/,
      );
    }
    expect(
      (await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/main', sha: commit })).status,
    ).toBe(201);
    expect(sim.countRequests({ method: 'POST', path: /\/git\/refs$/ })).toBe(3);
  });
});
