// `codex-auth history` after a seed and two real refreshes (real Codex), on the file store and the git-ref store.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { type GitHubSimulator, startGitHubSimulator } from '../support/github-simulator.js';
import { nineDaysAgo } from './stream-helpers.js';

let world: World;
let github: GitHubSimulator;
let token: string;
beforeEach(async () => {
  world = await createWorld();
  github = await startGitHubSimulator({ owner: 'octo-org', repo: 'octo-repo' });
  token = github.addToken({ contents: 'write', actions: 'read' });
});
afterEach(async () => {
  await github.close();
  await world.close();
});

interface History {
  stream: string;
  store: string;
  complete: boolean;
  note: string | null;
  entries: {
    generation: number;
    writtenAt: string;
    writer: string;
    why: string;
    fingerprint: string;
    commit?: string;
  }[];
}

const STORES: Record<string, string[]> = {
  file: [],
  'git-ref': ['--store', 'git-ref', '--repo', 'octo-org/octo-repo'],
};

describe.each(Object.keys(STORES))('history on the %s store', (kind) => {
  const storeArgs = () => STORES[kind] ?? [];
  const env = (writer: string) =>
    world.env({ GITHUB_TOKEN: token, GITHUB_API_URL: github.url, CI_JOB_URL: writer });

  it('lists a seed and two refreshes, newest first, with writer, why and fingerprint', async () => {
    const session = world.sim.issueSession();
    const seedFile = await world.file(
      'seed.json',
      world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }),
    );
    const seeded = await world.cli(['seed', ...storeArgs(), '--stream', 'main', '--auth-file', seedFile], {
      env: env('https://ci.example/job/seed'),
    });
    expect(seeded.code, seeded.stderr).toBe(0);
    const fingerprints: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      // Run 1 refreshes a 9-day-old login ("scheduled"); before run 2 the backend drops the access token, so Codex
      // refreshes on the 401 ("unauthorized_recovery").
      if (i === 1)
        world.sim.revokeAccessToken(world.sim.currentSessionOf(session.refreshToken)?.accessToken ?? '');
      const run = await world.cli([...world.runArgs('main', '--json', ...storeArgs())], {
        env: env(`https://github.com/octo-org/octo-repo/actions/runs/${100 + i}`),
      });
      expect(run.code, run.stderr).toBe(0);
      const result = jsonOf<{ refreshed: boolean; generation: number; fingerprintAfter: string }>(run);
      expect(result).toMatchObject({ refreshed: true, generation: 2 + i });
      fingerprints.push(result.fingerprintAfter);
    }
    expect(world.sim.refreshCount).toBe(2);

    const run = await world.cli(['history', ...storeArgs(), '--stream', 'main', '--json'], {
      env: env('https://ci.example/job/history'),
    });
    expect(run.code, run.stderr).toBe(0);
    const history = jsonOf<History>(run);
    expect(history).toMatchObject({ stream: 'main', store: kind, complete: true, note: null });
    expect(history.entries.map((entry) => [entry.generation, entry.why])).toEqual([
      [3, 'refresh'],
      [2, 'refresh'],
      [1, 'seed'],
    ]);
    expect(history.entries.map((entry) => entry.fingerprint).slice(0, 2)).toEqual(
      [...fingerprints].reverse(),
    );
    expect(history.entries[0]?.writer).toMatch(/runs\/101/);
    expect(history.entries[1]?.writer).toMatch(/runs\/100/);
    expect(Date.parse(history.entries[0]?.writtenAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(history.entries[2]?.writtenAt ?? ''),
    );
    if (kind === 'git-ref')
      expect(history.entries.every((entry) => /^[0-9a-f]{40}$/.test(entry.commit ?? ''))).toBe(true);

    const text = await world.cli(['history', ...storeArgs(), '--stream', 'main'], {
      env: env('https://ci.example/job/history'),
    });
    expect(text.stdout).toMatch(/generation 3 .* refresh .*runs\/101/);
    expect(text.stdout).toMatch(/generation 1 .* seed /);
  });
});

describe('history on a store that keeps only the current copy', () => {
  it('the command store: shows the current write and says what it cannot give', async () => {
    const fakeSm = fileURLToPath(new URL('../fixtures/fake-secret-manager.mjs', import.meta.url));
    const commandStore = [
      '--store',
      'command',
      '--read-command',
      `"${process.execPath}" "${fakeSm}" get codex-$CODEX_AUTH_STREAM`,
      '--write-command',
      `"${process.execPath}" "${fakeSm}" put codex-$CODEX_AUTH_STREAM`,
    ];
    const env = { env: world.env({ FAKE_SM_DIR: path.join(world.root, 'sm') }) };
    const seedFile = await world.file(
      'seed.json',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
    );
    expect(
      (await world.cli(['seed', ...commandStore, '--stream', 'vault', '--auth-file', seedFile], env)).code,
    ).toBe(0);
    const run = await world.cli(['history', ...commandStore, '--stream', 'vault', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const history = jsonOf<History>(run);
    expect(history).toMatchObject({ store: 'command', complete: false });
    expect(history.entries.map((entry) => [entry.generation, entry.why])).toEqual([[1, 'unknown']]);
    expect(history.note).toMatch(/only the current write is shown/);
  });
});
