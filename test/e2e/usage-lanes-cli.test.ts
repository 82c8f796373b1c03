// Plan usage, usage limits and fallback lanes through the bundled CLI with the REAL Codex against the simulator.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimRateLimits, SimSession } from '../support/chatgpt-simulator.js';
import { jsonOf } from '../support/cli-harness.js';
import { recordOutput } from '../support/leak-guard.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { anHourAgo, nineDaysAgo, openStored, seedStream, storedText } from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** `run` WITHOUT --ephemeral: Codex keeps its rollout file (in the private CODEX_HOME), where plan usage is. */
function runArgs(stream: string, ...extra: string[]): string[] {
  return [
    'run',
    '--stream',
    stream,
    '--codex',
    CODEX_BIN,
    '--codex-config',
    world.configPath,
    '--json',
    ...extra,
    '--',
    '--skip-git-repo-check',
    '--sandbox',
    'read-only',
    'say OK',
  ];
}

const epoch = (offsetSeconds: number) => Math.floor(Date.now() / 1000) + offsetSeconds;
const iso = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

function limits(
  shortUsed: number,
  shortReset = epoch(3600),
): SimRateLimits & { planType: string; resetsAt: number } {
  return {
    planType: 'plus',
    resetsAt: shortReset,
    primary: { usedPercent: shortUsed, windowMinutes: 300, resetsAt: shortReset },
    secondary: { usedPercent: 61.5, windowMinutes: 10_080, resetsAt: epoch(4 * 86_400) },
  };
}

async function seeded(stream: string, lastRefresh = anHourAgo()): Promise<SimSession> {
  const session = world.sim.issueSession();
  await seedStream(world, stream, world.sim.authJsonFor(session, { lastRefresh }));
  return session;
}

interface LanesJson {
  stream: string;
  lane: string | null;
  lanesTried: { lane: string; outcome: string; reason: string | null; resetsAt: string | null }[];
  usageLimited: boolean;
  resetsAt: string | null;
  planUsage: unknown;
  usageWarning: string | null;
  error: { code: string; message: string } | null;
}

describe('plan usage and usage limits', () => {
  it('reports the short and weekly windows exactly as the simulator sent them, and warns below the threshold', async () => {
    await seeded('main');
    const sent = limits(42.5);
    world.sim.setRateLimits(sent);
    const run = await world.cli(runArgs('main', '--usage-warning-percent', '50'));
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(0);
    expect(json.planUsage).toEqual({
      short: { usedPercent: 42.5, windowMinutes: 300, resetsAt: iso(sent.primary?.resetsAt ?? 0) },
      weekly: { usedPercent: 61.5, windowMinutes: 10_080, resetsAt: iso(sent.secondary?.resetsAt ?? 0) },
    });
    expect(json).toMatchObject({ usageLimited: false, resetsAt: null, lane: 'stream:main' });
    expect(json.usageWarning).toMatch(/weekly window 38.5 % left.*below the threshold of 50 %/);
  });

  it('a usage limit is exit 8 with the reset time; the stream is neither written nor marked dead', async () => {
    await seeded('main');
    const before = await storedText(world, 'main');
    const sent = limits(100);
    world.sim.setUsageLimit(sent);
    const run = await world.cli(runArgs('main'));
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(8);
    expect(json).toMatchObject({
      usageLimited: true,
      resetsAt: iso(sent.resetsAt),
      persisted: false,
      refreshFailure: null,
      error: { code: 'usage_limited' },
    });
    expect(json.error?.message).toMatch(/usage limit.*resets at .*login is fine/);
    expect(await storedText(world, 'main')).toBe(before);
    // The next run, after the window reset, works on the same login.
    world.sim.setUsageLimit(null);
    expect((await world.cli(runArgs('main'))).code).toBe(0);
  });
});

describe('fallback lanes', () => {
  it('lane 1 limited -> lane 2 (another stream) runs; lane 1 is not written and its reset time is reported', async () => {
    const main = await seeded('main');
    await seeded('backup');
    const before = await storedText(world, 'main');
    const sent = limits(100);
    world.sim.setUsageLimit(sent, { accountId: main.accountId });
    const run = await world.cli(runArgs('main', '--lanes', 'stream:backup'));
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(0);
    expect(json).toMatchObject({ lane: 'stream:backup', stream: 'backup', finalMessage: 'OK', error: null });
    expect(json.lanesTried).toEqual([
      {
        lane: 'stream:main',
        outcome: 'usage-limited',
        reason: expect.stringMatching(/before any tool call/) as unknown,
        resetsAt: iso(sent.resetsAt),
      },
      { lane: 'stream:backup', outcome: 'ran', reason: null, resetsAt: null },
    ]);
    expect(await storedText(world, 'main')).toBe(before);
    expect((await openStored(world, 'main'))?.envelope.generation).toBe(1);
    expect(world.sim.modelCalls.map((call) => call.answer)).toEqual(['usage_limit', 'message']);
  });

  it('a limit after a tool call ran fails clearly and is NOT re-run on the next lane', async () => {
    const main = await seeded('main');
    const backup = await seeded('backup');
    world.sim.queueToolCall('echo did-some-work', { accountId: main.accountId });
    world.sim.setUsageLimit(limits(100), { accountId: main.accountId, afterCalls: 1 });
    const run = await world.cli(runArgs('main', '--lanes', 'backup'));
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(8);
    expect(json.lane).toBeNull();
    expect(json.lanesTried.map((attempt) => attempt.outcome)).toEqual(['usage-limited-after-work']);
    expect(json.error?.message).toMatch(/after the agent had already executed tool calls.*NOT re-run/);
    expect(world.sim.modelCalls.filter((call) => call.account === backup.accountId)).toEqual([]);
    expect(world.sim.modelCalls.map((call) => [call.answer, call.toolOutputs])).toEqual([
      ['tool_call', 0],
      ['usage_limit', 1],
    ]);
  });

  it('the API-key lane runs when every stream lane is limited', async () => {
    await seeded('main');
    await seeded('backup');
    world.sim.setUsageLimit(limits(100));
    const apiKey = world.sim.issueApiKey();
    const run = await world.cli(runArgs('main', '--lanes', 'backup,api-key'), {
      env: world.env({ CODEX_API_KEY: apiKey }),
    });
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(0);
    expect(json.lane).toBe('api-key');
    expect(json.lanesTried.map((attempt) => [attempt.lane, attempt.outcome])).toEqual([
      ['stream:main', 'usage-limited'],
      ['stream:backup', 'usage-limited'],
      ['api-key', 'ran'],
    ]);
    expect(world.sim.modelCalls.at(-1)).toMatchObject({ account: 'api-key', answer: 'message' });
    // The stream lanes never saw the key (Codex would have preferred it over auth.json).
    expect(run.stderr).not.toMatch(/CODEX_API_KEY is set/);
  });

  it('no lane left: exit 8 with the earliest reset; with --wait-for-reset a reset within the bound is waited for', async () => {
    const main = await seeded('main');
    const backup = await seeded('backup');
    world.sim.setUsageLimit(limits(100, epoch(7200)), { accountId: main.accountId });
    const backupReset = epoch(3600);
    world.sim.setUsageLimit(limits(100, backupReset), { accountId: backup.accountId });
    const none = await world.cli(runArgs('main', '--lanes', 'backup'));
    expect(none.code, none.stderr).toBe(8);
    const json = jsonOf<LanesJson>(none);
    expect(json.error?.message).toMatch(/no lane is left: .*earliest usage window resets at/);
    expect(json.resetsAt).toBe(iso(backupReset));

    // 6 s, not 2: on a loaded machine the first attempt can reach the backup lane after a 2 s window already reset.
    world.sim.setUsageLimit(limits(100, epoch(6)), { accountId: backup.accountId });
    const waited = await world.cli(runArgs('main', '--lanes', 'backup', '--wait-for-reset', '60'));
    const after = jsonOf<LanesJson>(waited);
    expect(waited.code, waited.stderr).toBe(0);
    expect(after.lane).toBe('stream:backup');
    expect(waited.stderr).toMatch(/waiting \d+ s for the reset/);
  });

  it('a busy lane is waited for, not skipped: its lock timeout fails the job, the next lane never runs', async () => {
    const main = await seeded('main');
    await seeded('backup');
    world.sim.setUsageLimit(limits(100), { accountId: main.accountId });
    // Another job holds backup's lock (restore keeps a lease until persist).
    const held = await world.cli([
      'restore',
      '--stream',
      'backup',
      '--codex-home',
      path.join(world.root, 'other-job'),
    ]);
    expect(held.code, held.stderr).toBe(0);
    const apiKey = world.sim.issueApiKey();
    const run = await world.cli(runArgs('main', '--lanes', 'backup,api-key', '--lock-timeout', '2'), {
      env: world.env({ CODEX_API_KEY: apiKey }),
    });
    expect(run.code, run.stderr).toBe(4);
    const json = jsonOf<LanesJson>(run);
    expect(json.lanesTried.map((attempt) => [attempt.lane, attempt.outcome])).toEqual([
      ['stream:main', 'usage-limited'],
      ['stream:backup', 'failed'],
    ]);
    expect(world.sim.modelCalls.some((call) => call.account === 'api-key')).toBe(false);
  });

  it('a lane whose login is dead moves on to the next lane', async () => {
    const main = await seeded('main', nineDaysAgo());
    await seeded('backup');
    world.sim.revokeRefreshToken(main.refreshToken);
    world.sim.revokeAccessToken(main.accessToken);
    const run = await world.cli(runArgs('main', '--lanes', 'backup'));
    const json = jsonOf<LanesJson>(run);
    expect(run.code, run.stderr).toBe(0);
    expect(json.lane).toBe('stream:backup');
    expect(json.lanesTried[0]).toMatchObject({ lane: 'stream:main', outcome: 'dead-login' });
  });

  it.each([
    ['an unknown stream', 'nobody', /--lanes: lane stream:nobody is an unknown stream/],
    ['a duplicate', 'backup,stream:backup', /--lanes, entry 2 repeats lane "stream:backup"/],
    ['the primary again', 'main', /--lanes, entry 1 repeats lane "stream:main" \(it is the primary stream/],
    ['an empty entry', 'backup,,api-key', /--lanes, entry 2 is empty/],
    [
      'a token lane without its secret',
      'api-key',
      /--lanes, entry 1 is a api-key lane, but CODEX_API_KEY is empty/,
    ],
    ['an unknown kind', 'token:abc', /--lanes, entry 1: unknown lane "token:abc"/],
    ['a bad stream name', 'stream:../x', /--lanes, entry 1: invalid stream name/],
  ])('refuses %s before running anything (exit 2, naming --lanes)', async (_what, spec, message) => {
    await seeded('main');
    await seeded('backup');
    const run = await world.cli(runArgs('main', '--lanes', spec));
    expect(run.code, run.stderr).toBe(2);
    expect(jsonOf<LanesJson>(run).error?.message).toMatch(message);
    expect(world.sim.modelCalls).toEqual([]);
  });
});

describe('keep-fresh says what the Action says', () => {
  // The Action's streams input skipped an empty entry and called a fresh stream "healthy" (as the README does);
  // the CLI refused `one,` and printed "fresh".
  it('skips an empty entry in --streams and calls a fresh stream healthy', async () => {
    await seeded('one');
    const run = await world.cli([
      'keep-fresh',
      '--streams',
      'one,',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^one: healthy$/m);
  });
});

describe('keep-fresh reports plan usage', () => {
  it('a plan-usage column per stream; a usage-limited stream stays healthy (its login works)', async () => {
    const fresh = await seeded('fresh');
    const spent = await seeded('spent');
    const sent = limits(33);
    world.sim.setRateLimits(sent, { accountId: fresh.accountId });
    const reset = epoch(1800);
    world.sim.setUsageLimit(limits(100, reset), { accountId: spent.accountId });
    const args = [
      'keep-fresh',
      '--streams',
      'fresh,spent',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ];
    const run = await world.cli([...args, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = jsonOf<{
      streams: {
        stream: string;
        healthy: boolean;
        usageLimited: boolean;
        resetsAt: string | null;
        planUsage: unknown;
      }[];
    }>(run);
    expect(report.streams.map((row) => [row.stream, row.healthy, row.usageLimited, row.resetsAt])).toEqual([
      ['fresh', true, false, null],
      ['spent', true, true, iso(reset)],
    ]);
    expect(report.streams[0]?.planUsage).toEqual({
      short: { usedPercent: 33, windowMinutes: 300, resetsAt: iso(sent.primary?.resetsAt ?? 0) },
      weekly: { usedPercent: 61.5, windowMinutes: 10_080, resetsAt: iso(sent.secondary?.resetsAt ?? 0) },
    });
    const text = await world.cli(args);
    expect(text.stdout).toMatch(/fresh:[\s\S]*plan usage: short window 33 % used of 5 h/);
    expect(text.stdout).toMatch(
      new RegExp(
        `spent:[\\s\\S]*plan usage: usage limit reached, resets ${iso(reset).replace(/\./g, '\\.')}`,
      ),
    );
  });
});

describe('restore and persist (the user runs Codex)', () => {
  it('persist reports the usage limit and the figures from the rollout the user step left', async () => {
    const session = await seeded('split');
    const reset = epoch(2400);
    world.sim.setUsageLimit(limits(100, reset), { accountId: session.accountId });
    const codexHome = path.join(world.root, 'codex-home');
    const restore = await world.cli([
      'restore',
      '--stream',
      'split',
      '--codex-home',
      codexHome,
      '--codex-config',
      world.configPath,
      '--json',
    ]);
    expect(restore.code, restore.stderr).toBe(0);
    const child = spawn(
      CODEX_BIN,
      ['exec', '--json', '--skip-git-repo-check', '--sandbox', 'read-only', 'say OK'],
      {
        env: { ...world.env(), CODEX_HOME: codexHome },
        cwd: world.root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    recordOutput('codex exec (user step)', output);
    expect(code).toBe(1);
    const persist = await world.cli(['persist', '--stream', 'split', '--codex-home', codexHome, '--json']);
    expect(persist.code, persist.stderr).toBe(0);
    expect(jsonOf<LanesJson>(persist)).toMatchObject({
      usageLimited: true,
      resetsAt: iso(reset),
      persisted: false,
    });
  });
});
