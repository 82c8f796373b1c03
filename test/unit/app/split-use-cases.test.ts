// The split round trip's use cases as the Action calls them (app/restore.ts, app/persist.ts, and post's rescue
// app/finish-job.ts), on job homes (app/job-homes.ts), driven in memory with the round trip's in-memory world.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishJob } from '../../../src/app/finish-job.js';
import { jobHomesDir, prepareJobHome } from '../../../src/app/job-homes.js';
import { persist } from '../../../src/app/persist.js';
import { restore } from '../../../src/app/restore.js';
import { ExitCode } from '../../../src/core/errors.js';
import { freshAuthJson } from '../../support/test-tokens.js';
import {
  context,
  exists,
  fakeNever,
  log,
  never,
  refreshIn,
  restoreRequest,
  seeded,
  useInMemoryWorld,
  world,
} from '../roundtrip/in-memory-world.js';

useInMemoryWorld();

const jobEnv = () => ({ RUNNER_TEMP: path.join(world.dir, 'runner-temp') });

/** A job home as main and restore/ make it, restored from stream main; returns it and the proof its state holds. */
async function restoredJobHome(): Promise<{ home: string; proof: string }> {
  await seeded();
  let proof = '';
  const home = await prepareJobHome(jobEnv(), 'main', (_home, saved) => (proof = saved));
  // No codex to probe with (a --codex that is not there): the profile is written, and reported as not probed.
  const restored = await restore(
    { ...restoreRequest(home), codex: { find: path.join(world.dir, 'no-codex') } },
    context(fakeNever),
  );
  expect(restored.error).toBeNull();
  expect(restored.seal).toMatchObject({ sealed: false });
  return { home, proof };
}

const ownerRecord = (home: string) => `${home}.owner`;

describe('persist on a job home', () => {
  it('keeps the home for the right persist after a wrong one, then writes back and removes home and record', async () => {
    const { home } = await restoredJobHome();
    const wrong = await persist(
      { codexHome: home, removeJobHome: true },
      { ...context(fakeNever), stream: 'x' },
    );
    expect(wrong.error?.exitCode).toBe(ExitCode.usage);
    expect(await exists(path.join(home, 'auth.json'))).toBe(true);
    expect(await exists(ownerRecord(home))).toBe(true);

    await refreshIn(home, freshAuthJson().text);
    const persisted = await persist({ codexHome: home, removeJobHome: true }, context(fakeNever));
    expect(persisted).toMatchObject({ error: null, generation: 2, persisted: true });
    expect(await exists(home)).toBe(false);
    expect(await exists(ownerRecord(home))).toBe(false);
    expect(world.lock.holder).toBeNull();
  });
});

describe("post's rescue", () => {
  it('persists what a killed main left, releases the lock and removes the home', async () => {
    const { home, proof } = await restoredJobHome();
    await refreshIn(home, freshAuthJson().text);
    const why = 'the main step did not finish its round trip';
    const result = await finishJob(
      { codexHome: home, homeProof: proof, why, env: jobEnv() },
      { log, roundTrip: async () => context(fakeNever) },
    );
    expect(result).toMatchObject({ error: null, generation: 2, persisted: true });
    expect(world.lines).toContain(
      `warn: ${why}: persisting what Codex left in ${home} and releasing the lock now.`,
    );
    expect(world.lock.holder).toBeNull();
    expect(await exists(home)).toBe(false);
    expect(await exists(ownerRecord(home))).toBe(false);
  });

  it('after a finished main only removes the home, without making a store', async () => {
    let proof = '';
    const home = await prepareJobHome(jobEnv(), 'main', (_home, saved) => (proof = saved));
    await fs.mkdir(home, { mode: 0o700 });
    const result = await finishJob(
      { codexHome: home, homeProof: proof, why: '-', env: jobEnv() },
      { log, roundTrip: never },
    );
    expect(result).toBeNull();
    expect(await exists(home)).toBe(false);
  });

  it.each([
    [
      'a proof the owner record does not hold',
      (proof: string) => ({ proof: `${proof.slice(1)}0`, home: null }),
    ],
    ['a directory outside the homes directory', (proof: string) => ({ proof, home: 'outside' })],
  ])('leaves a home alone given %s: nothing removed, nothing persisted', async (_case, change) => {
    const { home, proof } = await restoredJobHome();
    const forged = change(proof);
    const named = forged.home === null ? home : path.join(world.dir, forged.home);
    await fs.mkdir(named, { recursive: true });
    const result = await finishJob(
      { codexHome: named, homeProof: forged.proof, why: '-', env: jobEnv() },
      { log, roundTrip: never },
    );
    expect(result).toBeNull();
    expect(world.lines.filter((line) => line.startsWith('warn: The saved state names'))).toHaveLength(1);
    expect(await exists(named)).toBe(true);
    expect(await exists(path.join(home, 'auth.json'))).toBe(true);
    expect(path.dirname(home)).toBe(jobHomesDir(jobEnv()));
  });
});
