// Proves the loopback GitHub simulator's Issues API (issues, comments, labels) with the REAL @octokit/rest client:
// what a bot that opens, updates, comments on and closes one issue per stream will call.

import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubSimulator, startGitHubSimulator } from '../../support/github-simulator.js';
import { recordOutput } from '../../support/leak-guard.js';

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const DENIED = { status: 403, message: 'Resource not accessible by integration' };
const NOT_FOUND = { status: 404, message: 'Not Found' };

let sim: GitHubSimulator;
let owner: string;
let repo: string;

function client(token: string): Octokit {
  return new Octokit({ baseUrl: sim.url, auth: token, log: silent });
}
const writer = (login?: string): Octokit =>
  client(sim.addToken(login === undefined ? { issues: 'write' } : { issues: 'write', login }));

/** The status, message and `errors` of a rejected Octokit call (RequestError). */
async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string; errors?: unknown }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data?: { message?: string; errors?: unknown } } };
    const data = e.response?.data;
    return {
      status: e.status,
      message: data?.message ?? '',
      ...(data?.errors === undefined ? {} : { errors: data.errors }),
    };
  }
  throw new Error('expected the request to fail');
}

beforeEach(async () => {
  sim = await startGitHubSimulator();
  ({ owner, repo } = sim.repo);
});

afterEach(async () => {
  recordOutput('github simulator request log', JSON.stringify(sim.requests));
  await sim.close();
});

describe('issues', () => {
  it('create 201 with GitHub’s fields; an unknown label is created implicitly (color ededed); get reads it back', async () => {
    const octokit = writer();
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'codex-auth: stream main needs a new login',
      body: 'The refresh token was rejected.',
      labels: ['codex-auth', 'stream:main'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${sim.url}/repos/${owner}/${repo}/issues/1`);
    expect(created.data).toMatchObject({
      number: 1,
      title: 'codex-auth: stream main needs a new login',
      body: 'The refresh token was rejected.',
      state: 'open',
      state_reason: null,
      closed_at: null,
      comments: 0,
      html_url: `https://github.com/${owner}/${repo}/issues/1`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [
        expect.objectContaining({ name: 'codex-auth', color: 'ededed' }),
        expect.objectContaining({ name: 'stream:main', color: 'ededed' }),
      ],
    });
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.data.updated_at).toBe(created.data.created_at);

    const label = await octokit.rest.issues.getLabel({ owner, repo, name: 'stream:main' });
    expect(label.data).toMatchObject({
      name: 'stream:main',
      color: 'ededed',
      default: false,
      description: null,
    });
    // Label names are case-insensitive: an existing label is reused with its own spelling.
    const second = await octokit.rest.issues.create({ owner, repo, title: 'two', labels: ['CODEX-AUTH'] });
    expect(second.data.number).toBe(2);
    expect(second.data.body).toBeNull();
    expect(second.data.labels).toEqual([expect.objectContaining({ name: 'codex-auth' })]);

    const read = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(read.data).toEqual(created.data);
    expect(sim.issue(1)).toEqual({
      number: 1,
      title: 'codex-auth: stream main needs a new login',
      body: 'The refresh token was rejected.',
      state: 'open',
      stateReason: null,
      labels: ['codex-auth', 'stream:main'],
      author: 'github-actions[bot]',
      comments: [],
    });
    expect(sim.issue(3)).toBeNull();
    expect(sim.issues().map((i) => i.number)).toEqual([1, 2]);
  });

  it('lists open issues newest first; filters by state, ALL given labels and creator; paginates with the filters kept', async () => {
    const bot = writer();
    const human = writer('octocat');
    const open = async (octokit: Octokit, title: string, labels: string[]): Promise<number> =>
      (await octokit.rest.issues.create({ owner, repo, title, labels })).data.number;
    const a = await open(bot, 'a', ['codex-auth', 'stream:a']);
    const b = await open(bot, 'b', ['codex-auth', 'stream:b']);
    const c = await open(human, 'c', ['codex-auth', 'stream:a']);
    const d = await open(bot, 'd', []);
    await bot.rest.issues.update({ owner, repo, issue_number: b, state: 'closed' });

    const numbers = async (
      params: Omit<NonNullable<Parameters<Octokit['rest']['issues']['listForRepo']>[0]>, 'owner' | 'repo'>,
    ): Promise<number[]> =>
      (await bot.rest.issues.listForRepo({ owner, repo, ...params })).data.map((i) => i.number);
    expect(await numbers({})).toEqual([d, c, a]); // state defaults to open
    expect(await numbers({ state: 'closed' })).toEqual([b]);
    expect(await numbers({ state: 'all' })).toEqual([d, c, b, a]);
    expect(await numbers({ state: 'all', direction: 'asc' })).toEqual([a, b, c, d]);
    expect(await numbers({ state: 'all', labels: 'codex-auth' })).toEqual([c, b, a]);
    expect(await numbers({ state: 'all', labels: 'codex-auth,stream:a' })).toEqual([c, a]);
    expect(await numbers({ state: 'all', labels: 'Stream:A, CODEX-AUTH' })).toEqual([c, a]);
    expect(await numbers({ labels: 'stream:b' })).toEqual([]); // b is closed
    expect(await numbers({ labels: 'no-such-label' })).toEqual([]);
    expect(await numbers({ state: 'all', creator: 'octocat' })).toEqual([c]);
    expect(await numbers({ state: 'all', creator: 'github-actions[bot]', labels: 'stream:a' })).toEqual([a]);
    expect(sim.issue(c)?.author).toBe('octocat');

    const page = await bot.rest.issues.listForRepo({ owner, repo, state: 'all', per_page: 1 });
    expect(page.data.map((i) => i.number)).toEqual([d]);
    expect(page.headers.link).toContain('rel="next"');
    expect(page.headers.link).toContain('state=all');
    const all = await bot.paginate(bot.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'all',
      labels: 'codex-auth',
      per_page: 2,
    });
    expect(all.map((i) => i.number)).toEqual([c, b, a]);
    expect(sim.countRequests({ method: 'GET', path: `/repos/${owner}/${repo}/issues` })).toBe(14);

    expect(
      await failure(bot.rest.issues.listForRepo({ owner, repo, state: 'bogus' as 'all' })),
    ).toMatchObject({
      status: 422,
      message: 'Validation Failed',
    });
  });

  it('comments: create 201, list in order; the issue counts them and its updated_at moves', async () => {
    const octokit = writer();
    const issue = (await octokit.rest.issues.create({ owner, repo, title: 't', body: 'b' })).data;
    const first = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'run 1 failed',
    });
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({
      body: 'run 1 failed',
      html_url: `https://github.com/${owner}/${repo}/issues/1#issuecomment-${first.data.id}`,
      issue_url: `${sim.url}/repos/${owner}/${repo}/issues/1`,
      user: { login: 'github-actions[bot]' },
    });
    expect(first.data.created_at).toMatch(/Z$/);
    const second = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'run 2 failed',
    });
    expect(second.data.id).toBeGreaterThan(first.data.id);

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    expect(listed.data.map((c) => [c.id, c.body])).toEqual([
      [first.data.id, 'run 1 failed'],
      [second.data.id, 'run 2 failed'],
    ]);
    const page = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 1,
      per_page: 1,
      page: 2,
    });
    expect(page.data.map((c) => c.body)).toEqual(['run 2 failed']);
    expect(page.headers.link).toContain('rel="prev"');

    const after = (await octokit.rest.issues.get({ owner, repo, issue_number: 1 })).data;
    expect(after.comments).toBe(2);
    expect(Date.parse(after.updated_at)).toBeGreaterThanOrEqual(Date.parse(issue.updated_at));
    expect(sim.issue(1)?.comments).toEqual(['run 1 failed', 'run 2 failed']);

    expect(
      await failure(
        octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'x'.repeat(65537) }),
      ),
    ).toEqual({
      status: 422,
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: 'Body is too long (maximum is 65536 characters)',
        },
      ],
    });
    expect(sim.issue(1)?.comments).toHaveLength(2);
  });

  it('update: close (completed by default, or not_planned), reopen, retitle, replace labels (creating new ones)', async () => {
    const octokit = writer();
    await octokit.rest.issues.create({ owner, repo, title: 'old', body: 'old body', labels: ['codex-auth'] });

    const closed = await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' });
    expect(closed.status).toBe(200);
    expect(closed.data).toMatchObject({
      state: 'closed',
      state_reason: 'completed',
      closed_by: { login: 'github-actions[bot]' },
      title: 'old',
      body: 'old body',
    });
    expect(closed.data.closed_at).toMatch(/Z$/);
    expect((await octokit.rest.issues.listForRepo({ owner, repo })).data).toEqual([]);

    const reopened = await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'open' });
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      closed_by: null,
    });

    const updated = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      title: 'new',
      body: 'new body',
      labels: ['stream:main'],
      // Ignored: the state does not change.
      state_reason: 'not_planned',
    });
    expect(updated.data).toMatchObject({
      title: 'new',
      body: 'new body',
      state: 'open',
      state_reason: 'reopened',
    });
    expect(updated.data.labels).toEqual([expect.objectContaining({ name: 'stream:main', color: 'ededed' })]);
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'stream:main' })).status).toBe(200);

    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
      labels: [],
    });
    expect(sim.issue(1)).toEqual({
      number: 1,
      title: 'new',
      body: 'new body',
      state: 'closed',
      stateReason: 'not_planned',
      labels: [],
      author: 'github-actions[bot]',
      comments: [],
    });

    expect(
      (await failure(octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'shut' as 'open' })))
        .status,
    ).toBe(422);
    expect(sim.issue(1)?.state).toBe('closed');
  });

  it('404 for an unknown or malformed issue number, and an unknown label', async () => {
    const octokit = writer();
    await octokit.rest.issues.create({ owner, repo, title: 't' });
    expect(await failure(octokit.rest.issues.get({ owner, repo, issue_number: 2 }))).toEqual(NOT_FOUND);
    expect(
      await failure(octokit.rest.issues.update({ owner, repo, issue_number: 2, state: 'closed' })),
    ).toEqual(NOT_FOUND);
    expect(
      await failure(octokit.rest.issues.createComment({ owner, repo, issue_number: 2, body: 'b' })),
    ).toEqual(NOT_FOUND);
    expect(await failure(octokit.rest.issues.listComments({ owner, repo, issue_number: 2 }))).toEqual(
      NOT_FOUND,
    );
    expect((await failure(octokit.request(`GET /repos/${owner}/${repo}/issues/abc`))).status).toBe(404);
    expect(await failure(octokit.rest.issues.getLabel({ owner, repo, name: 'nope' }))).toEqual(NOT_FOUND);
    // The wrong repository stays 404, as for every other route.
    expect(await failure(octokit.rest.issues.get({ owner, repo: 'other', issue_number: 1 }))).toEqual(
      NOT_FOUND,
    );
  });

  it('rejects a missing title and an issue body over 65536 characters', async () => {
    const octokit = writer();
    expect(
      await failure(octokit.request(`POST /repos/${owner}/${repo}/issues`, { body: 'no title' })),
    ).toEqual({
      status: 422,
      message: 'Invalid request.\n\n"title" wasn\'t supplied.',
    });
    expect(
      await failure(octokit.rest.issues.create({ owner, repo, title: 't', body: 'x'.repeat(65537) })),
    ).toEqual({
      status: 422,
      message: 'Validation Failed',
      errors: [
        {
          resource: 'Issue',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    });
    expect(
      (await octokit.rest.issues.create({ owner, repo, title: 't', body: 'x'.repeat(65536) })).status,
    ).toBe(201);
    expect(sim.issues().map((i) => i.number)).toEqual([1]);
  });
});

describe('labels', () => {
  it('create 201, then 422 already_exists (names case-insensitive, implicit labels too); get; list', async () => {
    const octokit = writer();
    const created = await octokit.rest.issues.createLabel({
      owner,
      repo,
      name: 'codex-auth',
      color: 'b60205',
      description: 'Opened by the codex-auth bot',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      name: 'codex-auth',
      color: 'b60205',
      description: 'Opened by the codex-auth bot',
      default: false,
      url: `${sim.url}/repos/${owner}/${repo}/labels/codex-auth`,
    });
    const exists = {
      status: 422,
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    };
    expect(await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'codex-auth' }))).toEqual(
      exists,
    );
    expect(await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'Codex-Auth' }))).toEqual(
      exists,
    );

    await octokit.rest.issues.create({ owner, repo, title: 't', labels: ['codex-auth', 'area/ci'] });
    // The issue took the existing label as it was; 'area/ci' (a '/' in the name) was created.
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'CODEX-AUTH' })).data.color).toBe(
      'b60205',
    );
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'area/ci' })).data.name).toBe('area/ci');
    expect(await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'area/ci' }))).toEqual(exists);

    const plain = await octokit.rest.issues.createLabel({ owner, repo, name: 'stream:main' });
    expect(plain.data).toMatchObject({ color: 'ededed', description: null });
    expect(
      (await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'x', color: '#fff' }))).status,
    ).toBe(422);
    const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { owner, repo, per_page: 2 });
    expect(all.map((l) => l.name)).toEqual(['area/ci', 'codex-auth', 'stream:main']);
  });
});

describe('issues permission', () => {
  it('the addToken() default has none: 403 on every issues, comments and labels route, before existence', async () => {
    await writer().rest.issues.create({ owner, repo, title: 't', labels: ['l'] });
    const octokit = client(sim.addToken());
    expect(await failure(octokit.rest.issues.listForRepo({ owner, repo }))).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.create({ owner, repo, title: 'x' }))).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.get({ owner, repo, issue_number: 1 }))).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.get({ owner, repo, issue_number: 99 }))).toEqual(DENIED);
    expect(
      await failure(octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' })),
    ).toEqual(DENIED);
    expect(
      await failure(octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'b' })),
    ).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.listComments({ owner, repo, issue_number: 1 }))).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.getLabel({ owner, repo, name: 'l' }))).toEqual(DENIED);
    expect(await failure(octokit.rest.issues.createLabel({ owner, repo, name: 'm' }))).toEqual(DENIED);
    // Its other defaults are unchanged.
    expect((await octokit.rest.git.createBlob({ owner, repo, content: 'x' })).status).toBe(201);
    expect(sim.issue(1)).toMatchObject({ state: 'open', comments: [] });
  });

  it('issues: read can list and get but not create, update, comment or create labels', async () => {
    await writer().rest.issues.create({ owner, repo, title: 't', labels: ['l'] });
    await writer().rest.issues.createComment({ owner, repo, issue_number: 1, body: 'c' });
    const reader = client(sim.addToken({ issues: 'read' }));
    expect((await reader.rest.issues.listForRepo({ owner, repo })).data).toHaveLength(1);
    expect((await reader.rest.issues.get({ owner, repo, issue_number: 1 })).data.title).toBe('t');
    expect((await reader.rest.issues.listComments({ owner, repo, issue_number: 1 })).data).toHaveLength(1);
    expect((await reader.rest.issues.getLabel({ owner, repo, name: 'l' })).status).toBe(200);
    expect(await failure(reader.rest.issues.create({ owner, repo, title: 'x' }))).toEqual(DENIED);
    expect(
      await failure(reader.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' })),
    ).toEqual(DENIED);
    expect(
      await failure(reader.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'b' })),
    ).toEqual(DENIED);
    expect(await failure(reader.rest.issues.createLabel({ owner, repo, name: 'm' }))).toEqual(DENIED);
    expect(sim.issues()).toEqual([expect.objectContaining({ number: 1, state: 'open', comments: ['c'] })]);
  });
});

describe('request log', () => {
  it('names the issues routes with their status but holds no title, body, comment or token', async () => {
    const token = sim.addToken({ issues: 'write' });
    const octokit = client(token);
    await octokit.rest.issues.create({ owner, repo, title: 'title-not-logged', body: 'body-not-logged' });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: 'comment-not-logged' });
    await octokit.rest.issues.update({ owner, repo, issue_number: 1, state: 'closed' });
    await octokit.rest.issues.listForRepo({ owner, repo, state: 'closed' });
    await failure(octokit.rest.issues.get({ owner, repo, issue_number: 7 }));
    await failure(octokit.rest.issues.getLabel({ owner, repo, name: 'missing label' }));
    const log = JSON.stringify(sim.requests);
    for (const hidden of [token, 'title-not-logged', 'body-not-logged', 'comment-not-logged']) {
      expect(log).not.toContain(hidden);
    }
    const base = `/repos/${owner}/${repo}`;
    expect(sim.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', `${base}/issues`, 201],
      ['POST', `${base}/issues/1/comments`, 201],
      ['PATCH', `${base}/issues/1`, 200],
      ['GET', `${base}/issues`, 200],
      ['GET', `${base}/issues/7`, 404],
      ['GET', `${base}/labels/missing label`, 404],
    ]);
  });
});
