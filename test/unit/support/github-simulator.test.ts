// Proves the loopback GitHub REST simulator with the REAL @octokit/rest client, and its object ids with the REAL
// git CLI: what the simulator computes must be what git computes for the same content. Actions secrets are sealed
// here with the REAL libsodium, to the public key the simulator serves, and read back as the simulator decrypted them.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import sodium from 'libsodium-wrappers';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordOutput } from '../../support/leak-guard.js';
import { fakeCredential } from '../../support/test-tokens.js';
import {
  type ConfigScope,
  EMPTY_TREE_SHA,
  type GitHubSimulator,
  SECONDARY_RATE_LIMIT_MESSAGE,
  startGitHubSimulator,
} from '../../support/github-simulator.js';

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
    expect(await failure(client(fakeCredential('ghs_')).rest.repos.get({ owner, repo }))).toEqual({
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
        .createRef({ owner, repo, ref: 'refs/heads/feature', sha: commit })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 429, response: { headers: { 'retry-after': '7' } } });
      expect((error as { response: { data: { message: string } } }).response.data.message).toMatch(
        /^You have exceeded a secondary rate limit/,
      );
    }
    expect(
      (await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: commit })).status,
    ).toBe(201);
    expect(sim.countRequests({ method: 'POST', path: /\/git\/refs$/ })).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Actions secrets and variables: repository, environment and organization scopes.

const ENV = 'production';
const SCOPES: readonly ConfigScope[] = ['repo', `env:${ENV}`, 'org'];

beforeAll(async () => {
  await sodium.ready;
});

/** What a client does: seal to the scope's public key, standard padded base64 (GitHub's format). */
function seal(value: string, key: string): string {
  const sealed = sodium.crypto_box_seal(value, sodium.from_base64(key, sodium.base64_variants.ORIGINAL));
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL);
}

type Meta = { name: string; created_at: string; updated_at: string; value?: string; visibility?: string };

/** One scope's secrets and variables through Octokit's own typed methods (its own route templates). */
function scopeApi(octokit: Octokit, scope: ConfigScope) {
  const { owner, repo } = sim.repo;
  const org = owner;
  const environment_name = scope.startsWith('env:') ? scope.slice(4) : '';
  const a = octokit.rest.actions;
  const pick = <T>(repoCall: () => T, envCall: () => T, orgCall: () => T): T =>
    scope === 'repo' ? repoCall() : scope === 'org' ? orgCall() : envCall();
  return {
    publicKey: async () =>
      (
        await pick(
          () => a.getRepoPublicKey({ owner, repo }),
          () => a.getEnvironmentPublicKey({ owner, repo, environment_name }),
          () => a.getOrgPublicKey({ org }),
        )
      ).data,
    putSecret: async (secret_name: string, encrypted_value: string, key_id: string) =>
      (
        await pick<Promise<{ status: number }>>(
          () => a.createOrUpdateRepoSecret({ owner, repo, secret_name, encrypted_value, key_id }),
          () =>
            a.createOrUpdateEnvironmentSecret({
              owner,
              repo,
              environment_name,
              secret_name,
              encrypted_value,
              key_id,
            }),
          () =>
            a.createOrUpdateOrgSecret({ org, secret_name, encrypted_value, key_id, visibility: 'private' }),
        )
      ).status,
    getSecret: async (secret_name: string): Promise<Meta> =>
      (
        await pick<Promise<{ data: Meta }>>(
          () => a.getRepoSecret({ owner, repo, secret_name }),
          () => a.getEnvironmentSecret({ owner, repo, environment_name, secret_name }),
          () => a.getOrgSecret({ org, secret_name }),
        )
      ).data,
    listSecrets: async (): Promise<{ total_count: number; secrets: Meta[] }> =>
      (
        await pick<Promise<{ data: { total_count: number; secrets: Meta[] } }>>(
          () => a.listRepoSecrets({ owner, repo }),
          () => a.listEnvironmentSecrets({ owner, repo, environment_name }),
          () => a.listOrgSecrets({ org }),
        )
      ).data,
    deleteSecret: async (secret_name: string) =>
      (
        await pick<Promise<{ status: number }>>(
          () => a.deleteRepoSecret({ owner, repo, secret_name }),
          () => a.deleteEnvironmentSecret({ owner, repo, environment_name, secret_name }),
          () => a.deleteOrgSecret({ org, secret_name }),
        )
      ).status,
    createVariable: async (name: string, value: string) =>
      (
        await pick<Promise<{ status: number }>>(
          () => a.createRepoVariable({ owner, repo, name, value }),
          () => a.createEnvironmentVariable({ owner, repo, environment_name, name, value }),
          () => a.createOrgVariable({ org, name, value, visibility: 'private' }),
        )
      ).status,
    getVariable: async (name: string): Promise<Meta> =>
      (
        await pick<Promise<{ data: Meta }>>(
          () => a.getRepoVariable({ owner, repo, name }),
          () => a.getEnvironmentVariable({ owner, repo, environment_name, name }),
          () => a.getOrgVariable({ org, name }),
        )
      ).data,
    updateVariable: async (name: string, value: string) =>
      (
        await pick<Promise<{ status: number }>>(
          () => a.updateRepoVariable({ owner, repo, name, value }),
          () => a.updateEnvironmentVariable({ owner, repo, environment_name, name, value }),
          () => a.updateOrgVariable({ org, name, value }),
        )
      ).status,
    deleteVariable: async (name: string) =>
      (
        await pick<Promise<{ status: number }>>(
          () => a.deleteRepoVariable({ owner, repo, name }),
          () => a.deleteEnvironmentVariable({ owner, repo, environment_name, name }),
          () => a.deleteOrgVariable({ org, name }),
        )
      ).status,
    listVariables: async (): Promise<{ total_count: number; variables: Meta[] }> =>
      (
        await pick<Promise<{ data: { total_count: number; variables: Meta[] } }>>(
          () => a.listRepoVariables({ owner, repo }),
          () => a.listEnvironmentVariables({ owner, repo, environment_name }),
          () => a.listOrgVariables({ org }),
        )
      ).data,
  };
}

/** A PAT-like token: what a workflow must pass to touch secrets (its GITHUB_TOKEN never can). */
const patToken = (): string => sim.addToken({ secrets: 'write', variables: 'write' });
const IMPROPERLY_ENCRYPTED = 'Bad request - validation failed due to an improperly encrypted secret';

describe('Actions secrets', () => {
  it.each(SCOPES)(
    '%s: seal to the public key, PUT 201 then 204, the simulator decrypts; GET never returns the value',
    async (scope) => {
      sim.addEnvironment(ENV);
      const api = scopeApi(client(patToken()), scope);
      const key = await api.publicKey();
      expect(key.key_id).toMatch(/^\d{18}$/);
      // Standard padded base64 of a 32-byte Curve25519 public key.
      expect(key.key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)).toHaveLength(32);

      const first = 'first value: {"refresh_token":"rt-1"} ünïcødé';
      expect(await api.putSecret('codex_auth', seal(first, key.key), key.key_id)).toBe(201);
      expect(sim.secretValue(scope, 'CODEX_AUTH')).toBe(first);
      expect(sim.secretValue(scope, 'codex_auth')).toBe(first); // names are case-insensitive
      expect(sim.secretWrites(scope, 'CODEX_AUTH')).toBe(1);
      const created = await api.getSecret('CODEX_AUTH');
      expect(created).toMatchObject({ name: 'CODEX_AUTH', created_at: expect.stringMatching(/Z$/) });
      expect(JSON.stringify(created)).not.toContain('first value');
      expect(created).not.toHaveProperty('value');
      if (scope === 'org') expect(created.visibility).toBe('private');

      // Sealed boxes are randomized: the same value sealed twice differs, and both open.
      const second = 'second value';
      expect(await api.putSecret('CODEX_AUTH', seal(second, key.key), key.key_id)).toBe(204);
      expect(sim.secretValue(scope, 'CODEX_AUTH')).toBe(second);
      expect(sim.secretWrites(scope, 'CODEX_AUTH')).toBe(2);
      const updated = await api.getSecret('CODEX_AUTH');
      expect(updated.created_at).toBe(created.created_at);
      expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));

      await api.putSecret('OTHER', seal('x', key.key), key.key_id);
      const listed = await api.listSecrets();
      expect(listed.total_count).toBe(2);
      expect(listed.secrets.map((e) => e.name)).toEqual(['CODEX_AUTH', 'OTHER']);
      expect(JSON.stringify(listed)).not.toContain(second);

      expect(await api.deleteSecret('CODEX_AUTH')).toBe(204);
      expect(sim.secretValue(scope, 'CODEX_AUTH')).toBeNull();
      expect(sim.secretWrites(scope, 'CODEX_AUTH')).toBe(2); // counts writes, not what is left
      expect(await failure(api.deleteSecret('CODEX_AUTH'))).toEqual({ status: 404, message: 'Not Found' });
      expect(await failure(api.getSecret('CODEX_AUTH'))).toEqual({ status: 404, message: 'Not Found' });
      // Scopes are separate stores.
      for (const other of SCOPES.filter((s) => s !== scope))
        expect(sim.secretValue(other, 'OTHER')).toBeNull();
    },
  );

  it('each scope has its own keypair: a value sealed to another scope’s key does not open', async () => {
    sim.addEnvironment(ENV);
    const octokit = client(patToken());
    const repoKey = await scopeApi(octokit, 'repo').publicKey();
    const envApi = scopeApi(octokit, `env:${ENV}`);
    const envKey = await envApi.publicKey();
    const orgKey = await scopeApi(octokit, 'org').publicKey();
    expect(new Set([repoKey.key, envKey.key, orgKey.key]).size).toBe(3);
    expect(new Set([repoKey.key_id, envKey.key_id, orgKey.key_id]).size).toBe(3);
    // The classic mistake (cli/cli#3831): an environment secret sealed to the repository key.
    expect(await failure(envApi.putSecret('S', seal('v', repoKey.key), envKey.key_id))).toEqual({
      status: 422,
      message: IMPROPERLY_ENCRYPTED,
    });
    expect(sim.secretValue(`env:${ENV}`, 'S')).toBeNull();
    expect(sim.secretWrites(`env:${ENV}`, 'S')).toBe(0);
  });

  it('rejects a wrong or missing key_id, URL-safe base64, undecryptable values, a rotated key and bad names', async () => {
    const octokit = client(patToken());
    const api = scopeApi(octokit, 'repo');
    const { owner, repo } = sim.repo;
    const key = await api.publicKey();
    const good = seal('value', key.key);

    expect(await failure(api.putSecret('S', good, '1234'))).toEqual({
      status: 422,
      message: IMPROPERLY_ENCRYPTED,
    });
    expect(
      await failure(
        octokit.request('PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}', {
          owner,
          repo,
          secret_name: 'S',
          encrypted_value: good,
        } as any),
      ),
    ).toEqual({ status: 422, message: 'Invalid request.\n\n"key_id" wasn\'t supplied.' });
    // libsodium's default base64 is URL-safe and unpadded: GitHub's pattern rejects it.
    const sealed = sodium.crypto_box_seal('x', sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL));
    const urlSafe = sodium.to_base64(sealed, sodium.base64_variants.URLSAFE_NO_PADDING);
    const wrongFormat = await failure(api.putSecret('S', urlSafe, key.key_id));
    expect(wrongFormat.status).toBe(422);
    expect(wrongFormat.message).toMatch(/^Invalid request\.\n\n.* does not match \/\^\(\?:\[A-Za-z0-9\+/);
    const noise = Buffer.from(sodium.randombytes_buf(80)).toString('base64');
    expect(await failure(api.putSecret('S', noise, key.key_id))).toEqual({
      status: 422,
      message: IMPROPERLY_ENCRYPTED,
    });

    sim.rotateSecretKey('repo');
    const rotated = await api.publicKey();
    expect(rotated.key_id).not.toBe(key.key_id);
    expect(await failure(api.putSecret('S', good, key.key_id))).toEqual({
      status: 422,
      message: IMPROPERLY_ENCRYPTED,
    });
    // The old key's box under the new key_id does not open either.
    expect((await failure(api.putSecret('S', good, rotated.key_id))).status).toBe(422);
    expect(sim.secretWrites('repo', 'S')).toBe(0);
    expect(await api.putSecret('S', seal('value', rotated.key), rotated.key_id)).toBe(201);
    expect(sim.secretValue('repo', 'S')).toBe('value');

    for (const bad of ['1ABC', 'GITHUB_TOKEN', 'has-dash']) {
      expect((await failure(api.putSecret(bad, seal('v', rotated.key), rotated.key_id))).status).toBe(422);
    }
    // 9 rejected PUTs and one accepted: the log shows them all, secretWrites the accepted one.
    expect(sim.countRequests({ method: 'PUT', status: 422 })).toBe(9);
    expect(sim.secretWrites('repo', 'S')).toBe(1);
  });

  it('org secrets need a visibility; selected ones point to their repositories; another org is 404', async () => {
    const octokit = client(patToken());
    const org = sim.repo.owner;
    const key = await scopeApi(octokit, 'org').publicKey();
    const encrypted_value = seal('org value', key.key);
    expect(
      await failure(
        octokit.request('PUT /orgs/{org}/actions/secrets/{secret_name}', {
          org,
          secret_name: 'ORG_S',
          encrypted_value,
          key_id: key.key_id,
        } as any),
      ),
    ).toEqual({ status: 422, message: 'Invalid request.\n\n"visibility" wasn\'t supplied.' });
    expect(
      (
        await failure(
          octokit.rest.actions.createOrUpdateOrgSecret({
            org,
            secret_name: 'ORG_S',
            encrypted_value,
            key_id: key.key_id,
            visibility: 'everyone' as any,
          }),
        )
      ).status,
    ).toBe(422);
    expect(sim.secretValue('org', 'ORG_S')).toBeNull();

    const put = await octokit.rest.actions.createOrUpdateOrgSecret({
      org,
      secret_name: 'ORG_S',
      encrypted_value,
      key_id: key.key_id,
      visibility: 'selected',
      selected_repository_ids: [1296269],
    });
    expect(put.status).toBe(201);
    expect(sim.secretValue('org', 'ORG_S')).toBe('org value');
    expect((await octokit.rest.actions.getOrgSecret({ org, secret_name: 'ORG_S' })).data).toEqual({
      name: 'ORG_S',
      created_at: expect.any(String),
      updated_at: expect.any(String),
      visibility: 'selected',
      selected_repositories_url: `${sim.url}/orgs/${org}/actions/secrets/ORG_S/repositories`,
    });

    expect(await failure(octokit.rest.actions.getOrgPublicKey({ org: 'someone-else' }))).toEqual({
      status: 404,
      message: 'Not Found',
    });
  });

  it('environments: unknown ones are 404, names are case-insensitive and may hold spaces', async () => {
    const octokit = client(patToken());
    const { owner, repo } = sim.repo;
    expect(
      await failure(octokit.rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name: ENV })),
    ).toEqual({ status: 404, message: 'Not Found' });
    expect(
      (
        await failure(
          octokit.rest.actions.createOrUpdateEnvironmentSecret({
            owner,
            repo,
            environment_name: ENV,
            secret_name: 'S',
            encrypted_value: 'AAAA',
            key_id: '1',
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (await failure(octokit.rest.actions.listEnvironmentVariables({ owner, repo, environment_name: ENV })))
        .status,
    ).toBe(404);
    expect(
      (
        await failure(
          octokit.rest.actions.createEnvironmentVariable({
            owner,
            repo,
            environment_name: ENV,
            name: 'V',
            value: 'v',
          }),
        )
      ).status,
    ).toBe(404);
    expect(() => sim.secretValue(`env:${ENV}`, 'S')).toThrow(/addEnvironment/);

    sim.addEnvironment('Staging EU');
    const api = scopeApi(octokit, 'env:staging eu');
    const key = await api.publicKey();
    expect(await api.putSecret('S', seal('eu', key.key), key.key_id)).toBe(201);
    expect(sim.secretValue('env:STAGING EU', 'S')).toBe('eu');
    expect(sim.requests.at(-1)?.path).toBe(`/repos/${owner}/${repo}/environments/staging eu/secrets/S`);
  });

  it('test helpers seed secrets and variables', async () => {
    sim.addEnvironment(ENV);
    sim.setSecret(`env:${ENV}`, 'seeded', 'seeded value');
    sim.setVariable('org', 'org_var', 'org value', 'selected');
    expect(sim.secretValue(`env:${ENV}`, 'SEEDED')).toBe('seeded value');
    expect(sim.secretWrites(`env:${ENV}`, 'SEEDED')).toBe(0);
    const octokit = client(patToken());
    const meta = await scopeApi(octokit, `env:${ENV}`).getSecret('SEEDED');
    expect(meta.name).toBe('SEEDED');
    expect(await scopeApi(octokit, 'org').getVariable('ORG_VAR')).toMatchObject({
      value: 'org value',
      visibility: 'selected',
    });
    expect(sim.variableValue('org', 'org_var')).toBe('org value');
  });
});

describe('Actions variables', () => {
  it.each(SCOPES)('%s: create 201, again 409, get, patch 204, list, delete 204 then 404', async (scope) => {
    sim.addEnvironment(ENV);
    const api = scopeApi(client(patToken()), scope);
    expect(await api.createVariable('codex_auth_generation', '{"generation":1}')).toBe(201);
    expect(sim.variableValue(scope, 'CODEX_AUTH_GENERATION')).toBe('{"generation":1}');
    expect(await failure(api.createVariable('CODEX_AUTH_GENERATION', 'again'))).toEqual({
      status: 409,
      message: 'Already exists',
    });
    const got = await api.getVariable('CODEX_AUTH_GENERATION');
    expect(got).toMatchObject({ name: 'CODEX_AUTH_GENERATION', value: '{"generation":1}' });
    if (scope === 'org') expect(got.visibility).toBe('private');

    expect(await api.updateVariable('CODEX_AUTH_GENERATION', '{"generation":2}')).toBe(204);
    expect((await api.getVariable('codex_auth_generation')).value).toBe('{"generation":2}');
    expect(sim.variableValue(scope, 'CODEX_AUTH_GENERATION')).toBe('{"generation":2}');

    await api.createVariable('ANOTHER', 'x');
    const listed = await api.listVariables();
    expect(listed.total_count).toBe(2);
    expect(listed.variables.map((v) => [v.name, v.value])).toEqual([
      ['ANOTHER', 'x'],
      ['CODEX_AUTH_GENERATION', '{"generation":2}'],
    ]);

    expect(await api.deleteVariable('CODEX_AUTH_GENERATION')).toBe(204);
    expect(sim.variableValue(scope, 'CODEX_AUTH_GENERATION')).toBeNull();
    expect(await failure(api.deleteVariable('CODEX_AUTH_GENERATION'))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    expect(await failure(api.getVariable('CODEX_AUTH_GENERATION'))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    expect(await failure(api.updateVariable('CODEX_AUTH_GENERATION', 'v'))).toEqual({
      status: 404,
      message: 'Not Found',
    });
    for (const other of SCOPES.filter((s) => s !== scope))
      expect(sim.variableValue(other, 'ANOTHER')).toBeNull();
  });

  it('org variables need a visibility; names are validated', async () => {
    const octokit = client(patToken());
    const org = sim.repo.owner;
    expect(
      await failure(
        octokit.request('POST /orgs/{org}/actions/variables', { org, name: 'V', value: 'v' } as any),
      ),
    ).toEqual({ status: 422, message: 'Invalid request.\n\n"visibility" wasn\'t supplied.' });
    expect(sim.variableValue('org', 'V')).toBeNull();
    const { owner, repo } = sim.repo;
    expect(
      (await failure(octokit.rest.actions.createRepoVariable({ owner, repo, name: '9LIVES', value: 'v' })))
        .status,
    ).toBe(422);
    expect(
      await failure(
        octokit.request('POST /repos/{owner}/{repo}/actions/variables', { owner, repo, name: 'V' } as any),
      ),
    ).toEqual({ status: 422, message: 'Invalid request.\n\n"value" wasn\'t supplied.' });
  });

  it('lists paginate like GitHub (10 per page by default) and Octokit’s paginate follows the link header', async () => {
    const octokit = client(patToken());
    const { owner, repo } = sim.repo;
    for (let i = 0; i < 12; i += 1) sim.setVariable('repo', `V${String(i).padStart(2, '0')}`, String(i));
    const first = await octokit.rest.actions.listRepoVariables({ owner, repo });
    expect(first.data.total_count).toBe(12);
    expect(first.data.variables).toHaveLength(10);
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.actions.listRepoVariables, { owner, repo, per_page: 5 });
    expect(all.map((v) => v.value)).toEqual(Array.from({ length: 12 }, (_, i) => String(i)));
    expect(sim.countRequests({ path: `/repos/${owner}/${repo}/actions/variables` })).toBe(4);
  });
});

describe('secrets and variables permissions', () => {
  it('a token like GITHUB_TOKEN (the addToken() default) gets 403 on every secrets and variables route', async () => {
    sim.addEnvironment(ENV);
    const octokit = client(sim.addToken());
    const denied = { status: 403, message: 'Resource not accessible by integration' };
    for (const scope of SCOPES) {
      const api = scopeApi(octokit, scope);
      expect(await failure(api.publicKey())).toEqual(denied);
      expect(await failure(api.putSecret('S', 'AAAA', '1'))).toEqual(denied);
      expect(await failure(api.listSecrets())).toEqual(denied);
      expect(await failure(api.getSecret('S'))).toEqual(denied);
      expect(await failure(api.deleteSecret('S'))).toEqual(denied);
      expect(await failure(api.getVariable('V'))).toEqual(denied);
      expect(await failure(api.createVariable('V', 'v'))).toEqual(denied);
    }
    // Permission comes before existence: an unknown environment is 403 too.
    expect(await failure(scopeApi(octokit, 'env:nowhere').publicKey())).toEqual(denied);
    // Its other defaults are unchanged: contents write, actions read.
    const { owner, repo } = sim.repo;
    expect((await octokit.rest.git.createBlob({ owner, repo, content: 'x' })).status).toBe(201);
    sim.setRun(1, 'queued');
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 1 })).status).toBe(200);
  });

  it('variables: read can list and get but not write; secrets: write does not grant variables', async () => {
    sim.setVariable('repo', 'V', 'v');
    const denied = { status: 403, message: 'Resource not accessible by integration' };
    const reader = scopeApi(client(sim.addToken({ variables: 'read' })), 'repo');
    expect((await reader.getVariable('V')).value).toBe('v');
    expect((await reader.listVariables()).total_count).toBe(1);
    expect(await failure(reader.createVariable('W', 'w'))).toEqual(denied);
    expect(await failure(reader.updateVariable('V', 'x'))).toEqual(denied);
    expect(await failure(reader.deleteVariable('V'))).toEqual(denied);
    expect(await failure(reader.publicKey())).toEqual(denied);

    const secretsOnly = scopeApi(client(sim.addToken({ secrets: 'write' })), 'repo');
    const key = await secretsOnly.publicKey();
    expect(await secretsOnly.putSecret('S', seal('s', key.key), key.key_id)).toBe(201);
    expect(await failure(secretsOnly.getVariable('V'))).toEqual(denied);
    expect(sim.variableValue('repo', 'V')).toBe('v');
  });

  it('the request log names the routes but holds no value, ciphertext or token', async () => {
    sim.addEnvironment(ENV);
    const token = patToken();
    const api = scopeApi(client(token), `env:${ENV}`);
    const key = await api.publicKey();
    const encrypted = seal('plaintext-that-must-not-be-logged', key.key);
    await api.putSecret('S', encrypted, key.key_id);
    await api.createVariable('V', 'variable-value-not-logged');
    const log = JSON.stringify(sim.requests);
    for (const hidden of [
      token,
      'plaintext-that-must-not-be-logged',
      encrypted,
      'variable-value-not-logged',
    ]) {
      expect(log).not.toContain(hidden);
    }
    const { owner, repo } = sim.repo;
    expect(sim.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', `/repos/${owner}/${repo}/environments/${ENV}/secrets/public-key`, 200],
      ['PUT', `/repos/${owner}/${repo}/environments/${ENV}/secrets/S`, 201],
      ['POST', `/repos/${owner}/${repo}/environments/${ENV}/variables`, 201],
    ]);
  });
});
