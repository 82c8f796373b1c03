// Usage limits, plan usage and fallback lanes in the bundled Action (dist/main.js + dist/post.js), real Codex.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../src/core/envelope.js';
import type { SimSession } from '../support/chatgpt-simulator.js';
import { type ActionWorld, createActionWorld, entry, REPOSITORY } from '../support/action-world.js';
import { startGitHubSimulator } from '../support/github-simulator.js';
import { anHourAgo, nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld;
beforeEach(async () => {
  world = await createActionWorld();
});
afterEach(async () => {
  await world.close();
});

// Without --ephemeral: Codex's rollout file (in the private CODEX_HOME) is where plan usage is recorded.
const ARGS = { 'codex-args': '--skip-git-repo-check' };
const epoch = (offsetSeconds: number) => Math.floor(Date.now() / 1000) + offsetSeconds;
const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

async function seedByJob(stream: string): Promise<SimSession> {
  const session = world.sim.issueSession();
  const job = await world.job().mainAndPost(entry('main'), entry('post'), {
    inputs: world.streamInputs(stream, {
      ...ARGS,
      'auth-json': world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }),
    }),
  });
  if (job.main.code !== 0) throw new Error(`seeding ${stream} failed: ${job.main.stdout}`);
  return session;
}

async function envelopeText(stream: string): Promise<string> {
  return fs.readFile(path.join(world.stateDir, stream, 'envelope.json'), 'utf8');
}

describe('fallback lanes in the Action', () => {
  it('lane 1 limited -> lane 2 runs; outputs name lane 2, lane 1 is untouched, summary lists lanes and usage', async () => {
    const main = await seedByJob('main');
    const backup = await seedByJob('backup');
    const mainBefore = await envelopeText('main');
    const reset = epoch(3600);
    world.sim.setUsageLimit(
      {
        planType: 'plus',
        resetsAt: reset,
        primary: { usedPercent: 100, windowMinutes: 300, resetsAt: reset },
        secondary: { usedPercent: 70, windowMinutes: 10_080, resetsAt: epoch(86_400) },
      },
      { accountId: main.accountId },
    );
    const weeklyReset = epoch(3 * 86_400);
    world.sim.setRateLimits(
      {
        primary: { usedPercent: 12.5, windowMinutes: 300, resetsAt: epoch(1800) },
        secondary: { usedPercent: 97, windowMinutes: 10_080, resetsAt: weeklyReset },
      },
      { accountId: backup.accountId },
    );

    const job = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('main', { ...ARGS, lanes: 'stream:backup', 'usage-warning-percent': '5' }),
    });
    expect(job.main.code, job.main.stdout).toBe(0);
    expect(job.main.outputs).toMatchObject({
      lane: 'stream:backup',
      stream: 'backup',
      'usage-limited': 'false',
      'final-message': 'OK',
      'short-used-percent': '12.5',
      'short-window-minutes': '300',
      'weekly-used-percent': '97',
      'weekly-window-minutes': '10080',
      'weekly-resets-at': iso(weeklyReset),
    });
    const tried = JSON.parse(job.main.outputs['lanes-tried'] ?? '[]') as {
      lane: string;
      outcome: string;
      resetsAt: string;
    }[];
    expect(tried.map((attempt) => [attempt.lane, attempt.outcome])).toEqual([
      ['stream:main', 'usage-limited'],
      ['stream:backup', 'ran'],
    ]);
    expect(tried[0]?.resetsAt).toBe(iso(reset));
    expect(job.main.summary).toMatch(/Lanes tried/);
    // The summary links the writer of the copy the job started from (the seeding job's run).
    expect(job.main.summary).toMatch(
      /Previous write of stream <code>backup<\/code>: generation 1, [^,]+, by <a href="https:\/\/[^"]+\/actions\/runs\/\d+/,
    );
    expect(job.main.summary).toContain(iso(reset));
    expect(job.main.summary).toMatch(/Plan usage/);
    expect(job.main.summary).toMatch(/<td>weekly<\/td><td>97 %<\/td><td>7 d<\/td>/);
    expect(job.main.stdout).toMatch(/::warning::.*runs low on plan usage: weekly window 3 %25 left/);
    expect(await envelopeText('main')).toBe(mainBefore);
    expect(parseEnvelope(mainBefore, 'store').generation).toBe(1);
    expect(job.post.code).toBe(0);
  });

  it('a usage limit without lanes: outputs usage-limited and resets-at, the summary says when it resets', async () => {
    await seedByJob('main');
    const reset = epoch(5400);
    world.sim.setUsageLimit({
      planType: 'pro',
      resetsAt: reset,
      primary: { usedPercent: 100, windowMinutes: 300, resetsAt: reset },
    });
    const job = await world
      .job()
      .mainAndPost(entry('main'), entry('post'), { inputs: world.streamInputs('main', ARGS) });
    expect(job.main.code).not.toBe(0);
    expect(job.main.outputs).toMatchObject({ 'usage-limited': 'true', 'resets-at': iso(reset), lane: '' });
    expect(job.main.summary).toMatch(
      new RegExp(`Usage limit reached.*resets at ${iso(reset).replace(/\./g, '\\.')}`),
    );
    expect(job.main.summary).not.toMatch(/Reseed needed/);
  });

  it('the api-key lane runs when every stream lane is limited, and the key is masked', async () => {
    await seedByJob('main');
    await seedByJob('backup');
    world.sim.setUsageLimit({ planType: 'plus', resetsAt: epoch(3600) });
    const apiKey = world.sim.issueApiKey();
    const job = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('main', { ...ARGS, lanes: 'backup\napi-key\n', 'api-key': apiKey }),
    });
    expect(job.main.code, job.main.stdout).toBe(0);
    expect(job.main.outputs.lane).toBe('api-key');
    expect(job.main.masks).toContain(apiKey);
    expect(world.sim.modelCalls.at(-1)).toMatchObject({ account: 'api-key', answer: 'message' });
  });

  it.each([
    [
      'a token lane without its secret',
      { lanes: 'access-token' },
      /input lanes, entry 1 is a access-token lane, but input access-token is empty/,
    ],
    ['an unknown stream', { lanes: 'ghost' }, /input lanes: lane stream:ghost is an unknown stream/],
    ['an empty entry', { lanes: 'a,,b' }, /input lanes, entry 2 is empty/],
  ])('refuses %s, naming input lanes', async (_what, extra, message) => {
    await seedByJob('main');
    const calls = world.sim.modelCalls.length;
    const job = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('main', { ...ARGS, ...extra }),
    });
    expect(job.main.code).not.toBe(0);
    expect(job.main.stdout).toMatch(message);
    expect(world.sim.modelCalls.length).toBe(calls);
  });
});

describe('keep-fresh in the Action', () => {
  it('has a plan usage column with the figures the simulator sent', async () => {
    const session = await seedByJob('main');
    world.sim.setRateLimits(
      {
        primary: { usedPercent: 8, windowMinutes: 300, resetsAt: epoch(600) },
        secondary: { usedPercent: 44, windowMinutes: 10_080, resetsAt: epoch(86_400) },
      },
      { accountId: session.accountId },
    );
    const step = await world.job().step(entry('keep-fresh'), {
      inputs: {
        streams: 'main',
        store: 'file',
        'state-dir': world.stateDir,
        key: world.key,
        'codex-config': world.config,
        'github-token': '',
      },
      timeoutMs: 120_000,
    });
    expect(step.code, step.stdout).toBe(0);
    expect(step.summary).toMatch(/<th>plan usage<\/th>/);
    expect(step.summary).toMatch(
      /short window 8 % used of 5 h \(resets [^)]+\), weekly window 44 % used of 7 d/,
    );
    const report = JSON.parse(step.outputs.report ?? '[]') as {
      planUsage: { weekly: { usedPercent: number } };
    }[];
    expect(report[0]?.planUsage.weekly.usedPercent).toBe(44);
  });
});

describe('a dead lane in the Action', () => {
  it("moves on to the next lane and raises keep-fresh's reseed alert for the dead stream", async () => {
    const [owner = '', repo = ''] = REPOSITORY.split('/');
    const github = await startGitHubSimulator({ owner, repo });
    try {
      const token = github.addToken({ contents: 'read', actions: 'read', issues: 'write' });
      const dead = world.sim.issueSession();
      const seedDead = await world.job().mainAndPost(entry('main'), entry('post'), {
        inputs: world.streamInputs('main', {
          ...ARGS,
          'auth-json': world.sim.authJsonFor(dead, { lastRefresh: nineDaysAgo() }),
        }),
      });
      expect(seedDead.main.code, seedDead.main.stdout).toBe(0);
      await seedByJob('backup');
      // Signed out elsewhere: the stored refresh token and its access token are both dead now.
      const current = world.sim.currentSessionOf(dead.refreshToken);
      world.sim.revokeRefreshToken(current?.refreshToken ?? '');
      world.sim.revokeAccessToken(current?.accessToken ?? '');

      const job = world.job();
      job.baseEnv.GITHUB_API_URL = github.url;
      github.setRun(Number(job.baseEnv.GITHUB_RUN_ID), 'in_progress');
      const run = await job.mainAndPost(entry('main'), entry('post'), {
        inputs: world.streamInputs('main', {
          ...ARGS,
          lanes: 'backup',
          // As @actions/core's getBooleanInput spells it: the main step's lanes once refused what keep-fresh took.
          alert: 'True',
          'github-token': token,
        }),
      });
      expect(run.main.code, run.main.stdout).toBe(0);
      expect(run.main.outputs.lane).toBe('stream:backup');
      const tried = JSON.parse(run.main.outputs['lanes-tried'] ?? '[]') as { outcome: string }[];
      expect(tried.map((attempt) => attempt.outcome)).toEqual(['dead-login', 'ran']);
      expect(github.issues().map((issue) => issue.title)).toEqual([
        'codex-auth: stream "main" needs a reseed',
      ]);
    } finally {
      await github.close();
    }
  });
});
