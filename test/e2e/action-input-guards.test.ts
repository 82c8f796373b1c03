// Issue 12 through the bundled Action (dist/main.js + dist/post.js, as the runner runs them): an older copy put
// back is refused before any token call and the store stays byte-identical; seeds as users paste them into
// auth-json; the stream-name rule; a state-dir that is a file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ActionWorld, createActionWorld, entry } from '../support/action-world.js';
import { anHourAgo, nineDaysAgo } from './stream-helpers.js';

let world: ActionWorld;
beforeEach(async () => {
  world = await createActionWorld();
});
afterEach(async () => {
  await world.close();
});

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await fs.readdir(dir).catch(() => [])) {
    const file = path.join(dir, name);
    if ((await fs.stat(file)).isFile()) out[name] = await fs.readFile(file, 'utf8');
  }
  return out;
}

describe('the Action', () => {
  it('refuses a restored older envelope before any token call and leaves the store byte-identical', async () => {
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() });
    const first = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('back', { 'auth-json': seed }),
    });
    expect(first.main.code, first.main.stdout).toBe(0);
    expect(first.main.outputs.generation).toBe('2');
    const dir = path.join(world.stateDir, 'back');
    await fs.copyFile(path.join(dir, 'envelope.prev.json'), path.join(dir, 'envelope.json'));
    const before = await snapshot(dir);
    const requests = world.sim.requestLog.length;

    const { main, post } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('back'),
      timeoutMs: 120_000,
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/holds generation 1 .*generation 2 was already written.*seed --force/);
    expect(post.code).toBe(0);
    expect(world.sim.requestLog.length).toBe(requests);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('accepts base64 of an auth.json in auth-json and masks the base64 text', async () => {
    const auth = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    const base64 = Buffer.from(auth).toString('base64');
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('b64', { 'auth-json': base64 }),
    });
    expect(main.code, main.stdout).toBe(0);
    expect(main.masks).toContain(base64);
    expect(main.stdout).toMatch(/input auth-json holds base64 of an auth.json; it was decoded/);
  });

  it.each([
    [
      'a path in auth-json',
      () => ({ 'auth-json': '/home/runner/.codex/auth.json' }),
      /input auth-json holds a path \(\/home\/runner\/\.codex\/auth\.json\), not the content.*gh secret set/,
    ],
    [
      'a stream name that cannot be a git ref',
      () => ({ stream: 'nightly.lock' }),
      /invalid stream name "nightly.lock"/,
    ],
    ['a stream name with ..', () => ({ stream: 'a..b' }), /invalid stream name "a..b"/],
  ])('fails on %s, naming it, before anything is stored', async (_name, extra, message) => {
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', extra()),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(main.masks).not.toContain('/home/runner/.codex/auth.json');
    // The lock may have made the stream's directory, but no copy is stored and no lock is left.
    expect(await snapshot(path.join(world.stateDir, 'gh'))).toEqual({});
    expect(world.sim.requestLog).toHaveLength(0);
  });

  it('fails on a state-dir that is a regular file, naming input state-dir', async () => {
    const file = path.join(world.root, 'state-file');
    await fs.writeFile(file, 'x');
    const seed = world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() });
    const { main } = await world.job().mainAndPost(entry('main'), entry('post'), {
      inputs: world.streamInputs('gh', { 'auth-json': seed, 'state-dir': file }),
    });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/input state-dir .*state-file is a regular file, not a directory/);
    expect(await fs.readFile(file, 'utf8')).toBe('x');
    expect(world.sim.requestLog).toHaveLength(0);
  });
});
