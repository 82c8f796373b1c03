import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import { FileLeaseLock } from '../../src/locks/file-lease-lock.js';
import { type ActionWorld, createActionWorld, entry, REPOSITORY } from '../support/action-world.js';
import { nineDaysAgo } from './stream-helpers.js';
import { fakeCredential } from '../support/test-tokens.js';

let world: ActionWorld;
beforeEach(async () => {
  world = await createActionWorld();
});
afterEach(async () => {
  await world.close();
});

async function storedGeneration(stream: string): Promise<number | null> {
  const text = await fs
    .readFile(path.join(world.stateDir, stream, 'envelope.json'), 'utf8')
    .catch(() => null);
  return text === null ? null : parseEnvelope(text, 'store').generation;
}

const lockHolder = (stream: string) => new FileLeaseLock(path.join(world.stateDir, stream), stream).inspect();

describe('the Action (dist/main.js + dist/post.js, as the runner runs them)', () => {
  it('refreshes a stale stream, and the next job sees the new generation with no refresh', async () => {
    const session = world.sim.issueSession();
    const seed = world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
    // Plan usage from the backend's headers: the world's codex-args hold --ephemeral (no rollout file), so the
    // broker's view of the headers is the only source.
    const resets = Math.floor(Date.now() / 1000) + 1800;
    world.sim.setRateLimits(
      {
        primary: { usedPercent: 42, windowMinutes: 300, resetsAt: resets },
        secondary: { usedPercent: 7, windowMinutes: 10_080, resetsAt: resets + 86_400 },
      },
      { channels: 'headers' },
    );
    const first = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs).toMatchObject({
      refreshed: 'true',
      persisted: 'true',
      generation: '2',
      stream: 'gh',
      'final-message': 'OK',
      'codex-exit-code': '0',
    });
    expect(first.main.outputs['next-refresh']).toMatch(/scheduled/);
    expect(first.main.summary).toMatch(/<table>/);
    // Which protection the run had, in the outputs and the summary; no isolation without codex-user.
    expect(first.main.outputs).toMatchObject({
      protection: 'broker',
      'isolation-user': '',
      'isolation-setup-seconds': '',
      'short-used-percent': '42',
      'weekly-used-percent': '7',
    });
    expect(first.main.summary).toContain(
      '<p><strong>Protection:</strong> broker (Codex held placeholders, the token broker relayed the login, the sandbox held)</p>',
    );
    expect(first.main.summary).not.toMatch(/Isolation:/);
    expect(first.main.summary).toMatch(/Plan usage[\s\S]*<td>short<\/td><td>42 %<\/td>/);
    // Every secret the step received was masked: the key and each token of the seed.
    expect(first.main.masks).toEqual(
      expect.arrayContaining([world.key, session.idToken, session.accessToken, session.refreshToken]),
    );
    expect(first.post.code).toBe(0);

    const second = await world
      .job()
      .mainAndPost(entry('main'), entry('post'), { inputs: world.streamInputs('gh') });
    expect(second.main.code, second.main.stdout).toBe(0);
    expect(second.main.outputs).toMatchObject({ refreshed: 'false', persisted: 'false', generation: '2' });
    expect(world.sim.refreshCount).toBe(1);
    expect(await lockHolder('gh')).toBeNull();
  });

  it('redacts a token from the final-message output (an agent can read its own auth.json)', async () => {
    const session = world.sim.issueSession();
    const seed = world.sim.authJsonFor(session, { lastRefresh: new Date(Date.now() - 60 * 60 * 1000) });
    world.sim.setReply(`the token is ${session.accessToken}`);
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['final-message']).toBe('the token is ***');
  });

  it('hands on the final message with nothing in it that acts on the log, a terminal or a later step', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), {
      lastRefresh: new Date(Date.now() - 60 * 60 * 1000),
    });
    world.sim.setReply(
      'done\n::set-env name=NODE_OPTIONS::--require /tmp/x.js\n\u001b[2Jcleared ##[error]forged',
    );
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['final-message']).toBe(
      'done\n:\\:set-env name=NODE_OPTIONS::--require /tmp/x.js\ncleared ##\\[error]forged',
    );
  });

  it('a cancelled main step (killed after Codex refreshed) is finished by post: persisted, unlocked, cleaned', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    world.sim.setResponseDelay(30_000);
    const job = world.job();
    const main = await job.step(entry('main'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
      timeoutMs: 4_000,
    });
    expect(main.timedOut).toBe(true);
    expect(world.sim.refreshCount).toBe(1);
    const codexHome = main.state['codex-home'] ?? '';
    expect(codexHome.startsWith(job.runnerTemp)).toBe(true);

    const post = await job.step(entry('post'), { inputs: world.streamInputs('gh'), state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(await storedGeneration('gh')).toBe(2);
    expect(await lockHolder('gh')).toBeNull();
    await expect(fs.access(codexHome)).rejects.toThrow();
  });

  it('Codex failing after it refreshed still persists the refresh, fails the step and releases the lock', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    world.sim.setResponseError(400);
    const { main, post } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(main.code).toBe(1);
    expect(main.outputs).toMatchObject({
      refreshed: 'true',
      persisted: 'true',
      generation: '2',
      'codex-exit-code': '1',
    });
    expect(main.stdout).toMatch(/codex exec exited with code 1/);
    expect(post.code).toBe(0);
    expect(await storedGeneration('gh')).toBe(2);
    expect(await lockHolder('gh')).toBeNull();
    await expect(fs.access(main.state['codex-home'] ?? '')).rejects.toThrow();
  });

  it('access-token mode runs Codex with CODEX_ACCESS_TOKEN and touches no store', async () => {
    const token = world.sim.issuePersonalAccessToken();
    const inputs = world.streamInputs('gh', { 'access-token': token, key: '' });
    const { main, post } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs,
      env: { CODEX_AUTHAPI_BASE_URL: world.sim.authApiBaseUrl },
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs['final-message']).toBe('OK');
    // The token reached Codex only as the broker's placeholder: the run says so, and lists what the broker relayed.
    expect(main.outputs.protection).toBe('broker');
    expect(main.summary).toMatch(/<strong>Protection:<\/strong> broker \(/);
    expect(main.summary).toMatch(/Requests through the token broker \(\d+\)/);
    expect(main.masks).toContain(token);
    expect(world.sim.accessTokenUses).toBeGreaterThan(0);
    expect(world.sim.refreshCount).toBe(0);
    expect(post.code).toBe(0);
    await expect(fs.access(world.stateDir)).rejects.toThrow();
  });

  it('a dead session fails the step with a "Reseed needed" summary and leaves the store as it was', async () => {
    const session = world.sim.issueSession();
    const seed = world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
    // Seeded by a restore that is then persisted unchanged (in one job, as persist acts only on a home its own
    // job's restore made), so the store holds generation 1.
    const seeding = world.job();
    const first = await seeding.step(entry('restore'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    await seeding.step(entry('persist'), {
      inputs: world.streamInputs('gh'),
      env: { CODEX_HOME: first.env.CODEX_HOME ?? '' },
    });
    world.sim.rotate(session.refreshToken); // another machine used this login
    world.sim.revokeAccessToken(session.accessToken);

    const { main, post } = await world
      .job()
      .mainAndPost(entry('main'), entry('post'), { inputs: world.streamInputs('gh') });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/refresh_token_reused/);
    expect(main.summary).toMatch(/Reseed needed/);
    expect(main.summary).toMatch(/codex-auth seed --force --stream gh/);
    expect(main.outputs).toMatchObject({ refreshed: 'false', persisted: 'false', generation: '1' });
    expect(post.code).toBe(0);
    expect(await storedGeneration('gh')).toBe(1);
    expect(await lockHolder('gh')).toBeNull();
  });

  it.each([
    [
      'a pull_request from a fork',
      {
        name: 'pull_request',
        payload: {
          repository: { full_name: REPOSITORY, private: true },
          pull_request: { head: { repo: { full_name: 'stranger/private-repo' } } },
        },
      },
      /from a fork.*allow-untrusted-events/s,
    ],
    [
      'pull_request_target',
      { name: 'pull_request_target', payload: { repository: { full_name: REPOSITORY, private: true } } },
      /pull_request_target.*allow-untrusted-events/s,
    ],
    [
      'a public repository',
      {
        name: 'push',
        payload: { repository: { full_name: REPOSITORY, private: false, visibility: 'public' } },
      },
      /Do not use this workflow for public or open-source repositories.*allow-public-repository/s,
    ],
  ])('refuses %s before restoring anything', async (_name, event, message) => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const { main, post } = await world.job(event).mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(main.masks).toContain(world.key);
    expect(post.code).toBe(0);
    await expect(fs.access(path.join(world.stateDir, 'gh'))).rejects.toThrow();
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('allows a pull_request from the repository itself', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const event = {
      name: 'pull_request',
      payload: {
        repository: { full_name: REPOSITORY, private: true },
        pull_request: { head: { repo: { full_name: REPOSITORY } } },
      },
    };
    const { main } = await world.job(event).mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed }),
    });
    expect(main.code, main.stdout).toBe(0);
  });

  it.each([
    ['two credential modes', { 'access-token': fakeCredential('at-') }, /mutually exclusive/],
    ['lock-timeout: abc', { 'lock-timeout': 'abc' }, /input lock-timeout/],
    ['an unknown store', { store: 'floppy' }, /input store/],
    ['a bad boolean', { 'allow-public-repository': 'yes' }, /allow-public-repository must be true or false/],
    ['no prompt', { prompt: '' }, /input prompt/],
  ])('fails in main on %s, naming the input', async (_name, extra, message) => {
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', extra),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
  });
});

describe('restore/ and persist/ sub-actions', () => {
  it('restore -> the real Codex in a separate step with the exported CODEX_HOME -> persist', async () => {
    const session = world.sim.issueSession();
    const seed = world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() });
    const job = world.job();
    const restore = await job.step(entry('restore'), {
      inputs: world.streamInputs('split', { 'auth-json': seed }),
    });
    expect(restore.code, restore.stdout).toBe(0);
    const codexHome = restore.env.CODEX_HOME ?? '';
    expect(restore.outputs['codex-home']).toBe(codexHome);
    // The user's own step gets the real login under the profile: restore's output says which protection that is.
    expect(restore.outputs.protection).toBe('deny-read');
    expect((await fs.stat(path.join(codexHome, 'auth.json'))).mode & 0o777).toBe(0o600);

    const userStep = await job.step(fixture('user-codex-step'), { timeoutMs: 60_000 });
    expect(userStep.code, userStep.stdout).toBe(0);
    expect(world.sim.refreshCount).toBe(1);

    const persist = await job.step(entry('persist'), { inputs: world.streamInputs('split') });
    expect(persist.code, persist.stdout).toBe(0);
    expect(persist.outputs).toMatchObject({ refreshed: 'true', persisted: 'true', generation: '2' });
    await expect(fs.access(codexHome)).rejects.toThrow();
    expect(await lockHolder('split')).toBeNull();

    // restore's post finds nothing left to do.
    const restorePost = await job.step(entry('restore-post'), {
      inputs: world.streamInputs('split'),
      state: restore.state,
    });
    expect(restorePost.code).toBe(0);
    expect(await storedGeneration('split')).toBe(2);
  });

  it("restore's post rescues a job whose persist step never ran", async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const job = world.job();
    const restore = await job.step(entry('restore'), {
      inputs: world.streamInputs('split', { 'auth-json': seed }),
    });
    expect(restore.code, restore.stdout).toBe(0);
    expect((await job.step(fixture('user-codex-step'), { timeoutMs: 60_000 })).code).toBe(0);
    expect((await job.step(fixture('failing-step'))).code).toBe(1);
    expect(await lockHolder('split')).not.toBeNull();

    const restorePost = await job.step(entry('restore-post'), {
      inputs: world.streamInputs('split'),
      state: restore.state,
    });
    expect(restorePost.code, restorePost.stdout).toBe(0);
    expect(restorePost.stdout).toMatch(/persist step did not run/);
    expect(await storedGeneration('split')).toBe(2);
    expect(await lockHolder('split')).toBeNull();
    await expect(fs.access(restore.outputs['codex-home'] ?? '')).rejects.toThrow();
  });
});

function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}.mjs`, import.meta.url));
}
