import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { recordOutput } from '../support/leak-guard.js';
import { anHourAgo, nineDaysAgo, openStored, seedStream } from './stream-helpers.js';
import { fakeCredential } from '../support/test-tokens.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** Runs the real Codex the way a user's own workflow step would, with CODEX_HOME from restore. */
async function userRunsCodex(codexHome: string): Promise<number | null> {
  const env = { ...world.env(), CODEX_HOME: codexHome };
  const child = spawn(
    CODEX_BIN,
    ['exec', '--json', '--skip-git-repo-check', '--ephemeral', '--sandbox', 'read-only', 'say OK'],
    {
      env,
      cwd: world.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  recordOutput('codex exec (user step)', output);
  return code;
}

describe('restore and persist: the two halves of run', () => {
  it('holds the lock from restore to persist and writes back what Codex refreshed', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'split', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
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
    expect(jsonOf(restore)).toMatchObject({ generation: 1, refreshed: false });
    expect((await fs.stat(path.join(codexHome, 'auth.json'))).mode & 0o777).toBe(0o600);
    expect((await fs.stat(codexHome)).mode & 0o777).toBe(0o700);

    // The restore process has exited, but its lease holds: a run meanwhile waits and gives up with exit 4.
    const blocked = await world.cli([...world.runArgs('split', '--lock-timeout', '1')]);
    expect(blocked.code).toBe(4);
    expect(blocked.stderr).toMatch(/codex-auth unlock --force/);

    expect(await userRunsCodex(codexHome)).toBe(0);
    expect(world.sim.refreshCount).toBe(1);

    const persist = await world.cli(['persist', '--stream', 'split', '--codex-home', codexHome, '--json']);
    expect(persist.code, persist.stderr).toBe(0);
    expect(jsonOf(persist)).toMatchObject({ generation: 2, refreshed: true, persisted: true });
    await expect(fs.access(path.join(codexHome, 'auth.json'))).rejects.toThrow();
    const stored = await openStored(world, 'split');
    expect(stored?.tokens?.refresh_token).toBe(
      world.sim.currentSessionOf(session.refreshToken)?.refreshToken,
    );

    const status = jsonOf<{ lock: { held: boolean } }>(
      await world.cli(['status', '--stream', 'split', '--json']),
    );
    expect(status.lock.held).toBe(false);
  });

  it('persist without a refresh writes nothing and still releases and cleans up', async () => {
    await seedStream(
      world,
      'split',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const codexHome = path.join(world.root, 'codex-home');
    expect((await world.cli(['restore', '--stream', 'split', '--codex-home', codexHome])).code).toBe(0);
    const persist = await world.cli(['persist', '--stream', 'split', '--codex-home', codexHome, '--json']);
    expect(jsonOf(persist)).toMatchObject({ generation: 1, refreshed: false, persisted: false, error: null });
    await expect(fs.access(path.join(codexHome, 'auth.json'))).rejects.toThrow();
    const run = await world.cli([...world.runArgs('split', '--lock-timeout', '5')]);
    expect(run.code, run.stderr).toBe(0);
  });

  it('refuses a --codex-home that is not empty', async () => {
    await seedStream(
      world,
      'split',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const codexHome = path.join(world.root, 'busy-home');
    await fs.mkdir(codexHome);
    await fs.writeFile(path.join(codexHome, 'something'), 'x');
    const restore = await world.cli(['restore', '--stream', 'split', '--codex-home', codexHome]);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toMatch(/--codex-home/);
    // The failed restore released its lock.
    expect(
      jsonOf<{ lock: { held: boolean } }>(await world.cli(['status', '--stream', 'split', '--json'])).lock
        .held,
    ).toBe(false);
  });
});

describe('environment hygiene', () => {
  it('removes CODEX_API_KEY and CODEX_ACCESS_TOKEN from Codex in stream mode, with a warning', async () => {
    await seedStream(
      world,
      'main',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const apiKey = fakeCredential('sk-');
    const accessToken = fakeCredential('at-');
    const run = await world.cli([...world.runArgs('main')], {
      env: world.env({ CODEX_API_KEY: apiKey, CODEX_ACCESS_TOKEN: accessToken }),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/CODEX_API_KEY/);
    expect(run.stderr).toMatch(/CODEX_ACCESS_TOKEN/);
    expect(run.stdout.trim()).toBe('OK');
  });
});
