// A usage limit answered without the rate-limit headers (the 429 body alone carries `resets_at`): Codex records no
// window in its rollout, and only its message ("try again at 8:45 AM.") keeps the body's reset time. resetsAt must
// come from there, so that --wait-for-reset has a time to wait for and the job can say when to run again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimSession } from '../support/chatgpt-simulator.js';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { anHourAgo, seedStream, storedText } from './stream-helpers.js';
import { CODEX_VERSIONS } from '../support/codex-sandbox.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** Without --ephemeral, as usage-lanes-cli.test.ts runs: the rollout is read first, the message is the fallback. */
function runArgs(bin: string, stream: string, ...extra: string[]): string[] {
  return [
    'run',
    '--stream',
    stream,
    '--codex',
    bin,
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

async function seeded(stream: string): Promise<SimSession> {
  const session = world.sim.issueSession();
  await seedStream(world, stream, world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
  return session;
}

/** The reset as Codex can say it: to the minute, so the next minute is the earliest safe time. */
function nextMinuteOf(epochSeconds: number): string {
  const at = new Date(epochSeconds * 1000);
  at.setSeconds(0, 0);
  return new Date(at.getTime() + 60_000).toISOString();
}

interface LimitJson {
  usageLimited: boolean;
  resetsAt: string | null;
  planUsage: unknown;
  lanesTried: { lane: string; outcome: string; resetsAt: string | null }[];
  error: { code: string; message: string } | null;
}

describe.each(CODEX_VERSIONS)('a usage limit without rate-limit headers (Codex $name)', ({ bin }) => {
  it.each([
    ['later today', 2 * 3600],
    ['on another day', 3 * 86_400],
  ])(
    '%s: resetsAt comes from the 429 body via Codex message',
    async (_when, offset) => {
      await seeded('main');
      const before = await storedText(world, 'main');
      const resetsAt = Math.floor(Date.now() / 1000) + offset;
      world.sim.setUsageLimit({ planType: 'plus', resetsAt });
      const run = await world.cli(runArgs(bin, 'main'));
      expect(run.code, run.stderr).toBe(8);
      const json = jsonOf<LimitJson>(run);
      expect(json).toMatchObject({ usageLimited: true, planUsage: null, error: { code: 'usage_limited' } });
      expect(json.resetsAt).toBe(nextMinuteOf(resetsAt));
      expect(json.error?.message).toContain(`resets at ${nextMinuteOf(resetsAt)}`);
      expect(await storedText(world, 'main')).toBe(before);
    },
    60_000,
  );

  it('lanes: every lane limited without headers names the earliest reset for wait-for-reset', async () => {
    const main = await seeded('main');
    const backup = await seeded('backup');
    const mainReset = Math.floor(Date.now() / 1000) + 7200;
    const backupReset = Math.floor(Date.now() / 1000) + 3600;
    world.sim.setUsageLimit({ planType: 'plus', resetsAt: mainReset }, { accountId: main.accountId });
    world.sim.setUsageLimit({ planType: 'plus', resetsAt: backupReset }, { accountId: backup.accountId });
    const run = await world.cli(runArgs(bin, 'main', '--lanes', 'backup', '--wait-for-reset', '1'));
    expect(run.code, run.stderr).toBe(8);
    const json = jsonOf<LimitJson>(run);
    expect(json.lanesTried.map((attempt) => attempt.resetsAt)).toEqual([
      nextMinuteOf(mainReset),
      nextMinuteOf(backupReset),
    ]);
    expect(json.resetsAt).toBe(nextMinuteOf(backupReset));
    expect(json.error?.message).toMatch(
      new RegExp(
        `earliest usage window resets at ${nextMinuteOf(backupReset).replaceAll('.', '\\.')}\\. That is later than wait-for-reset allows \\(1 s\\)`,
      ),
    );
  }, 90_000);
});
