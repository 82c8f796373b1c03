import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld, entry } from '../support/action-world.js';
import { anHourAgo } from './stream-helpers.js';

// The Action (dist/main.js + dist/post.js as the runner runs them) on a stream that holds nothing: "not seeded",
// said once in the log, with the near name, and a summary that asks for a first seed, not a reseed.

let world: ActionWorld;
beforeEach(async () => {
  world = await createActionWorld();
});
afterEach(async () => {
  await world.close();
});

describe('the Action on a stream that was never seeded', () => {
  it('fails once with "not seeded" and "did you mean", not "Reseed needed"', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    const restored = await world
      .job()
      .step(entry('restore'), { inputs: world.streamInputs('nightly', { 'auth-json': seed }) });
    await world.job().step(entry('persist'), {
      inputs: world.streamInputs('nightly'),
      env: { CODEX_HOME: restored.env.CODEX_HOME ?? '' },
    });

    const { main, post } = await world
      .job()
      .mainAndPost(entry('main'), entry('post'), { inputs: world.streamInputs('nightlly') });
    expect(main.code).toBe(1);
    const said = main.stdout.split('\n').filter((line) => line.includes('is not seeded'));
    expect(said).toEqual([
      expect.stringMatching(/^::error::stream "nightlly" is not seeded: .*Did you mean "nightly"\?/),
    ]);
    expect(main.stdout).not.toMatch(/dead|reseed/i);
    expect(main.summary).toMatch(/Stream not seeded/);
    expect(main.summary).not.toMatch(/Reseed needed/);
    expect(world.sim.refreshLog).toEqual([]);
    expect(post.code).toBe(0);
  });
});
