import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../support/cli-harness.js';
import { CODEX_BIN, NEWEST_CODEX_BIN } from '../support/codex-sandbox.js';
import { createWorld, type World } from '../support/e2e-world.js';
import { anHourAgo, envelopePath, nineDaysAgo, seedStream, storedText } from './stream-helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

type Doctor = {
  healthy: boolean;
  findings: { check: string; verdict: string; detail: string; fix: string | null }[];
};
const doctor = async (stream: string, env?: Record<string, string>) => {
  const run = await world.cli(
    ['doctor', '--stream', stream, '--codex', CODEX_BIN, '--json'],
    env ? { env: world.env(env) } : {},
  );
  return { code: run.code, report: jsonOf<Doctor>(run) };
};
const verdictOf = (report: Doctor, check: string) =>
  report.findings.find((finding) => finding.check === check);

describe('revoke', () => {
  it("signs the session out at the token endpoint with the stream's refresh token and leaves no stream or lock", async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'gone', world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
    const run = await world.cli([
      'revoke',
      '--stream',
      'gone',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf(run)).toMatchObject({ stream: 'gone', signedOut: true, removed: true, generation: 1 });
    expect(world.sim.requestLog.some((entry) => entry.path === '/oauth/revoke')).toBe(true);
    expect(world.sim.isValidRefreshToken(session.refreshToken)).toBe(false);
    expect(await storedText(world, 'gone')).toBeNull();
    const status = jsonOf<{ exists: boolean; lock: { held: boolean } }>(
      await world.cli(['status', '--stream', 'gone', '--json']),
    );
    expect(status).toMatchObject({ exists: false, lock: { held: false } });
  });

  // Codex's logout exits 0 and deletes its auth.json whatever the revoke endpoint answered: revoke must find out
  // itself, keep the stream (its login is the only way left to sign the session out) and say so.
  const unconfirmed = [
    ['answers 500', (): string | undefined => void world.sim.setRevokeFailure(500), /answered HTTP 500/],
    ['never answers', () => void world.sim.setRevokeFailure('hang'), /did not answer within 9 s/],
    ['cannot be reached', () => 'https://127.0.0.1:9/oauth/revoke', /could not be reached \(ECONNREFUSED\)/],
  ] as const;
  describe.each([
    ['pinned', CODEX_BIN],
    ['newest', NEWEST_CODEX_BIN],
  ])('with the %s Codex', (_version, codex) => {
    it.each(unconfirmed)(
      'keeps the stream and exits 1 when the revoke endpoint %s',
      async (_name, breakEndpoint, reason) => {
        const session = world.sim.issueSession();
        await seedStream(world, 'kept', world.sim.authJsonFor(session, { lastRefresh: anHourAgo() }));
        const before = await storedText(world, 'kept');
        const revokeUrl = breakEndpoint();
        const run = await world.cli(
          ['revoke', '--stream', 'kept', '--codex', codex, '--codex-config', world.configPath],
          revokeUrl ? { env: world.env({ CODEX_REVOKE_TOKEN_URL_OVERRIDE: revokeUrl }) } : {},
        );
        expect(run.code, run.stderr).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(reason);
        expect(run.stderr).toMatch(/session may still be live, so stream "kept" was kept \(generation 1\)/);
        expect(run.stderr).not.toMatch(/signed out at OpenAI|disconnected/);
        expect(await storedText(world, 'kept')).toBe(before);
        expect(world.sim.isValidRefreshToken(session.refreshToken)).toBe(true);
        const status = jsonOf<{ exists: boolean; lock: { held: boolean } }>(
          await world.cli(['status', '--stream', 'kept', '--json']),
        );
        expect(status).toMatchObject({ exists: true, lock: { held: false } });
      },
      30_000,
    );
  });

  it('refuses while the lock is held, unless --force', async () => {
    await seedStream(
      world,
      'busy',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    expect(
      (await world.cli(['restore', '--stream', 'busy', '--codex-home', path.join(world.root, 'busy-home')]))
        .code,
    ).toBe(0);
    const refused = await world.cli([
      'revoke',
      '--stream',
      'busy',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ]);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/--force/);
    expect(await storedText(world, 'busy')).not.toBeNull();
    const forced = await world.cli([
      'revoke',
      '--stream',
      'busy',
      '--force',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
    ]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await storedText(world, 'busy')).toBeNull();
  });
});

describe('doctor', () => {
  it('says ok for a healthy stream', async () => {
    await seedStream(
      world,
      'fine',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const { code, report } = await doctor('fine');
    expect(code).toBe(0);
    expect(report.healthy).toBe(true);
    for (const check of ['codex', 'sealed', 'key', 'store', 'lock', 'bundle'])
      expect(verdictOf(report, check)?.verdict, check).toBe('ok');
    expect(verdictOf(report, 'bundle')?.detail).toMatch(/next refresh .*scheduled/);
    expect(verdictOf(report, 'sealed')?.detail).toMatch(
      /cannot read the private CODEX_HOME .*0\.149\.0 or later/,
    );
  });

  it('fails the sealed line for a --codex that is not Codex, saying where to point it', async () => {
    await seedStream(
      world,
      'fine',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const run = await world.cli(['doctor', '--stream', 'fine', '--codex', '/bin/true', '--json']);
    const report = JSON.parse(run.stdout) as Parameters<typeof verdictOf>[0];
    expect(run.code).toBe(1);
    expect(verdictOf(report, 'sealed')).toMatchObject({ verdict: 'fail' });
    expect(verdictOf(report, 'sealed')?.detail).toMatch(/\/bin\/true is not the Codex CLI/);
    expect(verdictOf(report, 'sealed')?.fix).toMatch(/point --codex at the Codex CLI/);
  });

  it('fails on a missing key and says how to make one', async () => {
    await seedStream(
      world,
      'fine',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    const { code, report } = await doctor('fine', { CODEX_AUTH_KEY: '' });
    expect(code).toBe(1);
    expect(verdictOf(report, 'key')).toMatchObject({ verdict: 'fail', fix: expect.stringMatching(/keygen/) });
  });

  it('warns about a held lock, naming its holder', async () => {
    await seedStream(
      world,
      'held',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: anHourAgo() }),
    );
    expect(
      (await world.cli(['restore', '--stream', 'held', '--codex-home', path.join(world.root, 'held-home')]))
        .code,
    ).toBe(0);
    const { report } = await doctor('held');
    expect(verdictOf(report, 'lock')).toMatchObject({
      verdict: 'warn',
      detail: expect.stringMatching(/held by/),
    });
  });

  it('fails when the store cannot be written, naming the problem', async () => {
    const { promises: fs } = await import('node:fs');
    await fs.mkdir(world.stateDir, { recursive: true });
    await fs.writeFile(path.join(world.stateDir, 'blocked'), 'a file where the stream directory should be');
    const { code, report } = await doctor('blocked');
    expect(code).toBe(1);
    expect(verdictOf(report, 'lock')?.verdict).toBe('fail');
  });

  it('with --probe, fails on a dead session and says to reseed', async () => {
    const session = world.sim.issueSession();
    await seedStream(world, 'dead', world.sim.authJsonFor(session, { lastRefresh: nineDaysAgo() }));
    world.sim.rotate(session.refreshToken);
    world.sim.revokeAccessToken(session.accessToken);
    const run = await world.cli([
      'doctor',
      '--stream',
      'dead',
      '--probe',
      '--codex',
      CODEX_BIN,
      '--codex-config',
      world.configPath,
      '--json',
    ]);
    expect(run.code).toBe(1);
    const report = jsonOf<Doctor>(run);
    expect(verdictOf(report, 'bundle')?.verdict).toBe('ok'); // it opens: only the probe can tell it is dead
    expect(verdictOf(report, 'session')).toMatchObject({
      verdict: 'fail',
      fix: expect.stringMatching(/reseed/),
    });
  });

  it('fails on a stored copy that cannot be opened (a dead or foreign bundle)', async () => {
    await seedStream(
      world,
      'dead',
      world.sim.authJsonFor(world.sim.issueSession(), { lastRefresh: nineDaysAgo() }),
    );
    const { promises: fs } = await import('node:fs');
    const text = (await storedText(world, 'dead')) ?? '';
    // Flip the first ciphertext character (to a different one: replacing it with a fixed "A" did nothing 1 time in 64).
    const tampered = text.replace(
      /"ciphertext": "(.)/,
      (_m, c: string) => `"ciphertext": "${c === 'A' ? 'B' : 'A'}`,
    );
    await fs.writeFile(envelopePath(world, 'dead'), tampered);
    const { code, report } = await doctor('dead');
    expect(code).toBe(1);
    expect(verdictOf(report, 'bundle')).toMatchObject({
      verdict: 'fail',
      fix: expect.stringMatching(/reseed/),
    });
  });
});
